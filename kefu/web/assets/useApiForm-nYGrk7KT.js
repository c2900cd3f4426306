import{A as e,H as t,N as n,O as r,P as i,Q as a,S as o,St as s,T as c,V as l,_ as u,d,et as f,g as p,i as m,it as h,l as g,p as _,u as v,v as y,w as b}from"./runtime-core.esm-bundler-Un5SXeT3.js";import{c as ee,l as x,o as S,t as C}from"./feedback-Bad_sMPt.js";import{$ as w,$n as te,At as T,Dt as E,Ft as D,Ht as ne,Q as re,Qn as O,Qt as ie,Sn as k,Ut as ae,Vt as oe,X as se,Y as ce,Yt as A,Zt as j,_ as M,_t as le,a as N,an as P,ar as F,at as I,bn as ue,cn as de,ct as fe,dn as L,dr as pe,dt as me,er as R,et as he,fn as z,gn as ge,hn as B,in as V,ir as H,it as _e,jt as U,kt as W,lt as ve,mt as ye,nn as be,nt as xe,or as G,ot as Se,rr as K,rt as Ce,st as we,tn as Te,tr as q,tt as Ee,ut as De,vn as Oe,wn as ke,xn as J,yn as Ae}from"./index-C4QnupEm.js";function je(e){let{mergedLocaleRef:t,mergedDateLocaleRef:n}=o(ue,null)||{},r=g(()=>t?.value?.[e]??te[e]);return{dateLocaleRef:g(()=>n?.value??O),localeRef:r}}function Me(e){let{lineHeight:t,borderRadius:n,fontWeightStrong:r,baseColor:i,dividerColor:a,actionColor:o,textColor1:s,textColor2:c,closeColorHover:l,closeColorPressed:u,closeIconColor:d,closeIconColorHover:f,closeIconColorPressed:p,infoColor:m,successColor:h,warningColor:g,errorColor:_,fontSize:v}=e;return{...ve,fontSize:v,lineHeight:t,titleFontWeight:r,borderRadius:n,border:`1px solid ${a}`,color:o,titleTextColor:s,iconColor:c,contentTextColor:c,closeBorderRadius:n,closeColorHover:l,closeColorPressed:u,closeIconColor:d,closeIconColorHover:f,closeIconColorPressed:p,borderInfo:`1px solid ${P(i,V(m,{alpha:.25}))}`,colorInfo:P(i,V(m,{alpha:.08})),titleTextColorInfo:s,iconColorInfo:m,contentTextColorInfo:c,closeColorHoverInfo:l,closeColorPressedInfo:u,closeIconColorInfo:d,closeIconColorHoverInfo:f,closeIconColorPressedInfo:p,borderSuccess:`1px solid ${P(i,V(h,{alpha:.25}))}`,colorSuccess:P(i,V(h,{alpha:.08})),titleTextColorSuccess:s,iconColorSuccess:h,contentTextColorSuccess:c,closeColorHoverSuccess:l,closeColorPressedSuccess:u,closeIconColorSuccess:d,closeIconColorHoverSuccess:f,closeIconColorPressedSuccess:p,borderWarning:`1px solid ${P(i,V(g,{alpha:.33}))}`,colorWarning:P(i,V(g,{alpha:.08})),titleTextColorWarning:s,iconColorWarning:g,contentTextColorWarning:c,closeColorHoverWarning:l,closeColorPressedWarning:u,closeIconColorWarning:d,closeIconColorHoverWarning:f,closeIconColorPressedWarning:p,borderError:`1px solid ${P(i,V(_,{alpha:.25}))}`,colorError:P(i,V(_,{alpha:.08})),titleTextColorError:s,iconColorError:_,contentTextColorError:c,closeColorHoverError:l,closeColorPressedError:u,closeIconColorError:d,closeIconColorHoverError:f,closeIconColorPressedError:p}}var Ne={name:`Alert`,common:Te,self:Me},Pe=q(`alert`,`
 line-height: var(--n-line-height);
 border-radius: var(--n-border-radius);
 position: relative;
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-color);
 text-align: start;
 word-break: break-word;
`,[K(`border`,`
 border-radius: inherit;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 transition: border-color .3s var(--n-bezier);
 border: var(--n-border);
 pointer-events: none;
 `),H(`closable`,[q(`alert-body`,[K(`title`,`
 padding-right: 24px;
 `)])]),K(`icon`,{color:`var(--n-icon-color)`}),q(`alert-body`,{padding:`var(--n-padding)`},[K(`title`,{color:`var(--n-title-text-color)`}),K(`content`,{color:`var(--n-content-text-color)`})]),Ce({originalTransition:`transform .3s var(--n-bezier)`,enterToProps:{transform:`scale(1)`},leaveToProps:{transform:`scale(0.9)`}}),K(`icon`,`
 position: absolute;
 left: 0;
 top: 0;
 align-items: center;
 justify-content: center;
 display: flex;
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 margin: var(--n-icon-margin);
 `),K(`close`,`
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 position: absolute;
 right: 0;
 top: 0;
 margin: var(--n-close-margin);
 `),H(`show-icon`,[q(`alert-body`,{paddingLeft:`calc(var(--n-icon-margin-left) + var(--n-icon-size) + var(--n-icon-margin-right))`})]),H(`right-adjust`,[q(`alert-body`,{paddingRight:`calc(var(--n-close-size) + var(--n-padding) + 2px)`})]),q(`alert-body`,`
 border-radius: var(--n-border-radius);
 transition: border-color .3s var(--n-bezier);
 `,[K(`title`,`
 transition: color .3s var(--n-bezier);
 font-size: 16px;
 line-height: 19px;
 font-weight: var(--n-title-font-weight);
 `,[R(`& +`,[K(`content`,{marginTop:`9px`})])]),K(`content`,{transition:`color .3s var(--n-bezier)`,fontSize:`var(--n-font-size)`})]),K(`icon`,{transition:`color .3s var(--n-bezier)`})]),Fe={...j.props,title:String,showIcon:{type:Boolean,default:!0},type:{type:String,default:`default`},bordered:{type:Boolean,default:!0},closable:Boolean,onClose:Function,onAfterLeave:Function,onAfterHide:Function},Ie=u({name:`Alert`,inheritAttrs:!1,props:Fe,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=Ae(e),a=j(`Alert`,`-alert`,Pe,Ne,e,t),o=E(`Alert`,i,t),s=g(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=a.value,{fontSize:r,borderRadius:i,titleFontWeight:o,lineHeight:s,iconSize:c,iconMargin:l,iconMarginRtl:u,closeIconSize:d,closeBorderRadius:f,closeSize:p,closeMargin:m,closeMarginRtl:h,padding:g}=n,{type:_}=e,{left:v,right:y}=de(l);return{"--n-bezier":t,"--n-color":n[G(`color`,_)],"--n-close-icon-size":d,"--n-close-border-radius":f,"--n-close-color-hover":n[G(`closeColorHover`,_)],"--n-close-color-pressed":n[G(`closeColorPressed`,_)],"--n-close-icon-color":n[G(`closeIconColor`,_)],"--n-close-icon-color-hover":n[G(`closeIconColorHover`,_)],"--n-close-icon-color-pressed":n[G(`closeIconColorPressed`,_)],"--n-icon-color":n[G(`iconColor`,_)],"--n-border":n[G(`border`,_)],"--n-title-text-color":n[G(`titleTextColor`,_)],"--n-content-text-color":n[G(`contentTextColor`,_)],"--n-line-height":s,"--n-border-radius":i,"--n-font-size":r,"--n-title-font-weight":o,"--n-icon-size":c,"--n-icon-margin":l,"--n-icon-margin-rtl":u,"--n-close-size":p,"--n-close-margin":m,"--n-close-margin-rtl":h,"--n-padding":g,"--n-icon-margin-left":v,"--n-icon-margin-right":y}}),c=r?ie(`alert`,g(()=>e.type[0]),s,e):void 0,l=f(!0),u=()=>{let{onAfterLeave:t,onAfterHide:n}=e;t&&t(),n&&n()};return{rtlEnabled:o,mergedClsPrefix:t,mergedBordered:n,visible:l,handleCloseClick:()=>{Promise.resolve(e.onClose?.()).then(e=>{e!==!1&&(l.value=!1)})},handleAfterLeave:()=>{u()},mergedTheme:a,cssVars:r?void 0:s,themeClass:c?.themeClass,onRender:c?.onRender}},render(){return this.onRender?.(),n(),d(_e,{onAfterLeave:this.handleAfterLeave},{default:()=>{let{mergedClsPrefix:e,$slots:t}=this,r={class:[`${e}-alert`,this.themeClass,this.closable&&`${e}-alert--closable`,this.showIcon&&`${e}-alert--show-icon`,!this.title&&this.closable&&`${e}-alert--right-adjust`,this.rtlEnabled&&`${e}-alert--rtl`],style:this.cssVars,role:`alert`};return this.visible?(n(),_(`div`,b({key:1},b(this.$attrs,r)),[B(()=>this.closable&&(n(),d(De,{clsPrefix:e,class:z(`${e}-alert__close`),onClick:this.handleCloseClick},null,8,[`clsPrefix`,`class`,`onClick`]))),B(()=>this.bordered&&(n(),_(`div`,{class:z(`${e}-alert__border`)},null,2))),B(()=>this.showIcon&&(n(),_(`div`,{class:z(`${e}-alert__icon`),"aria-hidden":`true`},[B(()=>W(t.icon,()=>[(n(),d(A,{clsPrefix:e},{default:()=>{switch(this.type){case`success`:return n(),d(Se,{key:3});case`info`:return n(),d(we,{key:4});case`warning`:return n(),d(I,{key:5});case`error`:return n(),d(fe,{key:6});default:return null}}},1032,[`clsPrefix`]))]))],2))),v(`div`,{class:z([`${e}-alert-body`,this.mergedBordered&&`${e}-alert-body--bordered`])},[B(()=>U(t.header,t=>{let r=t||this.title;return r?(n(),_(`div`,{key:2,class:z(`${e}-alert-body__title`)},[B(()=>r)],2)):null})),B(()=>t.default&&(n(),_(`div`,{class:z(`${e}-alert-body__content`)},[B(()=>t.default())],2)))],2)],16)):null}},1032,[`onAfterLeave`])}});function Le(e,t,n){let i=o(e,null);if(i===null)return;let a=y()?.proxy;l(n,s),s(n.value),r(()=>{s(void 0,n.value)});function s(e,n){if(!i)return;let r=i[t];n!==void 0&&c(r,n),e!==void 0&&u(r,e)}function c(e,t){e[t]||(e[t]=[]),e[t].splice(e[t].findIndex(e=>e===a),1)}function u(e,t){e[t]||(e[t]=[]),~e[t].findIndex(e=>e===a)||e[t].push(a)}}var Re=u({name:`Eye`,render(){return(()=>{let e=L(`ae479a1970012861`);return e[0]||=v(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[v(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),v(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),ze=u({name:`EyeOff`,render(){return(()=>{let e=L(`2c06203b450ce879`);return e[0]||=v(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[v(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),v(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),v(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),v(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),v(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),Be=me(`clear`,()=>(()=>{let e=L(`c93f8499adf26ca3`);return e[0]||=v(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[v(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[v(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[v(`path`,{d:`M8,2 C11.3137085,2 14,4.6862915 14,8 C14,11.3137085 11.3137085,14 8,14 C4.6862915,14 2,11.3137085 2,8 C2,4.6862915 4.6862915,2 8,2 Z M6.5343055,5.83859116 C6.33943736,5.70359511 6.07001296,5.72288026 5.89644661,5.89644661 L5.89644661,5.89644661 L5.83859116,5.9656945 C5.70359511,6.16056264 5.72288026,6.42998704 5.89644661,6.60355339 L5.89644661,6.60355339 L7.293,8 L5.89644661,9.39644661 L5.83859116,9.4656945 C5.70359511,9.66056264 5.72288026,9.92998704 5.89644661,10.1035534 L5.89644661,10.1035534 L5.9656945,10.1614088 C6.16056264,10.2964049 6.42998704,10.2771197 6.60355339,10.1035534 L6.60355339,10.1035534 L8,8.707 L9.39644661,10.1035534 L9.4656945,10.1614088 C9.66056264,10.2964049 9.92998704,10.2771197 10.1035534,10.1035534 L10.1035534,10.1035534 L10.1614088,10.0343055 C10.2964049,9.83943736 10.2771197,9.57001296 10.1035534,9.39644661 L10.1035534,9.39644661 L8.707,8 L10.1035534,6.60355339 L10.1614088,6.5343055 C10.2964049,6.33943736 10.2771197,6.07001296 10.1035534,5.89644661 L10.1035534,5.89644661 L10.0343055,5.83859116 C9.83943736,5.70359511 9.57001296,5.72288026 9.39644661,5.89644661 L9.39644661,5.89644661 L8,7.293 L6.60355339,5.89644661 Z`})])])],-1)})()),Ve=q(`base-clear`,`
 flex-shrink: 0;
 height: 1em;
 width: 1em;
 position: relative;
`,[R(`>`,[K(`clear`,`
 font-size: var(--n-clear-size);
 height: 1em;
 width: 1em;
 cursor: pointer;
 color: var(--n-clear-color);
 transition: color .3s var(--n-bezier);
 display: flex;
 `,[R(`&:hover`,`
 color: var(--n-clear-color-hover)!important;
 `),R(`&:active`,`
 color: var(--n-clear-color-pressed)!important;
 `)]),K(`placeholder`,`
 display: flex;
 `),K(`clear, placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[w({originalTransform:`translateX(-50%) translateY(-50%)`,left:`50%`,top:`50%`})])])]),He=[`onClick`,`onMousedown`],Ue=u({name:`BaseClear`,props:{clsPrefix:{type:String,required:!0},show:Boolean,onClear:Function},setup(e){return ge(`-base-clear`,Ve,h(e,`clsPrefix`)),{handleMouseDown(e){e.preventDefault()}}},render(){let{clsPrefix:e}=this;return n(),_(`div`,{class:z(`${e}-base-clear`)},[p(he,null,{default:()=>this.show?(n(),_(`div`,{key:`dismiss`,class:z(`${e}-base-clear__clear`),onClick:this.onClear,onMousedown:this.handleMouseDown,"data-clear":!0},[B(()=>W(this.$slots.icon,()=>[(n(),d(A,{clsPrefix:e},{default:()=>(n(),d(Be))},1032,[`clsPrefix`]))]))],42,He)):(n(),_(`div`,{key:`icon`,class:z(`${e}-base-clear__placeholder`)},[B(()=>this.$slots.placeholder?.())],2))},1024)],2)}}),We=u({name:`ChevronDown`,render(){return(()=>{let e=L(`ae90ecf811a811ac`);return e[0]||=v(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[v(`path`,{d:`M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z`,fill:`currentColor`})],-1)})()}}),Ge=u({name:`InternalSelectionSuffix`,props:{clsPrefix:{type:String,required:!0},showArrow:{type:Boolean,default:void 0},showClear:{type:Boolean,default:void 0},loading:Boolean,onClear:Function},setup(e,{slots:t}){return()=>{let{clsPrefix:r}=e;return n(),d(re,{clsPrefix:r,class:z(`${r}-base-suffix`),strokeWidth:24,scale:.85,show:e.loading},{default:()=>e.showArrow?(n(),d(Ue,{key:1,clsPrefix:r,show:e.showClear,onClear:e.onClear},{placeholder:()=>(n(),d(A,{clsPrefix:r,class:z(`${r}-base-suffix__arrow`)},{default:()=>W(t.default,()=>[(n(),d(We))])},1032,[`clsPrefix`,`class`]))},1032,[`clsPrefix`,`show`,`onClear`])):null},1032,[`clsPrefix`,`class`,`show`])}}}),Ke=J(`n-input`),qe=q(`input`,`
 max-width: 100%;
 cursor: text;
 line-height: 1.5;
 z-index: auto;
 outline: none;
 box-sizing: border-box;
 position: relative;
 display: inline-flex;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 transition: background-color .3s var(--n-bezier);
 font-size: var(--n-font-size);
 font-weight: var(--n-font-weight);
 --n-padding-vertical: calc((var(--n-height) - 1.5 * var(--n-font-size)) / 2);
`,[K(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),K(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
 box-sizing: border-box;
 font-size: inherit;
 line-height: 1.5;
 font-family: inherit;
 border: none;
 outline: none;
 background-color: #0000;
 text-align: inherit;
 transition:
 -webkit-text-fill-color .3s var(--n-bezier),
 caret-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 text-decoration-color .3s var(--n-bezier);
 `),K(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[R(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),R(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),R(`&:-webkit-autofill ~`,[K(`placeholder`,`display: none;`)])]),H(`round`,[F(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),K(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[R(`span`,`
 width: 100%;
 display: inline-block;
 `)]),H(`textarea`,[K(`placeholder`,`overflow: visible;`)]),F(`autosize`,`width: 100%;`),H(`autosize`,[K(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),q(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),K(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),K(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[R(`&[type=password]::-ms-reveal`,`display: none;`),R(`+`,[K(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),F(`textarea`,[K(`placeholder`,`white-space: nowrap;`)]),K(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),H(`textarea`,`width: 100%;`,[q(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),H(`resizable`,[q(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),K(`textarea-el, textarea-mirror, placeholder`,`
 height: 100%;
 padding-left: 0;
 padding-right: 0;
 padding-top: var(--n-padding-vertical);
 padding-bottom: var(--n-padding-vertical);
 word-break: break-word;
 display: inline-block;
 vertical-align: bottom;
 box-sizing: border-box;
 line-height: var(--n-line-height-textarea);
 margin: 0;
 resize: none;
 white-space: pre-wrap;
 scroll-padding-block-end: var(--n-padding-vertical);
 `),K(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),H(`pair`,[K(`input-el, placeholder`,`text-align: center;`),K(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[q(`icon`,`
 color: var(--n-icon-color);
 `),q(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),H(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[K(`border`,`border: var(--n-border-disabled);`),K(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),K(`placeholder`,`color: var(--n-placeholder-color-disabled);`),K(`separator`,`color: var(--n-text-color-disabled);`,[q(`icon`,`
 color: var(--n-icon-color-disabled);
 `),q(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),q(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),K(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[q(`icon`,`
 color: var(--n-icon-color-disabled);
 `),q(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),F(`disabled`,[K(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[R(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),R(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),R(`&:hover`,`background-color: var(--n-color-hover);`,[K(`state-border`,`border: var(--n-border-hover);`)]),H(`focus`,`background-color: var(--n-color-focus);`,[K(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),K(`border, state-border`,`
 box-sizing: border-box;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border-radius: inherit;
 border: var(--n-border);
 transition:
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),K(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),K(`prefix`,`margin-right: 4px;`),K(`suffix`,`
 margin-left: 4px;
 `),K(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[q(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),q(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[K(`placeholder`,[q(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),R(`>`,[q(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),q(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),q(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(e=>H(`${e}-status`,[F(`disabled`,[q(`base-loading`,`
 color: var(--n-loading-color-${e})
 `),K(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${e});
 `),K(`state-border`,`
 border: var(--n-border-${e});
 `),R(`&:hover`,[K(`state-border`,`
 border: var(--n-border-hover-${e});
 `)]),R(`&:focus`,`
 background-color: var(--n-color-focus-${e});
 `,[K(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)]),H(`focus`,`
 background-color: var(--n-color-focus-${e});
 `,[K(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),Je=q(`input`,[H(`disabled`,[K(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function Ye(e){let t=0;for(let n of e)t++;return t}function Xe(e){return e===``||e==null}function Ze(e){let t=f(null);function n(){let{value:n}=e;if(!n?.focus){i();return}let{selectionStart:r,selectionEnd:a,value:o}=n;r==null||a==null?i():t.value={start:r,end:a,beforeText:o.slice(0,r),afterText:o.slice(a)}}function r(){let{value:n}=t,{value:r}=e;if(!n||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=n,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function i(){t.value=null}return l(e,i),{recordCursor:n,restoreCursor:r}}var Qe=u({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:r,maxlengthRef:i,mergedClsPrefixRef:a,countGraphemesRef:s}=o(Ke),c=g(()=>{let{value:e}=r;return e===null||Array.isArray(e)?0:(s.value||Ye)(e)});return()=>{let{value:e}=i,{value:o}=r;return n(),_(`span`,{class:z(`${a.value}-input-word-count`)},[B(()=>T(t.default,{value:o===null||Array.isArray(o)?``:o},()=>[e===void 0?c.value:`${c.value} / ${e}`]))],2)}}}),$e=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],et=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],tt=[`onMousedown`,`onClick`],nt=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],rt=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],it={...j.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},at=u({name:`Input`,props:it,slots:Object,setup(n){let{mergedClsPrefixRef:r,mergedBorderedRef:a,inlineThemeDisabled:o,mergedRtlRef:s,mergedComponentPropsRef:u}=Ae(n),d=j(`Input`,`-input`,qe,ce,n,r);se&&ge(`-input-safari`,Je,r);let p=f(null),m=f(null),_=f(null),v=f(null),b=f(null),x=f(null),S=f(null),C=Ze(S),w=f(null),{localeRef:te}=je(`Input`),T=f(n.defaultValue),re=h(n,`value`),O=ee(re,T),k=xe(n,{mergedSize:e=>{let{size:t}=n;if(t)return t;let{mergedSize:r}=e||{};return r?.value?r.value:u?.value?.Input?.size||`medium`}}),{mergedSizeRef:A,mergedDisabledRef:M,mergedStatusRef:le}=k,N=f(!1),P=f(!1),F=f(!1),I=f(!1),ue=null,fe=g(()=>{let{placeholder:e,pair:t}=n;return t?Array.isArray(e)?e:e===void 0?[``,``]:[e,e]:e===void 0?[te.value.placeholder]:[e]}),L=g(()=>{let{value:e}=F,{value:t}=O,{value:n}=fe;return!e&&(Xe(t)||Array.isArray(t)&&Xe(t[0]))&&n[0]}),pe=g(()=>{let{value:e}=F,{value:t}=O,{value:n}=fe;return!e&&n[1]&&(Xe(t)||Array.isArray(t)&&Xe(t[1]))}),me=oe(()=>n.internalForceFocus||N.value),R=oe(()=>{if(M.value||n.readonly||!n.clearable||!me.value&&!P.value)return!1;let{value:e}=O,{value:t}=me;return n.pair?!!(Array.isArray(e)&&(e[0]||e[1]))&&(P.value||t):!!e&&(P.value||t)}),he=g(()=>{let{showPasswordOn:e}=n;if(e)return e;if(n.showPasswordToggle)return`click`}),z=f(!1),B=g(()=>{let{textDecoration:e}=n;return e?Array.isArray(e)?e.map(e=>({textDecoration:e})):[{textDecoration:e}]:[``,``]}),V=f(void 0),H=()=>{if(n.type===`textarea`){let{autosize:e}=n;if(e&&(V.value=w.value?.$el?.offsetWidth),!m.value||typeof e==`boolean`)return;let{paddingTop:t,paddingBottom:r,lineHeight:i}=window.getComputedStyle(m.value),a=Number(t.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=_;if(!c)return;if(e.minRows){let t=Math.max(e.minRows,1),n=`${a+o+s*t}px`;c.style.minHeight=n}if(e.maxRows){let t=`${a+o+s*e.maxRows}px`;c.style.maxHeight=t}}},_e=g(()=>{let{maxlength:e}=n;return e===void 0?void 0:Number(e)});e(()=>{let{value:e}=O;Array.isArray(e)||ct(e)});let U=y().proxy;function W(e,t){let{onUpdateValue:r,"onUpdate:value":i,onInput:a}=n,{nTriggerFormInput:o}=k;r&&D(r,e,t),i&&D(i,e,t),a&&D(a,e,t),T.value=e,o()}function ve(e,t){let{onChange:r}=n,{nTriggerFormChange:i}=k;r&&D(r,e,t),T.value=e,i()}function ye(e){let{onBlur:t}=n,{nTriggerFormBlur:r}=k;t&&D(t,e),r()}function be(e){let{onFocus:t}=n,{nTriggerFormFocus:r}=k;t&&D(t,e),r()}function Se(e){let{onClear:t}=n;t&&D(t,e)}function K(e){let{onInputBlur:t}=n;t&&D(t,e)}function Ce(e){let{onInputFocus:t}=n;t&&D(t,e)}function we(){let{onDeactivate:e}=n;e&&D(e)}function Te(){let{onActivate:e}=n;e&&D(e)}function q(e){let{onClick:t}=n;t&&D(t,e)}function Ee(e){let{onWrapperFocus:t}=n;t&&D(t,e)}function De(e){let{onWrapperBlur:t}=n;t&&D(t,e)}function Oe(){F.value=!0}function ke(e){F.value=!1,e.target===x.value?J(e,1):J(e,0)}function J(e,t=0,r=`input`){let i=e.target.value;if(ct(i),e instanceof InputEvent&&!e.isComposing&&(F.value=!1),n.type===`textarea`){let{value:e}=w;e&&e.syncUnifiedContainer()}if(ue=i,F.value)return;C.recordCursor();let a=Me(i);if(a){if(!n.pair)r===`input`?W(i,{source:t}):ve(i,{source:t});else{let{value:e}=O;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[t]=i,r===`input`?W(e,{source:t}):ve(e,{source:t})}}U.$forceUpdate(),a||c(C.restoreCursor)}function Me(e){let{countGraphemes:t,maxlength:r,minlength:i}=n;if(t){let n;if(r!==void 0&&(n===void 0&&(n=t(e)),n>Number(r))||i!==void 0&&(n===void 0&&(n=t(e)),n<Number(r)))return!1}let{allowInput:a}=n;return typeof a!=`function`||a(e)}function Ne(e){K(e),e.relatedTarget===p.value&&we(),(e.relatedTarget===null||e.relatedTarget!==b.value&&e.relatedTarget!==x.value&&e.relatedTarget!==m.value)&&(I.value=!1),Le(e,`blur`),S.value=null}function Pe(e,t){Ce(e),N.value=!0,I.value=!0,Te(),Le(e,`focus`),t===0?S.value=b.value:t===1?S.value=x.value:t===2&&(S.value=m.value)}function Fe(e){n.passivelyActivated&&(De(e),Le(e,`blur`))}function Ie(e){n.passivelyActivated&&(N.value=!0,Ee(e),Le(e,`focus`))}function Le(e,t){e.relatedTarget!==null&&(e.relatedTarget===b.value||e.relatedTarget===x.value||e.relatedTarget===m.value||e.relatedTarget===p.value)||(t===`focus`?(be(e),N.value=!0):t===`blur`&&(ye(e),N.value=!1))}function Re(e,t){J(e,t,`change`)}function ze(e){q(e)}function Be(e){Se(e),Ve()}function Ve(){n.pair?(W([``,``],{source:`clear`}),ve([``,``],{source:`clear`})):(W(``,{source:`clear`}),ve(``,{source:`clear`}))}function He(e){let{onMousedown:t}=n;t&&t(e);let{tagName:r}=e.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(n.resizable){let{value:t}=p;if(t){let{left:n,top:r,width:i,height:a}=t.getBoundingClientRect();if(n+i-14<e.clientX&&e.clientX<n+i&&r+a-14<e.clientY&&e.clientY<r+a)return}}e.preventDefault(),N.value||nt()}}function Ue(){P.value=!0,n.type===`textarea`&&w.value?.handleMouseEnterWrapper()}function We(){P.value=!1,n.type===`textarea`&&w.value?.handleMouseLeaveWrapper()}function Ge(){M.value||he.value===`click`&&(z.value=!z.value)}function Ye(e){if(M.value)return;e.preventDefault();let t=e=>{e.preventDefault(),ne(`mouseup`,document,t)};if(ae(`mouseup`,document,t),he.value!==`mousedown`)return;z.value=!0;let n=()=>{z.value=!1,ne(`mouseup`,document,n)};ae(`mouseup`,document,n)}function Qe(e){n.onKeyup&&D(n.onKeyup,e)}function $e(e){switch(n.onKeydown&&D(n.onKeydown,e),e.key){case`Escape`:tt();break;case`Enter`:et(e)}}function et(e){if(n.passivelyActivated){let{value:t}=I;if(t){n.internalDeactivateOnEnter&&tt();return}e.preventDefault(),n.type===`textarea`?m.value?.focus():b.value?.focus()}}function tt(){n.passivelyActivated&&(I.value=!1,c(()=>{p.value?.focus()}))}function nt(){M.value||(n.passivelyActivated?p.value?.focus():(m.value?.focus(),b.value?.focus()))}function rt(){p.value?.contains(document.activeElement)&&document.activeElement.blur()}function it(){m.value?.select(),b.value?.select()}function at(){M.value||(m.value?m.value.focus():b.value&&b.value.focus())}function ot(){let{value:e}=p;e?.contains(document.activeElement)&&e!==document.activeElement&&tt()}function st(e){if(n.type===`textarea`){let{value:t}=m;t?.scrollTo(e)}else{let{value:t}=b;t?.scrollTo(e)}}function ct(e){let{type:t,pair:r,autosize:i}=n;if(!r&&i){if(t===`textarea`){let{value:t}=_;t&&(t.textContent=`${e??``}\r\n`)}else{let{value:t}=v;t&&(e?t.textContent=e:t.innerHTML=`&nbsp;`)}}}function lt(){H()}let ut=f({top:`0`});function dt(e){let{scrollTop:t}=e.target;ut.value.top=`${-t}px`,w.value?.syncUnifiedContainer()}let ft=null;t(()=>{let{autosize:e,type:t}=n;e&&t===`textarea`?ft=l(O,e=>{!Array.isArray(e)&&e!==ue&&ct(e)}):ft?.()});let pt=null;t(()=>{n.type===`textarea`?pt=l(O,e=>{!Array.isArray(e)&&e!==ue&&w.value?.syncUnifiedContainer()}):pt?.()}),i(Ke,{mergedValueRef:O,maxlengthRef:_e,mergedClsPrefixRef:r,countGraphemesRef:h(n,`countGraphemes`)});let mt={wrapperElRef:p,inputElRef:b,textareaElRef:m,isCompositing:F,clear:Ve,focus:nt,blur:rt,select:it,deactivate:ot,activate:at,scrollTo:st},ht=E(`Input`,s,r),gt=g(()=>{let{value:e}=A,{common:{cubicBezierEaseInOut:t},self:{color:n,colorHover:r,borderRadius:i,textColor:a,caretColor:o,caretColorError:s,caretColorWarning:c,textDecorationColor:l,border:u,borderDisabled:f,borderHover:p,borderFocus:m,placeholderColor:h,placeholderColorDisabled:g,lineHeightTextarea:_,colorDisabled:v,colorFocus:y,textColorDisabled:b,boxShadowFocus:ee,iconSize:x,colorFocusWarning:S,boxShadowFocusWarning:C,borderWarning:w,borderFocusWarning:te,borderHoverWarning:T,colorFocusError:E,boxShadowFocusError:D,borderError:ne,borderFocusError:re,borderHoverError:O,clearSize:ie,clearColor:k,clearColorHover:ae,clearColorPressed:oe,iconColor:se,iconColorDisabled:ce,suffixTextColor:j,countTextColor:M,countTextColorDisabled:le,iconColorHover:N,iconColorPressed:P,loadingColor:F,loadingColorError:I,loadingColorWarning:ue,fontWeight:fe,[G(`padding`,e)]:L,[G(`fontSize`,e)]:pe,[G(`height`,e)]:me}}=d.value,{left:R,right:he}=de(L);return{"--n-bezier":t,"--n-count-text-color":M,"--n-count-text-color-disabled":le,"--n-color":n,"--n-color-hover":r,"--n-font-size":pe,"--n-font-weight":fe,"--n-border-radius":i,"--n-height":me,"--n-padding-left":R,"--n-padding-right":he,"--n-text-color":a,"--n-caret-color":o,"--n-text-decoration-color":l,"--n-border":u,"--n-border-disabled":f,"--n-border-hover":p,"--n-border-focus":m,"--n-placeholder-color":h,"--n-placeholder-color-disabled":g,"--n-icon-size":x,"--n-line-height-textarea":_,"--n-color-disabled":v,"--n-color-focus":y,"--n-text-color-disabled":b,"--n-box-shadow-focus":ee,"--n-loading-color":F,"--n-caret-color-warning":c,"--n-color-focus-warning":S,"--n-box-shadow-focus-warning":C,"--n-border-warning":w,"--n-border-focus-warning":te,"--n-border-hover-warning":T,"--n-loading-color-warning":ue,"--n-caret-color-error":s,"--n-color-focus-error":E,"--n-box-shadow-focus-error":D,"--n-border-error":ne,"--n-border-focus-error":re,"--n-border-hover-error":O,"--n-loading-color-error":I,"--n-clear-color":k,"--n-clear-size":ie,"--n-clear-color-hover":ae,"--n-clear-color-pressed":oe,"--n-icon-color":se,"--n-icon-color-hover":N,"--n-icon-color-pressed":P,"--n-icon-color-disabled":ce,"--n-suffix-text-color":j}}),_t=o?ie(`input`,g(()=>{let{value:e}=A;return e[0]}),gt,n):void 0;return{...mt,wrapperElRef:p,inputElRef:b,inputMirrorElRef:v,inputEl2Ref:x,textareaElRef:m,textareaMirrorElRef:_,textareaScrollbarInstRef:w,rtlEnabled:ht,uncontrolledValue:T,mergedValue:O,passwordVisible:z,mergedPlaceholder:fe,showPlaceholder1:L,showPlaceholder2:pe,mergedFocus:me,isComposing:F,activated:I,showClearButton:R,mergedSize:A,mergedDisabled:M,textDecorationStyle:B,mergedClsPrefix:r,mergedBordered:a,mergedShowPasswordOn:he,placeholderStyle:ut,mergedStatus:le,textAreaScrollContainerWidth:V,handleTextAreaScroll:dt,handleCompositionStart:Oe,handleCompositionEnd:ke,handleInput:J,handleInputBlur:Ne,handleInputFocus:Pe,handleWrapperBlur:Fe,handleWrapperFocus:Ie,handleMouseEnter:Ue,handleMouseLeave:We,handleMouseDown:He,handleChange:Re,handleClick:ze,handleClear:Be,handlePasswordToggleClick:Ge,handlePasswordToggleMousedown:Ye,handleWrapperKeydown:$e,handleWrapperKeyup:Qe,handleTextAreaMirrorResize:lt,getTextareaScrollContainer:()=>m.value,mergedTheme:d,cssVars:o?void 0:gt,themeClass:_t?.themeClass,onRender:_t?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:t,themeClass:r,type:i,countGraphemes:a,onRender:o}=this,c=this.$slots;return o?.(),n(),_(`div`,{ref:`wrapperElRef`,class:z([`${e}-input`,`${e}-input--${this.mergedSize}-size`,r,t&&`${e}-input--${t}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:i===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&i!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:s(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[v(`div`,{class:z(`${e}-input-wrapper`)},[B(()=>U(c.prefix,t=>t&&(n(),_(`div`,{class:z(`${e}-input__prefix`)},[B(()=>t)],2)))),i===`textarea`?(n(),d(ye,{key:0,ref:`textareaScrollbarInstRef`,class:z(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,r={width:this.autosize&&t&&`${t}px`};return n(),_(m,null,[v(`textarea`,b(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,r],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,$e),this.showPlaceholder1?(n(),_(`div`,{class:z(`${e}-input__placeholder`),style:s([this.placeholderStyle,r]),key:`placeholder`},[B(()=>this.mergedPlaceholder[0])],6)):B(()=>null),this.autosize?(n(),d(le,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(n(),_(`div`,{ref:`textareaMirrorElRef`,class:z(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):B(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(n(),_(`div`,{key:1,class:z(`${e}-input__input`)},[v(`input`,b({type:i===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:i},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,et),this.showPlaceholder1?(n(),_(`div`,{key:0,class:z(`${e}-input__placeholder`)},[v(`span`,null,[B(()=>this.mergedPlaceholder[0])])],2)):B(()=>null),this.autosize?(n(),_(`div`,{class:z(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):B(()=>null)],2)),B(()=>!this.pair&&U(c.suffix,t=>t||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(n(),_(`div`,{key:1,class:z(`${e}-input__suffix`)},[B(()=>[U(c[`clear-icon-placeholder`],t=>(this.clearable||t)&&(n(),d(Ue,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:t,this.loading===void 0?null:(n(),d(Ge,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:s(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?t:null,this.showCount&&this.type!==`textarea`?(n(),d(Qe,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):c.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(n(),_(`div`,{key:4,class:z(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(n(),_(m,{key:0},[B(()=>W(c[`password-visible-icon`],()=>[(n(),d(A,{clsPrefix:e},{default:()=>(n(),d(Re))},1032,[`clsPrefix`]))]))],64)):(n(),_(m,{key:1},[B(()=>W(c[`password-invisible-icon`],()=>[(n(),d(A,{clsPrefix:e},{default:()=>(n(),d(ze))},1032,[`clsPrefix`]))]))],64))],42,tt)):null])],2)):null))],2),this.pair?(n(),_(`span`,{key:0,class:z(`${e}-input__separator`)},[B(()=>W(c.separator,()=>[this.separator]))],2)):B(()=>null),this.pair?(n(),_(`div`,{key:2,class:z(`${e}-input-wrapper`)},[v(`div`,{class:z(`${e}-input__input`)},[v(`input`,{ref:`inputEl2Ref`,type:this.type,class:z(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:s(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,nt),this.showPlaceholder2?(n(),_(`div`,{key:0,class:z(`${e}-input__placeholder`)},[v(`span`,null,[B(()=>this.mergedPlaceholder[1])])],2)):B(()=>null)],2),B(()=>U(c.suffix,t=>(this.clearable||t)&&(n(),_(`div`,{class:z(`${e}-input__suffix`)},[B(()=>[this.clearable&&(n(),d(Ue,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>c[`clear-icon`]?.(),placeholder:()=>c[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):B(()=>null),this.mergedBordered?(n(),_(`div`,{key:4,class:z(`${e}-input__border`)},null,2)):B(()=>null),this.mergedBordered?(n(),_(`div`,{key:6,class:z(`${e}-input__state-border`)},null,2)):B(()=>null),this.showCount&&i===`textarea`?(n(),d(Qe,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):c.count?.(e)}},1024)):B(()=>null)],46,rt)}}),ot=J(`n-form`),st=J(`n-form-item-insts`),ct=q(`form`,[H(`inline`,`
 width: 100%;
 display: inline-flex;
 align-items: flex-start;
 align-content: space-around;
 `,[q(`form-item`,{width:`auto`,marginRight:`18px`},[R(`&:last-child`,{marginRight:0})])])]),lt=[`onSubmit`],ut={...j.props,inline:Boolean,labelWidth:[Number,String],labelAlign:String,labelPlacement:{type:String,default:`top`},model:{type:Object,default:()=>{}},rules:Object,disabled:Boolean,size:String,showRequireMark:{type:Boolean,default:void 0},requireMarkPlacement:String,showFeedback:{type:Boolean,default:!0},onSubmit:{type:Function,default:e=>{e.preventDefault()}},showLabel:{type:Boolean,default:void 0},validateMessages:Object},dt=()=>!0;function ft(e){return e===void 0?{paths:null,shouldRuleBeApplied:dt}:typeof e==`function`?{paths:null,shouldRuleBeApplied:e}:Array.isArray(e)?{paths:e,shouldRuleBeApplied:dt}:e}var pt=u({name:`Form`,props:ut,setup(e){let{mergedClsPrefixRef:t}=Ae(e);j(`Form`,`-form`,ct,M,e,t);let n={},r=f(void 0),a=e=>{let t=r.value;(t===void 0||e>=t)&&(r.value=e)};function o(){for(let e of k(n)){let t=n[e];for(let e of t)e.invalidateLabelWidth?.()}}async function s(e,t){let{paths:r,shouldRuleBeApplied:i}=ft(t);return await new Promise((t,a)=>{let o=[];for(let e of k(n)){if(r!==null&&!r.includes(e))continue;let t=n[e];for(let e of t)e.path&&o.push(e.internalValidate(null,i))}Promise.all(o).then(n=>{let r=n.some(e=>!e.valid),i=[],o=[];n.forEach(e=>{e.errors?.length&&i.push(e.errors),e.warnings?.length&&o.push(e.warnings)}),e&&e(i.length?i:void 0,{warnings:o.length?o:void 0}),r?a(i.length?i:void 0):t({warnings:o.length?o:void 0})})})}function c(){for(let e of k(n)){let t=n[e];for(let e of t)e.restoreValidation()}}return i(ot,{props:e,maxChildLabelWidthRef:r,deriveMaxChildLabelWidth:a}),i(st,{formItems:n}),Object.assign({validate:s,restoreValidation:c,invalidateLabelWidth:o},{mergedClsPrefix:t})},render(){let{mergedClsPrefix:e}=this;return n(),_(`form`,{class:z([`${e}-form`,this.inline&&`${e}-form--inline`]),onSubmit:this.onSubmit},[B(()=>this.$slots.default?.())],42,lt)}}),{cubicBezierEaseInOut:mt}=Oe;function ht({name:e=`fade-down`,fromOffset:t=`-4px`,enterDuration:n=`.3s`,leaveDuration:r=`.3s`,enterCubicBezier:i=mt,leaveCubicBezier:a=mt}={}){return[R(`&.${e}-transition-enter-from, &.${e}-transition-leave-to`,{opacity:0,transform:`translateY(${t})`}),R(`&.${e}-transition-enter-to, &.${e}-transition-leave-from`,{opacity:1,transform:`translateY(0)`}),R(`&.${e}-transition-leave-active`,{transition:`opacity ${r} ${a}, transform ${r} ${a}`}),R(`&.${e}-transition-enter-active`,{transition:`opacity ${n} ${i}, transform ${n} ${i}`})]}var gt=q(`form-item`,`
 display: grid;
 line-height: var(--n-line-height);
`,[q(`form-item-label`,`
 grid-area: label;
 align-items: center;
 line-height: 1.25;
 text-align: var(--n-label-text-align);
 font-size: var(--n-label-font-size);
 min-height: var(--n-label-height);
 padding: var(--n-label-padding);
 color: var(--n-label-text-color);
 transition: color .3s var(--n-bezier);
 box-sizing: border-box;
 font-weight: var(--n-label-font-weight);
 `,[K(`asterisk`,`
 white-space: nowrap;
 user-select: none;
 -webkit-user-select: none;
 color: var(--n-asterisk-color);
 transition: color .3s var(--n-bezier);
 `),K(`asterisk-placeholder`,`
 grid-area: mark;
 user-select: none;
 -webkit-user-select: none;
 visibility: hidden; 
 `)]),q(`form-item-blank`,`
 grid-area: blank;
 min-height: var(--n-blank-height);
 `),H(`auto-label-width`,[q(`form-item-label`,`white-space: nowrap;`)]),H(`left-labelled`,`
 grid-template-areas:
 "label blank"
 "label feedback";
 grid-template-columns: auto minmax(0, 1fr);
 grid-template-rows: auto 1fr;
 align-items: flex-start;
 `,[q(`form-item-label`,`
 display: grid;
 grid-template-columns: 1fr auto;
 min-height: var(--n-blank-height);
 height: auto;
 box-sizing: border-box;
 flex-shrink: 0;
 flex-grow: 0;
 `,[H(`reverse-columns-space`,`
 grid-template-columns: auto 1fr;
 `),H(`left-mark`,`
 grid-template-areas:
 "mark text"
 ". text";
 `),H(`right-mark`,`
 grid-template-areas: 
 "text mark"
 "text .";
 `),H(`right-hanging-mark`,`
 grid-template-areas: 
 "text mark"
 "text .";
 `),K(`text`,`
 grid-area: text; 
 `),K(`asterisk`,`
 grid-area: mark; 
 align-self: end;
 `)])]),H(`top-labelled`,`
 grid-template-areas:
 "label"
 "blank"
 "feedback";
 grid-template-rows: minmax(var(--n-label-height), auto) 1fr;
 grid-template-columns: minmax(0, 100%);
 `,[H(`no-label`,`
 grid-template-areas:
 "blank"
 "feedback";
 grid-template-rows: 1fr;
 `),q(`form-item-label`,`
 display: flex;
 align-items: flex-start;
 justify-content: var(--n-label-text-align);
 `)]),q(`form-item-blank`,`
 box-sizing: border-box;
 display: flex;
 align-items: center;
 position: relative;
 `),q(`form-item-feedback-wrapper`,`
 grid-area: feedback;
 box-sizing: border-box;
 min-height: var(--n-feedback-height);
 font-size: var(--n-feedback-font-size);
 line-height: 1.25;
 transform-origin: top left;
 `,[R(`&:not(:empty)`,`
 padding: var(--n-feedback-padding);
 `),q(`form-item-feedback`,{transition:`color .3s var(--n-bezier)`,color:`var(--n-feedback-text-color)`},[H(`warning`,{color:`var(--n-feedback-text-color-warning)`}),H(`error`,{color:`var(--n-feedback-text-color-error)`}),ht({fromOffset:`-3px`,enterDuration:`.3s`,leaveDuration:`.2s`})])])]);function _t(e){let t=o(ot,null),{mergedComponentPropsRef:n}=Ae(e);return{mergedSize:g(()=>e.size===void 0?t?.props.size===void 0?n?.value?.Form?.size||`medium`:t.props.size:e.size)}}function vt(e){let t=o(ot,null),n=g(()=>{let{labelPlacement:n}=e;return n===void 0?t?.props.labelPlacement?t.props.labelPlacement:`top`:n}),r=g(()=>n.value===`left`&&(e.labelWidth===`auto`||t?.props.labelWidth===`auto`)),i=g(()=>{if(n.value===`top`)return;let{labelWidth:i}=e;if(i!==void 0&&i!==`auto`)return S(i);if(r.value){let e=t?.maxChildLabelWidthRef.value;return e===void 0?void 0:S(e)}if(t?.props.labelWidth!==void 0)return S(t.props.labelWidth)}),a=g(()=>{let{labelAlign:n}=e;if(n)return n;if(t?.props.labelAlign)return t.props.labelAlign}),s=g(()=>[e.labelProps?.style,e.labelStyle,{width:i.value}]),c=g(()=>{let{showRequireMark:n}=e;return n===void 0?t?.props.showRequireMark:n}),l=g(()=>{let{requireMarkPlacement:n}=e;return n===void 0?t?.props.requireMarkPlacement||`right`:n}),u=f(!1),d=f(!1);return{validationErrored:u,validationWarned:d,mergedLabelStyle:s,mergedLabelPlacement:n,mergedLabelAlign:a,mergedShowRequireMark:c,mergedRequireMarkPlacement:l,mergedValidationStatus:g(()=>{let{validationStatus:t}=e;if(t!==void 0)return t;if(u.value)return`error`;if(d.value)return`warning`}),mergedShowFeedback:g(()=>{let{showFeedback:n}=e;return n===void 0?t?.props.showFeedback===void 0||t.props.showFeedback:n}),mergedShowLabel:g(()=>{let{showLabel:n}=e;return n===void 0?t?.props.showLabel===void 0||t.props.showLabel:n}),isAutoLabelWidth:r}}function yt(e){let t=o(ot,null),n=g(()=>{let{rulePath:t}=e;if(t!==void 0)return t;let{path:n}=e;if(n!==void 0)return n}),r=g(()=>{let r=[],{rule:i}=e;if(i!==void 0&&(Array.isArray(i)?r.push(...i):r.push(i)),t){let{rules:e}=t.props,{value:i}=n;if(e!==void 0&&i!==void 0){let t=x(e,i);t!==void 0&&(Array.isArray(t)?r.push(...t):r.push(t))}}return r}),i=g(()=>r.value.some(e=>e.required));return{mergedRules:r,mergedRequired:g(()=>i.value||e.required)}}function Y(){return Y=Object.assign?Object.assign.bind():function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];for(var r in n)Object.prototype.hasOwnProperty.call(n,r)&&(e[r]=n[r])}return e},Y.apply(this,arguments)}function bt(e,t){e.prototype=Object.create(t.prototype),e.prototype.constructor=e,St(e,t)}function xt(e){return xt=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},xt(e)}function St(e,t){return St=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},St(e,t)}function Ct(){if(typeof Reflect>`u`||!Reflect.construct||Reflect.construct.sham)return!1;if(typeof Proxy==`function`)return!0;try{return Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){})),!0}catch{return!1}}function wt(e,t,n){return wt=Ct()?Reflect.construct.bind():function(e,t,n){var r=[null];r.push.apply(r,t);var i=new(Function.bind.apply(e,r));return n&&St(i,n.prototype),i},wt.apply(null,arguments)}function Tt(e){return Function.toString.call(e).indexOf(`[native code]`)!==-1}function Et(e){var t=typeof Map==`function`?new Map:void 0;return Et=function(e){if(e===null||!Tt(e))return e;if(typeof e!=`function`)throw TypeError(`Super expression must either be null or a function`);if(t!==void 0){if(t.has(e))return t.get(e);t.set(e,n)}function n(){return wt(e,arguments,xt(this).constructor)}return n.prototype=Object.create(e.prototype,{constructor:{value:n,enumerable:!1,writable:!0,configurable:!0}}),St(n,e)},Et(e)}var Dt=/%[sdj%]/g,Ot=function(){};function kt(e){if(!e||!e.length)return null;var t={};return e.forEach(function(e){var n=e.field;t[n]=t[n]||[],t[n].push(e)}),t}function X(e){var t=[...arguments].slice(1),n=0,r=t.length;return typeof e==`function`?e.apply(null,t):typeof e==`string`?e.replace(Dt,function(e){if(e===`%%`)return`%`;if(n>=r)return e;switch(e){case`%s`:return String(t[n++]);case`%d`:return Number(t[n++]);case`%j`:try{return JSON.stringify(t[n++])}catch{return`[Circular]`}default:return e}}):e}function At(e){return e===`string`||e===`url`||e===`hex`||e===`email`||e===`date`||e===`pattern`}function Z(e,t){return!!(e==null||t===`array`&&Array.isArray(e)&&!e.length||At(t)&&typeof e==`string`&&!e)}function jt(e,t,n){var r=[],i=0,a=e.length;function o(e){r.push.apply(r,e||[]),i++,i===a&&n(r)}e.forEach(function(e){t(e,o)})}function Mt(e,t,n){var r=0,i=e.length;function a(o){if(o&&o.length)n(o);else{var s=r;r+=1,s<i?t(e[s],a):n([])}}a([])}function Nt(e){var t=[];return Object.keys(e).forEach(function(n){t.push.apply(t,e[n]||[])}),t}var Pt=function(e){bt(t,e);function t(t,n){var r=e.call(this,`Async Validation Error`)||this;return r.errors=t,r.fields=n,r}return t}(Et(Error));function Ft(e,t,n,r,i){if(t.first){var a=new Promise(function(t,a){Mt(Nt(e),n,function(e){return r(e),e.length?a(new Pt(e,kt(e))):t(i)})});return a.catch(function(e){return e}),a}var o=t.firstFields===!0?Object.keys(e):t.firstFields||[],s=Object.keys(e),c=s.length,l=0,u=[],d=new Promise(function(t,a){var d=function(e){if(u.push.apply(u,e),l++,l===c)return r(u),u.length?a(new Pt(u,kt(u))):t(i)};s.length||(r(u),t(i)),s.forEach(function(t){var r=e[t];o.indexOf(t)===-1?jt(r,n,d):Mt(r,n,d)})});return d.catch(function(e){return e}),d}function It(e){return!!(e&&e.message!==void 0)}function Lt(e,t){for(var n=e,r=0;r<t.length;r++){if(n==null)return n;n=n[t[r]]}return n}function Rt(e,t){return function(n){var r=e.fullFields?Lt(t,e.fullFields):t[n.field||e.fullField];return It(n)?(n.field=n.field||e.fullField,n.fieldValue=r,n):{message:typeof n==`function`?n():n,fieldValue:r,field:n.field||e.fullField}}}function zt(e,t){if(t){for(var n in t)if(t.hasOwnProperty(n)){var r=t[n];e[n]=typeof r==`object`&&typeof e[n]==`object`?Y({},e[n],r):r}}return e}var Bt=function(e,t,n,r,i,a){e.required&&(!n.hasOwnProperty(e.field)||Z(t,a||e.type))&&r.push(X(i.messages.required,e.fullField))},Vt=function(e,t,n,r,i){(/^\s+$/.test(t)||t===``)&&r.push(X(i.messages.whitespace,e.fullField))},Ht,Ut=(function(){if(Ht)return Ht;var e=`[a-fA-F\\d:]`,t=function(t){return t&&t.includeBoundaries?`(?:(?<=\\s|^)(?=`+e+`)|(?<=`+e+`)(?=\\s|$))`:``},n=`(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}`,r=`[a-fA-F\\d]{1,4}`,i=(`
(?:
(?:`+r+`:){7}(?:`+r+`|:)|                                    // 1:2:3:4:5:6:7::  1:2:3:4:5:6:7:8
(?:`+r+`:){6}(?:`+n+`|:`+r+`|:)|                             // 1:2:3:4:5:6::    1:2:3:4:5:6::8   1:2:3:4:5:6::8  1:2:3:4:5:6::1.2.3.4
(?:`+r+`:){5}(?::`+n+`|(?::`+r+`){1,2}|:)|                   // 1:2:3:4:5::      1:2:3:4:5::7:8   1:2:3:4:5::8    1:2:3:4:5::7:1.2.3.4
(?:`+r+`:){4}(?:(?::`+r+`){0,1}:`+n+`|(?::`+r+`){1,3}|:)| // 1:2:3:4::        1:2:3:4::6:7:8   1:2:3:4::8      1:2:3:4::6:7:1.2.3.4
(?:`+r+`:){3}(?:(?::`+r+`){0,2}:`+n+`|(?::`+r+`){1,4}|:)| // 1:2:3::          1:2:3::5:6:7:8   1:2:3::8        1:2:3::5:6:7:1.2.3.4
(?:`+r+`:){2}(?:(?::`+r+`){0,3}:`+n+`|(?::`+r+`){1,5}|:)| // 1:2::            1:2::4:5:6:7:8   1:2::8          1:2::4:5:6:7:1.2.3.4
(?:`+r+`:){1}(?:(?::`+r+`){0,4}:`+n+`|(?::`+r+`){1,6}|:)| // 1::              1::3:4:5:6:7:8   1::8            1::3:4:5:6:7:1.2.3.4
(?::(?:(?::`+r+`){0,5}:`+n+`|(?::`+r+`){1,7}|:))             // ::2:3:4:5:6:7:8  ::2:3:4:5:6:7:8  ::8             ::1.2.3.4
)(?:%[0-9a-zA-Z]{1,})?                                             // %eth0            %1
`).replace(/\s*\/\/.*$/gm,``).replace(/\n/g,``).trim(),a=RegExp(`(?:^`+n+`$)|(?:^`+i+`$)`),o=RegExp(`^`+n+`$`),s=RegExp(`^`+i+`$`),c=function(e){return e&&e.exact?a:RegExp(`(?:`+t(e)+n+t(e)+`)|(?:`+t(e)+i+t(e)+`)`,`g`)};c.v4=function(e){return e&&e.exact?o:RegExp(``+t(e)+n+t(e),`g`)},c.v6=function(e){return e&&e.exact?s:RegExp(``+t(e)+i+t(e),`g`)};var l=`(?:(?:[a-z]+:)?//)`,u=`(?:\\S+(?::\\S*)?@)?`,d=c.v4().source,f=c.v6().source,p=`(?:`+l+`|www\\.)`+u+`(?:localhost|`+d+`|`+f+`|(?:(?:[a-z\\u00a1-\\uffff0-9][-_]*)*[a-z\\u00a1-\\uffff0-9]+)(?:\\.(?:[a-z\\u00a1-\\uffff0-9]-*)*[a-z\\u00a1-\\uffff0-9]+)*(?:\\.(?:[a-z\\u00a1-\\uffff]{2,})))(?::\\d{2,5})?(?:[/?#][^\\s"]*)?`;return Ht=RegExp(`(?:^`+p+`$)`,`i`),Ht}),Wt={email:/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+\.)+[a-zA-Z\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]{2,}))$/,hex:/^#?([a-f0-9]{6}|[a-f0-9]{3})$/i},Gt={integer:function(e){return Gt.number(e)&&parseInt(e,10)===e},float:function(e){return Gt.number(e)&&!Gt.integer(e)},array:function(e){return Array.isArray(e)},regexp:function(e){if(e instanceof RegExp)return!0;try{return!!new RegExp(e)}catch{return!1}},date:function(e){return typeof e.getTime==`function`&&typeof e.getMonth==`function`&&typeof e.getYear==`function`&&!isNaN(e.getTime())},number:function(e){return!isNaN(e)&&typeof e==`number`},object:function(e){return typeof e==`object`&&!Gt.array(e)},method:function(e){return typeof e==`function`},email:function(e){return typeof e==`string`&&e.length<=320&&!!e.match(Wt.email)},url:function(e){return typeof e==`string`&&e.length<=2048&&!!e.match(Ut())},hex:function(e){return typeof e==`string`&&!!e.match(Wt.hex)}},Kt=function(e,t,n,r,i){if(e.required&&t===void 0)Bt(e,t,n,r,i);else{var a=[`integer`,`float`,`array`,`regexp`,`object`,`method`,`email`,`number`,`date`,`url`,`hex`],o=e.type;a.indexOf(o)>-1?Gt[o](t)||r.push(X(i.messages.types[o],e.fullField,e.type)):o&&typeof t!==e.type&&r.push(X(i.messages.types[o],e.fullField,e.type))}},qt=function(e,t,n,r,i){var a=typeof e.len==`number`,o=typeof e.min==`number`,s=typeof e.max==`number`,c=/[\uD800-\uDBFF][\uDC00-\uDFFF]/g,l=t,u=null,d=typeof t==`number`,f=typeof t==`string`,p=Array.isArray(t);if(d?u=`number`:f?u=`string`:p&&(u=`array`),!u)return!1;p&&(l=t.length),f&&(l=t.replace(c,`_`).length),a?l!==e.len&&r.push(X(i.messages[u].len,e.fullField,e.len)):o&&!s&&l<e.min?r.push(X(i.messages[u].min,e.fullField,e.min)):s&&!o&&l>e.max?r.push(X(i.messages[u].max,e.fullField,e.max)):o&&s&&(l<e.min||l>e.max)&&r.push(X(i.messages[u].range,e.fullField,e.min,e.max))},Jt=`enum`,Q={required:Bt,whitespace:Vt,type:Kt,range:qt,enum:function(e,t,n,r,i){e[Jt]=Array.isArray(e[Jt])?e[Jt]:[],e[Jt].indexOf(t)===-1&&r.push(X(i.messages[Jt],e.fullField,e[Jt].join(`, `)))},pattern:function(e,t,n,r,i){e.pattern&&(e.pattern instanceof RegExp?(e.pattern.lastIndex=0,e.pattern.test(t)||r.push(X(i.messages.pattern.mismatch,e.fullField,t,e.pattern))):typeof e.pattern==`string`&&(new RegExp(e.pattern).test(t)||r.push(X(i.messages.pattern.mismatch,e.fullField,t,e.pattern))))}},Yt=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t,`string`)&&!e.required)return n();Q.required(e,t,r,a,i,`string`),Z(t,`string`)||(Q.type(e,t,r,a,i),Q.range(e,t,r,a,i),Q.pattern(e,t,r,a,i),e.whitespace===!0&&Q.whitespace(e,t,r,a,i))}n(a)},Xt=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&Q.type(e,t,r,a,i)}n(a)},Zt=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(t===``&&(t=void 0),Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&(Q.type(e,t,r,a,i),Q.range(e,t,r,a,i))}n(a)},Qt=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&Q.type(e,t,r,a,i)}n(a)},$t=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),Z(t)||Q.type(e,t,r,a,i)}n(a)},en=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&(Q.type(e,t,r,a,i),Q.range(e,t,r,a,i))}n(a)},tn=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&(Q.type(e,t,r,a,i),Q.range(e,t,r,a,i))}n(a)},nn=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(t==null&&!e.required)return n();Q.required(e,t,r,a,i,`array`),t!=null&&(Q.type(e,t,r,a,i),Q.range(e,t,r,a,i))}n(a)},rn=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&Q.type(e,t,r,a,i)}n(a)},an=`enum`,on=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i),t!==void 0&&Q[an](e,t,r,a,i)}n(a)},sn=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t,`string`)&&!e.required)return n();Q.required(e,t,r,a,i),Z(t,`string`)||Q.pattern(e,t,r,a,i)}n(a)},cn=function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t,`date`)&&!e.required)return n();if(Q.required(e,t,r,a,i),!Z(t,`date`)){var o=t instanceof Date?t:new Date(t);Q.type(e,o,r,a,i),o&&Q.range(e,o.getTime(),r,a,i)}}n(a)},ln=function(e,t,n,r,i){var a=[],o=Array.isArray(t)?`array`:typeof t;Q.required(e,t,r,a,i,o),n(a)},un=function(e,t,n,r,i){var a=e.type,o=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t,a)&&!e.required)return n();Q.required(e,t,r,o,i,a),Z(t,a)||Q.type(e,t,r,o,i)}n(o)},dn={string:Yt,method:Xt,number:Zt,boolean:Qt,regexp:$t,integer:en,float:tn,array:nn,object:rn,enum:on,pattern:sn,date:cn,url:un,hex:un,email:un,required:ln,any:function(e,t,n,r,i){var a=[];if(e.required||!e.required&&r.hasOwnProperty(e.field)){if(Z(t)&&!e.required)return n();Q.required(e,t,r,a,i)}n(a)}};function fn(){return{default:`Validation error on field %s`,required:`%s is required`,enum:`%s must be one of %s`,whitespace:`%s cannot be empty`,date:{format:`%s date %s is invalid for format %s`,parse:`%s date could not be parsed, %s is invalid `,invalid:`%s date %s is invalid`},types:{string:`%s is not a %s`,method:`%s is not a %s (function)`,array:`%s is not an %s`,object:`%s is not an %s`,number:`%s is not a %s`,date:`%s is not a %s`,boolean:`%s is not a %s`,integer:`%s is not an %s`,float:`%s is not a %s`,regexp:`%s is not a valid %s`,email:`%s is not a valid %s`,url:`%s is not a valid %s`,hex:`%s is not a valid %s`},string:{len:`%s must be exactly %s characters`,min:`%s must be at least %s characters`,max:`%s cannot be longer than %s characters`,range:`%s must be between %s and %s characters`},number:{len:`%s must equal %s`,min:`%s cannot be less than %s`,max:`%s cannot be greater than %s`,range:`%s must be between %s and %s`},array:{len:`%s must be exactly %s in length`,min:`%s cannot be less than %s in length`,max:`%s cannot be greater than %s in length`,range:`%s must be between %s and %s in length`},pattern:{mismatch:`%s value %s does not match pattern %s`},clone:function(){var e=JSON.parse(JSON.stringify(this));return e.clone=this.clone,e}}}var pn=fn(),$=function(){function e(e){this.rules=null,this._messages=pn,this.define(e)}var t=e.prototype;return t.define=function(e){var t=this;if(!e)throw Error(`Cannot configure a schema with no rules`);if(typeof e!=`object`||Array.isArray(e))throw Error(`Rules must be an object`);this.rules={},Object.keys(e).forEach(function(n){var r=e[n];t.rules[n]=Array.isArray(r)?r:[r]})},t.messages=function(e){return e&&(this._messages=zt(fn(),e)),this._messages},t.validate=function(t,n,r){var i=this;n===void 0&&(n={}),r===void 0&&(r=function(){});var a=t,o=n,s=r;if(typeof o==`function`&&(s=o,o={}),!this.rules||Object.keys(this.rules).length===0)return s&&s(null,a),Promise.resolve(a);function c(e){var t=[],n={};function r(e){if(Array.isArray(e)){var n;t=(n=t).concat.apply(n,e)}else t.push(e)}for(var i=0;i<e.length;i++)r(e[i]);t.length?(n=kt(t),s(t,n)):s(null,a)}if(o.messages){var l=this.messages();l===pn&&(l=fn()),zt(l,o.messages),o.messages=l}else o.messages=this.messages();var u={};(o.keys||Object.keys(this.rules)).forEach(function(e){var n=i.rules[e],r=a[e];n.forEach(function(n){var o=n;typeof o.transform==`function`&&(a===t&&(a=Y({},a)),r=a[e]=o.transform(r)),o=typeof o==`function`?{validator:o}:Y({},o),o.validator=i.getValidationMethod(o),o.validator&&(o.field=e,o.fullField=o.fullField||e,o.type=i.getType(o),u[e]=u[e]||[],u[e].push({rule:o,value:r,source:a,field:e}))})});var d={};return Ft(u,o,function(t,n){var r=t.rule,i=(r.type===`object`||r.type===`array`)&&(typeof r.fields==`object`||typeof r.defaultField==`object`);i&&=r.required||!r.required&&t.value,r.field=t.field;function s(e,t){return Y({},t,{fullField:r.fullField+`.`+e,fullFields:r.fullFields?[].concat(r.fullFields,[e]):[e]})}function c(c){c===void 0&&(c=[]);var l=Array.isArray(c)?c:[c];!o.suppressWarning&&l.length&&e.warning(`async-validator:`,l),l.length&&r.message!==void 0&&(l=[].concat(r.message));var u=l.map(Rt(r,a));if(o.first&&u.length)return d[r.field]=1,n(u);if(!i)n(u);else{if(r.required&&!t.value)return r.message===void 0?o.error&&(u=[o.error(r,X(o.messages.required,r.field))]):u=[].concat(r.message).map(Rt(r,a)),n(u);var f={};r.defaultField&&Object.keys(t.value).map(function(e){f[e]=r.defaultField}),f=Y({},f,t.rule.fields);var p={};Object.keys(f).forEach(function(e){var t=f[e];p[e]=(Array.isArray(t)?t:[t]).map(s.bind(null,e))});var m=new e(p);m.messages(o.messages),t.rule.options&&(t.rule.options.messages=o.messages,t.rule.options.error=o.error),m.validate(t.value,t.rule.options||o,function(e){var t=[];u&&u.length&&t.push.apply(t,u),e&&e.length&&t.push.apply(t,e),n(t.length?t:null)})}}var l;if(r.asyncValidator)l=r.asyncValidator(r,t.value,c,t.source,o);else if(r.validator){try{l=r.validator(r,t.value,c,t.source,o)}catch(e){console.error==null||console.error(e),o.suppressValidatorError||setTimeout(function(){throw e},0),c(e.message)}l===!0?c():l===!1?c(typeof r.message==`function`?r.message(r.fullField||r.field):r.message||(r.fullField||r.field)+` fails`):l instanceof Array?c(l):l instanceof Error&&c(l.message)}l&&l.then&&l.then(function(){return c()},function(e){return c(e)})},function(e){c(e)},a)},t.getType=function(e){if(e.type===void 0&&e.pattern instanceof RegExp&&(e.type=`pattern`),typeof e.validator!=`function`&&e.type&&!dn.hasOwnProperty(e.type))throw Error(X(`Unknown rule type %s`,e.type));return e.type||`string`},t.getValidationMethod=function(e){if(typeof e.validator==`function`)return e.validator;var t=Object.keys(e),n=t.indexOf(`message`);return n!==-1&&t.splice(n,1),t.length===1&&t[0]===`required`?dn.required:dn[this.getType(e)]||void 0},e}();$.register=function(e,t){if(typeof t!=`function`)throw Error(`Cannot register a validator by type, validator is not a function`);dn[e]=t},$.warning=Ot,$.messages=pn,$.validators=dn;var mn={...j.props,label:String,labelWidth:[Number,String],labelStyle:[String,Object],labelAlign:String,labelPlacement:String,path:String,first:Boolean,rulePath:String,required:Boolean,showRequireMark:{type:Boolean,default:void 0},requireMarkPlacement:String,showFeedback:{type:Boolean,default:void 0},rule:[Object,Array],size:String,ignorePathChange:Boolean,validationStatus:String,feedback:String,feedbackClass:String,feedbackStyle:[String,Object],showLabel:{type:Boolean,default:void 0},labelProps:Object,contentClass:String,contentStyle:[String,Object]};k(mn);function hn(e,t){return(...n)=>{try{let r=e(...n);return!t&&(typeof r==`boolean`||r instanceof Error||Array.isArray(r))||r?.then?r:(r===void 0||ke(`form-item/validate`,`You return a ${typeof r} typed value in the validator method, which is not recommended. Please use ${t?"`Promise`":"`boolean`, `Error` or `Promise`"} typed value instead.`),!0)}catch(e){ke(`form-item/validate`,"An error is catched in the validation, so the validation won't be done. Your callback in `validate` method of `n-form` or `n-form-item` won't be called in this validation."),console.error(e);return}}}var gn=u({name:`FormItem`,props:mn,slots:Object,setup(t){Le(st,`formItems`,h(t,`path`));let{mergedClsPrefixRef:n,inlineThemeDisabled:r}=Ae(t),a=o(ot,null),s=_t(t),c=vt(t),{validationErrored:u,validationWarned:d}=c,{mergedRequired:p,mergedRules:m}=yt(t),{mergedSize:_}=s,{mergedLabelPlacement:v,mergedLabelAlign:y,mergedRequireMarkPlacement:b}=c,ee=f([]),S=f(be()),C=f(null),w=a?h(a.props,`disabled`):f(!1),te=j(`Form`,`-form-item`,gt,M,t,n);l(h(t,`path`),()=>{t.ignorePathChange||E()});function T(){if(!c.isAutoLabelWidth.value)return;let e=C.value;if(e!==null){let t=e.style.whiteSpace;e.style.whiteSpace=`nowrap`,e.style.width=``,a?.deriveMaxChildLabelWidth(Number(getComputedStyle(e).width.slice(0,-2))),e.style.whiteSpace=t}}function E(){ee.value=[],u.value=!1,d.value=!1,t.feedback&&(S.value=be())}let D=async(e=null,n=()=>!0,r={suppressWarning:!0})=>{let{path:i}=t;r?r.first||(r.first=t.first):r={};let{value:o}=m,s=a?x(a.props.model,i||``):void 0,c={},l={},f=(e?o.filter(t=>Array.isArray(t.trigger)?t.trigger.includes(e):t.trigger===e):o).filter(n).map((e,t)=>{let n=Object.assign({},e);if(n.validator&&=hn(n.validator,!1),n.asyncValidator&&=hn(n.asyncValidator,!0),n.renderMessage){let e=`__renderMessage__${t}`;l[e]=n.message,n.message=e,c[e]=n.renderMessage}return n}),p=f.filter(e=>e.level!==`warning`),h=f.filter(e=>e.level===`warning`),g={valid:!0,errors:void 0,warnings:void 0};if(!f.length)return g;let _=i??`__n_no_path__`,v=new $({[_]:p}),y=new $({[_]:h}),{validateMessages:b}=a?.props||{};b&&(v.messages(b),y.messages(b));let S=e=>{ee.value=e.map(e=>{let t=e?.message||``;return{key:t,render:()=>t.startsWith(`__renderMessage__`)?c[t]():t}}),e.forEach(e=>{e.message?.startsWith(`__renderMessage__`)&&(e.message=l[e.message])})};if(p.length){let e=await new Promise(e=>{v.validate({[_]:s},r,e)});e?.length&&(g.valid=!1,g.errors=e,S(e))}if(h.length&&!g.errors){let e=await new Promise(e=>{y.validate({[_]:s},r,e)});e?.length&&(S(e),g.warnings=e)}return!g.errors&&!g.warnings?E():(u.value=!!g.errors,d.value=!!g.warnings),g};function ne(){D(`blur`)}function re(){D(`change`)}function O(){D(`focus`)}function k(){D(`input`)}async function ae(e,t){let n,r,i,a;return typeof e==`string`?(n=e,r=t):typeof e==`object`&&e&&(n=e.trigger,r=e.callback,i=e.shouldRuleBeApplied,a=e.options),await new Promise((e,t)=>{D(n,i,a).then(({valid:n,errors:i,warnings:a})=>{n?(r&&r(void 0,{warnings:a}),e({warnings:a})):(r&&r(i,{warnings:a}),t(i))})})}i(Ee,{path:h(t,`path`),disabled:w,mergedSize:s.mergedSize,mergedValidationStatus:c.mergedValidationStatus,restoreValidation:E,handleContentBlur:ne,handleContentChange:re,handleContentFocus:O,handleContentInput:k});let oe={validate:ae,restoreValidation:E,internalValidate:D,invalidateLabelWidth:T};e(T);let se=g(()=>{let{value:e}=_,{value:t}=v,n=t===`top`?`vertical`:`horizontal`,{common:{cubicBezierEaseInOut:r},self:{labelTextColor:i,asteriskColor:a,lineHeight:o,feedbackTextColor:s,feedbackTextColorWarning:c,feedbackTextColorError:l,feedbackPadding:u,labelFontWeight:d,[G(`labelHeight`,e)]:f,[G(`blankHeight`,e)]:p,[G(`feedbackFontSize`,e)]:m,[G(`feedbackHeight`,e)]:h,[G(`labelPadding`,n)]:g,[G(`labelTextAlign`,n)]:b,[G(G(`labelFontSize`,t),e)]:ee}}=te.value,x=y.value??b;return t===`top`&&(x=x===`right`?`flex-end`:`flex-start`),{"--n-bezier":r,"--n-line-height":o,"--n-blank-height":p,"--n-label-font-size":ee,"--n-label-text-align":x,"--n-label-height":f,"--n-label-padding":g,"--n-label-font-weight":d,"--n-asterisk-color":a,"--n-label-text-color":i,"--n-feedback-padding":u,"--n-feedback-font-size":m,"--n-feedback-height":h,"--n-feedback-text-color":s,"--n-feedback-text-color-warning":c,"--n-feedback-text-color-error":l}}),ce=r?ie(`form-item`,g(()=>`${_.value[0]}${v.value[0]}${y.value?.[0]||``}`),se,t):void 0;return{labelElementRef:C,mergedClsPrefix:n,mergedRequired:p,feedbackId:S,renderExplains:ee,reverseColSpace:g(()=>v.value===`left`&&b.value===`left`&&y.value===`left`),...c,...s,...oe,cssVars:r?void 0:se,themeClass:ce?.themeClass,onRender:ce?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,mergedShowLabel:r,mergedShowRequireMark:i,mergedRequireMarkPlacement:a,onRender:o}=this,c=i===void 0?this.mergedRequired:i;o?.();let l=()=>{let e=this.$slots.label?this.$slots.label():this.label;if(!e)return null;let r=(n(),_(`span`,{class:z(`${t}-form-item-label__text`)},[B(()=>e)],2)),i=c?(n(),_(`span`,{key:1,class:z(`${t}-form-item-label__asterisk`)},[B(a===`left`?()=>`*\xA0`:()=>`\xA0*`)],2)):a===`right-hanging`&&(n(),_(`span`,{key:2,class:z(`${t}-form-item-label__asterisk-placeholder`)},`\xA0*`,2)),{labelProps:o}=this;return n(),_(`label`,b(o,{class:[o?.class,`${t}-form-item-label`,`${t}-form-item-label--${a}-mark`,this.reverseColSpace&&`${t}-form-item-label--reverse-columns-space`],style:this.mergedLabelStyle,ref:`labelElementRef`}),[a===`left`?(n(),_(m,{key:0},[B(()=>[i,r])],64)):(n(),_(m,{key:1},[B(()=>[r,i])],64))],16)};return n(),_(`div`,{class:z([`${t}-form-item`,this.themeClass,`${t}-form-item--${this.mergedSize}-size`,`${t}-form-item--${this.mergedLabelPlacement}-labelled`,this.isAutoLabelWidth&&`${t}-form-item--auto-label-width`,!r&&`${t}-form-item--no-label`]),style:s(this.cssVars)},[B(()=>r&&l()),v(`div`,{class:z([`${t}-form-item-blank`,this.contentClass,this.mergedValidationStatus&&`${t}-form-item-blank--${this.mergedValidationStatus}`]),style:s(this.contentStyle)},[B(()=>e.default?.())],6),this.mergedShowFeedback?(n(),_(`div`,{key:this.feedbackId,style:s(this.feedbackStyle),class:z([`${t}-form-item-feedback-wrapper`,this.feedbackClass])},[p(pe,{name:`fade-down-transition`,mode:`out-in`},{default:()=>{let{mergedValidationStatus:r}=this;return U(e.feedback,e=>{let{feedback:i}=this,a=e||i?(n(),_(`div`,{key:`__feedback__`,class:z(`${t}-form-item-feedback__line`)},[B(()=>e||i)],2)):this.renderExplains.length?this.renderExplains?.map(({key:e,render:r})=>(n(),_(`div`,{key:e,class:z(`${t}-form-item-feedback__line`)},[B(()=>r())],2))):null;return a?r===`warning`?(n(),_(`div`,{key:`controlled-warning`,class:z(`${t}-form-item-feedback ${t}-form-item-feedback--warning`)},[B(()=>a)],2)):r===`error`?(n(),_(`div`,{key:`controlled-error`,class:z(`${t}-form-item-feedback ${t}-form-item-feedback--error`)},[B(()=>a)],2)):r===`success`?(n(),_(`div`,{key:`controlled-success`,class:z(`${t}-form-item-feedback ${t}-form-item-feedback--success`)},[B(()=>a)],2)):(n(),_(`div`,{key:`controlled-default`,class:z(`${t}-form-item-feedback`)},[B(()=>a)],2)):null})}},1024)],6)):B(()=>null)],6)}});function _n(){let e=a({}),t=f(null),n=f(!1);function r(){for(let t of Object.keys(e))delete e[t];t.value=null}async function i(i){r(),n.value=!0;try{return await i()}catch(n){n instanceof N&&Object.assign(e,n.fieldErrors()),t.value=C(n);return}finally{n.value=!1}}function o(t){let n=Object.entries(e).find(([e])=>e===t||e.startsWith(`${t}.`));return n?{validationStatus:`error`,feedback:n[1]}:{}}return{fieldErrors:e,error:t,busy:n,submit:i,field:o,clear:r}}export{Ge as a,at as i,gn as n,Ie as o,pt as r,je as s,_n as t};