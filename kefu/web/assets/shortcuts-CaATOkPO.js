import{E as e,P as t,U as n,_ as r,d as i,g as a,j as o,k as s,l as c,nt as l,ot as u,p as d,u as f,wt as p}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{An as m,Dn as h,It as g,Lt as _,Mn as v,On as y,Q as b,Rt as x,Tr as S,Z as C,at as w,cn as T,et as E,fn as D,fr as O,gr as k,hr as A,ln as j,pr as M,pt as N,vr as P,wn as F,wr as I,xt as L}from"./session-Dusl6qa1.js";import{r as R}from"./create-BKnHJu3i.js";var z=w&&`loading`in document.createElement(`img`);function B(e={}){let{root:t=null}=e;return{hash:`${e.rootMargin||`0px 0px 0px 0px`}-${Array.isArray(e.threshold)?e.threshold.join(`,`):e.threshold??`0`}`,options:{...e,root:(typeof t==`string`?document.querySelector(t):t)||document.documentElement}}}var V=new WeakMap,H=new WeakMap,U=new WeakMap,W=(e,t,n)=>{if(!e)return()=>{};let r=B(t),{root:i}=r.options,a,o=V.get(i);o?a=o:(a=new Map,V.set(i,a));let s,c;a.has(r.hash)?(c=a.get(r.hash),c[1].has(e)||(s=c[0],c[1].add(e),s.observe(e))):(s=new IntersectionObserver(e=>{e.forEach(e=>{if(e.isIntersecting){let t=H.get(e.target),n=U.get(e.target);t&&t(),n&&(n.value=!0)}})},r.options),s.observe(e),c=[s,new Set([e])],a.set(r.hash,c));let l=!1,u=()=>{l||(H.delete(e),U.delete(e),l=!0,c[1].has(e)&&(c[0].unobserve(e),c[1].delete(e)),c[1].size<=0&&a.delete(r.hash),a.size||V.delete(i))};return H.set(e,u),U.set(e,n),u},G=r({name:`SlotMachineNumber`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],required:!0},oldOriginalNumber:{type:Number,default:void 0},newOriginalNumber:{type:Number,default:void 0}},setup(r){let i=l(null),a=l(r.value),o=l(r.value),s=l(`up`),p=l(!1),m=c(()=>p.value?`${r.clsPrefix}-base-slot-machine-current-number--${s.value}-scroll`:null),g=c(()=>p.value?`${r.clsPrefix}-base-slot-machine-old-number--${s.value}-scroll`:null);n(u(r,`value`),(t,n)=>{a.value=n,o.value=t,e(_)});function _(){let e=r.newOriginalNumber,t=r.oldOriginalNumber;t!==void 0&&e!==void 0&&(e>t?v(`up`):t>e&&v(`down`))}function v(t){s.value=t,p.value=!1,e(()=>{i.value?.offsetWidth,p.value=!0})}return()=>{let{clsPrefix:e}=r;return t(),d(`span`,{ref:i,class:F(`${e}-base-slot-machine-number`)},[a.value===null?h(()=>null):(t(),d(`span`,{key:0,class:F([`${e}-base-slot-machine-old-number ${e}-base-slot-machine-old-number--top`,g.value])},[h(()=>a.value)],2)),f(`span`,{class:F([`${e}-base-slot-machine-current-number`,m.value])},[f(`span`,{ref:`numberWrapper`,class:F([`${e}-base-slot-machine-current-number__inner`,typeof r.value!=`number`&&`${e}-base-slot-machine-current-number__inner--not-number`])},[h(()=>o.value)],2)],2),a.value===null?h(()=>null):(t(),d(`span`,{key:2,class:F([`${e}-base-slot-machine-old-number ${e}-base-slot-machine-old-number--bottom`,g.value])},[h(()=>a.value)],2))],2)}}}),{cubicBezierEaseOut:K}=m;function q({duration:e=`.2s`}={}){return[O(`&.fade-up-width-expand-transition-leave-active`,{transition:`
 opacity ${e} ${K},
 max-width ${e} ${K},
 transform ${e} ${K}
 `}),O(`&.fade-up-width-expand-transition-enter-active`,{transition:`
 opacity ${e} ${K},
 max-width ${e} ${K},
 transform ${e} ${K}
 `}),O(`&.fade-up-width-expand-transition-enter-to`,{opacity:1,transform:`translateX(0) translateY(0)`}),O(`&.fade-up-width-expand-transition-enter-from`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`}),O(`&.fade-up-width-expand-transition-leave-from`,{opacity:1,transform:`translateY(0)`}),O(`&.fade-up-width-expand-transition-leave-to`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`})]}var J=O([O(`@keyframes n-base-slot-machine-fade-up-in`,`
 from {
 transform: translateY(60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),O(`@keyframes n-base-slot-machine-fade-down-in`,`
 from {
 transform: translateY(-60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),O(`@keyframes n-base-slot-machine-fade-up-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(-60%);
 opacity: 0;
 }
 `),O(`@keyframes n-base-slot-machine-fade-down-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(60%);
 opacity: 0;
 }
 `),M(`base-slot-machine`,`
 overflow: hidden;
 white-space: nowrap;
 display: inline-block;
 height: 18px;
 line-height: 18px;
 `,[M(`base-slot-machine-number`,`
 display: inline-block;
 position: relative;
 height: 18px;
 width: .6em;
 max-width: .6em;
 `,[q({duration:`.2s`}),b({duration:`.2s`,delay:`0s`}),M(`base-slot-machine-old-number`,`
 display: inline-block;
 opacity: 0;
 position: absolute;
 left: 0;
 right: 0;
 `,[k(`top`,{transform:`translateY(-100%)`}),k(`bottom`,{transform:`translateY(100%)`}),k(`down-scroll`,{animation:`n-base-slot-machine-fade-down-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),k(`up-scroll`,{animation:`n-base-slot-machine-fade-up-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1})]),M(`base-slot-machine-current-number`,`
 display: inline-block;
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 1;
 transform: translateY(0);
 width: .6em;
 `,[k(`down-scroll`,{animation:`n-base-slot-machine-fade-down-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),k(`up-scroll`,{animation:`n-base-slot-machine-fade-up-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),A(`inner`,`
 display: inline-block;
 position: absolute;
 right: 0;
 top: 0;
 width: .6em;
 `,[k(`not-number`,`
 right: unset;
 left: 0;
 `)])])])])]),Y=r({name:`BaseSlotMachine`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],default:0},max:{type:Number,default:void 0},appeared:{type:Boolean,required:!0}},setup(e){y(`-base-slot-machine`,J,u(e,`clsPrefix`));let r=l(),o=l(),s=c(()=>{if(typeof e.value==`string`)return[];if(e.value<1)return[0];let t=[],n=e.value;for(e.max!==void 0&&(n=Math.min(e.max,n));n>=1;)t.push(n%10),n/=10,n=Math.floor(n);return t.reverse(),t});return n(u(e,`value`),(e,t)=>{typeof e==`string`?(o.value=void 0,r.value=void 0):typeof t==`string`?(o.value=e,r.value=void 0):(o.value=e,r.value=t)}),()=>{let{value:n,clsPrefix:c}=e;return typeof n==`number`?(t(),d(`span`,{key:1,class:F(`${c}-base-slot-machine`)},[a(S,{name:`fade-up-width-expand-transition`,tag:`span`},{default:()=>s.value.map((e,n)=>(t(),i(G,{clsPrefix:c,key:s.value.length-n-1,oldOriginalNumber:r.value,newOriginalNumber:o.value,value:e},null,8,[`clsPrefix`,`oldOriginalNumber`,`newOriginalNumber`,`value`])))},1024),a(N,{key:`+`,width:!0},{default:()=>e.max!==void 0&&e.max<n?(t(),i(G,{key:2,clsPrefix:c,value:`+`},null,8,[`clsPrefix`])):null},1024)],2)):(t(),d(`span`,{key:3,class:F(`${c}-base-slot-machine`)},[h(()=>n)],2))}}});function X(e){let{errorColor:t,infoColor:n,successColor:r,warningColor:i,fontFamily:a}=e;return{color:t,colorInfo:n,colorSuccess:r,colorError:t,colorWarning:i,fontSize:`12px`,fontFamily:a}}var Z={name:`Badge`,common:D,self:X},Q=O([O(`@keyframes badge-wave-spread`,{from:{boxShadow:`0 0 0.5px 0px var(--n-ripple-color)`,opacity:.6},to:{boxShadow:`0 0 0.5px 4.5px var(--n-ripple-color)`,opacity:0}}),M(`badge`,`
 display: inline-flex;
 position: relative;
 vertical-align: middle;
 font-family: var(--n-font-family);
 `,[k(`as-is`,[M(`badge-sup`,{position:`static`,transform:`translateX(0)`},[E({transformOrigin:`left bottom`,originalTransform:`translateX(0)`})])]),k(`dot`,[M(`badge-sup`,`
 height: 8px;
 width: 8px;
 padding: 0;
 min-width: 8px;
 left: 100%;
 bottom: calc(100% - 4px);
 `,[O(`::before`,`border-radius: 4px;`)])]),M(`badge-sup`,`
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
 `,[E({transformOrigin:`left bottom`,originalTransform:`translateX(-50%)`}),M(`base-wave`,{zIndex:1,animationDuration:`2s`,animationIterationCount:`infinite`,animationDelay:`1s`,animationTimingFunction:`var(--n-ripple-bezier)`,animationName:`badge-wave-spread`}),O(`&::before`,`
 opacity: 0;
 transform: scale(1);
 border-radius: 9px;
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)])])]),$=[`title`],ee={...T.props,value:[String,Number],max:Number,dot:Boolean,type:{type:String,default:`default`},show:{type:Boolean,default:!0},showZero:Boolean,processing:Boolean,color:String,offset:Array},te=r({name:`Badge`,props:ee,setup(e,{slots:t}){let{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=v(e),a=T(`Badge`,`-badge`,Q,Z,e,n),s=l(!1),u=()=>{s.value=!0},d=()=>{s.value=!1},f=c(()=>e.show&&(e.dot||e.value!==void 0&&!(!e.showZero&&Number(e.value)<=0)||!_(t.value)));o(()=>{f.value&&(s.value=!0)});let p=g(`Badge`,i,n),m=c(()=>{let{type:t,color:n}=e,{common:{cubicBezierEaseInOut:r,cubicBezierEaseOut:i},self:{[P(`color`,t)]:o,fontFamily:s,fontSize:c}}=a.value;return{"--n-font-size":c,"--n-font-family":s,"--n-color":n||o,"--n-ripple-color":n||o,"--n-bezier":r,"--n-ripple-bezier":i}}),h=r?j(`badge`,c(()=>{let t=``,{type:n,color:r}=e;return n&&(t+=n[0]),r&&(t+=L(r)),t}),m,e):void 0,y=c(()=>{let{offset:t}=e;if(!t)return;let[n,r]=t,i=typeof n==`number`?`${n}px`:n,a=typeof r==`number`?`${r}px`:r;return{transform:`translate(calc(${p?.value?`50%`:`-50%`} + ${i}), ${a})`}});return{rtlEnabled:p,mergedClsPrefix:n,appeared:s,showBadge:f,handleAfterEnter:u,handleAfterLeave:d,cssVars:r?void 0:m,themeClass:h?.themeClass,onRender:h?.onRender,offsetStyle:y}},render(){let{mergedClsPrefix:e,onRender:n,themeClass:r,$slots:a}=this;n?.();let o=a.default?.();return t(),d(`div`,{class:F([`${e}-badge`,this.rtlEnabled&&`${e}-badge--rtl`,r,{[`${e}-badge--dot`]:this.dot,[`${e}-badge--as-is`]:!o}]),style:p(this.cssVars)},[h(()=>o),(t(),i(I,{name:`fade-in-scale-up-transition`,onAfterEnter:this.handleAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>this.showBadge?(t(),d(`sup`,{key:1,class:F(`${e}-badge-sup`),title:R(this.value),style:p(this.offsetStyle)},[h(()=>x(a.value,()=>[this.dot?null:(t(),i(Y,{key:2,clsPrefix:e,appeared:this.appeared,max:this.max,value:this.value},null,8,[`clsPrefix`,`appeared`,`max`,`value`]))])),this.processing?(t(),i(C,{key:0,clsPrefix:e},null,8,[`clsPrefix`])):h(()=>null)],14,$)):null},1032,[`onAfterEnter`,`onAfterLeave`]))],6)}}),ne=[{keys:`Alt+↓ / Alt+↑`,label:`shortcuts.next`},{keys:`Alt+1 / 2 / 3`,label:`shortcuts.lists`},{keys:`Alt+R`,label:`shortcuts.resolve`},{keys:`Alt+A`,label:`shortcuts.accept`},{keys:`Alt+N`,label:`shortcuts.note`},{keys:`/`,label:`shortcuts.canned`},{keys:`Ctrl+Enter / Enter`,label:`shortcuts.send`},{keys:`?`,label:`shortcuts.help`}];function re(e){let t=[];(e.ctrlKey||e.metaKey)&&t.push(`Ctrl`),e.altKey&&t.push(`Alt`);let n=e.altKey&&e.code.startsWith(`Key`)?e.code.slice(3):e.altKey&&e.code.startsWith(`Digit`)?e.code.slice(5):e.key;return t.push(n.length===1?n.toUpperCase():n),t.join(`+`)}function ie(e){let t=e;return!!t&&(t.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(t.tagName))}function ae(e){let t=Object.fromEntries(Object.entries(e).map(([e,t])=>[e.length===1?e.toUpperCase():e,t])),n=e=>{let n=re(e),r=t[n];r&&(e.altKey||e.ctrlKey||!ie(e.target))&&(e.preventDefault(),r(e))};o(()=>window.addEventListener(`keydown`,n)),s(()=>window.removeEventListener(`keydown`,n))}export{z as a,W as i,ae as n,te as r,ne as t};