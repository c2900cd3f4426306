import{Ct as e,F as t,N as n,P as r,Q as i,S as a,St as o,U as s,_ as c,d as l,et as u,f as d,g as f,h as p,i as m,it as h,l as g,p as _,r as v,st as y,u as b,w as x}from"./runtime-core.esm-bundler-Un5SXeT3.js";import{$ as S,Dt as C,Ft as w,H as T,N as E,Ot as D,Pt as O,Q as ee,Qt as k,V as A,Vt as te,Z as ne,Zt as j,ar as M,cr as re,dn as ie,er as N,et as ae,f as oe,fn as P,h as se,hn as F,hr as ce,in as le,ir as I,j as ue,jt as L,ln as R,nt as z,o as de,on as B,or as V,p as fe,r as pe,rn as me,rr as H,sn as he,sr as ge,tn as _e,tr as U,v as ve,xn as ye,yn as W}from"./index-C4QnupEm.js";import{i as G,n as K,o as be,r as q,t as xe}from"./useApiForm-nYGrk7KT.js";import{c as J,i as Se,r as Ce,s as we}from"./feedback-Bad_sMPt.js";var Te=U(`radio`,`
 line-height: var(--n-label-line-height);
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 align-items: flex-start;
 flex-wrap: nowrap;
 font-size: var(--n-font-size);
 word-break: break-word;
`,[I(`checked`,[H(`dot`,`
 background-color: var(--n-color-active);
 `)]),H(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),U(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),H(`dot`,`
 position: absolute;
 top: 50%;
 left: 0;
 transform: translateY(-50%);
 height: var(--n-radio-size);
 width: var(--n-radio-size);
 background: var(--n-color);
 box-shadow: var(--n-box-shadow);
 border-radius: 50%;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `,[N(`&::before`,`
 content: "";
 opacity: 0;
 position: absolute;
 left: 4px;
 top: 4px;
 height: calc(100% - 8px);
 width: calc(100% - 8px);
 border-radius: 50%;
 transform: scale(.8);
 background: var(--n-dot-color-active);
 transition: 
 opacity .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 transform .3s var(--n-bezier);
 `),I(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[N(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),H(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),M(`disabled`,`
 cursor: pointer;
 `,[N(`&:hover`,[H(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),I(`focus`,[N(`&:not(:active)`,[H(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),I(`disabled`,`
 cursor: not-allowed;
 `,[H(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[N(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),I(`checked`,`
 opacity: 1;
 `)]),H(`label`,{color:`var(--n-text-color-disabled)`}),U(`radio-input`,`
 cursor: not-allowed;
 `)])]),Ee={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},De=ye(`n-radio-group`);function Oe(e){let t=a(De,null),{mergedClsPrefixRef:n,mergedComponentPropsRef:r}=W(e),i=z(e,{mergedSize(n){let{size:i}=e;if(i!==void 0)return i;if(t){let{mergedSizeRef:{value:e}}=t;if(e!==void 0)return e}return n?n.mergedSize.value:r?.value?.Radio?.size||`medium`},mergedDisabled(n){return!!(e.disabled||t?.disabledRef.value||n?.disabled.value)}}),{mergedSizeRef:o,mergedDisabledRef:s}=i,c=u(null),l=u(null),d=u(e.defaultChecked),f=h(e,`checked`),p=J(f,d),m=te(()=>t?t.valueRef.value===e.value:p.value),g=te(()=>{let{name:n}=e;if(n!==void 0)return n;if(t)return t.nameRef.value}),_=u(!1);function v(){if(t){let{doUpdateValue:n}=t,{value:r}=e;w(n,r)}else{let{onUpdateChecked:t,"onUpdate:checked":n}=e,{nTriggerFormInput:r,nTriggerFormChange:a}=i;t&&w(t,!0),n&&w(n,!0),r(),a(),d.value=!0}}function y(){s.value||m.value||v()}function b(){y(),c.value&&(c.value.checked=m.value)}function x(){_.value=!1}function S(){_.value=!0}return{mergedClsPrefix:t?t.mergedClsPrefixRef:n,inputRef:c,labelRef:l,mergedName:g,mergedDisabled:s,renderSafeChecked:m,focus:_,mergedSize:o,handleRadioInputChange:b,handleRadioInputBlur:x,handleRadioInputFocus:S}}var ke=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],Ae={...j.props,...Ee},je=c({name:`Radio`,props:Ae,setup(e){let t=Oe(e),n=j(`Radio`,`-radio`,Te,E,e,t.mergedClsPrefix),r=g(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:f,textColorDisabled:p,dotColorActive:m,dotColorDisabled:h,labelPadding:g,labelLineHeight:_,labelFontWeight:v,[V(`fontSize`,e)]:y,[V(`radioSize`,e)]:b}}=n.value;return{"--n-bezier":r,"--n-label-line-height":_,"--n-label-font-weight":v,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":m,"--n-dot-color-disabled":h,"--n-font-size":y,"--n-radio-size":b,"--n-text-color":f,"--n-text-color-disabled":p,"--n-label-padding":g}}),{inlineThemeDisabled:i,mergedClsPrefixRef:a,mergedRtlRef:o}=W(e),s=C(`Radio`,o,a),c=i?k(`radio`,g(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:s,cssVars:i?void 0:r,themeClass:c?.themeClass,onRender:c?.onRender})},render(){let{$slots:e,mergedClsPrefix:t,onRender:r,label:i}=this;return r?.(),(()=>{let r=ie(`f8c6901d8cd45c02`);return n(),_(`label`,{class:P([`${t}-radio`,this.themeClass,this.rtlEnabled&&`${t}-radio--rtl`,this.mergedDisabled&&`${t}-radio--disabled`,this.renderSafeChecked&&`${t}-radio--checked`,this.focus&&`${t}-radio--focus`]),style:o(this.cssVars)},[b(`div`,{class:P(`${t}-radio__dot-wrapper`)},[r[0]||=F(`\xA0`,-1),b(`div`,{class:P([`${t}-radio__dot`,this.renderSafeChecked&&`${t}-radio__dot--checked`])},null,2),b(`input`,{ref:`inputRef`,type:`radio`,class:P(`${t}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,ke)],2),F(()=>L(e.default,e=>!e&&!i?null:(n(),_(`div`,{ref:`labelRef`,class:P(`${t}-radio__label`)},[F(()=>e||i)],2))))],6)})()}}),Me=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],Y=c({name:`RadioButton`,props:Ee,setup:Oe,render(){let{mergedClsPrefix:e}=this;return n(),_(`label`,{class:P([`${e}-radio-button`,this.mergedDisabled&&`${e}-radio-button--disabled`,this.renderSafeChecked&&`${e}-radio-button--checked`,this.focus&&[`${e}-radio-button--focus`]])},[b(`input`,{ref:`inputRef`,type:`radio`,class:P(`${e}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,Me),b(`div`,{class:P(`${e}-radio-button__state-border`)},null,2),F(()=>L(this.$slots.default,t=>!t&&!this.label?null:(n(),_(`div`,{ref:`labelRef`,class:P(`${e}-radio__label`)},[F(()=>t||this.label)],2))))],2)}});function X(e,t=`default`,n=[]){let r=e.$slots[t];return r===void 0?n:r()}var Ne=U(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[H(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[I(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),I(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),I(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[U(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),H(`splitor`,{height:`var(--n-height)`})]),U(`radio-button`,`
 vertical-align: bottom;
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-block;
 box-sizing: border-box;
 padding-left: 14px;
 padding-right: 14px;
 white-space: nowrap;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 background: var(--n-button-color);
 color: var(--n-button-text-color);
 border-top: 1px solid var(--n-button-border-color);
 border-bottom: 1px solid var(--n-button-border-color);
 `,[U(`radio-input`,`
 pointer-events: none;
 position: absolute;
 border: 0;
 border-radius: inherit;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 opacity: 0;
 z-index: 1;
 `),H(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),N(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[H(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),N(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[H(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),M(`disabled`,`
 cursor: pointer;
 `,[N(`&:hover`,[H(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),M(`checked`,{color:`var(--n-button-text-color-hover)`})]),I(`focus`,[N(`&:not(:active)`,[H(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),I(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),I(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),Pe=[`onFocusin`,`onFocusout`];function Fe(e,t,r){let i=[],a=!1;for(let o=0;o<e.length;++o){let s=e[o],c=s.type?.name;c===`RadioButton`&&(a=!0);let l=s.props;if(c!==`RadioButton`)i.push(s);else if(o===0)i.push(s);else{let e=i[i.length-1].props,a=t===e.value,o=e.disabled,c=t===l.value,u=l.disabled,d=(a?2:0)+ +!o,f=(c?2:0)+ +!u,p={[`${r}-radio-group__splitor--disabled`]:o,[`${r}-radio-group__splitor--checked`]:a},m={[`${r}-radio-group__splitor--disabled`]:u,[`${r}-radio-group__splitor--checked`]:c},h=d<f?m:p;i.push((n(),_(`div`,{key:1,class:P([`${r}-radio-group__splitor`,h])},null,2)),s)}}return{children:i,isButtonGroup:a}}var Ie={...j.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},Le=c({name:`RadioGroup`,props:Ie,setup(e){let t=u(null),{mergedSizeRef:n,mergedDisabledRef:i,nTriggerFormChange:a,nTriggerFormInput:o,nTriggerFormBlur:s,nTriggerFormFocus:c}=z(e),{mergedClsPrefixRef:l,inlineThemeDisabled:d,mergedRtlRef:f}=W(e),p=j(`Radio`,`-radio-group`,Ne,E,e,l),m=u(e.defaultValue),_=h(e,`value`),v=J(_,m);function y(t){let{onUpdateValue:n,"onUpdate:value":r}=e;n&&w(n,t),r&&w(r,t),m.value=t,a(),o()}function b(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||c())}function x(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||s())}r(De,{mergedClsPrefixRef:l,nameRef:h(e,`name`),valueRef:v,disabledRef:i,mergedSizeRef:n,doUpdateValue:y});let S=C(`Radio`,f,l),T=g(()=>{let{value:e}=n,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:r,buttonBorderColorActive:i,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:f,buttonTextColorHover:m,opacityDisabled:h,[V(`buttonHeight`,e)]:g,[V(`fontSize`,e)]:_}}=p.value;return{"--n-font-size":_,"--n-bezier":t,"--n-button-border-color":r,"--n-button-border-color-active":i,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":m,"--n-button-text-color-active":f,"--n-height":g,"--n-opacity-disabled":h}}),D=d?k(`radio-group`,g(()=>n.value[0]),T,e):void 0;return{selfElRef:t,rtlEnabled:S,mergedClsPrefix:l,mergedValue:v,handleFocusout:x,handleFocusin:b,cssVars:d?void 0:T,themeClass:D?.themeClass,onRender:D?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:t,handleFocusin:r,handleFocusout:i}=this,{options:a,labelField:s,valueField:c}=this.$props,{children:u,isButtonGroup:d}=Fe(a?a.map(e=>{let t=e[c];return n(),l(je,{key:typeof t==`boolean`?`__n_${t}`:t,value:t,disabled:e.disabled,label:e[s]},null,8,[`value`,`disabled`,`label`])}):O(X(this)),e,t);return this.onRender?.(),n(),_(`div`,{onFocusin:r,onFocusout:i,ref:`selfElRef`,class:P([`${t}-radio-group`,this.rtlEnabled&&`${t}-radio-group--rtl`,this.themeClass,d&&`${t}-radio-group--button-group`]),style:o(this.cssVars)},[F(()=>u)],46,Pe)}});function Re(e,t=`default`,n=[]){let{children:r}=e;if(typeof r==`object`&&r&&!Array.isArray(r)){let e=r[t];if(typeof e==`function`)return e()}return n}var ze=N([U(`descriptions`,{fontSize:`var(--n-font-size)`},[U(`descriptions-separator`,`
 display: inline-block;
 margin: 0 8px 0 2px;
 `),U(`descriptions-table-wrapper`,[U(`descriptions-table`,[U(`descriptions-table-row`,[U(`descriptions-table-header`,{padding:`var(--n-th-padding)`}),U(`descriptions-table-content`,{padding:`var(--n-td-padding)`})])])]),M(`bordered`,[U(`descriptions-table-wrapper`,[U(`descriptions-table`,[U(`descriptions-table-row`,[N(`&:last-child`,[U(`descriptions-table-content`,{paddingBottom:0})])])])])]),I(`left-label-placement`,[U(`descriptions-table-content`,[N(`> *`,{verticalAlign:`top`})])]),I(`left-label-align`,[N(`th`,{textAlign:`left`})]),I(`center-label-align`,[N(`th`,{textAlign:`center`})]),I(`right-label-align`,[N(`th`,{textAlign:`right`})]),I(`bordered`,[U(`descriptions-table-wrapper`,`
 border-radius: var(--n-border-radius);
 overflow: hidden;
 background: var(--n-merged-td-color);
 border: 1px solid var(--n-merged-border-color);
 `,[U(`descriptions-table`,[U(`descriptions-table-row`,[N(`&:not(:last-child)`,[U(`descriptions-table-content`,{borderBottom:`1px solid var(--n-merged-border-color)`}),U(`descriptions-table-header`,{borderBottom:`1px solid var(--n-merged-border-color)`})]),U(`descriptions-table-header`,`
 font-weight: 400;
 background-clip: padding-box;
 background-color: var(--n-merged-th-color);
 `,[N(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})]),U(`descriptions-table-content`,[N(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})])])])])]),U(`descriptions-header`,`
 font-weight: var(--n-th-font-weight);
 font-size: 18px;
 transition: color .3s var(--n-bezier);
 line-height: var(--n-line-height);
 margin-bottom: 16px;
 color: var(--n-title-text-color);
 `),U(`descriptions-table-wrapper`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[U(`descriptions-table`,`
 width: 100%;
 border-collapse: separate;
 border-spacing: 0;
 box-sizing: border-box;
 `,[U(`descriptions-table-row`,`
 box-sizing: border-box;
 transition: border-color .3s var(--n-bezier);
 `,[U(`descriptions-table-header`,`
 font-weight: var(--n-th-font-weight);
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-th-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),U(`descriptions-table-content`,`
 vertical-align: top;
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-td-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[H(`content`,`
 transition: color .3s var(--n-bezier);
 display: inline-block;
 color: var(--n-td-text-color);
 `)]),H(`label`,`
 font-weight: var(--n-th-font-weight);
 transition: color .3s var(--n-bezier);
 display: inline-block;
 margin-right: 14px;
 color: var(--n-th-text-color);
 `)])])])]),U(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 `),ge(U(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `)),re(U(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `))]),Be=`DESCRIPTION_ITEM_FLAG`;function Ve(e){return typeof e==`object`&&e&&!Array.isArray(e)?e.type&&e.type.DESCRIPTION_ITEM_FLAG:!1}var He=[`colspan`],Ue=[`colspan`],We=[`colspan`],Ge=[`colspan`],Ke={...j.props,title:String,column:{type:Number,default:3},columns:Number,labelPlacement:{type:String,default:`top`},labelAlign:{type:String,default:`left`},separator:{type:String,default:`:`},size:String,bordered:Boolean,labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},qe=c({name:`Descriptions`,props:Ke,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=W(e),i=g(()=>e.size||r?.value?.Descriptions?.size||`medium`),a=j(`Descriptions`,`-descriptions`,ze,ue,e,t),o=g(()=>{let{bordered:t}=e,n=i.value,{common:{cubicBezierEaseInOut:r},self:{titleTextColor:o,thColor:s,thColorModal:c,thColorPopover:l,thTextColor:u,thFontWeight:d,tdTextColor:f,tdColor:p,tdColorModal:m,tdColorPopover:h,borderColor:g,borderColorModal:_,borderColorPopover:v,borderRadius:y,lineHeight:b,[V(`fontSize`,n)]:x,[V(t?`thPaddingBordered`:`thPadding`,n)]:S,[V(t?`tdPaddingBordered`:`tdPadding`,n)]:C}}=a.value;return{"--n-title-text-color":o,"--n-th-padding":S,"--n-td-padding":C,"--n-font-size":x,"--n-bezier":r,"--n-th-font-weight":d,"--n-line-height":b,"--n-th-text-color":u,"--n-td-text-color":f,"--n-th-color":s,"--n-th-color-modal":c,"--n-th-color-popover":l,"--n-td-color":p,"--n-td-color-modal":m,"--n-td-color-popover":h,"--n-border-radius":y,"--n-border-color":g,"--n-border-color-modal":_,"--n-border-color-popover":v}}),s=n?k(`descriptions`,g(()=>{let t=``,{bordered:n}=e;return n&&(t+=`a`),t+=i.value[0],t}),o,e):void 0;return{mergedClsPrefix:t,cssVars:n?void 0:o,themeClass:s?.themeClass,onRender:s?.onRender,compitableColumn:we(e,[`columns`,`column`]),inlineThemeDisabled:n,mergedSize:i}},render(){let e=this.$slots.default,t=e?O(e()):[];t.length;let{contentClass:r,labelClass:i,compitableColumn:a,labelPlacement:s,labelAlign:c,mergedSize:l,bordered:u,title:d,cssVars:f,mergedClsPrefix:p,separator:m,onRender:h}=this;h?.();let g=t.filter(e=>Ve(e)),v=g.reduce((e,t,c)=>{let l=t.props||{},d=g.length-1===c,f=[`label`in l?l.label:Re(t,`label`)],h=[Re(t)],v=l.span||1,y=e.span;e.span+=v;let x=l.labelStyle||l[`label-style`]||this.labelStyle,S=l.contentStyle||l[`content-style`]||this.contentStyle;if(s===`left`)u?e.row.push((n(),_(`th`,{key:1,class:P([`${p}-descriptions-table-header`,i]),colspan:1,style:o(x)},[F(()=>f)],6)),(n(),_(`td`,{key:2,class:P([`${p}-descriptions-table-content`,r]),colspan:d?(a-y)*2+1:v*2-1,style:o(S)},[F(()=>h)],14,He))):e.row.push((n(),_(`td`,{key:3,class:P(`${p}-descriptions-table-content`),colspan:d?(a-y)*2:v*2},[b(`span`,{class:P([`${p}-descriptions-table-content__label`,i]),style:o(x)},[F(()=>[...f,m&&(n(),_(`span`,{key:4,class:P(`${p}-descriptions-separator`)},[F(()=>m)],2))])],6),b(`span`,{class:P([`${p}-descriptions-table-content__content`,r]),style:o(S)},[F(()=>h)],6)],10,Ue)));else{let t=d?(a-y)*2:v*2;e.row.push((n(),_(`th`,{key:5,class:P([`${p}-descriptions-table-header`,i]),colspan:t,style:o(x)},[F(()=>f)],14,We))),e.secondRow.push((n(),_(`td`,{key:6,class:P([`${p}-descriptions-table-content`,r]),colspan:t,style:o(S)},[F(()=>h)],14,Ge)))}return(e.span>=a||d)&&(e.span=0,e.row.length&&(e.rows.push(e.row),e.row=[]),s!==`left`&&e.secondRow.length&&(e.rows.push(e.secondRow),e.secondRow=[])),e},{span:0,row:[],secondRow:[],rows:[]}).rows.map(e=>(n(),_(`tr`,{class:P(`${p}-descriptions-table-row`)},[F(()=>e)],2)));return n(),_(`div`,{style:o(f),class:P([`${p}-descriptions`,this.themeClass,`${p}-descriptions--${s}-label-placement`,`${p}-descriptions--${c}-label-align`,`${p}-descriptions--${l}-size`,u&&`${p}-descriptions--bordered`])},[d||this.$slots.header?(n(),_(`div`,{key:0,class:P(`${p}-descriptions-header`)},[F(()=>d||X(this,`header`))],2)):F(()=>null),b(`div`,{class:P(`${p}-descriptions-table-wrapper`)},[b(`table`,{class:P(`${p}-descriptions-table`)},[b(`tbody`,null,[F(()=>s===`top`&&(n(),_(`tr`,{class:P(`${p}-descriptions-table-row`),style:{visibility:`collapse`}},[F(()=>me(a*2,(n(),_(`td`))))],2))),F(()=>v)])],2)],2)],6)}}),Je={label:String,span:{type:Number,default:1},labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},Z=c({name:`DescriptionsItem`,[Be]:!0,props:Je,slots:Object,render(){return null}});function Ye(){return ve}var Xe={name:`Space`,self:Ye},Q;function Ze(){if(!ne)return!0;if(Q===void 0){let e=document.createElement(`div`);e.style.display=`flex`,e.style.flexDirection=`column`,e.style.rowGap=`1px`,e.appendChild(document.createElement(`div`)),e.appendChild(document.createElement(`div`)),document.body.appendChild(e);let t=e.scrollHeight===1;return document.body.removeChild(e),Q=t}return Q}var Qe={...j.props,align:String,justify:{type:String,default:`start`},inline:Boolean,vertical:Boolean,reverse:Boolean,size:[String,Number,Array],wrapItem:{type:Boolean,default:!0},itemClass:String,itemStyle:[String,Object],wrap:{type:Boolean,default:!0},internalUseGap:{type:Boolean,default:void 0}},$e=c({name:`Space`,props:Qe,setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n,mergedComponentPropsRef:r}=W(e),i=g(()=>e.size??r?.value?.Space?.size??`medium`),a=j(`Space`,`-space`,void 0,Xe,e,t),o=C(`Space`,n,t);return{useGap:Ze(),rtlEnabled:o,mergedClsPrefix:t,margin:g(()=>{let e=i.value;if(Array.isArray(e))return{horizontal:e[0],vertical:e[1]};if(typeof e==`number`)return{horizontal:e,vertical:e};let{self:{[V(`gap`,e)]:t}}=a.value,{row:n,col:r}=he(t);return{horizontal:B(r),vertical:B(n)}})}},render(){let{vertical:e,reverse:t,align:r,inline:i,justify:a,itemClass:s,itemStyle:c,margin:l,wrap:u,mergedClsPrefix:d,rtlEnabled:f,useGap:p,wrapItem:h,internalUseGap:g}=this,y=O(X(this),!1);if(!y.length)return null;let b=`${l.horizontal}px`,x=`${l.horizontal/2}px`,S=`${l.vertical}px`,C=`${l.vertical/2}px`,w=y.length-1,T=a.startsWith(`space-`);return n(),_(`div`,{role:`none`,class:P([`${d}-space`,f&&`${d}-space--rtl`]),style:o({display:i?`inline-flex`:`flex`,flexDirection:e&&!t?`column`:e&&t?`column-reverse`:!e&&t?`row-reverse`:`row`,justifyContent:[`start`,`end`].includes(a)?`flex-${a}`:a,flexWrap:!u||e?`nowrap`:`wrap`,marginTop:p||e?``:`-${C}`,marginBottom:p||e?``:`-${C}`,alignItems:r,gap:p?`${l.vertical}px ${l.horizontal}px`:``})},[!h&&(p||g)?(n(),_(m,{key:0},[F(()=>y)],64)):(n(),_(m,{key:1},[F(()=>y.map((t,r)=>t.type===v?t:(n(),_(`div`,{key:1,role:`none`,class:P(s),style:o([c,{maxWidth:`100%`},p?``:e?{marginBottom:r===w?``:S}:f?{marginLeft:T?a===`space-between`&&r===w?``:x:r===w?``:b,marginRight:T?a===`space-between`&&r===0?``:x:``,paddingTop:C,paddingBottom:C}:{marginRight:T?a===`space-between`&&r===w?``:x:r===w?``:b,marginLeft:T?a===`space-between`&&r===0?``:x:``,paddingTop:C,paddingBottom:C}])},[F(()=>t)],6))))],64))],6)}});function et(e){let{primaryColor:t,opacityDisabled:n,borderRadius:r,textColor3:i}=e;return{...se,iconColor:i,textColor:`white`,loadingColor:t,opacityDisabled:n,railColor:`rgba(0, 0, 0, .14)`,railColorActive:t,buttonBoxShadow:`0 1px 4px 0 rgba(0, 0, 0, 0.3), inset 0 0 1px 0 rgba(0, 0, 0, 0.05)`,buttonColor:`#FFF`,railBorderRadiusSmall:r,railBorderRadiusMedium:r,railBorderRadiusLarge:r,buttonBorderRadiusSmall:r,buttonBorderRadiusMedium:r,buttonBorderRadiusLarge:r,boxShadowFocus:`0 0 0 2px ${le(t,{alpha:.2})}`}}var tt={name:`Switch`,common:_e,self:et},nt=U(`switch`,`
 height: var(--n-height);
 min-width: var(--n-width);
 vertical-align: middle;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 outline: none;
 justify-content: center;
 align-items: center;
`,[H(`children-placeholder`,`
 height: var(--n-rail-height);
 display: flex;
 flex-direction: column;
 overflow: hidden;
 pointer-events: none;
 visibility: hidden;
 `),H(`rail-placeholder`,`
 display: flex;
 flex-wrap: none;
 `),H(`button-placeholder`,`
 width: calc(1.75 * var(--n-rail-height));
 height: var(--n-rail-height);
 `),U(`base-loading`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 font-size: calc(var(--n-button-width) - 4px);
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 `,[S({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),H(`checked, unchecked`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 box-sizing: border-box;
 position: absolute;
 white-space: nowrap;
 top: 0;
 bottom: 0;
 display: flex;
 align-items: center;
 line-height: 1;
 `),H(`checked`,`
 right: 0;
 padding-right: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),H(`unchecked`,`
 left: 0;
 justify-content: flex-end;
 padding-left: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),N(`&:focus`,[H(`rail`,`
 box-shadow: var(--n-box-shadow-focus);
 `)]),I(`round`,[H(`rail`,`border-radius: calc(var(--n-rail-height) / 2);`,[H(`button`,`border-radius: calc(var(--n-button-height) / 2);`)])]),M(`disabled`,[M(`icon`,[I(`rubber-band`,[I(`pressed`,[H(`rail`,[H(`button`,`max-width: var(--n-button-width-pressed);`)])]),H(`rail`,[N(`&:active`,[H(`button`,`max-width: var(--n-button-width-pressed);`)])]),I(`active`,[I(`pressed`,[H(`rail`,[H(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])]),H(`rail`,[N(`&:active`,[H(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])])])])])]),I(`active`,[H(`rail`,[H(`button`,`left: calc(100% - var(--n-button-width) - var(--n-offset))`)])]),H(`rail`,`
 overflow: hidden;
 height: var(--n-rail-height);
 min-width: var(--n-rail-width);
 border-radius: var(--n-rail-border-radius);
 cursor: pointer;
 position: relative;
 transition:
 opacity .3s var(--n-bezier),
 background .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-rail-color);
 `,[H(`button-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 font-size: calc(var(--n-button-height) - 4px);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 display: flex;
 justify-content: center;
 align-items: center;
 line-height: 1;
 `,[S()]),H(`button`,`
 align-items: center; 
 top: var(--n-offset);
 left: var(--n-offset);
 height: var(--n-button-height);
 width: var(--n-button-width-pressed);
 max-width: var(--n-button-width);
 border-radius: var(--n-button-border-radius);
 background-color: var(--n-button-color);
 box-shadow: var(--n-button-box-shadow);
 box-sizing: border-box;
 cursor: inherit;
 content: "";
 position: absolute;
 transition:
 background-color .3s var(--n-bezier),
 left .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 max-width .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `)]),I(`active`,[H(`rail`,`background-color: var(--n-rail-color-active);`)]),I(`loading`,[H(`rail`,`
 cursor: wait;
 `)]),I(`disabled`,[H(`rail`,`
 cursor: not-allowed;
 opacity: .5;
 `)])]),rt=[`aria-checked`,`tabindex`,`onClick`,`onFocus`,`onBlur`,`onKeyup`,`onKeydown`],it={...j.props,size:String,value:{type:[String,Number,Boolean],default:void 0},loading:Boolean,defaultValue:{type:[String,Number,Boolean],default:!1},disabled:{type:Boolean,default:void 0},round:{type:Boolean,default:!0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],checkedValue:{type:[String,Number,Boolean],default:!0},uncheckedValue:{type:[String,Number,Boolean],default:!1},railStyle:Function,rubberBand:{type:Boolean,default:!0},spinProps:Object,onChange:[Function,Array]},$,at=c({name:`Switch`,props:it,slots:Object,setup(e){$===void 0&&($=typeof CSS<`u`?CSS.supports!==void 0&&CSS.supports(`width`,`max(1px)`):!0);let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=W(e),i=j(`Switch`,`-switch`,nt,tt,e,t),a=z(e,{mergedSize(t){return e.size===void 0?t?t.mergedSize.value:r?.value?.Switch?.size||`medium`:e.size}}),{mergedSizeRef:o,mergedDisabledRef:s}=a,c=u(e.defaultValue),l=h(e,`value`),d=J(l,c),f=g(()=>d.value===e.checkedValue),p=u(!1),m=u(!1),_=g(()=>{let{railStyle:t}=e;if(t)return t({focused:m.value,checked:f.value})});function v(t){let{"onUpdate:value":n,onChange:r,onUpdateValue:i}=e,{nTriggerFormInput:o,nTriggerFormChange:s}=a;n&&w(n,t),i&&w(i,t),r&&w(r,t),c.value=t,o(),s()}function y(){let{nTriggerFormFocus:e}=a;e()}function b(){let{nTriggerFormBlur:e}=a;e()}function x(){e.loading||s.value||(d.value===e.checkedValue?v(e.uncheckedValue):v(e.checkedValue))}function S(){m.value=!0,y()}function C(){m.value=!1,b(),p.value=!1}function T(t){e.loading||s.value||t.key===` `&&(d.value===e.checkedValue?v(e.uncheckedValue):v(e.checkedValue),p.value=!1)}function E(t){e.loading||s.value||t.key===` `&&(t.preventDefault(),p.value=!0)}let D=g(()=>{let{value:e}=o,{self:{opacityDisabled:t,railColor:n,railColorActive:r,buttonBoxShadow:a,buttonColor:s,boxShadowFocus:c,loadingColor:l,textColor:u,iconColor:d,[V(`buttonHeight`,e)]:f,[V(`buttonWidth`,e)]:p,[V(`buttonWidthPressed`,e)]:m,[V(`railHeight`,e)]:h,[V(`railWidth`,e)]:g,[V(`railBorderRadius`,e)]:_,[V(`buttonBorderRadius`,e)]:v},common:{cubicBezierEaseInOut:y}}=i.value,b,x,S;return $?(b=`calc((${h} - ${f}) / 2)`,x=`max(${h}, ${f})`,S=`max(${g}, calc(${g} + ${f} - ${h}))`):(b=R((B(h)-B(f))/2),x=R(Math.max(B(h),B(f))),S=B(h)>B(f)?g:R(B(g)+B(f)-B(h))),{"--n-bezier":y,"--n-button-border-radius":v,"--n-button-box-shadow":a,"--n-button-color":s,"--n-button-width":p,"--n-button-width-pressed":m,"--n-button-height":f,"--n-height":x,"--n-offset":b,"--n-opacity-disabled":t,"--n-rail-border-radius":_,"--n-rail-color":n,"--n-rail-color-active":r,"--n-rail-height":h,"--n-rail-width":g,"--n-width":S,"--n-box-shadow-focus":c,"--n-loading-color":l,"--n-text-color":u,"--n-icon-color":d}}),O=n?k(`switch`,g(()=>o.value[0]),D,e):void 0;return{handleClick:x,handleBlur:C,handleFocus:S,handleKeyup:T,handleKeydown:E,mergedRailStyle:_,pressed:p,mergedClsPrefix:t,mergedValue:d,checked:f,mergedDisabled:s,cssVars:n?void 0:D,themeClass:O?.themeClass,onRender:O?.onRender}},render(){let{mergedClsPrefix:e,mergedDisabled:t,checked:r,mergedRailStyle:i,onRender:a,$slots:s}=this;a?.();let{checked:c,unchecked:u,icon:d,"checked-icon":f,"unchecked-icon":p}=s,m=!(D(d)&&D(f)&&D(p));return n(),_(`div`,{role:`switch`,"aria-checked":r,class:P([`${e}-switch`,this.themeClass,m&&`${e}-switch--icon`,r&&`${e}-switch--active`,t&&`${e}-switch--disabled`,this.round&&`${e}-switch--round`,this.loading&&`${e}-switch--loading`,this.pressed&&`${e}-switch--pressed`,this.rubberBand&&`${e}-switch--rubber-band`]),tabindex:this.mergedDisabled?void 0:0,style:o(this.cssVars),onClick:this.handleClick,onFocus:this.handleFocus,onBlur:this.handleBlur,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},[b(`div`,{class:P(`${e}-switch__rail`),"aria-hidden":`true`,style:o(i)},[F(()=>L(c,t=>L(u,r=>t||r?(n(),_(`div`,{key:4,"aria-hidden":!0,class:P(`${e}-switch__children-placeholder`)},[b(`div`,{class:P(`${e}-switch__rail-placeholder`)},[b(`div`,{class:P(`${e}-switch__button-placeholder`)},null,2),F(()=>t)],2),b(`div`,{class:P(`${e}-switch__rail-placeholder`)},[b(`div`,{class:P(`${e}-switch__button-placeholder`)},null,2),F(()=>r)],2)],2)):null))),b(`div`,{class:P(`${e}-switch__button`)},[F(()=>L(d,t=>L(f,r=>L(p,i=>(n(),l(ae,null,{default:()=>this.loading?(n(),l(ee,x({key:`loading`,clsPrefix:e,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`])):this.checked&&(r||t)?(n(),_(`div`,{class:P(`${e}-switch__button-icon`),key:r?`checked-icon`:`icon`},[F(()=>r||t)],2)):!this.checked&&(i||t)?(n(),_(`div`,{class:P(`${e}-switch__button-icon`),key:i?`unchecked-icon`:`icon`},[F(()=>i||t)],2)):null},1024)))))),F(()=>L(c,t=>t&&(n(),_(`div`,{key:`checked`,class:P(`${e}-switch__checked`)},[F(()=>t)],2)))),F(()=>L(u,t=>t&&(n(),_(`div`,{key:`unchecked`,class:P(`${e}-switch__unchecked`)},[F(()=>t)],2))))],2)],6)],46,rt)}}),ot={class:`page`,style:{"max-width":`720px`}},st={class:`page-head`},ct=c({__name:`ProfileView`,setup(r){let{t:a}=fe(),o=pe(),c=oe(),u=i({current_password:``,new_password:``}),{submit:h,error:g,busy:v,field:S}=xe();async function C(){await h(()=>de.post(`/me/password`,u).then(()=>!0))&&(u.current_password=``,u.new_password=``,Ce.success(a(`common.saved`)))}return(r,i)=>(n(),_(`div`,ot,[b(`div`,st,[b(`h1`,null,e(y(a)(`nav.profile`)),1)]),f(y($e),{vertical:``,size:16},{default:s(()=>[y(o).user?(n(),l(y(A),{key:0,title:y(o).user.name},{default:s(()=>[f(y(qe),{column:2,"label-placement":`left`},{default:s(()=>[f(y(Z),{label:y(a)(`profile.employeeNo`)},{default:s(()=>[p(e(y(o).user.employee_no),1)]),_:1},8,[`label`]),f(y(Z),{label:y(a)(`profile.email`)},{default:s(()=>[p(e(y(o).user.email??`—`),1)]),_:1},8,[`label`]),f(y(Z),{label:y(a)(`profile.roles`)},{default:s(()=>[f(y($e),{size:4},{default:s(()=>[(n(!0),_(m,null,t(y(o).user.roles,t=>(n(),l(y(Se),{key:t,size:`small`},{default:s(()=>[p(e(y(a)(`roles.${t}`)),1)]),_:2},1024))),128))]),_:1})]),_:1},8,[`label`]),f(y(Z),{label:y(a)(`profile.tenant`)},{default:s(()=>[p(e(y(o).me?.tenant.name),1)]),_:1},8,[`label`])]),_:1})]),_:1},8,[`title`])):d(``,!0),f(y(A),{title:y(a)(`profile.preferences`)},{default:s(()=>[f(y(q),{"label-placement":`left`,"label-width":`120`},{default:s(()=>[f(y(K),{label:y(a)(`common.language`)},{default:s(()=>[f(y(Le),{value:y(c).locale,"onUpdate:value":i[0]||=e=>y(c).locale=e},{default:s(()=>[f(y(Y),{value:`zh-CN`},{default:s(()=>[...i[5]||=[p(`简体中文`,-1)]]),_:1}),f(y(Y),{value:`en`},{default:s(()=>[...i[6]||=[p(`English`,-1)]]),_:1})]),_:1},8,[`value`])]),_:1},8,[`label`]),f(y(K),{label:y(a)(`common.theme`)},{default:s(()=>[f(y(Le),{value:y(c).theme,"onUpdate:value":i[1]||=e=>y(c).theme=e},{default:s(()=>[f(y(Y),{value:`light`},{default:s(()=>[p(e(y(a)(`common.light`)),1)]),_:1}),f(y(Y),{value:`dark`},{default:s(()=>[p(e(y(a)(`common.dark`)),1)]),_:1})]),_:1},8,[`value`])]),_:1},8,[`label`]),f(y(K),{label:y(a)(`common.sound`)},{default:s(()=>[f(y(at),{value:y(c).sound,"onUpdate:value":i[2]||=e=>y(c).sound=e},null,8,[`value`])]),_:1},8,[`label`])]),_:1})]),_:1},8,[`title`]),y(o).user?(n(),l(y(A),{key:1,title:y(a)(`profile.password`)},{default:s(()=>[f(y(q),{"label-placement":`left`,"label-width":`120`,onSubmit:ce(C,[`prevent`])},{default:s(()=>[y(g)?(n(),l(y(be),{key:0,type:`error`,"show-icon":!1,style:{"margin-bottom":`12px`}},{default:s(()=>[p(e(y(g)),1)]),_:1})):d(``,!0),f(y(K),x({label:y(a)(`profile.current`)},y(S)(`current_password`)),{default:s(()=>[f(y(G),{value:u.current_password,"onUpdate:value":i[3]||=e=>u.current_password=e,type:`password`,"input-props":{autocomplete:`current-password`}},null,8,[`value`])]),_:1},16,[`label`]),f(y(K),x({label:y(a)(`profile.new`)},y(S)(`new_password`)),{default:s(()=>[f(y(G),{value:u.new_password,"onUpdate:value":i[4]||=e=>u.new_password=e,type:`password`,"input-props":{autocomplete:`new-password`}},null,8,[`value`])]),_:1},16,[`label`]),f(y(T),{type:`primary`,"attr-type":`submit`,loading:y(v),disabled:!u.current_password||!u.new_password},{default:s(()=>[p(e(y(a)(`common.save`)),1)]),_:1},8,[`loading`,`disabled`])]),_:1})]),_:1},8,[`title`])):d(``,!0)]),_:1})]))}});export{ct as default};