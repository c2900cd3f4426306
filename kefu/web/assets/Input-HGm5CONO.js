import{$t as e,Bt as t,Cn as n,Ct as r,Dn as i,Et as a,Fn as o,Gt as s,It as c,Mn as l,On as u,Pn as d,Rt as f,Zt as p,_r as m,bn as ee,bt as h,cn as g,ct as _,dt as te,en as ne,fr as v,gr as y,hr as b,it as re,ln as ie,lt as x,on as S,ot as ae,pr as C,rt as oe,vr as se,wn as w,zt as T}from"./session-Dusl6qa1.js";import{i as E,r as D}from"./index-BPX_2D76.js";import{E as O,F as ce,P as k,S as A,T as j,U as M,W as le,_ as N,d as P,g as F,i as I,j as ue,l as L,nt as R,ot as z,p as B,u as V,v as de,wt as H}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{u as fe}from"./feedback-CDZ4-T8K.js";function pe(e){let{mergedLocaleRef:t,mergedDateLocaleRef:n}=A(d,null)||{},r=L(()=>t?.value?.[e]??E[e]);return{dateLocaleRef:L(()=>n?.value??D),localeRef:r}}var U=N({name:`Eye`,render(){return(()=>{let e=n(`ae479a1970012861`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),V(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),me=N({name:`EyeOff`,render(){return(()=>{let e=n(`2c06203b450ce879`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),V(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),V(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),V(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),V(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),W=h(`clear`,()=>(()=>{let e=n(`c93f8499adf26ca3`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[V(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[V(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[V(`path`,{d:`M8,2 C11.3137085,2 14,4.6862915 14,8 C14,11.3137085 11.3137085,14 8,14 C4.6862915,14 2,11.3137085 2,8 C2,4.6862915 4.6862915,2 8,2 Z M6.5343055,5.83859116 C6.33943736,5.70359511 6.07001296,5.72288026 5.89644661,5.89644661 L5.89644661,5.89644661 L5.83859116,5.9656945 C5.70359511,6.16056264 5.72288026,6.42998704 5.89644661,6.60355339 L5.89644661,6.60355339 L7.293,8 L5.89644661,9.39644661 L5.83859116,9.4656945 C5.70359511,9.66056264 5.72288026,9.92998704 5.89644661,10.1035534 L5.89644661,10.1035534 L5.9656945,10.1614088 C6.16056264,10.2964049 6.42998704,10.2771197 6.60355339,10.1035534 L6.60355339,10.1035534 L8,8.707 L9.39644661,10.1035534 L9.4656945,10.1614088 C9.66056264,10.2964049 9.92998704,10.2771197 10.1035534,10.1035534 L10.1035534,10.1035534 L10.1614088,10.0343055 C10.2964049,9.83943736 10.2771197,9.57001296 10.1035534,9.39644661 L10.1035534,9.39644661 L8.707,8 L10.1035534,6.60355339 L10.1614088,6.5343055 C10.2964049,6.33943736 10.2771197,6.07001296 10.1035534,5.89644661 L10.1035534,5.89644661 L10.0343055,5.83859116 C9.83943736,5.70359511 9.57001296,5.72288026 9.39644661,5.89644661 L9.39644661,5.89644661 L8,7.293 L6.60355339,5.89644661 Z`})])])],-1)})()),G=C(`base-clear`,`
 flex-shrink: 0;
 height: 1em;
 width: 1em;
 position: relative;
`,[v(`>`,[b(`clear`,`
 font-size: var(--n-clear-size);
 height: 1em;
 width: 1em;
 cursor: pointer;
 color: var(--n-clear-color);
 transition: color .3s var(--n-bezier);
 display: flex;
 `,[v(`&:hover`,`
 color: var(--n-clear-color-hover)!important;
 `),v(`&:active`,`
 color: var(--n-clear-color-pressed)!important;
 `)]),b(`placeholder`,`
 display: flex;
 `),b(`clear, placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[_({originalTransform:`translateX(-50%) translateY(-50%)`,left:`50%`,top:`50%`})])])]),he=[`onClick`,`onMousedown`],K=N({name:`BaseClear`,props:{clsPrefix:{type:String,required:!0},show:Boolean,onClear:Function},setup(e){return u(`-base-clear`,G,z(e,`clsPrefix`)),{handleMouseDown(e){e.preventDefault()}}},render(){let{clsPrefix:e}=this;return k(),B(`div`,{class:w(`${e}-base-clear`)},[F(x,null,{default:()=>this.show?(k(),B(`div`,{key:`dismiss`,class:w(`${e}-base-clear__clear`),onClick:this.onClear,onMousedown:this.handleMouseDown,"data-clear":!0},[i(()=>f(this.$slots.icon,()=>[(k(),P(S,{clsPrefix:e},{default:()=>(k(),P(W))},1032,[`clsPrefix`]))]))],42,he)):(k(),B(`div`,{key:`icon`,class:w(`${e}-base-clear__placeholder`)},[i(()=>this.$slots.placeholder?.())],2))},1024)],2)}}),q=N({name:`ChevronDown`,render(){return(()=>{let e=n(`ae90ecf811a811ac`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[V(`path`,{d:`M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z`,fill:`currentColor`})],-1)})()}}),J=N({name:`InternalSelectionSuffix`,props:{clsPrefix:{type:String,required:!0},showArrow:{type:Boolean,default:void 0},showClear:{type:Boolean,default:void 0},loading:Boolean,onClear:Function},setup(e,{slots:t}){return()=>{let{clsPrefix:n}=e;return k(),P(ae,{clsPrefix:n,class:w(`${n}-base-suffix`),strokeWidth:24,scale:.85,show:e.loading},{default:()=>e.showArrow?(k(),P(K,{key:1,clsPrefix:n,show:e.showClear,onClear:e.onClear},{placeholder:()=>(k(),P(S,{clsPrefix:n,class:w(`${n}-base-suffix__arrow`)},{default:()=>f(t.default,()=>[(k(),P(q))])},1032,[`clsPrefix`,`class`]))},1032,[`clsPrefix`,`show`,`onClear`])):null},1032,[`clsPrefix`,`class`,`show`])}}}),ge=o(`n-input`),_e=C(`input`,`
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
`,[b(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),b(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
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
 `),b(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[v(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),v(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),v(`&:-webkit-autofill ~`,[b(`placeholder`,`display: none;`)])]),y(`round`,[m(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),b(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[v(`span`,`
 width: 100%;
 display: inline-block;
 `)]),y(`textarea`,[b(`placeholder`,`overflow: visible;`)]),m(`autosize`,`width: 100%;`),y(`autosize`,[b(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),C(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),b(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),b(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[v(`&[type=password]::-ms-reveal`,`display: none;`),v(`+`,[b(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),m(`textarea`,[b(`placeholder`,`white-space: nowrap;`)]),b(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),y(`textarea`,`width: 100%;`,[C(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),y(`resizable`,[C(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),b(`textarea-el, textarea-mirror, placeholder`,`
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
 `),b(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),y(`pair`,[b(`input-el, placeholder`,`text-align: center;`),b(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[C(`icon`,`
 color: var(--n-icon-color);
 `),C(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),y(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[b(`border`,`border: var(--n-border-disabled);`),b(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),b(`placeholder`,`color: var(--n-placeholder-color-disabled);`),b(`separator`,`color: var(--n-text-color-disabled);`,[C(`icon`,`
 color: var(--n-icon-color-disabled);
 `),C(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),C(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),b(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[C(`icon`,`
 color: var(--n-icon-color-disabled);
 `),C(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),m(`disabled`,[b(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[v(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),v(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),v(`&:hover`,`background-color: var(--n-color-hover);`,[b(`state-border`,`border: var(--n-border-hover);`)]),y(`focus`,`background-color: var(--n-color-focus);`,[b(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),b(`border, state-border`,`
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
 `),b(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),b(`prefix`,`margin-right: 4px;`),b(`suffix`,`
 margin-left: 4px;
 `),b(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[C(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),C(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[b(`placeholder`,[C(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),v(`>`,[C(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),C(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),C(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(e=>y(`${e}-status`,[m(`disabled`,[C(`base-loading`,`
 color: var(--n-loading-color-${e})
 `),b(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${e});
 `),b(`state-border`,`
 border: var(--n-border-${e});
 `),v(`&:hover`,[b(`state-border`,`
 border: var(--n-border-hover-${e});
 `)]),v(`&:focus`,`
 background-color: var(--n-color-focus-${e});
 `,[b(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)]),y(`focus`,`
 background-color: var(--n-color-focus-${e});
 `,[b(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),ve=C(`input`,[y(`disabled`,[b(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function ye(e){let t=0;for(let n of e)t++;return t}function Y(e){return e===``||e==null}function be(e){let t=R(null);function n(){let{value:n}=e;if(!n?.focus){i();return}let{selectionStart:r,selectionEnd:a,value:o}=n;r==null||a==null?i():t.value={start:r,end:a,beforeText:o.slice(0,r),afterText:o.slice(a)}}function r(){let{value:n}=t,{value:r}=e;if(!n||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=n,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function i(){t.value=null}return M(e,i),{recordCursor:n,restoreCursor:r}}var X=N({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:n,maxlengthRef:r,mergedClsPrefixRef:a,countGraphemesRef:o}=A(ge),s=L(()=>{let{value:e}=n;return e===null||Array.isArray(e)?0:(o.value||ye)(e)});return()=>{let{value:e}=r,{value:o}=n;return k(),B(`span`,{class:w(`${a.value}-input-word-count`)},[i(()=>T(t.default,{value:o===null||Array.isArray(o)?``:o},()=>[e===void 0?s.value:`${s.value} / ${e}`]))],2)}}}),Z=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],xe=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],Se=[`onMousedown`,`onClick`],Ce=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],we=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],Te={...g.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},Ee=N({name:`Input`,props:Te,slots:Object,setup(t){let{mergedClsPrefixRef:n,mergedBorderedRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:o}=l(t),d=g(`Input`,`-input`,_e,oe,t,n);re&&u(`-input-safari`,ve,n);let f=R(null),m=R(null),h=R(null),_=R(null),v=R(null),y=R(null),b=R(null),x=be(b),S=R(null),{localeRef:ae}=pe(`Input`),C=R(t.defaultValue),w=z(t,`value`),T=fe(w,C),E=te(t,{mergedSize:e=>{let{size:n}=t;if(n)return n;let{mergedSize:r}=e||{};return r?.value?r.value:o?.value?.Input?.size||`medium`}}),{mergedSizeRef:D,mergedDisabledRef:k,mergedStatusRef:A}=E,j=R(!1),N=R(!1),P=R(!1),F=R(!1),I=null,B=L(()=>{let{placeholder:e,pair:n}=t;return n?Array.isArray(e)?e:e===void 0?[``,``]:[e,e]:e===void 0?[ae.value.placeholder]:[e]}),V=L(()=>{let{value:e}=P,{value:t}=T,{value:n}=B;return!e&&(Y(t)||Array.isArray(t)&&Y(t[0]))&&n[0]}),H=L(()=>{let{value:e}=P,{value:t}=T,{value:n}=B;return!e&&n[1]&&(Y(t)||Array.isArray(t)&&Y(t[1]))}),U=p(()=>t.internalForceFocus||j.value),me=p(()=>{if(k.value||t.readonly||!t.clearable||!U.value&&!N.value)return!1;let{value:e}=T,{value:n}=U;return t.pair?!!(Array.isArray(e)&&(e[0]||e[1]))&&(N.value||n):!!e&&(N.value||n)}),W=L(()=>{let{showPasswordOn:e}=t;if(e)return e;if(t.showPasswordToggle)return`click`}),G=R(!1),he=L(()=>{let{textDecoration:e}=t;return e?Array.isArray(e)?e.map(e=>({textDecoration:e})):[{textDecoration:e}]:[``,``]}),K=R(void 0),q=()=>{if(t.type===`textarea`){let{autosize:e}=t;if(e&&(K.value=S.value?.$el?.offsetWidth),!m.value||typeof e==`boolean`)return;let{paddingTop:n,paddingBottom:r,lineHeight:i}=window.getComputedStyle(m.value),a=Number(n.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=h;if(!c)return;if(e.minRows){let t=Math.max(e.minRows,1),n=`${a+o+s*t}px`;c.style.minHeight=n}if(e.maxRows){let t=`${a+o+s*e.maxRows}px`;c.style.maxHeight=t}}},J=L(()=>{let{maxlength:e}=t;return e===void 0?void 0:Number(e)});ue(()=>{let{value:e}=T;Array.isArray(e)||rt(e)});let ye=de().proxy;function X(e,n){let{onUpdateValue:r,"onUpdate:value":i,onInput:a}=t,{nTriggerFormInput:o}=E;r&&s(r,e,n),i&&s(i,e,n),a&&s(a,e,n),C.value=e,o()}function Z(e,n){let{onChange:r}=t,{nTriggerFormChange:i}=E;r&&s(r,e,n),C.value=e,i()}function xe(e){let{onBlur:n}=t,{nTriggerFormBlur:r}=E;n&&s(n,e),r()}function Se(e){let{onFocus:n}=t,{nTriggerFormFocus:r}=E;n&&s(n,e),r()}function Ce(e){let{onClear:n}=t;n&&s(n,e)}function we(e){let{onInputBlur:n}=t;n&&s(n,e)}function Te(e){let{onInputFocus:n}=t;n&&s(n,e)}function Ee(){let{onDeactivate:e}=t;e&&s(e)}function De(){let{onActivate:e}=t;e&&s(e)}function Oe(e){let{onClick:n}=t;n&&s(n,e)}function ke(e){let{onWrapperFocus:n}=t;n&&s(n,e)}function Ae(e){let{onWrapperBlur:n}=t;n&&s(n,e)}function je(){P.value=!0}function Me(e){P.value=!1,e.target===y.value?Q(e,1):Q(e,0)}function Q(e,n=0,r=`input`){let i=e.target.value;if(rt(i),e instanceof InputEvent&&!e.isComposing&&(P.value=!1),t.type===`textarea`){let{value:e}=S;e&&e.syncUnifiedContainer()}if(I=i,P.value)return;x.recordCursor();let a=Ne(i);if(a){if(!t.pair)r===`input`?X(i,{source:n}):Z(i,{source:n});else{let{value:e}=T;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[n]=i,r===`input`?X(e,{source:n}):Z(e,{source:n})}}ye.$forceUpdate(),a||O(x.restoreCursor)}function Ne(e){let{countGraphemes:n,maxlength:r,minlength:i}=t;if(n){let t;if(r!==void 0&&(t===void 0&&(t=n(e)),t>Number(r))||i!==void 0&&(t===void 0&&(t=n(e)),t<Number(r)))return!1}let{allowInput:a}=t;return typeof a!=`function`||a(e)}function Pe(e){we(e),e.relatedTarget===f.value&&Ee(),(e.relatedTarget===null||e.relatedTarget!==v.value&&e.relatedTarget!==y.value&&e.relatedTarget!==m.value)&&(F.value=!1),$(e,`blur`),b.value=null}function Fe(e,t){Te(e),j.value=!0,F.value=!0,De(),$(e,`focus`),t===0?b.value=v.value:t===1?b.value=y.value:t===2&&(b.value=m.value)}function Ie(e){t.passivelyActivated&&(Ae(e),$(e,`blur`))}function Le(e){t.passivelyActivated&&(j.value=!0,ke(e),$(e,`focus`))}function $(e,t){e.relatedTarget!==null&&(e.relatedTarget===v.value||e.relatedTarget===y.value||e.relatedTarget===m.value||e.relatedTarget===f.value)||(t===`focus`?(Se(e),j.value=!0):t===`blur`&&(xe(e),j.value=!1))}function Re(e,t){Q(e,t,`change`)}function ze(e){Oe(e)}function Be(e){Ce(e),Ve()}function Ve(){t.pair?(X([``,``],{source:`clear`}),Z([``,``],{source:`clear`})):(X(``,{source:`clear`}),Z(``,{source:`clear`}))}function He(e){let{onMousedown:n}=t;n&&n(e);let{tagName:r}=e.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(t.resizable){let{value:t}=f;if(t){let{left:n,top:r,width:i,height:a}=t.getBoundingClientRect();if(n+i-14<e.clientX&&e.clientX<n+i&&r+a-14<e.clientY&&e.clientY<r+a)return}}e.preventDefault(),j.value||Ze()}}function Ue(){N.value=!0,t.type===`textarea`&&S.value?.handleMouseEnterWrapper()}function We(){N.value=!1,t.type===`textarea`&&S.value?.handleMouseLeaveWrapper()}function Ge(){k.value||W.value===`click`&&(G.value=!G.value)}function Ke(t){if(k.value)return;t.preventDefault();let n=t=>{t.preventDefault(),e(`mouseup`,document,n)};if(ne(`mouseup`,document,n),W.value!==`mousedown`)return;G.value=!0;let r=()=>{G.value=!1,e(`mouseup`,document,r)};ne(`mouseup`,document,r)}function qe(e){t.onKeyup&&s(t.onKeyup,e)}function Je(e){switch(t.onKeydown&&s(t.onKeydown,e),e.key){case`Escape`:Xe();break;case`Enter`:Ye(e)}}function Ye(e){if(t.passivelyActivated){let{value:n}=F;if(n){t.internalDeactivateOnEnter&&Xe();return}e.preventDefault(),t.type===`textarea`?m.value?.focus():v.value?.focus()}}function Xe(){t.passivelyActivated&&(F.value=!1,O(()=>{f.value?.focus()}))}function Ze(){k.value||(t.passivelyActivated?f.value?.focus():(m.value?.focus(),v.value?.focus()))}function Qe(){f.value?.contains(document.activeElement)&&document.activeElement.blur()}function $e(){m.value?.select(),v.value?.select()}function et(){k.value||(m.value?m.value.focus():v.value&&v.value.focus())}function tt(){let{value:e}=f;e?.contains(document.activeElement)&&e!==document.activeElement&&Xe()}function nt(e){if(t.type===`textarea`){let{value:t}=m;t?.scrollTo(e)}else{let{value:t}=v;t?.scrollTo(e)}}function rt(e){let{type:n,pair:r,autosize:i}=t;if(!r&&i){if(n===`textarea`){let{value:t}=h;t&&(t.textContent=`${e??``}\r\n`)}else{let{value:t}=_;t&&(e?t.textContent=e:t.innerHTML=`&nbsp;`)}}}function it(){q()}let at=R({top:`0`});function ot(e){let{scrollTop:t}=e.target;at.value.top=`${-t}px`,S.value?.syncUnifiedContainer()}let st=null;le(()=>{let{autosize:e,type:n}=t;e&&n===`textarea`?st=M(T,e=>{!Array.isArray(e)&&e!==I&&rt(e)}):st?.()});let ct=null;le(()=>{t.type===`textarea`?ct=M(T,e=>{!Array.isArray(e)&&e!==I&&S.value?.syncUnifiedContainer()}):ct?.()}),ce(ge,{mergedValueRef:T,maxlengthRef:J,mergedClsPrefixRef:n,countGraphemesRef:z(t,`countGraphemes`)});let lt={wrapperElRef:f,inputElRef:v,textareaElRef:m,isCompositing:P,clear:Ve,focus:Ze,blur:Qe,select:$e,deactivate:tt,activate:et,scrollTo:nt},ut=c(`Input`,a,n),dt=L(()=>{let{value:e}=D,{common:{cubicBezierEaseInOut:t},self:{color:n,colorHover:r,borderRadius:i,textColor:a,caretColor:o,caretColorError:s,caretColorWarning:c,textDecorationColor:l,border:u,borderDisabled:f,borderHover:p,borderFocus:m,placeholderColor:h,placeholderColorDisabled:g,lineHeightTextarea:_,colorDisabled:te,colorFocus:ne,textColorDisabled:v,boxShadowFocus:y,iconSize:b,colorFocusWarning:re,boxShadowFocusWarning:ie,borderWarning:x,borderFocusWarning:S,borderHoverWarning:ae,colorFocusError:C,boxShadowFocusError:oe,borderError:w,borderFocusError:T,borderHoverError:E,clearSize:O,clearColor:ce,clearColorHover:k,clearColorPressed:A,iconColor:j,iconColorDisabled:M,suffixTextColor:le,countTextColor:N,countTextColorDisabled:P,iconColorHover:F,iconColorPressed:I,loadingColor:ue,loadingColorError:L,loadingColorWarning:R,fontWeight:z,[se(`padding`,e)]:B,[se(`fontSize`,e)]:V,[se(`height`,e)]:de}}=d.value,{left:H,right:fe}=ee(B);return{"--n-bezier":t,"--n-count-text-color":N,"--n-count-text-color-disabled":P,"--n-color":n,"--n-color-hover":r,"--n-font-size":V,"--n-font-weight":z,"--n-border-radius":i,"--n-height":de,"--n-padding-left":H,"--n-padding-right":fe,"--n-text-color":a,"--n-caret-color":o,"--n-text-decoration-color":l,"--n-border":u,"--n-border-disabled":f,"--n-border-hover":p,"--n-border-focus":m,"--n-placeholder-color":h,"--n-placeholder-color-disabled":g,"--n-icon-size":b,"--n-line-height-textarea":_,"--n-color-disabled":te,"--n-color-focus":ne,"--n-text-color-disabled":v,"--n-box-shadow-focus":y,"--n-loading-color":ue,"--n-caret-color-warning":c,"--n-color-focus-warning":re,"--n-box-shadow-focus-warning":ie,"--n-border-warning":x,"--n-border-focus-warning":S,"--n-border-hover-warning":ae,"--n-loading-color-warning":R,"--n-caret-color-error":s,"--n-color-focus-error":C,"--n-box-shadow-focus-error":oe,"--n-border-error":w,"--n-border-focus-error":T,"--n-border-hover-error":E,"--n-loading-color-error":L,"--n-clear-color":ce,"--n-clear-size":O,"--n-clear-color-hover":k,"--n-clear-color-pressed":A,"--n-icon-color":j,"--n-icon-color-hover":F,"--n-icon-color-pressed":I,"--n-icon-color-disabled":M,"--n-suffix-text-color":le}}),ft=i?ie(`input`,L(()=>{let{value:e}=D;return e[0]}),dt,t):void 0;return{...lt,wrapperElRef:f,inputElRef:v,inputMirrorElRef:_,inputEl2Ref:y,textareaElRef:m,textareaMirrorElRef:h,textareaScrollbarInstRef:S,rtlEnabled:ut,uncontrolledValue:C,mergedValue:T,passwordVisible:G,mergedPlaceholder:B,showPlaceholder1:V,showPlaceholder2:H,mergedFocus:U,isComposing:P,activated:F,showClearButton:me,mergedSize:D,mergedDisabled:k,textDecorationStyle:he,mergedClsPrefix:n,mergedBordered:r,mergedShowPasswordOn:W,placeholderStyle:at,mergedStatus:A,textAreaScrollContainerWidth:K,handleTextAreaScroll:ot,handleCompositionStart:je,handleCompositionEnd:Me,handleInput:Q,handleInputBlur:Pe,handleInputFocus:Fe,handleWrapperBlur:Ie,handleWrapperFocus:Le,handleMouseEnter:Ue,handleMouseLeave:We,handleMouseDown:He,handleChange:Re,handleClick:ze,handleClear:Be,handlePasswordToggleClick:Ge,handlePasswordToggleMousedown:Ke,handleWrapperKeydown:Je,handleWrapperKeyup:qe,handleTextAreaMirrorResize:it,getTextareaScrollContainer:()=>m.value,mergedTheme:d,cssVars:i?void 0:dt,themeClass:ft?.themeClass,onRender:ft?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:n,themeClass:o,type:s,countGraphemes:c,onRender:l}=this,u=this.$slots;return l?.(),k(),B(`div`,{ref:`wrapperElRef`,class:w([`${e}-input`,`${e}-input--${this.mergedSize}-size`,o,n&&`${e}-input--${n}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:s===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&s!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:H(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[V(`div`,{class:w(`${e}-input-wrapper`)},[i(()=>t(u.prefix,t=>t&&(k(),B(`div`,{class:w(`${e}-input__prefix`)},[i(()=>t)],2)))),s===`textarea`?(k(),P(r,{key:0,ref:`textareaScrollbarInstRef`,class:w(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,n={width:this.autosize&&t&&`${t}px`};return k(),B(I,null,[V(`textarea`,j(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:c?void 0:this.maxlength,minlength:c?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,n],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,Z),this.showPlaceholder1?(k(),B(`div`,{class:w(`${e}-input__placeholder`),style:H([this.placeholderStyle,n]),key:`placeholder`},[i(()=>this.mergedPlaceholder[0])],6)):i(()=>null),this.autosize?(k(),P(a,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(k(),B(`div`,{ref:`textareaMirrorElRef`,class:w(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):i(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(k(),B(`div`,{key:1,class:w(`${e}-input__input`)},[V(`input`,j({type:s===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:s},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:c?void 0:this.maxlength,minlength:c?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,xe),this.showPlaceholder1?(k(),B(`div`,{key:0,class:w(`${e}-input__placeholder`)},[V(`span`,null,[i(()=>this.mergedPlaceholder[0])])],2)):i(()=>null),this.autosize?(k(),B(`div`,{class:w(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):i(()=>null)],2)),i(()=>!this.pair&&t(u.suffix,n=>n||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(k(),B(`div`,{key:1,class:w(`${e}-input__suffix`)},[i(()=>[t(u[`clear-icon-placeholder`],t=>(this.clearable||t)&&(k(),P(K,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:n,this.loading===void 0?null:(k(),P(J,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:H(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?n:null,this.showCount&&this.type!==`textarea`?(k(),P(X,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):u.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(k(),B(`div`,{key:4,class:w(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(k(),B(I,{key:0},[i(()=>f(u[`password-visible-icon`],()=>[(k(),P(S,{clsPrefix:e},{default:()=>(k(),P(U))},1032,[`clsPrefix`]))]))],64)):(k(),B(I,{key:1},[i(()=>f(u[`password-invisible-icon`],()=>[(k(),P(S,{clsPrefix:e},{default:()=>(k(),P(me))},1032,[`clsPrefix`]))]))],64))],42,Se)):null])],2)):null))],2),this.pair?(k(),B(`span`,{key:0,class:w(`${e}-input__separator`)},[i(()=>f(u.separator,()=>[this.separator]))],2)):i(()=>null),this.pair?(k(),B(`div`,{key:2,class:w(`${e}-input-wrapper`)},[V(`div`,{class:w(`${e}-input__input`)},[V(`input`,{ref:`inputEl2Ref`,type:this.type,class:w(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:c?void 0:this.maxlength,minlength:c?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:H(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,Ce),this.showPlaceholder2?(k(),B(`div`,{key:0,class:w(`${e}-input__placeholder`)},[V(`span`,null,[i(()=>this.mergedPlaceholder[1])])],2)):i(()=>null)],2),i(()=>t(u.suffix,t=>(this.clearable||t)&&(k(),B(`div`,{class:w(`${e}-input__suffix`)},[i(()=>[this.clearable&&(k(),P(K,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>u[`clear-icon`]?.(),placeholder:()=>u[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):i(()=>null),this.mergedBordered?(k(),B(`div`,{key:4,class:w(`${e}-input__border`)},null,2)):i(()=>null),this.mergedBordered?(k(),B(`div`,{key:6,class:w(`${e}-input__state-border`)},null,2)):i(()=>null),this.showCount&&s===`textarea`?(k(),P(X,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):u.count?.(e)}},1024)):i(()=>null)],46,we)}});export{pe as i,J as n,q as r,Ee as t};