import{P as e,T as t,_ as n,d as r,i,l as a,nt as o,ot as s,p as c,r as l,u,wt as d}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{Bt as f,Dn as p,Gt as m,It as h,Lt as g,Mn as _,Wt as v,_r as y,at as b,br as x,cn as S,ct as C,dt as w,fn as T,fr as E,gr as D,hn as O,hr as k,j as A,ln as j,lt as M,mn as ee,ot as N,p as P,pr as F,v as te,vn as I,vr as L,wn as R,xn as z,yn as ne,yr as re}from"./session-Dusl6qa1.js";import{l as B,u as V}from"./feedback-CDZ4-T8K.js";import{a as H,i as U,n as W}from"./RadioGroup-CT9xWAhK.js";var G=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],K=n({name:`RadioButton`,props:U,setup:H,render(){let{mergedClsPrefix:t}=this;return e(),c(`label`,{class:R([`${t}-radio-button`,this.mergedDisabled&&`${t}-radio-button--disabled`,this.renderSafeChecked&&`${t}-radio-button--checked`,this.focus&&[`${t}-radio-button--focus`]])},[u(`input`,{ref:`inputRef`,type:`radio`,class:R(`${t}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,G),u(`div`,{class:R(`${t}-radio-button__state-border`)},null,2),p(()=>f(this.$slots.default,n=>!n&&!this.label?null:(e(),c(`div`,{ref:`labelRef`,class:R(`${t}-radio__label`)},[p(()=>n||this.label)],2))))],2)}});function q(e,t=`default`,n=[]){let{children:r}=e;if(typeof r==`object`&&r&&!Array.isArray(r)){let e=r[t];if(typeof e==`function`)return e()}return n}var J=E([F(`descriptions`,{fontSize:`var(--n-font-size)`},[F(`descriptions-separator`,`
 display: inline-block;
 margin: 0 8px 0 2px;
 `),F(`descriptions-table-wrapper`,[F(`descriptions-table`,[F(`descriptions-table-row`,[F(`descriptions-table-header`,{padding:`var(--n-th-padding)`}),F(`descriptions-table-content`,{padding:`var(--n-td-padding)`})])])]),y(`bordered`,[F(`descriptions-table-wrapper`,[F(`descriptions-table`,[F(`descriptions-table-row`,[E(`&:last-child`,[F(`descriptions-table-content`,{paddingBottom:0})])])])])]),D(`left-label-placement`,[F(`descriptions-table-content`,[E(`> *`,{verticalAlign:`top`})])]),D(`left-label-align`,[E(`th`,{textAlign:`left`})]),D(`center-label-align`,[E(`th`,{textAlign:`center`})]),D(`right-label-align`,[E(`th`,{textAlign:`right`})]),D(`bordered`,[F(`descriptions-table-wrapper`,`
 border-radius: var(--n-border-radius);
 overflow: hidden;
 background: var(--n-merged-td-color);
 border: 1px solid var(--n-merged-border-color);
 `,[F(`descriptions-table`,[F(`descriptions-table-row`,[E(`&:not(:last-child)`,[F(`descriptions-table-content`,{borderBottom:`1px solid var(--n-merged-border-color)`}),F(`descriptions-table-header`,{borderBottom:`1px solid var(--n-merged-border-color)`})]),F(`descriptions-table-header`,`
 font-weight: 400;
 background-clip: padding-box;
 background-color: var(--n-merged-th-color);
 `,[E(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})]),F(`descriptions-table-content`,[E(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})])])])])]),F(`descriptions-header`,`
 font-weight: var(--n-th-font-weight);
 font-size: 18px;
 transition: color .3s var(--n-bezier);
 line-height: var(--n-line-height);
 margin-bottom: 16px;
 color: var(--n-title-text-color);
 `),F(`descriptions-table-wrapper`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[F(`descriptions-table`,`
 width: 100%;
 border-collapse: separate;
 border-spacing: 0;
 box-sizing: border-box;
 `,[F(`descriptions-table-row`,`
 box-sizing: border-box;
 transition: border-color .3s var(--n-bezier);
 `,[F(`descriptions-table-header`,`
 font-weight: var(--n-th-font-weight);
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-th-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),F(`descriptions-table-content`,`
 vertical-align: top;
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-td-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[k(`content`,`
 transition: color .3s var(--n-bezier);
 display: inline-block;
 color: var(--n-td-text-color);
 `)]),k(`label`,`
 font-weight: var(--n-th-font-weight);
 transition: color .3s var(--n-bezier);
 display: inline-block;
 margin-right: 14px;
 color: var(--n-th-text-color);
 `)])])])]),F(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 `),re(F(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `)),x(F(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `))]),Y=`DESCRIPTION_ITEM_FLAG`;function ie(e){return typeof e==`object`&&e&&!Array.isArray(e)?e.type&&e.type.DESCRIPTION_ITEM_FLAG:!1}var ae=[`colspan`],oe=[`colspan`],se=[`colspan`],ce=[`colspan`],le={...S.props,title:String,column:{type:Number,default:3},columns:Number,labelPlacement:{type:String,default:`top`},labelAlign:{type:String,default:`left`},separator:{type:String,default:`:`},size:String,bordered:Boolean,labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},ue=n({name:`Descriptions`,props:le,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=_(e),i=a(()=>e.size||r?.value?.Descriptions?.size||`medium`),o=S(`Descriptions`,`-descriptions`,J,A,e,t),s=a(()=>{let{bordered:t}=e,n=i.value,{common:{cubicBezierEaseInOut:r},self:{titleTextColor:a,thColor:s,thColorModal:c,thColorPopover:l,thTextColor:u,thFontWeight:d,tdTextColor:f,tdColor:p,tdColorModal:m,tdColorPopover:h,borderColor:g,borderColorModal:_,borderColorPopover:v,borderRadius:y,lineHeight:b,[L(`fontSize`,n)]:x,[L(t?`thPaddingBordered`:`thPadding`,n)]:S,[L(t?`tdPaddingBordered`:`tdPadding`,n)]:C}}=o.value;return{"--n-title-text-color":a,"--n-th-padding":S,"--n-td-padding":C,"--n-font-size":x,"--n-bezier":r,"--n-th-font-weight":d,"--n-line-height":b,"--n-th-text-color":u,"--n-td-text-color":f,"--n-th-color":s,"--n-th-color-modal":c,"--n-th-color-popover":l,"--n-td-color":p,"--n-td-color-modal":m,"--n-td-color-popover":h,"--n-border-radius":y,"--n-border-color":g,"--n-border-color-modal":_,"--n-border-color-popover":v}}),c=n?j(`descriptions`,a(()=>{let t=``,{bordered:n}=e;return n&&(t+=`a`),t+=i.value[0],t}),s,e):void 0;return{mergedClsPrefix:t,cssVars:n?void 0:s,themeClass:c?.themeClass,onRender:c?.onRender,compitableColumn:B(e,[`columns`,`column`]),inlineThemeDisabled:n,mergedSize:i}},render(){let t=this.$slots.default,n=t?v(t()):[];n.length;let{contentClass:r,labelClass:i,compitableColumn:a,labelPlacement:o,labelAlign:s,mergedSize:l,bordered:f,title:m,cssVars:h,mergedClsPrefix:g,separator:_,onRender:y}=this;y?.();let b=n.filter(e=>ie(e)),x=b.reduce((t,n,s)=>{let l=n.props||{},m=b.length-1===s,h=[`label`in l?l.label:q(n,`label`)],v=[q(n)],y=l.span||1,x=t.span;t.span+=y;let S=l.labelStyle||l[`label-style`]||this.labelStyle,C=l.contentStyle||l[`content-style`]||this.contentStyle;if(o===`left`)f?t.row.push((e(),c(`th`,{key:1,class:R([`${g}-descriptions-table-header`,i]),colspan:1,style:d(S)},[p(()=>h)],6)),(e(),c(`td`,{key:2,class:R([`${g}-descriptions-table-content`,r]),colspan:m?(a-x)*2+1:y*2-1,style:d(C)},[p(()=>v)],14,ae))):t.row.push((e(),c(`td`,{key:3,class:R(`${g}-descriptions-table-content`),colspan:m?(a-x)*2:y*2},[u(`span`,{class:R([`${g}-descriptions-table-content__label`,i]),style:d(S)},[p(()=>[...h,_&&(e(),c(`span`,{key:4,class:R(`${g}-descriptions-separator`)},[p(()=>_)],2))])],6),u(`span`,{class:R([`${g}-descriptions-table-content__content`,r]),style:d(C)},[p(()=>v)],6)],10,oe)));else{let n=m?(a-x)*2:y*2;t.row.push((e(),c(`th`,{key:5,class:R([`${g}-descriptions-table-header`,i]),colspan:n,style:d(S)},[p(()=>h)],14,se))),t.secondRow.push((e(),c(`td`,{key:6,class:R([`${g}-descriptions-table-content`,r]),colspan:n,style:d(C)},[p(()=>v)],14,ce)))}return(t.span>=a||m)&&(t.span=0,t.row.length&&(t.rows.push(t.row),t.row=[]),o!==`left`&&t.secondRow.length&&(t.rows.push(t.secondRow),t.secondRow=[])),t},{span:0,row:[],secondRow:[],rows:[]}).rows.map(t=>(e(),c(`tr`,{class:R(`${g}-descriptions-table-row`)},[p(()=>t)],2)));return e(),c(`div`,{style:d(h),class:R([`${g}-descriptions`,this.themeClass,`${g}-descriptions--${o}-label-placement`,`${g}-descriptions--${s}-label-align`,`${g}-descriptions--${l}-size`,f&&`${g}-descriptions--bordered`])},[m||this.$slots.header?(e(),c(`div`,{key:0,class:R(`${g}-descriptions-header`)},[p(()=>m||W(this,`header`))],2)):p(()=>null),u(`div`,{class:R(`${g}-descriptions-table-wrapper`)},[u(`table`,{class:R(`${g}-descriptions-table`)},[u(`tbody`,null,[p(()=>o===`top`&&(e(),c(`tr`,{class:R(`${g}-descriptions-table-row`),style:{visibility:`collapse`}},[p(()=>ee(a*2,(e(),c(`td`))))],2))),p(()=>x)])],2)],2)],6)}}),de={label:String,span:{type:Number,default:1},labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},fe=n({name:`DescriptionsItem`,[Y]:!0,props:de,slots:Object,render(){return null}});function pe(){return te}var X={name:`Space`,self:pe},Z;function Q(){if(!b)return!0;if(Z===void 0){let e=document.createElement(`div`);e.style.display=`flex`,e.style.flexDirection=`column`,e.style.rowGap=`1px`,e.appendChild(document.createElement(`div`)),e.appendChild(document.createElement(`div`)),document.body.appendChild(e);let t=e.scrollHeight===1;return document.body.removeChild(e),Z=t}return Z}var me={...S.props,align:String,justify:{type:String,default:`start`},inline:Boolean,vertical:Boolean,reverse:Boolean,size:[String,Number,Array],wrapItem:{type:Boolean,default:!0},itemClass:String,itemStyle:[String,Object],wrap:{type:Boolean,default:!0},internalUseGap:{type:Boolean,default:void 0}},he=n({name:`Space`,props:me,setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n,mergedComponentPropsRef:r}=_(e),i=a(()=>e.size??r?.value?.Space?.size??`medium`),o=S(`Space`,`-space`,void 0,X,e,t),s=h(`Space`,n,t);return{useGap:Q(),rtlEnabled:s,mergedClsPrefix:t,margin:a(()=>{let e=i.value;if(Array.isArray(e))return{horizontal:e[0],vertical:e[1]};if(typeof e==`number`)return{horizontal:e,vertical:e};let{self:{[L(`gap`,e)]:t}}=o.value,{row:n,col:r}=ne(t);return{horizontal:I(r),vertical:I(n)}})}},render(){let{vertical:t,reverse:n,align:r,inline:a,justify:o,itemClass:s,itemStyle:u,margin:f,wrap:m,mergedClsPrefix:h,rtlEnabled:g,useGap:_,wrapItem:y,internalUseGap:b}=this,x=v(W(this),!1);if(!x.length)return null;let S=`${f.horizontal}px`,C=`${f.horizontal/2}px`,w=`${f.vertical}px`,T=`${f.vertical/2}px`,E=x.length-1,D=o.startsWith(`space-`);return e(),c(`div`,{role:`none`,class:R([`${h}-space`,g&&`${h}-space--rtl`]),style:d({display:a?`inline-flex`:`flex`,flexDirection:t&&!n?`column`:t&&n?`column-reverse`:!t&&n?`row-reverse`:`row`,justifyContent:[`start`,`end`].includes(o)?`flex-${o}`:o,flexWrap:!m||t?`nowrap`:`wrap`,marginTop:_||t?``:`-${T}`,marginBottom:_||t?``:`-${T}`,alignItems:r,gap:_?`${f.vertical}px ${f.horizontal}px`:``})},[!y&&(_||b)?(e(),c(i,{key:0},[p(()=>x)],64)):(e(),c(i,{key:1},[p(()=>x.map((n,r)=>n.type===l?n:(e(),c(`div`,{key:1,role:`none`,class:R(s),style:d([u,{maxWidth:`100%`},_?``:t?{marginBottom:r===E?``:w}:g?{marginLeft:D?o===`space-between`&&r===E?``:C:r===E?``:S,marginRight:D?o===`space-between`&&r===0?``:C:``,paddingTop:T,paddingBottom:T}:{marginRight:D?o===`space-between`&&r===E?``:C:r===E?``:S,marginLeft:D?o===`space-between`&&r===0?``:C:``,paddingTop:T,paddingBottom:T}])},[p(()=>n)],6))))],64))],6)}});function ge(e){let{primaryColor:t,opacityDisabled:n,borderRadius:r,textColor3:i}=e;return{...P,iconColor:i,textColor:`white`,loadingColor:t,opacityDisabled:n,railColor:`rgba(0, 0, 0, .14)`,railColorActive:t,buttonBoxShadow:`0 1px 4px 0 rgba(0, 0, 0, 0.3), inset 0 0 1px 0 rgba(0, 0, 0, 0.05)`,buttonColor:`#FFF`,railBorderRadiusSmall:r,railBorderRadiusMedium:r,railBorderRadiusLarge:r,buttonBorderRadiusSmall:r,buttonBorderRadiusMedium:r,buttonBorderRadiusLarge:r,boxShadowFocus:`0 0 0 2px ${O(t,{alpha:.2})}`}}var _e={name:`Switch`,common:T,self:ge},ve=F(`switch`,`
 height: var(--n-height);
 min-width: var(--n-width);
 vertical-align: middle;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 outline: none;
 justify-content: center;
 align-items: center;
`,[k(`children-placeholder`,`
 height: var(--n-rail-height);
 display: flex;
 flex-direction: column;
 overflow: hidden;
 pointer-events: none;
 visibility: hidden;
 `),k(`rail-placeholder`,`
 display: flex;
 flex-wrap: none;
 `),k(`button-placeholder`,`
 width: calc(1.75 * var(--n-rail-height));
 height: var(--n-rail-height);
 `),F(`base-loading`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 font-size: calc(var(--n-button-width) - 4px);
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 `,[C({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),k(`checked, unchecked`,`
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
 `),k(`checked`,`
 right: 0;
 padding-right: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),k(`unchecked`,`
 left: 0;
 justify-content: flex-end;
 padding-left: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),E(`&:focus`,[k(`rail`,`
 box-shadow: var(--n-box-shadow-focus);
 `)]),D(`round`,[k(`rail`,`border-radius: calc(var(--n-rail-height) / 2);`,[k(`button`,`border-radius: calc(var(--n-button-height) / 2);`)])]),y(`disabled`,[y(`icon`,[D(`rubber-band`,[D(`pressed`,[k(`rail`,[k(`button`,`max-width: var(--n-button-width-pressed);`)])]),k(`rail`,[E(`&:active`,[k(`button`,`max-width: var(--n-button-width-pressed);`)])]),D(`active`,[D(`pressed`,[k(`rail`,[k(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])]),k(`rail`,[E(`&:active`,[k(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])])])])])]),D(`active`,[k(`rail`,[k(`button`,`left: calc(100% - var(--n-button-width) - var(--n-offset))`)])]),k(`rail`,`
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
 `,[k(`button-icon`,`
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
 `,[C()]),k(`button`,`
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
 `)]),D(`active`,[k(`rail`,`background-color: var(--n-rail-color-active);`)]),D(`loading`,[k(`rail`,`
 cursor: wait;
 `)]),D(`disabled`,[k(`rail`,`
 cursor: not-allowed;
 opacity: .5;
 `)])]),ye=[`aria-checked`,`tabindex`,`onClick`,`onFocus`,`onBlur`,`onKeyup`,`onKeydown`],be={...S.props,size:String,value:{type:[String,Number,Boolean],default:void 0},loading:Boolean,defaultValue:{type:[String,Number,Boolean],default:!1},disabled:{type:Boolean,default:void 0},round:{type:Boolean,default:!0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],checkedValue:{type:[String,Number,Boolean],default:!0},uncheckedValue:{type:[String,Number,Boolean],default:!1},railStyle:Function,rubberBand:{type:Boolean,default:!0},spinProps:Object,onChange:[Function,Array]},$,xe=n({name:`Switch`,props:be,slots:Object,setup(e){$===void 0&&($=typeof CSS<`u`?CSS.supports!==void 0&&CSS.supports(`width`,`max(1px)`):!0);let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=_(e),i=S(`Switch`,`-switch`,ve,_e,e,t),c=w(e,{mergedSize(t){return e.size===void 0?t?t.mergedSize.value:r?.value?.Switch?.size||`medium`:e.size}}),{mergedSizeRef:l,mergedDisabledRef:u}=c,d=o(e.defaultValue),f=s(e,`value`),p=V(f,d),h=a(()=>p.value===e.checkedValue),g=o(!1),v=o(!1),y=a(()=>{let{railStyle:t}=e;if(t)return t({focused:v.value,checked:h.value})});function b(t){let{"onUpdate:value":n,onChange:r,onUpdateValue:i}=e,{nTriggerFormInput:a,nTriggerFormChange:o}=c;n&&m(n,t),i&&m(i,t),r&&m(r,t),d.value=t,a(),o()}function x(){let{nTriggerFormFocus:e}=c;e()}function C(){let{nTriggerFormBlur:e}=c;e()}function T(){e.loading||u.value||(p.value===e.checkedValue?b(e.uncheckedValue):b(e.checkedValue))}function E(){v.value=!0,x()}function D(){v.value=!1,C(),g.value=!1}function O(t){e.loading||u.value||t.key===` `&&(p.value===e.checkedValue?b(e.uncheckedValue):b(e.checkedValue),g.value=!1)}function k(t){e.loading||u.value||t.key===` `&&(t.preventDefault(),g.value=!0)}let A=a(()=>{let{value:e}=l,{self:{opacityDisabled:t,railColor:n,railColorActive:r,buttonBoxShadow:a,buttonColor:o,boxShadowFocus:s,loadingColor:c,textColor:u,iconColor:d,[L(`buttonHeight`,e)]:f,[L(`buttonWidth`,e)]:p,[L(`buttonWidthPressed`,e)]:m,[L(`railHeight`,e)]:h,[L(`railWidth`,e)]:g,[L(`railBorderRadius`,e)]:_,[L(`buttonBorderRadius`,e)]:v},common:{cubicBezierEaseInOut:y}}=i.value,b,x,S;return $?(b=`calc((${h} - ${f}) / 2)`,x=`max(${h}, ${f})`,S=`max(${g}, calc(${g} + ${f} - ${h}))`):(b=z((I(h)-I(f))/2),x=z(Math.max(I(h),I(f))),S=I(h)>I(f)?g:z(I(g)+I(f)-I(h))),{"--n-bezier":y,"--n-button-border-radius":v,"--n-button-box-shadow":a,"--n-button-color":o,"--n-button-width":p,"--n-button-width-pressed":m,"--n-button-height":f,"--n-height":x,"--n-offset":b,"--n-opacity-disabled":t,"--n-rail-border-radius":_,"--n-rail-color":n,"--n-rail-color-active":r,"--n-rail-height":h,"--n-rail-width":g,"--n-width":S,"--n-box-shadow-focus":s,"--n-loading-color":c,"--n-text-color":u,"--n-icon-color":d}}),M=n?j(`switch`,a(()=>l.value[0]),A,e):void 0;return{handleClick:T,handleBlur:D,handleFocus:E,handleKeyup:O,handleKeydown:k,mergedRailStyle:y,pressed:g,mergedClsPrefix:t,mergedValue:p,checked:h,mergedDisabled:u,cssVars:n?void 0:A,themeClass:M?.themeClass,onRender:M?.onRender}},render(){let{mergedClsPrefix:n,mergedDisabled:i,checked:a,mergedRailStyle:o,onRender:s,$slots:l}=this;s?.();let{checked:m,unchecked:h,icon:_,"checked-icon":v,"unchecked-icon":y}=l,b=!(g(_)&&g(v)&&g(y));return e(),c(`div`,{role:`switch`,"aria-checked":a,class:R([`${n}-switch`,this.themeClass,b&&`${n}-switch--icon`,a&&`${n}-switch--active`,i&&`${n}-switch--disabled`,this.round&&`${n}-switch--round`,this.loading&&`${n}-switch--loading`,this.pressed&&`${n}-switch--pressed`,this.rubberBand&&`${n}-switch--rubber-band`]),tabindex:this.mergedDisabled?void 0:0,style:d(this.cssVars),onClick:this.handleClick,onFocus:this.handleFocus,onBlur:this.handleBlur,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},[u(`div`,{class:R(`${n}-switch__rail`),"aria-hidden":`true`,style:d(o)},[p(()=>f(m,t=>f(h,r=>t||r?(e(),c(`div`,{key:4,"aria-hidden":!0,class:R(`${n}-switch__children-placeholder`)},[u(`div`,{class:R(`${n}-switch__rail-placeholder`)},[u(`div`,{class:R(`${n}-switch__button-placeholder`)},null,2),p(()=>t)],2),u(`div`,{class:R(`${n}-switch__rail-placeholder`)},[u(`div`,{class:R(`${n}-switch__button-placeholder`)},null,2),p(()=>r)],2)],2)):null))),u(`div`,{class:R(`${n}-switch__button`)},[p(()=>f(_,i=>f(v,a=>f(y,o=>(e(),r(M,null,{default:()=>this.loading?(e(),r(N,t({key:`loading`,clsPrefix:n,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`])):this.checked&&(a||i)?(e(),c(`div`,{class:R(`${n}-switch__button-icon`),key:a?`checked-icon`:`icon`},[p(()=>a||i)],2)):!this.checked&&(o||i)?(e(),c(`div`,{class:R(`${n}-switch__button-icon`),key:o?`unchecked-icon`:`icon`},[p(()=>o||i)],2)):null},1024)))))),p(()=>f(m,t=>t&&(e(),c(`div`,{key:`checked`,class:R(`${n}-switch__checked`)},[p(()=>t)],2)))),p(()=>f(h,t=>t&&(e(),c(`div`,{key:`unchecked`,class:R(`${n}-switch__unchecked`)},[p(()=>t)],2))))],2)],6)],46,ye)}});export{ue as a,fe as i,he as n,K as o,X as r,xe as t};