import{$ as e,A as t,Ct as n,D as r,F as i,H as a,L as o,N as s,O as c,P as l,Q as u,S as d,St as f,T as p,U as m,V as h,_ as g,b as _,d as v,et as y,f as b,g as x,h as S,i as C,it as w,l as T,p as E,st as D,u as O,w as k,xt as A}from"./runtime-core.esm-bundler-Un5SXeT3.js";import{_ as j,a as M,c as N,f as P,i as F,l as ee,n as te,o as ne,p as I,s as re}from"./favicon-yplyV0bd.js";import{Dt as ie,Et as ae,F as oe,Ft as L,G as se,Gt as ce,H as le,Ht as ue,J as R,K as de,Kt as fe,M as pe,Mt as me,Ot as he,P as ge,Qt as z,Sn as _e,U as ve,Ut as ye,Vt as B,W as be,Wt as xe,Xt as Se,Yt as Ce,Z as we,Zt as V,_t as Te,an as Ee,ar as H,c as De,cr as Oe,dn as ke,dr as Ae,en as je,er as U,f as Me,fn as W,fr as Ne,ft as Pe,g as Fe,gn as Ie,hn as G,ht as Le,i as Re,ir as K,it as ze,jt as Be,kt as Ve,l as He,mn as Ue,mt as We,n as Ge,nn as Ke,o as qe,or as q,p as Je,pn as Ye,r as Xe,rr as J,rt as Ze,s as Qe,sr as $e,tn as et,tr as Y,ur as tt,vn as nt,w as rt,wn as it,xn as X,yn as Z,zt as at}from"./index-C4QnupEm.js";import{a as ot,c as st,i as ct,n as lt,o as ut,s as dt}from"./feedback-Bad_sMPt.js";import{t as ft}from"./_plugin-vue_export-helper-BDNMzG2s.js";function pt(t={},n){let i=u({ctrl:!1,command:!1,win:!1,shift:!1,tab:!1}),{keydown:a,keyup:o}=t,s=e=>{switch(e.key){case`Control`:i.ctrl=!0;break;case`Meta`:i.command=!0,i.win=!0;break;case`Shift`:i.shift=!0;break;case`Tab`:i.tab=!0}a!==void 0&&Object.keys(a).forEach(t=>{if(t!==e.key)return;let n=a[t];if(typeof n==`function`)n(e);else{let{stop:t=!1,prevent:r=!1}=n;t&&e.stopPropagation(),r&&e.preventDefault(),n.handler(e)}})},l=e=>{switch(e.key){case`Control`:i.ctrl=!1;break;case`Meta`:i.command=!1,i.win=!1;break;case`Shift`:i.shift=!1;break;case`Tab`:i.tab=!1}o!==void 0&&Object.keys(o).forEach(t=>{if(t!==e.key)return;let n=o[t];if(typeof n==`function`)n(e);else{let{stop:t=!1,prevent:r=!1}=n;t&&e.stopPropagation(),r&&e.preventDefault(),n.handler(e)}})},d=()=>{(n===void 0||n.value)&&(ye(`keydown`,document,s),ye(`keyup`,document,l)),n!==void 0&&h(n,e=>{e?(ye(`keydown`,document,s),ye(`keyup`,document,l)):(ue(`keydown`,document,s),ue(`keyup`,document,l))})};return at()?(r(d),c(()=>{(n===void 0||n.value)&&(ue(`keydown`,document,s),ue(`keyup`,document,l))})):d(),e(i)}var mt=we&&`loading`in document.createElement(`img`);function ht(e={}){let{root:t=null}=e;return{hash:`${e.rootMargin||`0px 0px 0px 0px`}-${Array.isArray(e.threshold)?e.threshold.join(`,`):e.threshold??`0`}`,options:{...e,root:(typeof t==`string`?document.querySelector(t):t)||document.documentElement}}}var gt=new WeakMap,_t=new WeakMap,vt=new WeakMap,yt=(e,t,n)=>{if(!e)return()=>{};let r=ht(t),{root:i}=r.options,a,o=gt.get(i);o?a=o:(a=new Map,gt.set(i,a));let s,c;a.has(r.hash)?(c=a.get(r.hash),c[1].has(e)||(s=c[0],c[1].add(e),s.observe(e))):(s=new IntersectionObserver(e=>{e.forEach(e=>{if(e.isIntersecting){let t=_t.get(e.target),n=vt.get(e.target);t&&t(),n&&(n.value=!0)}})},r.options),s.observe(e),c=[s,new Set([e])],a.set(r.hash,c));let l=!1,u=()=>{l||(_t.delete(e),vt.delete(e),l=!0,c[1].has(e)&&(c[0].unobserve(e),c[1].delete(e)),c[1].size<=0&&a.delete(r.hash),a.size||gt.delete(i))};return _t.set(e,u),vt.set(e,n),u},bt=X(`n-avatar-group`),xt=Y(`avatar`,`
 width: var(--n-merged-size);
 height: var(--n-merged-size);
 color: #FFF;
 font-size: var(--n-font-size);
 display: inline-flex;
 position: relative;
 overflow: hidden;
 text-align: center;
 border: var(--n-border);
 border-radius: var(--n-border-radius);
 --n-merged-color: var(--n-color);
 background-color: var(--n-merged-color);
 transition:
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
`,[$e(U(`&`,`--n-merged-color: var(--n-color-modal);`)),Oe(U(`&`,`--n-merged-color: var(--n-color-popover);`)),U(`img`,`
 width: 100%;
 height: 100%;
 `),J(`text`,`
 white-space: nowrap;
 display: inline-block;
 position: absolute;
 left: 50%;
 top: 50%;
 `),Y(`icon`,`
 vertical-align: bottom;
 font-size: calc(var(--n-merged-size) - 6px);
 `),J(`text`,`line-height: 1.25`)]),St=[`src`],Ct={...V.props,size:[String,Number],src:String,circle:{type:Boolean,default:void 0},objectFit:String,round:{type:Boolean,default:void 0},bordered:{type:Boolean,default:void 0},onError:Function,fallbackSrc:String,intersectionObserverOptions:Object,lazy:Boolean,onLoad:Function,renderPlaceholder:Function,renderFallback:Function,imgProps:Object,color:String},wt=g({name:`Avatar`,props:Ct,slots:Object,setup(e){let{mergedClsPrefixRef:n,inlineThemeDisabled:r}=Z(e),i=y(!1),o=null,s=y(null),l=y(null),u=()=>{let{value:e}=s;if(e&&(o===null||o!==e.innerHTML)){o=e.innerHTML;let{value:t}=l;if(t){let{offsetWidth:n,offsetHeight:r}=t,{offsetWidth:i,offsetHeight:a}=e,o=.9,s=Math.min(n/i*o,r/a*o,1);e.style.transform=`translateX(-50%) translateY(-50%) scale(${s})`}}},f=d(bt,null),p=T(()=>{let{size:t}=e;if(t)return t;let{size:n}=f||{};return n||`medium`}),m=V(`Avatar`,`-avatar`,xt,se,e,n),g=d(ot,null),_=T(()=>{if(f)return!0;let{round:t,circle:n}=e;return t!==void 0||n!==void 0?t||n:g?g.roundRef.value:!1}),v=T(()=>f?!0:e.bordered||!1),b=T(()=>{let t=p.value,n=_.value,r=v.value,{color:i}=e,{self:{borderRadius:a,fontSize:o,color:s,border:c,colorModal:l,colorPopover:u},common:{cubicBezierEaseInOut:d}}=m.value,f;return f=typeof t==`number`?`${t}px`:m.value.self[q(`height`,t)],{"--n-font-size":o,"--n-border":r?c:`none`,"--n-border-radius":n?`50%`:a,"--n-color":i||s,"--n-color-modal":i||l,"--n-color-popover":i||u,"--n-bezier":d,"--n-merged-size":`var(--n-avatar-size-override, ${f})`}}),x=r?z(`avatar`,T(()=>{let t=p.value,n=_.value,r=v.value,{color:i}=e,a=``;return t&&(a+=typeof t==`number`?`a${t}`:t[0]),n&&(a+=`b`),r&&(a+=`c`),i&&(a+=Pe(i)),a}),b,e):void 0,S=y(!e.lazy);t(()=>{if(e.lazy&&e.intersectionObserverOptions){let t,n=a(()=>{t?.(),t=void 0,e.lazy&&(t=yt(l.value,e.intersectionObserverOptions,S))});c(()=>{n(),t?.()})}}),h(()=>e.src||e.imgProps?.src,()=>{i.value=!1});let C=y(!e.lazy);return{textRef:s,selfRef:l,mergedRoundRef:_,mergedClsPrefix:n,fitTextTransform:u,cssVars:r?void 0:b,themeClass:x?.themeClass,onRender:x?.onRender,hasLoadError:i,shouldStartLoading:S,loaded:C,mergedOnError:t=>{if(!S.value)return;i.value=!0;let{onError:n,imgProps:{onError:r}={}}=e;n?.(t),r?.(t)},mergedOnLoad:t=>{let{onLoad:n,imgProps:{onLoad:r}={}}=e;n?.(t),r?.(t),C.value=!0}}},render(){let{$slots:e,src:t,mergedClsPrefix:n,lazy:r,onRender:i,loaded:a,hasLoadError:o,imgProps:c={}}=this;i?.();let l,u=!a&&!o&&(this.renderPlaceholder?this.renderPlaceholder():this.$slots.placeholder?.());return l=this.hasLoadError?this.renderFallback?this.renderFallback():Ve(e.fallback,()=>[(s(),E(`img`,{src:this.fallbackSrc,style:f({objectFit:this.objectFit})},null,12,St))]):Be(e.default,e=>{if(e)return s(),v(Te,{key:1,onResize:this.fitTextTransform},{default:()=>(s(),E(`span`,{ref:`textRef`,class:W(`${n}-avatar__text`)},[G(()=>e)],2))},1032,[`onResize`]);if(t||c.src){let e=this.src||c.src;return _(`img`,{...c,loading:mt&&!this.intersectionObserverOptions&&r?`lazy`:`eager`,src:r&&this.intersectionObserverOptions?this.shouldStartLoading?e:void 0:e,"data-image-src":e,onLoad:this.mergedOnLoad,onError:this.mergedOnError,style:[c.style||``,{objectFit:this.objectFit},u?{height:`0`,width:`0`,visibility:`hidden`,position:`absolute`}:``]})}}),s(),E(`span`,{ref:`selfRef`,class:W([`${n}-avatar`,this.themeClass]),style:f(this.cssVars)},[G(()=>l),G(()=>r&&u)],6)}}),Tt=g({name:`SlotMachineNumber`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],required:!0},oldOriginalNumber:{type:Number,default:void 0},newOriginalNumber:{type:Number,default:void 0}},setup(e){let t=y(null),n=y(e.value),r=y(e.value),i=y(`up`),a=y(!1),o=T(()=>a.value?`${e.clsPrefix}-base-slot-machine-current-number--${i.value}-scroll`:null),c=T(()=>a.value?`${e.clsPrefix}-base-slot-machine-old-number--${i.value}-scroll`:null);h(w(e,`value`),(e,t)=>{n.value=t,r.value=e,p(l)});function l(){let t=e.newOriginalNumber,n=e.oldOriginalNumber;n!==void 0&&t!==void 0&&(t>n?u(`up`):n>t&&u(`down`))}function u(e){i.value=e,a.value=!1,p(()=>{t.value?.offsetWidth,a.value=!0})}return()=>{let{clsPrefix:i}=e;return s(),E(`span`,{ref:t,class:W(`${i}-base-slot-machine-number`)},[n.value===null?G(()=>null):(s(),E(`span`,{key:0,class:W([`${i}-base-slot-machine-old-number ${i}-base-slot-machine-old-number--top`,c.value])},[G(()=>n.value)],2)),O(`span`,{class:W([`${i}-base-slot-machine-current-number`,o.value])},[O(`span`,{ref:`numberWrapper`,class:W([`${i}-base-slot-machine-current-number__inner`,typeof e.value!=`number`&&`${i}-base-slot-machine-current-number__inner--not-number`])},[G(()=>r.value)],2)],2),n.value===null?G(()=>null):(s(),E(`span`,{key:2,class:W([`${i}-base-slot-machine-old-number ${i}-base-slot-machine-old-number--bottom`,c.value])},[G(()=>n.value)],2))],2)}}}),{cubicBezierEaseOut:Q}=nt;function Et({duration:e=`.2s`}={}){return[U(`&.fade-up-width-expand-transition-leave-active`,{transition:`
 opacity ${e} ${Q},
 max-width ${e} ${Q},
 transform ${e} ${Q}
 `}),U(`&.fade-up-width-expand-transition-enter-active`,{transition:`
 opacity ${e} ${Q},
 max-width ${e} ${Q},
 transform ${e} ${Q}
 `}),U(`&.fade-up-width-expand-transition-enter-to`,{opacity:1,transform:`translateX(0) translateY(0)`}),U(`&.fade-up-width-expand-transition-enter-from`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`}),U(`&.fade-up-width-expand-transition-leave-from`,{opacity:1,transform:`translateY(0)`}),U(`&.fade-up-width-expand-transition-leave-to`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`})]}var Dt=U([U(`@keyframes n-base-slot-machine-fade-up-in`,`
 from {
 transform: translateY(60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),U(`@keyframes n-base-slot-machine-fade-down-in`,`
 from {
 transform: translateY(-60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),U(`@keyframes n-base-slot-machine-fade-up-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(-60%);
 opacity: 0;
 }
 `),U(`@keyframes n-base-slot-machine-fade-down-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(60%);
 opacity: 0;
 }
 `),Y(`base-slot-machine`,`
 overflow: hidden;
 white-space: nowrap;
 display: inline-block;
 height: 18px;
 line-height: 18px;
 `,[Y(`base-slot-machine-number`,`
 display: inline-block;
 position: relative;
 height: 18px;
 width: .6em;
 max-width: .6em;
 `,[Et({duration:`.2s`}),be({duration:`.2s`,delay:`0s`}),Y(`base-slot-machine-old-number`,`
 display: inline-block;
 opacity: 0;
 position: absolute;
 left: 0;
 right: 0;
 `,[K(`top`,{transform:`translateY(-100%)`}),K(`bottom`,{transform:`translateY(100%)`}),K(`down-scroll`,{animation:`n-base-slot-machine-fade-down-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),K(`up-scroll`,{animation:`n-base-slot-machine-fade-up-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1})]),Y(`base-slot-machine-current-number`,`
 display: inline-block;
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 1;
 transform: translateY(0);
 width: .6em;
 `,[K(`down-scroll`,{animation:`n-base-slot-machine-fade-down-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),K(`up-scroll`,{animation:`n-base-slot-machine-fade-up-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),J(`inner`,`
 display: inline-block;
 position: absolute;
 right: 0;
 top: 0;
 width: .6em;
 `,[K(`not-number`,`
 right: unset;
 left: 0;
 `)])])])])]),Ot=g({name:`BaseSlotMachine`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],default:0},max:{type:Number,default:void 0},appeared:{type:Boolean,required:!0}},setup(e){Ie(`-base-slot-machine`,Dt,w(e,`clsPrefix`));let t=y(),n=y(),r=T(()=>{if(typeof e.value==`string`)return[];if(e.value<1)return[0];let t=[],n=e.value;for(e.max!==void 0&&(n=Math.min(e.max,n));n>=1;)t.push(n%10),n/=10,n=Math.floor(n);return t.reverse(),t});return h(w(e,`value`),(e,r)=>{typeof e==`string`?(n.value=void 0,t.value=void 0):typeof r==`string`?(n.value=e,t.value=void 0):(n.value=e,t.value=r)}),()=>{let{value:i,clsPrefix:a}=e;return typeof i==`number`?(s(),E(`span`,{key:1,class:W(`${a}-base-slot-machine`)},[x(Ne,{name:`fade-up-width-expand-transition`,tag:`span`},{default:()=>r.value.map((e,i)=>(s(),v(Tt,{clsPrefix:a,key:r.value.length-i-1,oldOriginalNumber:t.value,newOriginalNumber:n.value,value:e},null,8,[`clsPrefix`,`oldOriginalNumber`,`newOriginalNumber`,`value`])))},1024),x(ze,{key:`+`,width:!0},{default:()=>e.max!==void 0&&e.max<i?(s(),v(Tt,{key:2,clsPrefix:a,value:`+`},null,8,[`clsPrefix`])):null},1024)],2)):(s(),E(`span`,{key:3,class:W(`${a}-base-slot-machine`)},[G(()=>i)],2))}}});function kt(e){let{errorColor:t,infoColor:n,successColor:r,warningColor:i,fontFamily:a}=e;return{color:t,colorInfo:n,colorSuccess:r,colorError:t,colorWarning:i,fontSize:`12px`,fontFamily:a}}var At={name:`Badge`,common:et,self:kt},jt=U([U(`@keyframes badge-wave-spread`,{from:{boxShadow:`0 0 0.5px 0px var(--n-ripple-color)`,opacity:.6},to:{boxShadow:`0 0 0.5px 4.5px var(--n-ripple-color)`,opacity:0}}),Y(`badge`,`
 display: inline-flex;
 position: relative;
 vertical-align: middle;
 font-family: var(--n-font-family);
 `,[K(`as-is`,[Y(`badge-sup`,{position:`static`,transform:`translateX(0)`},[de({transformOrigin:`left bottom`,originalTransform:`translateX(0)`})])]),K(`dot`,[Y(`badge-sup`,`
 height: 8px;
 width: 8px;
 padding: 0;
 min-width: 8px;
 left: 100%;
 bottom: calc(100% - 4px);
 `,[U(`::before`,`border-radius: 4px;`)])]),Y(`badge-sup`,`
 background: var(--n-color);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 color: #FFF;
 position: absolute;
 height: 18px;
 line-height: 18px;
 border-radius: 9px;
 padding: 0 6px;
 text-align: center;
 font-size: var(--n-font-size);
 transform: translateX(-50%);
 left: 100%;
 bottom: calc(100% - 9px);
 font-variant-numeric: tabular-nums;
 z-index: 2;
 display: flex;
 align-items: center;
 `,[de({transformOrigin:`left bottom`,originalTransform:`translateX(-50%)`}),Y(`base-wave`,{zIndex:1,animationDuration:`2s`,animationIterationCount:`infinite`,animationDelay:`1s`,animationTimingFunction:`var(--n-ripple-bezier)`,animationName:`badge-wave-spread`}),U(`&::before`,`
 opacity: 0;
 transform: scale(1);
 border-radius: 9px;
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)])])]),Mt=[`title`],Nt={...V.props,value:[String,Number],max:Number,dot:Boolean,type:{type:String,default:`default`},show:{type:Boolean,default:!0},showZero:Boolean,processing:Boolean,color:String,offset:Array},Pt=g({name:`Badge`,props:Nt,setup(e,{slots:n}){let{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a}=Z(e),o=V(`Badge`,`-badge`,jt,At,e,r),s=y(!1),c=()=>{s.value=!0},l=()=>{s.value=!1},u=T(()=>e.show&&(e.dot||e.value!==void 0&&!(!e.showZero&&Number(e.value)<=0)||!he(n.value)));t(()=>{u.value&&(s.value=!0)});let d=ie(`Badge`,a,r),f=T(()=>{let{type:t,color:n}=e,{common:{cubicBezierEaseInOut:r,cubicBezierEaseOut:i},self:{[q(`color`,t)]:a,fontFamily:s,fontSize:c}}=o.value;return{"--n-font-size":c,"--n-font-family":s,"--n-color":n||a,"--n-ripple-color":n||a,"--n-bezier":r,"--n-ripple-bezier":i}}),p=i?z(`badge`,T(()=>{let t=``,{type:n,color:r}=e;return n&&(t+=n[0]),r&&(t+=Pe(r)),t}),f,e):void 0,m=T(()=>{let{offset:t}=e;if(!t)return;let[n,r]=t,i=typeof n==`number`?`${n}px`:n,a=typeof r==`number`?`${r}px`:r;return{transform:`translate(calc(${d?.value?`50%`:`-50%`} + ${i}), ${a})`}});return{rtlEnabled:d,mergedClsPrefix:r,appeared:s,showBadge:u,handleAfterEnter:c,handleAfterLeave:l,cssVars:i?void 0:f,themeClass:p?.themeClass,onRender:p?.onRender,offsetStyle:m}},render(){let{mergedClsPrefix:e,onRender:t,themeClass:n,$slots:r}=this;t?.();let i=r.default?.();return s(),E(`div`,{class:W([`${e}-badge`,this.rtlEnabled&&`${e}-badge--rtl`,n,{[`${e}-badge--dot`]:this.dot,[`${e}-badge--as-is`]:!i}]),style:f(this.cssVars)},[G(()=>i),(s(),v(Ae,{name:`fade-in-scale-up-transition`,onAfterEnter:this.handleAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>this.showBadge?(s(),E(`sup`,{key:1,class:W(`${e}-badge-sup`),title:F(this.value),style:f(this.offsetStyle)},[G(()=>Ve(r.value,()=>[this.dot?null:(s(),v(Ot,{key:2,clsPrefix:e,appeared:this.appeared,max:this.max,value:this.value},null,8,[`clsPrefix`,`appeared`,`max`,`value`]))])),this.processing?(s(),v(ve,{key:0,clsPrefix:e},null,8,[`clsPrefix`])):G(()=>null)],14,Mt)):null},1032,[`onAfterEnter`,`onAfterLeave`]))],6)}}),Ft=g({name:`ChevronRight`,render(){return(()=>{let e=ke(`6ab04425f4fcb756`);return e[0]||=O(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[O(`path`,{d:`M5.64645 3.14645C5.45118 3.34171 5.45118 3.65829 5.64645 3.85355L9.79289 8L5.64645 12.1464C5.45118 12.3417 5.45118 12.6583 5.64645 12.8536C5.84171 13.0488 6.15829 13.0488 6.35355 12.8536L10.8536 8.35355C11.0488 8.15829 11.0488 7.84171 10.8536 7.64645L6.35355 3.14645C6.15829 2.95118 5.84171 2.95118 5.64645 3.14645Z`,fill:`currentColor`})],-1)})()}});function It(e){return t=>{e.value=t?t.$el:null}}var Lt={...ne,...V.props},Rt=g({name:`Tooltip`,props:Lt,slots:Object,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=Z(e),n=V(`Tooltip`,`-tooltip`,void 0,ge,e,t),r=y(null);return{syncPosition(){r.value.syncPosition()},setShow(e){r.value.setShow(e)},popoverRef:r,mergedTheme:n,popoverThemeOverrides:T(()=>n.value.self)}},render(){let{mergedTheme:e,internalExtraClass:t}=this;return _(M,{...this.$props,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:this.popoverThemeOverrides,internalExtraClass:t.concat(`tooltip`),ref:`popoverRef`},this.$slots)}}),zt=Y(`icon`,`
 height: 1em;
 width: 1em;
 line-height: 1em;
 text-align: center;
 display: inline-block;
 position: relative;
 fill: currentColor;
`,[K(`color-transition`,{transition:`color .3s var(--n-bezier)`}),K(`depth`,{color:`var(--n-color)`},[U(`svg`,{opacity:`var(--n-opacity)`,transition:`opacity .3s var(--n-bezier)`})]),U(`svg`,{height:`1em`,width:`1em`})]),Bt={...V.props,depth:[String,Number],size:[Number,String],color:String,component:[Object,Function]},Vt=g({_n_icon__:!0,name:`Icon`,inheritAttrs:!1,props:Bt,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=Z(e),r=V(`Icon`,`-icon`,zt,pe,e,t),i=T(()=>{let{depth:t}=e,{common:{cubicBezierEaseInOut:n},self:i}=r.value;if(t!==void 0){let{color:e,[`opacity${t}Depth`]:r}=i;return{"--n-bezier":n,"--n-color":e,"--n-opacity":r}}return{"--n-bezier":n,"--n-color":``,"--n-opacity":``}}),a=n?z(`icon`,T(()=>`${e.depth||`d`}`),i,e):void 0;return{mergedClsPrefix:t,mergedStyle:T(()=>{let{size:t,color:n}=e;return{fontSize:ut(t),color:n}}),cssVars:n?void 0:i,themeClass:a?.themeClass,onRender:a?.onRender}},render(){let{$parent:e,depth:t,mergedClsPrefix:n,component:r,onRender:i,themeClass:a}=this;return e?.$options?._n_icon__&&it(`icon`,"don't wrap `n-icon` inside `n-icon`"),i?.(),_(`i`,k(this.$attrs,{role:`img`,class:[`${n}-icon`,a,{[`${n}-icon--depth`]:t,[`${n}-icon--color-transition`]:t!==void 0}],style:[this.cssVars,this.mergedStyle]}),r?_(r):this.$slots.default?.())}}),Ht=X(`n-dropdown-menu`),Ut=X(`n-dropdown`),Wt=X(`n-dropdown-option`),Gt=g({name:`DropdownDivider`,props:{clsPrefix:{type:String,required:!0}},render(){return s(),E(`div`,{class:W(`${this.clsPrefix}-dropdown-divider`)},null,2)}});function Kt(e,t){return e.type===`submenu`||e.type===void 0&&e[t]!==void 0}function qt(e){return e.type===`group`}function Jt(e){return e.type===`divider`}function Yt(e){return e.type===`render`}function Xt(e,t,n){if(!t)return e;let r=y(e.value),i=null;return h(e,e=>{i!==null&&window.clearTimeout(i),e===!0?n&&!n.value?r.value=!0:i=window.setTimeout(()=>{r.value=!0},t):r.value=!1}),r}var Zt=g({name:`DropdownOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null},placement:{type:String,default:`right-start`},props:Object,scrollable:Boolean},setup(e){let t=d(Ut),{hoverKeyRef:n,keyboardKeyRef:r,lastToggledSubmenuKeyRef:i,pendingKeyPathRef:a,activeKeyPathRef:o,animatedRef:s,mergedShowRef:c,renderLabelRef:u,renderIconRef:f,labelFieldRef:p,childrenFieldRef:m,renderOptionRef:h,nodePropsRef:g,menuPropsRef:_}=t,v=d(Wt,null),b=d(Ht),x=d(xe),S=T(()=>e.tmNode.rawNode),C=T(()=>{let{value:t}=m;return Kt(e.tmNode.rawNode,t)}),w=T(()=>{let{disabled:t}=e.tmNode;return t}),E=Xt(T(()=>{if(!C.value)return!1;let{key:t,disabled:o}=e.tmNode;if(o)return!1;let{value:s}=n,{value:c}=r,{value:l}=i,{value:u}=a;return s===null?c===null?l!==null&&u.includes(t):u.includes(t)&&u[u.length-1]!==t:u.includes(t)}),300,T(()=>r.value===null&&!s.value)),D=T(()=>!!v?.enteringSubmenuRef.value),O=y(!1);l(Wt,{enteringSubmenuRef:O});function k(){O.value=!0}function A(){O.value=!1}function M(){let{parentKey:t,tmNode:a}=e;a.disabled||c.value&&(i.value=t,r.value=null,n.value=a.key)}function N(){let{tmNode:t}=e;t.disabled||c.value&&n.value!==t.key&&M()}function P(t){if(e.tmNode.disabled||!c.value)return;let{relatedTarget:r}=t;r&&!j({target:r},`dropdownOption`)&&!j({target:r},`scrollbarRail`)&&(n.value=null)}function F(){let{value:n}=C,{tmNode:r}=e;c.value&&!n&&!r.disabled&&(t.doSelect(r.key,r.rawNode),t.doUpdateShow(!1))}return{labelField:p,renderLabel:u,renderIcon:f,siblingHasIcon:b.showIconRef,siblingHasSubmenu:b.hasSubmenuRef,menuProps:_,popoverBody:x,animated:s,mergedShowSubmenu:T(()=>E.value&&!D.value),rawNode:S,hasSubmenu:C,pending:B(()=>{let{value:t}=a,{key:n}=e.tmNode;return t.includes(n)}),childActive:B(()=>{let{value:t}=o,{key:n}=e.tmNode,r=t.findIndex(e=>n===e);return r!==-1&&r<t.length-1}),active:B(()=>{let{value:t}=o,{key:n}=e.tmNode,r=t.findIndex(e=>n===e);return r!==-1&&r===t.length-1}),mergedDisabled:w,renderOption:h,nodeProps:g,handleClick:F,handleMouseMove:N,handleMouseEnter:M,handleMouseLeave:P,handleSubmenuBeforeEnter:k,handleSubmenuAfterEnter:A}},render(){let{animated:e,rawNode:t,mergedShowSubmenu:n,clsPrefix:r,siblingHasIcon:i,siblingHasSubmenu:a,renderLabel:o,renderIcon:c,renderOption:l,nodeProps:u,props:d,scrollable:f}=this,p=null;if(n){let e=this.menuProps?.(t,t.children);p=(t=>(s(),v(tn,k({key:1},e,{clsPrefix:r,scrollable:this.scrollable,tmNodes:this.tmNode.children,parentKey:this.tmNode.key}),null,16,[`clsPrefix`,`scrollable`,`tmNodes`,`parentKey`])))(p)}let m={class:[`${r}-dropdown-option-body`,this.pending&&`${r}-dropdown-option-body--pending`,this.active&&`${r}-dropdown-option-body--active`,this.childActive&&`${r}-dropdown-option-body--child-active`,this.mergedDisabled&&`${r}-dropdown-option-body--disabled`],onMousemove:this.handleMouseMove,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onClick:this.handleClick},h=u?.(t),g=(s(),E(`div`,k({class:[`${r}-dropdown-option`,h?.class],"data-dropdown-option":!0},h),[G(()=>_(`div`,k(m,d),[(s(),E(`div`,{class:W([`${r}-dropdown-option-body__prefix`,i&&`${r}-dropdown-option-body__prefix--show-icon`])},[G(()=>[c?c(t):R(t.icon)])],2)),(s(),E(`div`,{"data-dropdown-option":!0,class:W(`${r}-dropdown-option-body__label`)},[o?(s(),E(C,{key:0},[G(()=>o(t))],64)):(s(),E(C,{key:1},[G(()=>R(t[this.labelField]??t.title))],64))],2)),(s(),E(`div`,{"data-dropdown-option":!0,class:W([`${r}-dropdown-option-body__suffix`,a&&`${r}-dropdown-option-body__suffix--has-submenu`])},[this.hasSubmenu?(s(),v(Vt,{key:0},{_:1,default:Ye(()=>(s(),v(Ft)))})):G(()=>null)],2))])),this.hasSubmenu?(s(),v(I,{key:0},{default:()=>[(s(),v(P,null,{default:()=>(s(),E(`div`,{class:W(`${r}-dropdown-offset-container`)},[(s(),v(ee,{show:this.mergedShowSubmenu,placement:this.placement,to:f&&this.popoverBody||void 0,teleportDisabled:!f},{default:()=>(s(),E(`div`,{class:W(`${r}-dropdown-menu-wrapper`)},[e?(s(),v(Ae,{key:0,onBeforeEnter:this.handleSubmenuBeforeEnter,onAfterEnter:this.handleSubmenuAfterEnter,name:`fade-in-scale-up-transition`,appear:!0},{default:()=>p},1032,[`onBeforeEnter`,`onAfterEnter`])):(s(),E(C,{key:1},[G(()=>p)],64))],2))},1032,[`show`,`placement`,`to`,`teleportDisabled`]))],2))},1024))]},1024)):G(()=>null)],16));return l?l({node:g,option:t}):g}}),Qt=g({name:`DropdownGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{showIconRef:e,hasSubmenuRef:t}=d(Ht),{renderLabelRef:n,labelFieldRef:r,nodePropsRef:i,renderOptionRef:a}=d(Ut);return{labelField:r,showIcon:e,hasSubmenu:t,renderLabel:n,nodeProps:i,renderOption:a}},render(){let{clsPrefix:e,hasSubmenu:t,showIcon:n,nodeProps:r,renderLabel:i,renderOption:a}=this,{rawNode:o}=this.tmNode,c=(s(),E(`div`,k({class:`${e}-dropdown-option`},r?.(o)),[O(`div`,{class:W(`${e}-dropdown-option-body ${e}-dropdown-option-body--group`)},[O(`div`,{"data-dropdown-option":!0,class:W([`${e}-dropdown-option-body__prefix`,n&&`${e}-dropdown-option-body__prefix--show-icon`])},[G(()=>R(o.icon))],2),O(`div`,{class:W(`${e}-dropdown-option-body__label`),"data-dropdown-option":!0},[i?(s(),E(C,{key:0},[G(()=>i(o))],64)):(s(),E(C,{key:1},[G(()=>R(o.title??o[this.labelField]))],64))],2),O(`div`,{class:W([`${e}-dropdown-option-body__suffix`,t&&`${e}-dropdown-option-body__suffix--has-submenu`]),"data-dropdown-option":!0},null,2)],2)],16));return a?a({node:c,option:o}):c}}),$t=g({name:`NDropdownGroup`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null}},render(){let{tmNode:e,parentKey:t,clsPrefix:n}=this,{children:r}=e;return s(),E(C,null,[(s(),v(Qt,{clsPrefix:n,tmNode:e,key:e.key},null,8,[`clsPrefix`,`tmNode`])),G(()=>r?.map(e=>{let{rawNode:r}=e;return r.show===!1?null:Jt(r)?_(Gt,{clsPrefix:n,key:e.key}):e.isGroup?(it(`dropdown`,"`group` node is not allowed to be put in `group` node."),null):(s(),v(Zt,{clsPrefix:n,tmNode:e,parentKey:t,key:e.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`]))}))],64)}}),en=g({name:`DropdownRenderOption`,props:{tmNode:{type:Object,required:!0}},render(){let{rawNode:{render:e,props:t}}=this.tmNode;return _(`div`,t,[e?.()])}}),tn=g({name:`DropdownMenu`,props:{scrollable:Boolean,showArrow:Boolean,arrowStyle:[String,Object],clsPrefix:{type:String,required:!0},tmNodes:{type:Array,default:()=>[]},parentKey:{type:[String,Number],default:null}},setup(e){let{renderIconRef:t,childrenFieldRef:n}=d(Ut);l(Ht,{showIconRef:T(()=>{let n=t.value;return e.tmNodes.some(e=>{if(e.isGroup)return e.children?.some(({rawNode:e})=>n?n(e):e.icon);let{rawNode:t}=e;return n?n(t):t.icon})}),hasSubmenuRef:T(()=>{let{value:t}=n;return e.tmNodes.some(e=>{if(e.isGroup)return e.children?.some(({rawNode:e})=>Kt(e,t));let{rawNode:n}=e;return Kt(n,t)})})});let r=y(null);return l(ce,null),l(fe,null),l(xe,r),{bodyRef:r}},render(){let{parentKey:e,clsPrefix:t,scrollable:n}=this,r=this.tmNodes.map(r=>{let{rawNode:i}=r;return i.show===!1?null:Yt(i)?(s(),v(en,{tmNode:r,key:r.key},null,8,[`tmNode`])):Jt(i)?(s(),v(Gt,{clsPrefix:t,key:r.key},null,8,[`clsPrefix`])):qt(i)?(s(),v($t,{clsPrefix:t,tmNode:r,parentKey:e,key:r.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`])):(s(),v(Zt,{clsPrefix:t,tmNode:r,parentKey:e,key:r.key,props:i.props,scrollable:n},null,8,[`clsPrefix`,`tmNode`,`parentKey`,`props`,`scrollable`]))});return s(),E(`div`,{class:W([`${t}-dropdown-menu`,n&&`${t}-dropdown-menu--scrollable`]),ref:`bodyRef`},[n?(s(),v(Le,{key:0,contentClass:`${t}-dropdown-menu__content`},{default:()=>r},1032,[`contentClass`])):(s(),E(C,{key:1},[G(()=>r)],64)),this.showArrow?(s(),E(C,{key:2},[G(()=>re({clsPrefix:t,arrowStyle:this.arrowStyle,arrowClass:void 0,arrowWrapperClass:void 0,arrowWrapperStyle:void 0}))],64)):G(()=>null)],2)}}),nn=Y(`dropdown-menu`,`
 transform-origin: var(--v-transform-origin);
 background-color: var(--n-color);
 border-radius: var(--n-border-radius);
 box-shadow: var(--n-box-shadow);
 position: relative;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
`,[de(),Y(`dropdown-option`,`
 position: relative;
 `,[U(`a`,`
 text-decoration: none;
 color: inherit;
 outline: none;
 `,[U(`&::before`,`
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),Y(`dropdown-option-body`,`
 display: flex;
 cursor: pointer;
 position: relative;
 height: var(--n-option-height);
 line-height: var(--n-option-height);
 font-size: var(--n-font-size);
 color: var(--n-option-text-color);
 transition: color .3s var(--n-bezier);
 `,[U(`&::before`,`
 content: "";
 position: absolute;
 top: 0;
 bottom: 0;
 left: 4px;
 right: 4px;
 transition: background-color .3s var(--n-bezier);
 border-radius: var(--n-border-radius);
 `),H(`disabled`,[K(`pending`,`
 color: var(--n-option-text-color-hover);
 `,[J(`prefix, suffix`,`
 color: var(--n-option-text-color-hover);
 `),U(`&::before`,`background-color: var(--n-option-color-hover);`)]),K(`active`,`
 color: var(--n-option-text-color-active);
 `,[J(`prefix, suffix`,`
 color: var(--n-option-text-color-active);
 `),U(`&::before`,`background-color: var(--n-option-color-active);`)]),K(`child-active`,`
 color: var(--n-option-text-color-child-active);
 `,[J(`prefix, suffix`,`
 color: var(--n-option-text-color-child-active);
 `)])]),K(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-option-opacity-disabled);
 `),K(`group`,`
 font-size: calc(var(--n-font-size) - 1px);
 color: var(--n-group-header-text-color);
 `,[J(`prefix`,`
 width: calc(var(--n-option-prefix-width) / 2);
 `,[K(`show-icon`,`
 width: calc(var(--n-option-icon-prefix-width) / 2);
 `)])]),J(`prefix`,`
 width: var(--n-option-prefix-width);
 display: flex;
 justify-content: center;
 align-items: center;
 color: var(--n-prefix-color);
 transition: color .3s var(--n-bezier);
 z-index: 1;
 `,[K(`show-icon`,`
 width: var(--n-option-icon-prefix-width);
 `),Y(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),J(`label`,`
 white-space: nowrap;
 flex: 1;
 z-index: 1;
 `),J(`suffix`,`
 box-sizing: border-box;
 flex-grow: 0;
 flex-shrink: 0;
 display: flex;
 justify-content: flex-end;
 align-items: center;
 min-width: var(--n-option-suffix-width);
 padding: 0 8px;
 transition: color .3s var(--n-bezier);
 color: var(--n-suffix-color);
 z-index: 1;
 `,[K(`has-submenu`,`
 width: var(--n-option-icon-suffix-width);
 `),Y(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),Y(`dropdown-menu`,`pointer-events: all;`)]),Y(`dropdown-offset-container`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: -4px;
 bottom: -4px;
 `)]),Y(`dropdown-divider`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-divider-color);
 height: 1px;
 margin: 4px 0;
 `),Y(`dropdown-menu-wrapper`,`
 transform-origin: var(--v-transform-origin);
 width: fit-content;
 `),U(`>`,[Y(`scrollbar`,`
 height: inherit;
 max-height: inherit;
 `)]),H(`scrollable`,`
 padding: var(--n-padding);
 `),K(`scrollable`,[J(`content`,`
 padding: var(--n-padding);
 `)])]),rn={animated:{type:Boolean,default:!0},keyboard:{type:Boolean,default:!0},size:String,inverted:Boolean,placement:{type:String,default:`bottom`},onSelect:[Function,Array],options:{type:Array,default:()=>[]},menuProps:Function,showArrow:Boolean,renderLabel:Function,renderIcon:Function,renderOption:Function,nodeProps:Function,labelField:{type:String,default:`label`},keyField:{type:String,default:`key`},childrenField:{type:String,default:`children`},value:[String,Number]},an=Object.keys(ne),on={...ne,...rn,...V.props},sn=g({name:`Dropdown`,inheritAttrs:!1,props:on,setup(e){let t=y(!1),n=st(w(e,`show`),t),r=T(()=>{let{keyField:t,childrenField:n}=e;return te(e.options,{getKey(e){return e[t]},getDisabled(e){return e.disabled===!0},getIgnored(e){return e.type===`divider`||e.type===`render`},getChildren(e){return e[n]}})}),i=T(()=>r.value.treeNodes),a=y(null),o=y(null),s=y(null),c=T(()=>a.value??o.value??s.value??null),u=T(()=>r.value.getPath(c.value).keyPath),d=T(()=>r.value.getPath(e.value).keyPath),f=B(()=>e.keyboard&&n.value);pt({keydown:{ArrowUp:{prevent:!0,handler:O},ArrowRight:{prevent:!0,handler:D},ArrowDown:{prevent:!0,handler:k},ArrowLeft:{prevent:!0,handler:E},Enter:{prevent:!0,handler:A},Escape:C}},f);let{mergedClsPrefixRef:p,inlineThemeDisabled:m,mergedComponentPropsRef:g}=Z(e),_=T(()=>e.size||g?.value?.Dropdown?.size||`medium`),v=V(`Dropdown`,`-dropdown`,nn,oe,e,p);l(Ut,{labelFieldRef:w(e,`labelField`),childrenFieldRef:w(e,`childrenField`),renderLabelRef:w(e,`renderLabel`),renderIconRef:w(e,`renderIcon`),hoverKeyRef:a,keyboardKeyRef:o,lastToggledSubmenuKeyRef:s,pendingKeyPathRef:u,activeKeyPathRef:d,animatedRef:w(e,`animated`),mergedShowRef:n,nodePropsRef:w(e,`nodeProps`),renderOptionRef:w(e,`renderOption`),menuPropsRef:w(e,`menuProps`),doSelect:b,doUpdateShow:x}),h(n,t=>{!e.animated&&!t&&S()});function b(t,n){let{onSelect:r}=e;r&&L(r,t,n)}function x(n){let{"onUpdate:show":r,onUpdateShow:i}=e;r&&L(r,n),i&&L(i,n),t.value=n}function S(){a.value=null,o.value=null,s.value=null}function C(){x(!1)}function E(){M(`left`)}function D(){M(`right`)}function O(){M(`up`)}function k(){M(`down`)}function A(){let e=j();e?.isLeaf&&n.value&&(b(e.key,e.rawNode),x(!1))}function j(){let{value:e}=r,{value:t}=c;return!e||t===null?null:e.getNode(t)??null}function M(e){let{value:t}=c,{value:{getFirstAvailableNode:n}}=r,i=null;if(t===null){let e=n();e!==null&&(i=e.key)}else{let t=j();if(t){let n;switch(e){case`down`:n=t.getNext();break;case`up`:n=t.getPrev();break;case`right`:n=t.getChild();break;case`left`:n=t.getParent()}n&&(i=n.key)}}i!==null&&(a.value=null,o.value=i)}let N=T(()=>{let{inverted:t}=e,n=_.value,{common:{cubicBezierEaseInOut:r},self:i}=v.value,{padding:a,dividerColor:o,borderRadius:s,optionOpacityDisabled:c,[q(`optionIconSuffixWidth`,n)]:l,[q(`optionSuffixWidth`,n)]:u,[q(`optionIconPrefixWidth`,n)]:d,[q(`optionPrefixWidth`,n)]:f,[q(`fontSize`,n)]:p,[q(`optionHeight`,n)]:m,[q(`optionIconSize`,n)]:h}=i,g={"--n-bezier":r,"--n-font-size":p,"--n-padding":a,"--n-border-radius":s,"--n-option-height":m,"--n-option-prefix-width":f,"--n-option-icon-prefix-width":d,"--n-option-suffix-width":u,"--n-option-icon-suffix-width":l,"--n-option-icon-size":h,"--n-divider-color":o,"--n-option-opacity-disabled":c};return t?(g[`--n-color`]=i.colorInverted,g[`--n-option-color-hover`]=i.optionColorHoverInverted,g[`--n-option-color-active`]=i.optionColorActiveInverted,g[`--n-option-text-color`]=i.optionTextColorInverted,g[`--n-option-text-color-hover`]=i.optionTextColorHoverInverted,g[`--n-option-text-color-active`]=i.optionTextColorActiveInverted,g[`--n-option-text-color-child-active`]=i.optionTextColorChildActiveInverted,g[`--n-prefix-color`]=i.prefixColorInverted,g[`--n-suffix-color`]=i.suffixColorInverted,g[`--n-group-header-text-color`]=i.groupHeaderTextColorInverted):(g[`--n-color`]=i.color,g[`--n-option-color-hover`]=i.optionColorHover,g[`--n-option-color-active`]=i.optionColorActive,g[`--n-option-text-color`]=i.optionTextColor,g[`--n-option-text-color-hover`]=i.optionTextColorHover,g[`--n-option-text-color-active`]=i.optionTextColorActive,g[`--n-option-text-color-child-active`]=i.optionTextColorChildActive,g[`--n-prefix-color`]=i.prefixColor,g[`--n-suffix-color`]=i.suffixColor,g[`--n-group-header-text-color`]=i.groupHeaderTextColor),g}),P=m?z(`dropdown`,T(()=>`${_.value[0]}${e.inverted?`i`:``}`),N,e):void 0;return{mergedClsPrefix:p,mergedTheme:v,mergedSize:_,tmNodes:i,mergedShow:n,handleAfterLeave:()=>{e.animated&&S()},doUpdateShow:x,cssVars:m?void 0:N,themeClass:P?.themeClass,onRender:P?.onRender}},render(){let e=(e,t,n,r,i)=>{let{mergedClsPrefix:a,menuProps:o}=this;this.onRender?.();let s=o?.(void 0,this.tmNodes.map(e=>e.rawNode))||{},c={ref:It(t),class:[e,`${a}-dropdown`,`${a}-dropdown--${this.mergedSize}-size`,this.themeClass],clsPrefix:a,tmNodes:this.tmNodes,style:[...n,this.cssVars],showArrow:this.showArrow,arrowStyle:this.arrowStyle,scrollable:this.scrollable,onMouseenter:r,onMouseleave:i};return _(tn,k(this.$attrs,c,s))},{mergedTheme:t}=this,n={show:this.mergedShow,theme:t.peers.Popover,themeOverrides:t.peerOverrides.Popover,internalOnAfterLeave:this.handleAfterLeave,internalRenderBody:e,onUpdateShow:this.doUpdateShow,"onUpdate:show":void 0};return s(),v(M,me(this.$props,an,n),{_:1,trigger:Ye(()=>this.$slots.default?.())},16)}});function cn(e){let{baseColor:t,textColor2:n,bodyColor:r,cardColor:i,dividerColor:a,actionColor:o,scrollbarColor:s,scrollbarColorHover:c,invertedColor:l}=e;return{textColor:n,textColorInverted:`#FFF`,color:r,colorEmbedded:o,headerColor:i,headerColorInverted:l,footerColor:o,footerColorInverted:l,headerBorderColor:a,headerBorderColorInverted:l,footerBorderColor:a,footerBorderColorInverted:l,siderBorderColor:a,siderBorderColorInverted:l,siderColor:i,siderColorInverted:l,siderToggleButtonBorder:`1px solid ${a}`,siderToggleButtonColor:t,siderToggleButtonIconColor:n,siderToggleButtonIconColorInverted:n,siderToggleBarColor:Ee(r,s),siderToggleBarColorHover:Ee(r,c),__invertScrollbar:`true`}}var ln=Se({name:`Layout`,common:et,peers:{Scrollbar:je},self:cn}),un=X(`n-layout-sider`),dn={type:String,default:`static`},fn=Y(`layout`,`
 color: var(--n-text-color);
 background-color: var(--n-color);
 box-sizing: border-box;
 position: relative;
 z-index: auto;
 flex: auto;
 overflow: hidden;
 transition:
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
`,[Y(`layout-scroll-container`,`
 overflow-x: hidden;
 box-sizing: border-box;
 height: 100%;
 `),K(`absolute-positioned`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),pn={embedded:Boolean,position:dn,nativeScrollbar:{type:Boolean,default:!0},scrollbarProps:Object,onScroll:Function,contentClass:String,contentStyle:{type:[String,Object],default:``},hasSider:Boolean,siderPlacement:{type:String,default:`left`}},mn=X(`n-layout`);function hn(e){return g({name:e?`LayoutContent`:`Layout`,props:{...V.props,...pn},setup(e){let t=y(null),n=y(null),{mergedClsPrefixRef:r,inlineThemeDisabled:i}=Z(e),a=V(`Layout`,`-layout`,fn,ln,e,r);function o(r,i){if(e.nativeScrollbar){let{value:e}=t;e&&(i===void 0?e.scrollTo(r):e.scrollTo(r,i))}else{let{value:e}=n;e&&e.scrollTo(r,i)}}l(mn,e);let s=0,c=0,u=t=>{let n=t.target;s=n.scrollLeft,c=n.scrollTop,e.onScroll?.(t)};ae(()=>{if(e.nativeScrollbar){let e=t.value;e&&(e.scrollTop=c,e.scrollLeft=s)}});let d={display:`flex`,flexWrap:`nowrap`,width:`100%`,flexDirection:`row`},f={scrollTo:o},p=T(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=a.value;return{"--n-bezier":t,"--n-color":e.embedded?n.colorEmbedded:n.color,"--n-text-color":n.textColor}}),m=i?z(`layout`,T(()=>e.embedded?`e`:``),p,e):void 0;return{mergedClsPrefix:r,scrollableElRef:t,scrollbarInstRef:n,hasSiderStyle:d,mergedTheme:a,handleNativeElScroll:u,cssVars:i?void 0:p,themeClass:m?.themeClass,onRender:m?.onRender,...f}},render(){let{mergedClsPrefix:t,hasSider:n}=this;this.onRender?.();let r=n?this.hasSiderStyle:void 0,i=[this.themeClass,e&&`${t}-layout-content`,`${t}-layout`,`${t}-layout--${this.position}-positioned`];return s(),E(`div`,{class:W(i),style:f(this.cssVars)},[this.nativeScrollbar?(s(),E(`div`,{key:0,ref:`scrollableElRef`,class:W([`${t}-layout-scroll-container`,this.contentClass]),style:f([this.contentStyle,r]),onScroll:this.handleNativeElScroll},[G(()=>this.$slots.default?.())],46,[`onScroll`])):(s(),v(We,k({key:1},this.scrollbarProps,{onScroll:this.onScroll,ref:`scrollbarInstRef`,theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar,contentClass:this.contentClass,contentStyle:[this.contentStyle,r]}),Ue(this.$slots),1040,[`onScroll`,`theme`,`themeOverrides`,`contentClass`,`contentStyle`]))],6)}})}var gn=hn(!1),_n=hn(!0),vn=Y(`layout-header`,`
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 box-sizing: border-box;
 width: 100%;
 background-color: var(--n-color);
 color: var(--n-text-color);
`,[K(`absolute-positioned`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 `),K(`bordered`,`
 border-bottom: solid 1px var(--n-border-color);
 `)]),yn={position:dn,inverted:Boolean,bordered:Boolean},bn=g({name:`LayoutHeader`,props:{...V.props,...yn},setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=Z(e),r=V(`Layout`,`-layout-header`,vn,ln,e,t),i=T(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=r.value,i={"--n-bezier":t};return e.inverted?(i[`--n-color`]=n.headerColorInverted,i[`--n-text-color`]=n.textColorInverted,i[`--n-border-color`]=n.headerBorderColorInverted):(i[`--n-color`]=n.headerColor,i[`--n-text-color`]=n.textColor,i[`--n-border-color`]=n.headerBorderColor),i}),a=n?z(`layout-header`,T(()=>e.inverted?`a`:`b`),i,e):void 0;return{mergedClsPrefix:t,cssVars:n?void 0:i,themeClass:a?.themeClass,onRender:a?.onRender}},render(){let{mergedClsPrefix:e}=this;return this.onRender?.(),s(),E(`div`,{class:W([`${e}-layout-header`,this.themeClass,this.position&&`${e}-layout-header--${this.position}-positioned`,this.bordered&&`${e}-layout-header--bordered`]),style:f(this.cssVars)},[G(()=>this.$slots.default?.())],6)}}),xn=Y(`layout-sider`,`
 flex-shrink: 0;
 box-sizing: border-box;
 position: relative;
 z-index: 1;
 color: var(--n-text-color);
 transition:
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 min-width .3s var(--n-bezier),
 max-width .3s var(--n-bezier),
 transform .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 background-color: var(--n-color);
 display: flex;
 justify-content: flex-end;
`,[K(`bordered`,[J(`border`,`
 content: "";
 position: absolute;
 top: 0;
 bottom: 0;
 width: 1px;
 background-color: var(--n-border-color);
 transition: background-color .3s var(--n-bezier);
 `)]),J(`left-placement`,[K(`bordered`,[J(`border`,`
 right: 0;
 `)])]),K(`right-placement`,`
 justify-content: flex-start;
 `,[K(`bordered`,[J(`border`,`
 left: 0;
 `)]),K(`collapsed`,[Y(`layout-toggle-button`,[Y(`base-icon`,`
 transform: rotate(180deg);
 `)]),Y(`layout-toggle-bar`,[U(`&:hover`,[J(`top`,{transform:`rotate(-12deg) scale(1.15) translateY(-2px)`}),J(`bottom`,{transform:`rotate(12deg) scale(1.15) translateY(2px)`})])])]),Y(`layout-toggle-button`,`
 left: 0;
 transform: translateX(-50%) translateY(-50%);
 `,[Y(`base-icon`,`
 transform: rotate(0);
 `)]),Y(`layout-toggle-bar`,`
 left: -28px;
 transform: rotate(180deg);
 `,[U(`&:hover`,[J(`top`,{transform:`rotate(12deg) scale(1.15) translateY(-2px)`}),J(`bottom`,{transform:`rotate(-12deg) scale(1.15) translateY(2px)`})])])]),K(`collapsed`,[Y(`layout-toggle-bar`,[U(`&:hover`,[J(`top`,{transform:`rotate(-12deg) scale(1.15) translateY(-2px)`}),J(`bottom`,{transform:`rotate(12deg) scale(1.15) translateY(2px)`})])]),Y(`layout-toggle-button`,[Y(`base-icon`,`
 transform: rotate(0);
 `)])]),Y(`layout-toggle-button`,`
 transition:
 color .3s var(--n-bezier),
 right .3s var(--n-bezier),
 left .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 cursor: pointer;
 width: 24px;
 height: 24px;
 position: absolute;
 top: 50%;
 right: 0;
 border-radius: 50%;
 display: flex;
 align-items: center;
 justify-content: center;
 font-size: 18px;
 color: var(--n-toggle-button-icon-color);
 border: var(--n-toggle-button-border);
 background-color: var(--n-toggle-button-color);
 box-shadow: 0 2px 4px 0px rgba(0, 0, 0, .06);
 transform: translateX(50%) translateY(-50%);
 z-index: 1;
 `,[Y(`base-icon`,`
 transition: transform .3s var(--n-bezier);
 transform: rotate(180deg);
 `)]),Y(`layout-toggle-bar`,`
 cursor: pointer;
 height: 72px;
 width: 32px;
 position: absolute;
 top: calc(50% - 36px);
 right: -28px;
 `,[J(`top, bottom`,`
 position: absolute;
 width: 4px;
 border-radius: 2px;
 height: 38px;
 left: 14px;
 transition: 
 background-color .3s var(--n-bezier),
 transform .3s var(--n-bezier);
 `),J(`bottom`,`
 position: absolute;
 top: 34px;
 `),U(`&:hover`,[J(`top`,{transform:`rotate(12deg) scale(1.15) translateY(-2px)`}),J(`bottom`,{transform:`rotate(-12deg) scale(1.15) translateY(2px)`})]),J(`top, bottom`,{backgroundColor:`var(--n-toggle-bar-color)`}),U(`&:hover`,[J(`top, bottom`,{backgroundColor:`var(--n-toggle-bar-color-hover)`})])]),J(`border`,`
 position: absolute;
 top: 0;
 right: 0;
 bottom: 0;
 width: 1px;
 transition: background-color .3s var(--n-bezier);
 `),Y(`layout-sider-scroll-container`,`
 flex-grow: 1;
 flex-shrink: 0;
 box-sizing: border-box;
 height: 100%;
 opacity: 0;
 transition: opacity .3s var(--n-bezier);
 max-width: 100%;
 `),K(`show-content`,[Y(`layout-sider-scroll-container`,{opacity:1})]),K(`absolute-positioned`,`
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 `)]),Sn=[`onClick`],Cn=g({props:{clsPrefix:{type:String,required:!0},onClick:Function},render(){let{clsPrefix:e}=this;return s(),E(`div`,{onClick:this.onClick,class:W(`${e}-layout-toggle-bar`)},[O(`div`,{class:W(`${e}-layout-toggle-bar__top`)},null,2),O(`div`,{class:W(`${e}-layout-toggle-bar__bottom`)},null,2)],10,Sn)}}),wn=[`onClick`],Tn=g({name:`LayoutToggleButton`,props:{clsPrefix:{type:String,required:!0},onClick:Function},render(){let{clsPrefix:e}=this;return s(),E(`div`,{class:W(`${e}-layout-toggle-button`),onClick:this.onClick},[(s(),v(Ce,{clsPrefix:e},{default:()=>(s(),v(Ft))},1032,[`clsPrefix`]))],10,wn)}}),En=[`onTransitionend`],Dn={position:dn,bordered:Boolean,collapsedWidth:{type:Number,default:48},width:{type:[Number,String],default:272},contentClass:String,contentStyle:{type:[String,Object],default:``},collapseMode:{type:String,default:`transform`},collapsed:{type:Boolean,default:void 0},defaultCollapsed:Boolean,showCollapsedContent:{type:Boolean,default:!0},showTrigger:{type:[Boolean,String],default:!1},nativeScrollbar:{type:Boolean,default:!0},inverted:Boolean,scrollbarProps:Object,triggerClass:String,triggerStyle:[String,Object],collapsedTriggerClass:String,collapsedTriggerStyle:[String,Object],"onUpdate:collapsed":[Function,Array],onUpdateCollapsed:[Function,Array],onAfterEnter:Function,onAfterLeave:Function,onExpand:[Function,Array],onCollapse:[Function,Array],onScroll:Function},On=g({name:`LayoutSider`,props:{...V.props,...Dn},setup(e){let t=d(mn),n=y(null),r=y(null),i=y(e.defaultCollapsed),a=st(w(e,`collapsed`),i),o=T(()=>ut(a.value?e.collapsedWidth:e.width)),s=T(()=>e.collapseMode===`transform`?{minWidth:ut(e.width)}:{}),c=T(()=>t?t.siderPlacement:`left`);function u(t,i){if(e.nativeScrollbar){let{value:e}=n;e&&(i===void 0?e.scrollTo(t):e.scrollTo(t,i))}else{let{value:e}=r;e&&e.scrollTo(t,i)}}function f(){let{"onUpdate:collapsed":t,onUpdateCollapsed:n,onExpand:r,onCollapse:o}=e,{value:s}=a;n&&L(n,!s),t&&L(t,!s),i.value=!s,s?r&&L(r):o&&L(o)}let p=0,m=0,h=t=>{let n=t.target;p=n.scrollLeft,m=n.scrollTop,e.onScroll?.(t)};ae(()=>{if(e.nativeScrollbar){let e=n.value;e&&(e.scrollTop=m,e.scrollLeft=p)}}),l(un,{collapsedRef:a,collapseModeRef:w(e,`collapseMode`)});let{mergedClsPrefixRef:g,inlineThemeDisabled:_}=Z(e),v=V(`Layout`,`-layout-sider`,xn,ln,e,g);function b(t){t.propertyName===`max-width`&&(a.value?e.onAfterLeave?.():e.onAfterEnter?.())}let x={scrollTo:u},S=T(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=v.value,{siderToggleButtonColor:r,siderToggleButtonBorder:i,siderToggleBarColor:a,siderToggleBarColorHover:o}=n,s={"--n-bezier":t,"--n-toggle-button-color":r,"--n-toggle-button-border":i,"--n-toggle-bar-color":a,"--n-toggle-bar-color-hover":o};return e.inverted?(s[`--n-color`]=n.siderColorInverted,s[`--n-text-color`]=n.textColorInverted,s[`--n-border-color`]=n.siderBorderColorInverted,s[`--n-toggle-button-icon-color`]=n.siderToggleButtonIconColorInverted,s.__invertScrollbar=n.__invertScrollbar):(s[`--n-color`]=n.siderColor,s[`--n-text-color`]=n.textColor,s[`--n-border-color`]=n.siderBorderColor,s[`--n-toggle-button-icon-color`]=n.siderToggleButtonIconColor),s}),C=_?z(`layout-sider`,T(()=>e.inverted?`a`:`b`),S,e):void 0;return{scrollableElRef:n,scrollbarInstRef:r,mergedClsPrefix:g,mergedTheme:v,styleMaxWidth:o,mergedCollapsed:a,scrollContainerStyle:s,siderPlacement:c,handleNativeElScroll:h,handleTransitionend:b,handleTriggerClick:f,inlineThemeDisabled:_,cssVars:S,themeClass:C?.themeClass,onRender:C?.onRender,...x}},render(){let{mergedClsPrefix:e,mergedCollapsed:t,showTrigger:n}=this;return this.onRender?.(),s(),E(`aside`,{class:W([`${e}-layout-sider`,this.themeClass,`${e}-layout-sider--${this.position}-positioned`,`${e}-layout-sider--${this.siderPlacement}-placement`,this.bordered&&`${e}-layout-sider--bordered`,t&&`${e}-layout-sider--collapsed`,(!t||this.showCollapsedContent)&&`${e}-layout-sider--show-content`]),onTransitionend:this.handleTransitionend,style:f([this.inlineThemeDisabled?void 0:this.cssVars,{maxWidth:this.styleMaxWidth,width:ut(this.width)}])},[this.nativeScrollbar?(s(),E(`div`,{key:1,class:W([`${e}-layout-sider-scroll-container`,this.contentClass]),onScroll:this.handleNativeElScroll,style:f([this.scrollContainerStyle,{overflow:`auto`},this.contentStyle]),ref:`scrollableElRef`},[G(()=>this.$slots.default?.())],46,[`onScroll`])):(s(),v(We,k({key:0},this.scrollbarProps,{onScroll:this.onScroll,ref:`scrollbarInstRef`,style:this.scrollContainerStyle,contentStyle:this.contentStyle,contentClass:this.contentClass,theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar,builtinThemeOverrides:this.inverted&&this.cssVars.__invertScrollbar===`true`?{colorHover:`rgba(255, 255, 255, .4)`,color:`rgba(255, 255, 255, .3)`}:void 0}),Ue(this.$slots),1040,[`onScroll`,`style`,`contentStyle`,`contentClass`,`theme`,`themeOverrides`,`builtinThemeOverrides`])),n?(s(),E(C,{key:2},[n===`bar`?(s(),v(Cn,{key:0,clsPrefix:e,class:W(t?this.collapsedTriggerClass:this.triggerClass),style:f(t?this.collapsedTriggerStyle:this.triggerStyle),onClick:this.handleTriggerClick},null,8,[`clsPrefix`,`class`,`style`,`onClick`])):(s(),v(Tn,{key:1,clsPrefix:e,class:W(t?this.collapsedTriggerClass:this.triggerClass),style:f(t?this.collapsedTriggerStyle:this.triggerStyle),onClick:this.handleTriggerClick},null,8,[`clsPrefix`,`class`,`style`,`onClick`]))],64)):G(()=>null),this.bordered?(s(),E(`div`,{key:4,class:W(`${e}-layout-sider__border`)},null,2)):G(()=>null)],46,En)}}),kn=X(`n-menu`),An=X(`n-submenu`),jn=X(`n-menu-item-group`),Mn=[U(`&::before`,`background-color: var(--n-item-color-hover);`),J(`arrow`,`
 color: var(--n-arrow-color-hover);
 `),J(`icon`,`
 color: var(--n-item-icon-color-hover);
 `),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-hover);
 `,[U(`a`,`
 color: var(--n-item-text-color-hover);
 `),J(`extra`,`
 color: var(--n-item-text-color-hover);
 `)])],Nn=[J(`icon`,`
 color: var(--n-item-icon-color-hover-horizontal);
 `),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-hover-horizontal);
 `,[U(`a`,`
 color: var(--n-item-text-color-hover-horizontal);
 `),J(`extra`,`
 color: var(--n-item-text-color-hover-horizontal);
 `)])],Pn=U([Y(`menu`,`
 background-color: var(--n-color);
 color: var(--n-item-text-color);
 overflow: hidden;
 transition: background-color .3s var(--n-bezier);
 box-sizing: border-box;
 font-size: var(--n-font-size);
 padding-bottom: 6px;
 `,[K(`horizontal`,`
 max-width: 100%;
 width: 100%;
 display: flex;
 overflow: hidden;
 padding-bottom: 0;
 `,[Y(`submenu`,`margin: 0;`),Y(`menu-item`,`margin: 0;`),Y(`menu-item-content`,`
 padding: 0 20px;
 border-bottom: 2px solid #0000;
 `,[U(`&::before`,`display: none;`),K(`selected`,`border-bottom: 2px solid var(--n-border-color-horizontal)`)]),Y(`menu-item-content`,[K(`selected`,[J(`icon`,`color: var(--n-item-icon-color-active-horizontal);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-horizontal);
 `,[U(`a`,`color: var(--n-item-text-color-active-horizontal);`),J(`extra`,`color: var(--n-item-text-color-active-horizontal);`)])]),K(`child-active`,`
 border-bottom: 2px solid var(--n-border-color-horizontal);
 `,[Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `,[U(`a`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `),J(`extra`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `)]),J(`icon`,`
 color: var(--n-item-icon-color-child-active-horizontal);
 `)]),H(`disabled`,[H(`selected, child-active`,[U(`&:focus-within`,Nn)]),K(`selected`,[$(null,[J(`icon`,`color: var(--n-item-icon-color-active-hover-horizontal);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-hover-horizontal);
 `,[U(`a`,`color: var(--n-item-text-color-active-hover-horizontal);`),J(`extra`,`color: var(--n-item-text-color-active-hover-horizontal);`)])])]),K(`child-active`,[$(null,[J(`icon`,`color: var(--n-item-icon-color-child-active-hover-horizontal);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-hover-horizontal);
 `,[U(`a`,`color: var(--n-item-text-color-child-active-hover-horizontal);`),J(`extra`,`color: var(--n-item-text-color-child-active-hover-horizontal);`)])])]),$(`border-bottom: 2px solid var(--n-border-color-horizontal);`,Nn)]),Y(`menu-item-content-header`,[U(`a`,`color: var(--n-item-text-color-horizontal);`)])])]),H(`responsive`,[Y(`menu-item-content-header`,`
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),K(`collapsed`,[Y(`menu-item-content`,[K(`selected`,[U(`&::before`,`
 background-color: var(--n-item-color-active-collapsed) !important;
 `)]),Y(`menu-item-content-header`,`opacity: 0;`),J(`arrow`,`opacity: 0;`),J(`icon`,`color: var(--n-item-icon-color-collapsed);`)])]),Y(`menu-item`,`
 height: var(--n-item-height);
 margin-top: 6px;
 position: relative;
 `),Y(`menu-item-content`,`
 box-sizing: border-box;
 line-height: 1.75;
 height: 100%;
 display: grid;
 grid-template-areas: "icon content arrow";
 grid-template-columns: auto 1fr auto;
 align-items: center;
 cursor: pointer;
 position: relative;
 padding-right: 18px;
 transition:
 background-color .3s var(--n-bezier),
 padding-left .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[U(`> *`,`z-index: 1;`),U(`&::before`,`
 z-index: auto;
 content: "";
 background-color: #0000;
 position: absolute;
 left: 8px;
 right: 8px;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),K(`disabled`,`
 opacity: .45;
 cursor: not-allowed;
 `),K(`collapsed`,[J(`arrow`,`transform: rotate(0);`)]),K(`selected`,[U(`&::before`,`background-color: var(--n-item-color-active);`),J(`arrow`,`color: var(--n-arrow-color-active);`),J(`icon`,`color: var(--n-item-icon-color-active);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-active);
 `,[U(`a`,`color: var(--n-item-text-color-active);`),J(`extra`,`color: var(--n-item-text-color-active);`)])]),K(`child-active`,[Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active);
 `,[U(`a`,`
 color: var(--n-item-text-color-child-active);
 `),J(`extra`,`
 color: var(--n-item-text-color-child-active);
 `)]),J(`arrow`,`
 color: var(--n-arrow-color-child-active);
 `),J(`icon`,`
 color: var(--n-item-icon-color-child-active);
 `)]),H(`disabled`,[H(`selected, child-active`,[U(`&:focus-within`,Mn)]),K(`selected`,[$(null,[J(`arrow`,`color: var(--n-arrow-color-active-hover);`),J(`icon`,`color: var(--n-item-icon-color-active-hover);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-hover);
 `,[U(`a`,`color: var(--n-item-text-color-active-hover);`),J(`extra`,`color: var(--n-item-text-color-active-hover);`)])])]),K(`child-active`,[$(null,[J(`arrow`,`color: var(--n-arrow-color-child-active-hover);`),J(`icon`,`color: var(--n-item-icon-color-child-active-hover);`),Y(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-hover);
 `,[U(`a`,`color: var(--n-item-text-color-child-active-hover);`),J(`extra`,`color: var(--n-item-text-color-child-active-hover);`)])])]),K(`selected`,[$(null,[U(`&::before`,`background-color: var(--n-item-color-active-hover);`)])]),$(null,Mn)]),J(`icon`,`
 grid-area: icon;
 color: var(--n-item-icon-color);
 transition:
 color .3s var(--n-bezier),
 font-size .3s var(--n-bezier),
 margin-right .3s var(--n-bezier);
 box-sizing: content-box;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 `),J(`arrow`,`
 grid-area: arrow;
 font-size: 16px;
 color: var(--n-arrow-color);
 transform: rotate(180deg);
 opacity: 1;
 transition:
 color .3s var(--n-bezier),
 transform 0.2s var(--n-bezier),
 opacity 0.2s var(--n-bezier);
 `),Y(`menu-item-content-header`,`
 grid-area: content;
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 opacity: 1;
 white-space: nowrap;
 color: var(--n-item-text-color);
 `,[U(`a`,`
 outline: none;
 text-decoration: none;
 transition: color .3s var(--n-bezier);
 color: var(--n-item-text-color);
 `,[U(`&::before`,`
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),J(`extra`,`
 font-size: .93em;
 color: var(--n-group-text-color);
 transition: color .3s var(--n-bezier);
 `)])]),Y(`submenu`,`
 cursor: pointer;
 position: relative;
 margin-top: 6px;
 `,[Y(`menu-item-content`,`
 height: var(--n-item-height);
 `),Y(`submenu-children`,`
 overflow: hidden;
 padding: 0;
 `,[Ze({duration:`.2s`})])]),Y(`menu-item-group`,[Y(`menu-item-group-title`,`
 margin-top: 6px;
 color: var(--n-group-text-color);
 cursor: default;
 font-size: .93em;
 height: 36px;
 display: flex;
 align-items: center;
 transition:
 padding-left .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)])]),Y(`menu-tooltip`,[U(`a`,`
 color: inherit;
 text-decoration: none;
 `)]),Y(`menu-divider`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-divider-color);
 height: 1px;
 margin: 6px 18px;
 `)]);function $(e,t){return[K(`hover`,e,t),U(`&:hover`,e,t)]}var Fn=g({name:`MenuDivider`,setup(){let{mergedClsPrefixRef:e,isHorizontalRef:t}=d(kn);return()=>t.value?null:(s(),E(`div`,{key:1,class:W(`${e.value}-menu-divider`)},null,2))}}),In=g({name:`ChevronDownFilled`,render(){return(()=>{let e=ke(`f3af82a2aab086a5`);return e[0]||=O(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[O(`path`,{d:`M3.20041 5.73966C3.48226 5.43613 3.95681 5.41856 4.26034 5.70041L8 9.22652L11.7397 5.70041C12.0432 5.41856 12.5177 5.43613 12.7996 5.73966C13.0815 6.0432 13.0639 6.51775 12.7603 6.7996L8.51034 10.7996C8.22258 11.0668 7.77743 11.0668 7.48967 10.7996L3.23966 6.7996C2.93613 6.51775 2.91856 6.0432 3.20041 5.73966Z`,fill:`currentColor`})],-1)})()}}),Ln=[`onClick`],Rn=g({name:`MenuOptionContent`,props:{collapsed:Boolean,disabled:Boolean,title:[String,Function],icon:Function,extra:[String,Function],showArrow:Boolean,childActive:Boolean,hover:Boolean,paddingLeft:Number,selected:Boolean,maxIconSize:{type:Number,required:!0},activeIconSize:{type:Number,required:!0},iconMarginRight:{type:Number,required:!0},clsPrefix:{type:String,required:!0},onClick:Function,tmNode:{type:Object,required:!0},isEllipsisPlaceholder:Boolean},setup(e){let{props:t}=d(kn);return{menuProps:t,style:T(()=>{let{paddingLeft:t}=e;return{paddingLeft:t&&`${t}px`}}),iconStyle:T(()=>{let{maxIconSize:t,activeIconSize:n,iconMarginRight:r}=e;return{width:`${t}px`,height:`${t}px`,fontSize:`${n}px`,marginRight:`${r}px`}})}},render(){let{clsPrefix:e,tmNode:t,menuProps:{renderIcon:n,renderLabel:r,renderExtra:i,expandIcon:a}}=this,o=n?n(t.rawNode):R(this.icon);return(()=>{let n=ke(`7bb10afc6caf8fa4`);return s(),E(`div`,{onClick:e=>{this.onClick?.(e)},role:`none`,class:W([`${e}-menu-item-content`,{[`${e}-menu-item-content--selected`]:this.selected,[`${e}-menu-item-content--collapsed`]:this.collapsed,[`${e}-menu-item-content--child-active`]:this.childActive,[`${e}-menu-item-content--disabled`]:this.disabled,[`${e}-menu-item-content--hover`]:this.hover}]),style:f(this.style)},[G(()=>o&&(s(),E(`div`,{class:W(`${e}-menu-item-content__icon`),style:f(this.iconStyle),role:`none`},[G(()=>[o])],6))),O(`div`,{class:W(`${e}-menu-item-content-header`),role:`none`},[this.isEllipsisPlaceholder?(s(),E(C,{key:0},[G(()=>this.title)],64)):(s(),E(C,{key:1},[r?(s(),E(C,{key:0},[G(()=>r(t.rawNode))],64)):(s(),E(C,{key:1},[G(()=>R(this.title))],64))],64)),this.extra||i?(s(),E(`span`,{key:2,class:W(`${e}-menu-item-content-header__extra`)},[n[0]||=G(` `,-1),i?(s(),E(C,{key:0},[G(()=>i(t.rawNode))],64)):(s(),E(C,{key:1},[G(()=>R(this.extra))],64))],2)):G(()=>null)],2),this.showArrow?(s(),v(Ce,{key:0,ariaHidden:!0,class:W(`${e}-menu-item-content__arrow`),clsPrefix:e},{default:()=>a?a(t.rawNode):(s(),v(In,{key:1}))},1032,[`class`,`clsPrefix`])):G(()=>null)],14,Ln)})()}}),zn=8;function Bn(e){let t=d(kn),{props:n,mergedCollapsedRef:r}=t,i=d(An,null),a=d(jn,null),o=T(()=>n.mode===`horizontal`),s=T(()=>o.value?n.dropdownPlacement:`tmNodes`in e?`right-start`:`right`),c=T(()=>Math.max(n.collapsedIconSize??n.iconSize,n.iconSize));return{dropdownPlacement:s,activeIconSize:T(()=>!o.value&&e.root&&r.value?n.collapsedIconSize??n.iconSize:n.iconSize),maxIconSize:c,paddingLeft:T(()=>{if(o.value)return;let{collapsedWidth:t,indent:s,rootIndent:l}=n,{root:u,isGroup:d}=e,f=l===void 0?s:l;return u?r.value?t/2-c.value/2:f:a&&typeof a.paddingLeftRef.value==`number`?r.value?t/2-c.value/2:s/2+a.paddingLeftRef.value:i&&typeof i.paddingLeftRef.value==`number`?(d?s/2:s)+i.paddingLeftRef.value:0}),iconMarginRight:T(()=>{let{collapsedWidth:t,indent:i,rootIndent:a}=n,{value:s}=c,{root:l}=e;return o.value||!l||!r.value?zn:(a===void 0?i:a)+s+zn-(t+s)/2}),NMenu:t,NSubmenu:i,NMenuOptionGroup:a}}var Vn={internalKey:{type:[String,Number],required:!0},root:Boolean,isGroup:Boolean,level:{type:Number,required:!0},title:[String,Function],extra:[String,Function]},Hn={...Vn,tmNode:{type:Object,required:!0},disabled:Boolean,icon:Function,onClick:Function},Un=_e(Hn),Wn=g({name:`MenuOption`,props:Hn,setup(e){let t=Bn(e),{NSubmenu:n,NMenu:r,NMenuOptionGroup:i}=t,{props:a,mergedClsPrefixRef:o,mergedCollapsedRef:s}=r,c=n?n.mergedDisabledRef:i?i.mergedDisabledRef:{value:!1},l=T(()=>c.value||e.disabled);function u(t){let{onClick:n}=e;n&&n(t)}function d(t){l.value||(r.doSelect(e.internalKey,e.tmNode.rawNode),u(t))}return{mergedClsPrefix:o,dropdownPlacement:t.dropdownPlacement,paddingLeft:t.paddingLeft,iconMarginRight:t.iconMarginRight,maxIconSize:t.maxIconSize,activeIconSize:t.activeIconSize,mergedTheme:r.mergedThemeRef,menuProps:a,dropdownEnabled:B(()=>e.root&&s.value&&a.mode!==`horizontal`&&!l.value),selected:B(()=>r.mergedValueRef.value===e.internalKey),mergedDisabled:l,handleClick:d}},render(){let{mergedClsPrefix:e,mergedTheme:t,tmNode:n,menuProps:{renderLabel:r,nodeProps:i}}=this,a=i?.(n.rawNode);return s(),E(`div`,k(a,{role:`menuitem`,class:[`${e}-menu-item`,a?.class]}),[(s(),v(Rt,{theme:t.peers.Tooltip,themeOverrides:t.peerOverrides.Tooltip,trigger:`hover`,placement:this.dropdownPlacement,disabled:!this.dropdownEnabled||this.title===void 0,internalExtraClass:[`menu-tooltip`]},{default:()=>r?r(n.rawNode):R(this.title),trigger:()=>(s(),v(Rn,{tmNode:n,clsPrefix:e,paddingLeft:this.paddingLeft,iconMarginRight:this.iconMarginRight,maxIconSize:this.maxIconSize,activeIconSize:this.activeIconSize,selected:this.selected,title:this.title,extra:this.extra,disabled:this.mergedDisabled,icon:this.icon,onClick:this.handleClick},null,8,[`tmNode`,`clsPrefix`,`paddingLeft`,`iconMarginRight`,`maxIconSize`,`activeIconSize`,`selected`,`title`,`extra`,`disabled`,`icon`,`onClick`]))},1032,[`theme`,`themeOverrides`,`placement`,`disabled`]))],16)}}),Gn={...Vn,tmNode:{type:Object,required:!0},tmNodes:{type:Array,required:!0}},Kn=_e(Gn),qn=g({name:`MenuOptionGroup`,props:Gn,setup(e){let t=Bn(e),{NSubmenu:n}=t,r=T(()=>n?.mergedDisabledRef.value?!0:e.tmNode.disabled);l(jn,{paddingLeftRef:t.paddingLeft,mergedDisabledRef:r});let{mergedClsPrefixRef:i,props:a}=d(kn);return function(){let{value:n}=i,r=t.paddingLeft.value,{nodeProps:o}=a,c=o?.(e.tmNode.rawNode);return(()=>{let t=ke(`45eca6a63be5028b`);return s(),E(`div`,{class:W(`${n}-menu-item-group`),role:`group`},[O(`div`,k(c,{class:[`${n}-menu-item-group-title`,c?.class],style:[c?.style||``,r===void 0?``:`padding-left: ${r}px;`]}),[G(()=>R(e.title)),e.extra?(s(),E(C,{key:0},[t[0]||=G(` `,-1),G(()=>R(e.extra))],64)):G(()=>null)],16),O(`div`,null,[G(()=>e.tmNodes.map(e=>tr(e,a)))])],2)})()}}}),Jn=[`aria-expanded`,`id`],Yn=[`aria-expanded`,`id`],Xn={...Vn,rawNodes:{type:Array,default:()=>[]},tmNodes:{type:Array,default:()=>[]},tmNode:{type:Object,required:!0},disabled:Boolean,icon:Function,onClick:Function,domId:String,virtualChildActive:{type:Boolean,default:void 0},isEllipsisPlaceholder:Boolean},Zn=_e(Xn),Qn=g({name:`Submenu`,props:Xn,setup(e){let t=Bn(e),{NMenu:n,NSubmenu:r}=t,{props:i,mergedCollapsedRef:a,mergedThemeRef:o}=n,s=T(()=>{let{disabled:t}=e;return r?.mergedDisabledRef.value||i.disabled?!0:t}),c=y(!1);l(An,{paddingLeftRef:t.paddingLeft,mergedDisabledRef:s}),l(jn,null);function u(){let{onClick:t}=e;t&&t()}function d(){s.value||(a.value||n.toggleExpand(e.internalKey),u())}function f(e){c.value=e}return{menuProps:i,mergedTheme:o,doSelect:n.doSelect,inverted:n.invertedRef,isHorizontal:n.isHorizontalRef,mergedClsPrefix:n.mergedClsPrefixRef,maxIconSize:t.maxIconSize,activeIconSize:t.activeIconSize,iconMarginRight:t.iconMarginRight,dropdownPlacement:t.dropdownPlacement,dropdownShow:c,paddingLeft:t.paddingLeft,mergedDisabled:s,mergedValue:n.mergedValueRef,childActive:B(()=>e.virtualChildActive??n.activePathRef.value.includes(e.internalKey)),collapsed:T(()=>i.mode===`horizontal`?!1:a.value?!0:!n.mergedExpandedKeysRef.value.includes(e.internalKey)),dropdownEnabled:T(()=>!s.value&&(i.mode===`horizontal`||a.value)),handlePopoverShowChange:f,handleClick:d}},render(){let{mergedClsPrefix:e,menuProps:{renderIcon:t,renderLabel:n}}=this,r=()=>{let{isHorizontal:e,paddingLeft:t,collapsed:n,mergedDisabled:r,maxIconSize:i,activeIconSize:a,title:o,childActive:c,icon:l,handleClick:u,menuProps:{nodeProps:d},dropdownShow:f,iconMarginRight:p,tmNode:m,mergedClsPrefix:h,isEllipsisPlaceholder:g,extra:_}=this,y=d?.(m.rawNode);return s(),E(`div`,k(y,{class:[`${h}-menu-item`,y?.class],role:`menuitem`}),[(s(),v(Rn,{tmNode:m,paddingLeft:t,collapsed:n,disabled:r,iconMarginRight:p,maxIconSize:i,activeIconSize:a,title:o,extra:_,showArrow:!e,childActive:c,clsPrefix:h,icon:l,hover:f,onClick:u,isEllipsisPlaceholder:g},null,8,[`tmNode`,`paddingLeft`,`collapsed`,`disabled`,`iconMarginRight`,`maxIconSize`,`activeIconSize`,`title`,`extra`,`showArrow`,`childActive`,`clsPrefix`,`icon`,`hover`,`onClick`,`isEllipsisPlaceholder`]))],16)},i=()=>(s(),v(ze,null,{default:()=>{let{tmNodes:t,collapsed:n}=this;return n?null:(s(),E(`div`,{key:1,class:W(`${e}-submenu-children`),role:`menu`},[G(()=>t.map(e=>tr(e,this.menuProps)))],2))}},1024));return this.root?(s(),v(sn,k({key:2,size:`large`,trigger:`hover`},this.menuProps?.dropdownProps,{themeOverrides:this.mergedTheme.peerOverrides.Dropdown,theme:this.mergedTheme.peers.Dropdown,builtinThemeOverrides:{fontSizeLarge:`14px`,optionIconSizeLarge:`18px`},value:this.mergedValue,disabled:!this.dropdownEnabled,placement:this.dropdownPlacement,keyField:this.menuProps.keyField,labelField:this.menuProps.labelField,childrenField:this.menuProps.childrenField,onUpdateShow:this.handlePopoverShowChange,options:this.rawNodes,onSelect:this.doSelect,inverted:this.inverted,renderIcon:t,renderLabel:n}),{default:()=>(s(),E(`div`,{class:W(`${e}-submenu`),role:`menu`,"aria-expanded":!this.collapsed,id:this.domId},[G(()=>r()),this.isHorizontal?G(()=>null):(s(),E(C,{key:1},[G(()=>i())],64))],10,Jn))},1040,[`themeOverrides`,`theme`,`value`,`disabled`,`placement`,`keyField`,`labelField`,`childrenField`,`onUpdateShow`,`options`,`onSelect`,`inverted`,`renderIcon`,`renderLabel`])):(s(),E(`div`,{key:3,class:W(`${e}-submenu`),role:`menu`,"aria-expanded":!this.collapsed,id:this.domId},[G(()=>r()),G(()=>i())],10,Yn))}});function $n(e){return e.type===`divider`||e.type===`render`}function er(e){return e.type===`divider`}function tr(e,t){let{rawNode:n}=e,{show:r}=n;if(r===!1)return null;if($n(n))return er(n)?(s(),v(Fn,k({key:e.key},n.props),null,16)):null;let{labelField:i}=t,{key:a,level:o,isGroup:c}=e,l={...n,title:n.title||n[i],extra:n.titleExtra||n.extra,key:a,internalKey:a,level:o,root:o===0,isGroup:c};return e.children?e.isGroup?_(qn,me(l,Kn,{tmNode:e,tmNodes:e.children,key:a})):_(Qn,me(l,Zn,{key:a,rawNodes:n[t.childrenField],tmNodes:e.children,tmNode:e})):_(Wn,me(l,Un,{key:a,tmNode:e}))}var nr={...V.props,options:{type:Array,default:()=>[]},collapsed:{type:Boolean,default:void 0},collapsedWidth:{type:Number,default:48},iconSize:{type:Number,default:20},collapsedIconSize:{type:Number,default:24},rootIndent:Number,indent:{type:Number,default:32},labelField:{type:String,default:`label`},keyField:{type:String,default:`key`},childrenField:{type:String,default:`children`},disabledField:{type:String,default:`disabled`},defaultExpandAll:Boolean,defaultExpandedKeys:Array,expandedKeys:Array,value:[String,Number],defaultValue:{type:[String,Number],default:null},mode:{type:String,default:`vertical`},watchProps:{type:Array,default:void 0},disabled:Boolean,show:{type:Boolean,default:!0},inverted:Boolean,"onUpdate:expandedKeys":[Function,Array],onUpdateExpandedKeys:[Function,Array],onUpdateValue:[Function,Array],"onUpdate:value":[Function,Array],expandIcon:Function,renderIcon:Function,renderLabel:Function,renderExtra:Function,dropdownProps:Object,accordion:Boolean,nodeProps:Function,dropdownPlacement:{type:String,default:`bottom`},responsive:Boolean,items:Array,onOpenNamesChange:[Function,Array],onSelect:[Function,Array],onExpandedNamesChange:[Function,Array],expandedNames:Array,defaultExpandedNames:Array},rr=g({name:`Menu`,inheritAttrs:!1,props:nr,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=Z(e),r=V(`Menu`,`-menu`,Pn,Fe,e,t),i=d(un,null),o=T(()=>{let{collapsed:t}=e;if(t!==void 0)return t;if(i){let{collapseModeRef:e,collapsedRef:t}=i;if(e.value===`width`)return t.value??!1}return!1}),c=T(()=>{let{keyField:t,childrenField:n,disabledField:r}=e;return te(e.items||e.options,{getIgnored(e){return $n(e)},getChildren(e){return e[n]},getDisabled(e){return e[r]},getKey(e){return e[t]??e.name}})}),u=T(()=>new Set(c.value.treeNodes.map(e=>e.key))),{watchProps:f}=e,p=y(null);f?.includes(`defaultValue`)?a(()=>{p.value=e.defaultValue}):p.value=e.defaultValue;let m=w(e,`value`),h=st(m,p),g=y([]),_=()=>{g.value=e.defaultExpandAll?c.value.getNonLeafKeys():e.defaultExpandedNames||e.defaultExpandedKeys||c.value.getPath(h.value,{includeSelf:!1}).keyPath};f?.includes(`defaultExpandedKeys`)?a(_):_();let b=dt(e,[`expandedNames`,`expandedKeys`]),x=st(b,g),S=T(()=>c.value.treeNodes),C=T(()=>c.value.getPath(h.value).keyPath);l(kn,{props:e,mergedCollapsedRef:o,mergedThemeRef:r,mergedValueRef:h,mergedExpandedKeysRef:x,activePathRef:C,mergedClsPrefixRef:t,isHorizontalRef:T(()=>e.mode===`horizontal`),invertedRef:w(e,`inverted`),doSelect:E,toggleExpand:O});function E(t,n){let{"onUpdate:value":r,onUpdateValue:i,onSelect:a}=e;i&&L(i,t,n),r&&L(r,t,n),a&&L(a,t,n),p.value=t}function D(t){let{"onUpdate:expandedKeys":n,onUpdateExpandedKeys:r,onExpandedNamesChange:i,onOpenNamesChange:a}=e;n&&L(n,t),r&&L(r,t),i&&L(i,t),a&&L(a,t),g.value=t}function O(t){let n=Array.from(x.value),r=n.findIndex(e=>e===t);if(~r)n.splice(r,1);else{if(e.accordion&&u.value.has(t)){let e=n.findIndex(e=>u.value.has(e));e>-1&&n.splice(e,1)}n.push(t)}D(n)}let k=t=>{let n=c.value.getPath(t??h.value,{includeSelf:!1}).keyPath;if(!n.length)return;let r=Array.from(x.value),i=new Set([...r,...n]);e.accordion&&u.value.forEach(e=>{i.has(e)&&!n.includes(e)&&i.delete(e)}),D(Array.from(i))},A=T(()=>{let{inverted:t}=e,{common:{cubicBezierEaseInOut:n},self:i}=r.value,{borderRadius:a,borderColorHorizontal:o,fontSize:s,itemHeight:c,dividerColor:l}=i,u={"--n-divider-color":l,"--n-bezier":n,"--n-font-size":s,"--n-border-color-horizontal":o,"--n-border-radius":a,"--n-item-height":c};return t?(u[`--n-group-text-color`]=i.groupTextColorInverted,u[`--n-color`]=i.colorInverted,u[`--n-item-text-color`]=i.itemTextColorInverted,u[`--n-item-text-color-hover`]=i.itemTextColorHoverInverted,u[`--n-item-text-color-active`]=i.itemTextColorActiveInverted,u[`--n-item-text-color-child-active`]=i.itemTextColorChildActiveInverted,u[`--n-item-text-color-child-active-hover`]=i.itemTextColorChildActiveInverted,u[`--n-item-text-color-active-hover`]=i.itemTextColorActiveHoverInverted,u[`--n-item-icon-color`]=i.itemIconColorInverted,u[`--n-item-icon-color-hover`]=i.itemIconColorHoverInverted,u[`--n-item-icon-color-active`]=i.itemIconColorActiveInverted,u[`--n-item-icon-color-active-hover`]=i.itemIconColorActiveHoverInverted,u[`--n-item-icon-color-child-active`]=i.itemIconColorChildActiveInverted,u[`--n-item-icon-color-child-active-hover`]=i.itemIconColorChildActiveHoverInverted,u[`--n-item-icon-color-collapsed`]=i.itemIconColorCollapsedInverted,u[`--n-item-text-color-horizontal`]=i.itemTextColorHorizontalInverted,u[`--n-item-text-color-hover-horizontal`]=i.itemTextColorHoverHorizontalInverted,u[`--n-item-text-color-active-horizontal`]=i.itemTextColorActiveHorizontalInverted,u[`--n-item-text-color-child-active-horizontal`]=i.itemTextColorChildActiveHorizontalInverted,u[`--n-item-text-color-child-active-hover-horizontal`]=i.itemTextColorChildActiveHoverHorizontalInverted,u[`--n-item-text-color-active-hover-horizontal`]=i.itemTextColorActiveHoverHorizontalInverted,u[`--n-item-icon-color-horizontal`]=i.itemIconColorHorizontalInverted,u[`--n-item-icon-color-hover-horizontal`]=i.itemIconColorHoverHorizontalInverted,u[`--n-item-icon-color-active-horizontal`]=i.itemIconColorActiveHorizontalInverted,u[`--n-item-icon-color-active-hover-horizontal`]=i.itemIconColorActiveHoverHorizontalInverted,u[`--n-item-icon-color-child-active-horizontal`]=i.itemIconColorChildActiveHorizontalInverted,u[`--n-item-icon-color-child-active-hover-horizontal`]=i.itemIconColorChildActiveHoverHorizontalInverted,u[`--n-arrow-color`]=i.arrowColorInverted,u[`--n-arrow-color-hover`]=i.arrowColorHoverInverted,u[`--n-arrow-color-active`]=i.arrowColorActiveInverted,u[`--n-arrow-color-active-hover`]=i.arrowColorActiveHoverInverted,u[`--n-arrow-color-child-active`]=i.arrowColorChildActiveInverted,u[`--n-arrow-color-child-active-hover`]=i.arrowColorChildActiveHoverInverted,u[`--n-item-color-hover`]=i.itemColorHoverInverted,u[`--n-item-color-active`]=i.itemColorActiveInverted,u[`--n-item-color-active-hover`]=i.itemColorActiveHoverInverted,u[`--n-item-color-active-collapsed`]=i.itemColorActiveCollapsedInverted):(u[`--n-group-text-color`]=i.groupTextColor,u[`--n-color`]=i.color,u[`--n-item-text-color`]=i.itemTextColor,u[`--n-item-text-color-hover`]=i.itemTextColorHover,u[`--n-item-text-color-active`]=i.itemTextColorActive,u[`--n-item-text-color-child-active`]=i.itemTextColorChildActive,u[`--n-item-text-color-child-active-hover`]=i.itemTextColorChildActiveHover,u[`--n-item-text-color-active-hover`]=i.itemTextColorActiveHover,u[`--n-item-icon-color`]=i.itemIconColor,u[`--n-item-icon-color-hover`]=i.itemIconColorHover,u[`--n-item-icon-color-active`]=i.itemIconColorActive,u[`--n-item-icon-color-active-hover`]=i.itemIconColorActiveHover,u[`--n-item-icon-color-child-active`]=i.itemIconColorChildActive,u[`--n-item-icon-color-child-active-hover`]=i.itemIconColorChildActiveHover,u[`--n-item-icon-color-collapsed`]=i.itemIconColorCollapsed,u[`--n-item-text-color-horizontal`]=i.itemTextColorHorizontal,u[`--n-item-text-color-hover-horizontal`]=i.itemTextColorHoverHorizontal,u[`--n-item-text-color-active-horizontal`]=i.itemTextColorActiveHorizontal,u[`--n-item-text-color-child-active-horizontal`]=i.itemTextColorChildActiveHorizontal,u[`--n-item-text-color-child-active-hover-horizontal`]=i.itemTextColorChildActiveHoverHorizontal,u[`--n-item-text-color-active-hover-horizontal`]=i.itemTextColorActiveHoverHorizontal,u[`--n-item-icon-color-horizontal`]=i.itemIconColorHorizontal,u[`--n-item-icon-color-hover-horizontal`]=i.itemIconColorHoverHorizontal,u[`--n-item-icon-color-active-horizontal`]=i.itemIconColorActiveHorizontal,u[`--n-item-icon-color-active-hover-horizontal`]=i.itemIconColorActiveHoverHorizontal,u[`--n-item-icon-color-child-active-horizontal`]=i.itemIconColorChildActiveHorizontal,u[`--n-item-icon-color-child-active-hover-horizontal`]=i.itemIconColorChildActiveHoverHorizontal,u[`--n-arrow-color`]=i.arrowColor,u[`--n-arrow-color-hover`]=i.arrowColorHover,u[`--n-arrow-color-active`]=i.arrowColorActive,u[`--n-arrow-color-active-hover`]=i.arrowColorActiveHover,u[`--n-arrow-color-child-active`]=i.arrowColorChildActive,u[`--n-arrow-color-child-active-hover`]=i.arrowColorChildActiveHover,u[`--n-item-color-hover`]=i.itemColorHover,u[`--n-item-color-active`]=i.itemColorActive,u[`--n-item-color-active-hover`]=i.itemColorActiveHover,u[`--n-item-color-active-collapsed`]=i.itemColorActiveCollapsed),u}),j=n?z(`menu`,T(()=>e.inverted?`a`:`b`),A,e):void 0,M=Ke(),N=y(null),P=y(null),F=!0,ee=()=>{F?F=!1:N.value?.sync({showAllItemsBeforeCalculate:!0})};function ne(){return document.getElementById(M)}let I=y(-1);function re(t){I.value=e.options.length-t}function ie(e){e||(I.value=-1)}let ae=T(()=>{let t=I.value;return{children:t===-1?[]:e.options.slice(t)}}),oe=T(()=>{let{childrenField:t,disabledField:n,keyField:r}=e;return te([ae.value],{getIgnored(e){return $n(e)},getChildren(e){return e[t]},getDisabled(e){return e[n]},getKey(e){return e[r]??e.name}})}),se=T(()=>te([{}]).treeNodes[0]);function ce(){if(I.value===-1)return s(),v(Qn,{root:!0,level:0,key:`__ellpisisGroupPlaceholder__`,internalKey:`__ellpisisGroupPlaceholder__`,title:`···`,tmNode:se.value,domId:M,isEllipsisPlaceholder:!0},null,8,[`tmNode`,`domId`]);let e=oe.value.treeNodes[0],t=C.value,n=!!e.children?.some(e=>t.includes(e.key));return s(),v(Qn,{level:0,root:!0,key:`__ellpisisGroup__`,internalKey:`__ellpisisGroup__`,title:`···`,virtualChildActive:n,tmNode:e,domId:M,rawNodes:e.rawNode.children||[],tmNodes:e.children||[],isEllipsisPlaceholder:!0},null,8,[`virtualChildActive`,`tmNode`,`domId`,`rawNodes`,`tmNodes`])}return{mergedClsPrefix:t,controlledExpandedKeys:b,uncontrolledExpanededKeys:g,mergedExpandedKeys:x,uncontrolledValue:p,mergedValue:h,activePath:C,tmNodes:S,mergedTheme:r,mergedCollapsed:o,cssVars:n?void 0:A,themeClass:j?.themeClass,overflowRef:N,counterRef:P,updateCounter:()=>{},onResize:ee,onUpdateOverflow:ie,onUpdateCount:re,renderCounter:ce,getCounter:ne,onRender:j?.onRender,showOption:k,deriveResponsiveState:ee}},render(){let{mergedClsPrefix:e,mode:t,themeClass:n,onRender:r}=this;r?.();let i=()=>this.tmNodes.map(e=>tr(e,this.$props)),a=t===`horizontal`&&this.responsive,o=()=>_(`div`,k(this.$attrs,{role:t===`horizontal`?`menubar`:`menu`,class:[`${e}-menu`,n,`${e}-menu--${t}`,a&&`${e}-menu--responsive`,this.mergedCollapsed&&`${e}-menu--collapsed`],style:this.cssVars}),a?(s(),v(N,{key:2,ref:`overflowRef`,onUpdateOverflow:this.onUpdateOverflow,getCounter:this.getCounter,onUpdateCount:this.onUpdateCount,updateCounter:this.updateCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:i,counter:this.renderCounter},1032,[`onUpdateOverflow`,`getCounter`,`onUpdateCount`,`updateCounter`])):i());return a?(s(),v(Te,{key:3,onResize:this.onResize},{default:o},1032,[`onResize`])):o()}}),ir=tt(`agent`,()=>{let e=y(null),t=Xe();async function n(){t.can(`conversations:reply`)&&(e.value=await qe.get(`/routing/me`))}async function r(t,n=null){e.value=await qe.put(`/routing/me/state`,{status:t,reason:n})}return Re.on(`agent_state`,n=>{e.value&&n.user_id===t.user?.id&&(e.value={...e.value,status:n.status,reason:n.reason??null,active:n.active,max_concurrent:n.max_concurrent})}),{state:e,load:n,set:r}}),ar=ft(g({__name:`StateSwitcher`,setup(e){let{t:r}=Je(),i=ir(),a={online:`#18a058`,busy:`#f0a020`,break:`#8a63d2`,wrap_up:`#2080f0`,offline:`#999`},o=T(()=>[{key:`online`,label:r(`states.online`)},{key:`busy`,label:r(`states.busy`)},i.state?.break_reasons.length?{key:`break`,label:r(`states.break`),children:i.state.break_reasons.map(e=>({key:`break:${e.code}`,label:e.name}))}:{key:`break`,label:r(`states.break`)},{type:`divider`,key:`d`},{key:`offline`,label:r(`states.offline`)}]),c=T(()=>{let e=i.state;if(!e)return``;let t=e.reason&&e.status===`break`?e.break_reasons.find(t=>t.code===e.reason)?.name??e.reason:null;return t?`${r(`states.break`)} · ${t}`:r(`states.${e.status}`)});async function l(e){let[t,n]=e.split(`:`);try{await i.set(t,n??null)}catch(e){lt(e)}}return t(()=>i.load().catch(lt)),(e,t)=>D(i).state?(s(),v(D(sn),{key:0,options:o.value,trigger:`click`,onSelect:l},{default:m(()=>[x(D(le),{size:`small`,secondary:``,"data-test":`state-switcher`,"data-state":D(i).state.status},{default:m(()=>[O(`span`,{class:`dot`,style:f({background:a[D(i).state.status]??`#999`})},null,4),S(` `+n(c.value)+` `,1),x(D(Pt),{value:`${D(i).state.active}/${D(i).state.max_concurrent}`,type:`info`,style:{"margin-left":`8px`}},null,8,[`value`])]),_:1},8,[`data-state`])]),_:1},8,[`options`])):b(``,!0)}}),[[`__scopeId`,`data-v-298bcdaf`]]),or=[{keys:`Alt+↓ / Alt+↑`,label:`shortcuts.next`},{keys:`Alt+1 / 2 / 3`,label:`shortcuts.lists`},{keys:`Alt+R`,label:`shortcuts.resolve`},{keys:`Alt+A`,label:`shortcuts.accept`},{keys:`Alt+N`,label:`shortcuts.note`},{keys:`/`,label:`shortcuts.canned`},{keys:`Ctrl+Enter / Enter`,label:`shortcuts.send`},{keys:`?`,label:`shortcuts.help`}];function sr(e){let t=[];(e.ctrlKey||e.metaKey)&&t.push(`Ctrl`),e.altKey&&t.push(`Alt`);let n=e.altKey&&e.code.startsWith(`Key`)?e.code.slice(3):e.altKey&&e.code.startsWith(`Digit`)?e.code.slice(5):e.key;return t.push(n.length===1?n.toUpperCase():n),t.join(`+`)}function cr(e){let t=e;return!!t&&(t.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(t.tagName))}function lr(e){let n=Object.fromEntries(Object.entries(e).map(([e,t])=>[e.length===1?e.toUpperCase():e,t])),r=e=>{let t=sr(e),r=n[t];r&&(e.altKey||e.ctrlKey||!cr(e.target))&&(e.preventDefault(),r(e))};t(()=>window.addEventListener(`keydown`,r)),c(()=>window.removeEventListener(`keydown`,r))}var ur={key:0},dr={class:`muted`,style:{"margin-left":`6px`}},fr={class:`keys`},pr=ft(g({__name:`ConsoleLayout`,setup(e){let{t:r}=Je(),a=Xe(),l=Me(),u=De(),d=He(),f=y(localStorage.getItem(`kefu.nav`)===`collapsed`),p=y(Re.state),h=y(!1),g=Re.onState(e=>p.value=e);c(g);function w(e,t){return()=>_(Qe,{to:{name:e},"data-test":`nav-${e}`},{default:()=>t})}let k=T(()=>{let e=Ge.filter(e=>e.meta?.nav&&(!e.meta.permissions||a.can(...e.meta.permissions))),t=e.filter(e=>e.meta?.section===`main`),n=e.filter(e=>e.meta?.section===`admin`),i=e=>({key:String(e.name),label:w(String(e.name),r(e.meta.nav))}),o=t.map(i);return n.length&&o.push({type:`group`,key:`admin`,label:r(`nav.admin`),children:n.map(i)}),o}),j=T(()=>String(u.name??``)),M=T(()=>(a.user?.name??`?`).slice(-2)),N=T(()=>[{key:`profile`,label:r(`nav.profile`)},{key:`shortcuts`,label:r(`common.shortcuts`)},{type:`divider`,key:`d`},{key:`logout`,label:r(`common.logout`)}]);async function P(e){e===`profile`?await d.push({name:`profile`}):e===`shortcuts`?h.value=!0:e===`logout`&&(await a.logout(),await d.replace({name:`login`}))}function F(e){f.value=e,localStorage.setItem(`kefu.nav`,e?`collapsed`:`open`)}return lr({"?":()=>h.value=!0}),t(()=>{a.me||d.replace({name:`login`})}),(e,t)=>{let c=o(`RouterView`);return s(),v(D(gn),{"has-sider":``,style:{height:`100%`}},{default:m(()=>[x(D(On),{bordered:``,"collapse-mode":`width`,"collapsed-width":56,width:196,collapsed:f.value,"show-trigger":`bar`,"onUpdate:collapsed":F},{default:m(()=>[O(`div`,{class:A([`logo`,{collapsed:f.value}])},[t[3]||=O(`img`,{src:`/console/favicon.svg`,alt:``,width:`26`,height:`26`},null,-1),f.value?b(``,!0):(s(),E(`span`,ur,n(D(r)(`app.name`)),1))],2),x(D(rr),{value:j.value,options:k.value,collapsed:f.value,"collapsed-width":56,"data-test":`nav`},null,8,[`value`,`options`,`collapsed`])]),_:1},8,[`collapsed`]),x(D(gn),null,{default:m(()=>[x(D(bn),{bordered:``,class:`header`},{default:m(()=>[t[4]||=O(`div`,{class:`grow`},null,-1),p.value!==`open`&&D(a).me?(s(),v(D(Rt),{key:0},{trigger:m(()=>[x(D(ct),{type:`warning`,size:`small`,round:``,"data-test":`offline`},{default:m(()=>[S(n(D(r)(`common.offline`)),1)]),_:1})]),default:m(()=>[S(` `+n(D(r)(`common.offline`)),1)]),_:1})):b(``,!0),D(a).can(`conversations:reply`)?(s(),v(ar,{key:1})):b(``,!0),x(D(le),{quaternary:``,size:`small`,"data-test":`language`,onClick:t[0]||=e=>D(l).locale=D(l).locale===`zh-CN`?`en`:`zh-CN`},{default:m(()=>[S(n(D(l).locale===`zh-CN`?`English`:`中文`),1)]),_:1}),x(D(le),{quaternary:``,size:`small`,"data-test":`theme`,onClick:t[1]||=e=>D(l).theme=D(l).theme===`dark`?`light`:`dark`},{default:m(()=>[S(n(D(l).theme===`dark`?D(r)(`common.light`):D(r)(`common.dark`)),1)]),_:1}),x(D(sn),{options:N.value,trigger:`click`,onSelect:P},{default:m(()=>[x(D(le),{quaternary:``,size:`small`,"data-test":`user-menu`},{default:m(()=>[x(D(wt),{round:``,size:24,style:{"margin-right":`6px`}},{default:m(()=>[S(n(M.value),1)]),_:1}),S(` `+n(D(a).user?.name)+` `,1),O(`span`,dr,n(D(a).me?.tenant.name),1)]),_:1})]),_:1},8,[`options`])]),_:1}),x(D(_n),{class:`content`,"native-scrollbar":!1,"content-style":`height: 100%`},{default:m(()=>[x(c)]),_:1})]),_:1}),x(D(rt),{show:h.value,"onUpdate:show":t[2]||=e=>h.value=e,preset:`card`,title:D(r)(`common.shortcuts`),style:{width:`440px`}},{default:m(()=>[O(`table`,fr,[(s(!0),E(C,null,i(D(or),e=>(s(),E(`tr`,{key:e.keys},[O(`td`,null,[O(`kbd`,null,n(e.keys),1)]),O(`td`,null,n(D(r)(e.label)),1)]))),128))])]),_:1},8,[`show`,`title`])]),_:1})}}}),[[`__scopeId`,`data-v-5802ffe4`]]);export{pr as default};