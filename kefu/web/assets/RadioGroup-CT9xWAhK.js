import{Bt as e,Cn as t,Dn as n,Fn as r,Gt as i,It as a,Mn as o,P as s,Wt as c,Zt as l,_r as u,cn as d,dt as f,fr as p,gr as m,hr as h,ln as g,pr as _,vr as v,wn as y}from"./session-Dusl6qa1.js";import{F as b,P as x,S,_ as C,d as w,l as T,nt as E,ot as D,p as O,u as k,wt as A}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{u as j}from"./feedback-CDZ4-T8K.js";var M=_(`radio`,`
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
`,[m(`checked`,[h(`dot`,`
 background-color: var(--n-color-active);
 `)]),h(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),_(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),h(`dot`,`
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
 `,[p(`&::before`,`
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
 `),m(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[p(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),h(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),u(`disabled`,`
 cursor: pointer;
 `,[p(`&:hover`,[h(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),m(`focus`,[p(`&:not(:active)`,[h(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),m(`disabled`,`
 cursor: not-allowed;
 `,[h(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[p(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),m(`checked`,`
 opacity: 1;
 `)]),h(`label`,{color:`var(--n-text-color-disabled)`}),_(`radio-input`,`
 cursor: not-allowed;
 `)])]),N={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},P=r(`n-radio-group`);function F(e){let t=S(P,null),{mergedClsPrefixRef:n,mergedComponentPropsRef:r}=o(e),a=f(e,{mergedSize(n){let{size:i}=e;if(i!==void 0)return i;if(t){let{mergedSizeRef:{value:e}}=t;if(e!==void 0)return e}return n?n.mergedSize.value:r?.value?.Radio?.size||`medium`},mergedDisabled(n){return!!(e.disabled||t?.disabledRef.value||n?.disabled.value)}}),{mergedSizeRef:s,mergedDisabledRef:c}=a,u=E(null),d=E(null),p=E(e.defaultChecked),m=D(e,`checked`),h=j(m,p),g=l(()=>t?t.valueRef.value===e.value:h.value),_=l(()=>{let{name:n}=e;if(n!==void 0)return n;if(t)return t.nameRef.value}),v=E(!1);function y(){if(t){let{doUpdateValue:n}=t,{value:r}=e;i(n,r)}else{let{onUpdateChecked:t,"onUpdate:checked":n}=e,{nTriggerFormInput:r,nTriggerFormChange:o}=a;t&&i(t,!0),n&&i(n,!0),r(),o(),p.value=!0}}function b(){c.value||g.value||y()}function x(){b(),u.value&&(u.value.checked=g.value)}function C(){v.value=!1}function w(){v.value=!0}return{mergedClsPrefix:t?t.mergedClsPrefixRef:n,inputRef:u,labelRef:d,mergedName:_,mergedDisabled:c,renderSafeChecked:g,focus:v,mergedSize:s,handleRadioInputChange:x,handleRadioInputBlur:C,handleRadioInputFocus:w}}var I=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],L={...d.props,...N},R=C({name:`Radio`,props:L,setup(e){let t=F(e),n=d(`Radio`,`-radio`,M,s,e,t.mergedClsPrefix),r=T(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:f,textColorDisabled:p,dotColorActive:m,dotColorDisabled:h,labelPadding:g,labelLineHeight:_,labelFontWeight:y,[v(`fontSize`,e)]:b,[v(`radioSize`,e)]:x}}=n.value;return{"--n-bezier":r,"--n-label-line-height":_,"--n-label-font-weight":y,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":m,"--n-dot-color-disabled":h,"--n-font-size":b,"--n-radio-size":x,"--n-text-color":f,"--n-text-color-disabled":p,"--n-label-padding":g}}),{inlineThemeDisabled:i,mergedClsPrefixRef:c,mergedRtlRef:l}=o(e),u=a(`Radio`,l,c),f=i?g(`radio`,T(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:u,cssVars:i?void 0:r,themeClass:f?.themeClass,onRender:f?.onRender})},render(){let{$slots:r,mergedClsPrefix:i,onRender:a,label:o}=this;return a?.(),(()=>{let a=t(`f8c6901d8cd45c02`);return x(),O(`label`,{class:y([`${i}-radio`,this.themeClass,this.rtlEnabled&&`${i}-radio--rtl`,this.mergedDisabled&&`${i}-radio--disabled`,this.renderSafeChecked&&`${i}-radio--checked`,this.focus&&`${i}-radio--focus`]),style:A(this.cssVars)},[k(`div`,{class:y(`${i}-radio__dot-wrapper`)},[a[0]||=n(`\xA0`,-1),k(`div`,{class:y([`${i}-radio__dot`,this.renderSafeChecked&&`${i}-radio__dot--checked`])},null,2),k(`input`,{ref:`inputRef`,type:`radio`,class:y(`${i}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,I)],2),n(()=>e(r.default,e=>!e&&!o?null:(x(),O(`div`,{ref:`labelRef`,class:y(`${i}-radio__label`)},[n(()=>e||o)],2))))],6)})()}});function z(e,t=`default`,n=[]){let r=e.$slots[t];return r===void 0?n:r()}var B=_(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[h(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[m(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),m(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),m(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[_(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),h(`splitor`,{height:`var(--n-height)`})]),_(`radio-button`,`
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
 `,[_(`radio-input`,`
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
 `),h(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),p(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[h(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),p(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[h(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),u(`disabled`,`
 cursor: pointer;
 `,[p(`&:hover`,[h(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),u(`checked`,{color:`var(--n-button-text-color-hover)`})]),m(`focus`,[p(`&:not(:active)`,[h(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),m(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),m(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),V=[`onFocusin`,`onFocusout`];function H(e,t,n){let r=[],i=!1;for(let a=0;a<e.length;++a){let o=e[a],s=o.type?.name;s===`RadioButton`&&(i=!0);let c=o.props;if(s!==`RadioButton`)r.push(o);else if(a===0)r.push(o);else{let e=r[r.length-1].props,i=t===e.value,a=e.disabled,s=t===c.value,l=c.disabled,u=(i?2:0)+ +!a,d=(s?2:0)+ +!l,f={[`${n}-radio-group__splitor--disabled`]:a,[`${n}-radio-group__splitor--checked`]:i},p={[`${n}-radio-group__splitor--disabled`]:l,[`${n}-radio-group__splitor--checked`]:s},m=u<d?p:f;r.push((x(),O(`div`,{key:1,class:y([`${n}-radio-group__splitor`,m])},null,2)),o)}}return{children:r,isButtonGroup:i}}var U={...d.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},W=C({name:`RadioGroup`,props:U,setup(e){let t=E(null),{mergedSizeRef:n,mergedDisabledRef:r,nTriggerFormChange:c,nTriggerFormInput:l,nTriggerFormBlur:u,nTriggerFormFocus:p}=f(e),{mergedClsPrefixRef:m,inlineThemeDisabled:h,mergedRtlRef:_}=o(e),y=d(`Radio`,`-radio-group`,B,s,e,m),x=E(e.defaultValue),S=D(e,`value`),C=j(S,x);function w(t){let{onUpdateValue:n,"onUpdate:value":r}=e;n&&i(n,t),r&&i(r,t),x.value=t,c(),l()}function O(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||p())}function k(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||u())}b(P,{mergedClsPrefixRef:m,nameRef:D(e,`name`),valueRef:C,disabledRef:r,mergedSizeRef:n,doUpdateValue:w});let A=a(`Radio`,_,m),M=T(()=>{let{value:e}=n,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:r,buttonBorderColorActive:i,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:f,buttonTextColorHover:p,opacityDisabled:m,[v(`buttonHeight`,e)]:h,[v(`fontSize`,e)]:g}}=y.value;return{"--n-font-size":g,"--n-bezier":t,"--n-button-border-color":r,"--n-button-border-color-active":i,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":p,"--n-button-text-color-active":f,"--n-height":h,"--n-opacity-disabled":m}}),N=h?g(`radio-group`,T(()=>n.value[0]),M,e):void 0;return{selfElRef:t,rtlEnabled:A,mergedClsPrefix:m,mergedValue:C,handleFocusout:k,handleFocusin:O,cssVars:h?void 0:M,themeClass:N?.themeClass,onRender:N?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:t,handleFocusin:r,handleFocusout:i}=this,{options:a,labelField:o,valueField:s}=this.$props,{children:l,isButtonGroup:u}=H(a?a.map(e=>{let t=e[s];return x(),w(R,{key:typeof t==`boolean`?`__n_${t}`:t,value:t,disabled:e.disabled,label:e[o]},null,8,[`value`,`disabled`,`label`])}):c(z(this)),e,t);return this.onRender?.(),x(),O(`div`,{onFocusin:r,onFocusout:i,ref:`selfElRef`,class:y([`${t}-radio-group`,this.rtlEnabled&&`${t}-radio-group--rtl`,this.themeClass,u&&`${t}-radio-group--button-group`]),style:A(this.cssVars)},[n(()=>l)],46,V)}});export{F as a,N as i,z as n,R as r,W as t};