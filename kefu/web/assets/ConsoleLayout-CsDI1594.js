import{Ct as e,F as t,G as n,I as r,P as i,R as a,S as o,T as s,Tt as c,U as l,W as u,_ as d,b as f,d as p,f as m,g as h,h as g,i as _,j as v,k as y,l as b,lt as x,nt as S,ot as C,p as w,u as T,wt as E}from"./runtime-core.esm-bundler-DGiv9OC0.js";import"./favicon-BC7_3MvL.js";import{$ as D,Bt as O,Cn as k,Cr as A,Ct as j,Dn as M,En as N,Et as P,Fn as F,Ft as I,Gt as L,Ht as R,In as z,J as B,Mn as V,Rt as ee,Zt as H,_r as U,br as te,cn as W,dn as ne,fn as re,fr as G,ft as ie,g as ae,gn as oe,gr as K,hr as q,l as se,ln as J,n as ce,nt as Y,o as le,on as ue,pn as de,pr as X,pt as fe,sn as pe,t as me,u as he,vr as ge,w as _e,wn as Z,xt as ve,yr as ye}from"./session-Dusl6qa1.js";import{a as be,c as xe,i as Se,l as Ce,n as we,u as Te}from"./feedback-CDZ4-T8K.js";import{a as Ee,i as De,n as Oe,r as ke,t as Ae}from"./shortcuts-CaATOkPO.js";import{i as je,n as Me,t as Ne}from"./Dropdown-CeIBuOhQ.js";import{s as Pe,t as Fe}from"./create-BKnHJu3i.js";import{n as Ie}from"./preload-helper-CkmglsRS.js";import{_ as Le,g as Re}from"./useApi-SF8tY_yo-BkxZHm3G.js";import{t as ze}from"./_plugin-vue_export-helper-BDNMzG2s.js";import{n as Be}from"./index-BPX_2D76.js";var Ve=F(`n-avatar-group`),He=X(`avatar`,`
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
`,[ye(G(`&`,`--n-merged-color: var(--n-color-modal);`)),te(G(`&`,`--n-merged-color: var(--n-color-popover);`)),G(`img`,`
 width: 100%;
 height: 100%;
 `),q(`text`,`
 white-space: nowrap;
 display: inline-block;
 position: absolute;
 left: 50%;
 top: 50%;
 `),X(`icon`,`
 vertical-align: bottom;
 font-size: calc(var(--n-merged-size) - 6px);
 `),q(`text`,`line-height: 1.25`)]),Ue=[`src`],We={...W.props,size:[String,Number],src:String,circle:{type:Boolean,default:void 0},objectFit:String,round:{type:Boolean,default:void 0},bordered:{type:Boolean,default:void 0},onError:Function,fallbackSrc:String,intersectionObserverOptions:Object,lazy:Boolean,onLoad:Function,renderPlaceholder:Function,renderFallback:Function,imgProps:Object,color:String},Ge=d({name:`Avatar`,props:We,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=V(e),r=S(!1),i=null,a=S(null),s=S(null),c=()=>{let{value:e}=a;if(e&&(i===null||i!==e.innerHTML)){i=e.innerHTML;let{value:t}=s;if(t){let{offsetWidth:n,offsetHeight:r}=t,{offsetWidth:i,offsetHeight:a}=e,o=.9,s=Math.min(n/i*o,r/a*o,1);e.style.transform=`translateX(-50%) translateY(-50%) scale(${s})`}}},d=o(Ve,null),f=b(()=>{let{size:t}=e;if(t)return t;let{size:n}=d||{};return n||`medium`}),p=W(`Avatar`,`-avatar`,He,D,e,t),m=o(be,null),h=b(()=>{if(d)return!0;let{round:t,circle:n}=e;return t!==void 0||n!==void 0?t||n:m?m.roundRef.value:!1}),g=b(()=>d?!0:e.bordered||!1),_=b(()=>{let t=f.value,n=h.value,r=g.value,{color:i}=e,{self:{borderRadius:a,fontSize:o,color:s,border:c,colorModal:l,colorPopover:u},common:{cubicBezierEaseInOut:d}}=p.value,m;return m=typeof t==`number`?`${t}px`:p.value.self[ge(`height`,t)],{"--n-font-size":o,"--n-border":r?c:`none`,"--n-border-radius":n?`50%`:a,"--n-color":i||s,"--n-color-modal":i||l,"--n-color-popover":i||u,"--n-bezier":d,"--n-merged-size":`var(--n-avatar-size-override, ${m})`}}),x=n?J(`avatar`,b(()=>{let t=f.value,n=h.value,r=g.value,{color:i}=e,a=``;return t&&(a+=typeof t==`number`?`a${t}`:t[0]),n&&(a+=`b`),r&&(a+=`c`),i&&(a+=ve(i)),a}),_,e):void 0,C=S(!e.lazy);v(()=>{if(e.lazy&&e.intersectionObserverOptions){let t,n=u(()=>{t?.(),t=void 0,e.lazy&&(t=De(s.value,e.intersectionObserverOptions,C))});y(()=>{n(),t?.()})}}),l(()=>e.src||e.imgProps?.src,()=>{r.value=!1});let w=S(!e.lazy);return{textRef:a,selfRef:s,mergedRoundRef:h,mergedClsPrefix:t,fitTextTransform:c,cssVars:n?void 0:_,themeClass:x?.themeClass,onRender:x?.onRender,hasLoadError:r,shouldStartLoading:C,loaded:w,mergedOnError:t=>{if(!C.value)return;r.value=!0;let{onError:n,imgProps:{onError:i}={}}=e;n?.(t),i?.(t)},mergedOnLoad:t=>{let{onLoad:n,imgProps:{onLoad:r}={}}=e;n?.(t),r?.(t),w.value=!0}}},render(){let{$slots:e,src:t,mergedClsPrefix:n,lazy:r,onRender:a,loaded:o,hasLoadError:s,imgProps:c={}}=this;a?.();let l,u=!o&&!s&&(this.renderPlaceholder?this.renderPlaceholder():this.$slots.placeholder?.());return l=this.hasLoadError?this.renderFallback?this.renderFallback():ee(e.fallback,()=>[(i(),w(`img`,{src:this.fallbackSrc,style:E({objectFit:this.objectFit})},null,12,Ue))]):O(e.default,e=>{if(e)return i(),p(P,{key:1,onResize:this.fitTextTransform},{default:()=>(i(),w(`span`,{ref:`textRef`,class:Z(`${n}-avatar__text`)},[M(()=>e)],2))},1032,[`onResize`]);if(t||c.src){let e=this.src||c.src;return f(`img`,{...c,loading:Ee&&!this.intersectionObserverOptions&&r?`lazy`:`eager`,src:r&&this.intersectionObserverOptions?this.shouldStartLoading?e:void 0:e,"data-image-src":e,onLoad:this.mergedOnLoad,onError:this.mergedOnError,style:[c.style||``,{objectFit:this.objectFit},u?{height:`0`,width:`0`,visibility:`hidden`,position:`absolute`}:``]})}}),i(),w(`span`,{ref:`selfRef`,class:Z([`${n}-avatar`,this.themeClass]),style:E(this.cssVars)},[M(()=>l),M(()=>r&&u)],6)}});function Ke(e){let{baseColor:t,textColor2:n,bodyColor:r,cardColor:i,dividerColor:a,actionColor:o,scrollbarColor:s,scrollbarColorHover:c,invertedColor:l}=e;return{textColor:n,textColorInverted:`#FFF`,color:r,colorEmbedded:o,headerColor:i,headerColorInverted:l,footerColor:o,footerColorInverted:l,headerBorderColor:a,headerBorderColorInverted:l,footerBorderColor:a,footerBorderColorInverted:l,siderBorderColor:a,siderBorderColorInverted:l,siderColor:i,siderColorInverted:l,siderToggleButtonBorder:`1px solid ${a}`,siderToggleButtonColor:t,siderToggleButtonIconColor:n,siderToggleButtonIconColorInverted:n,siderToggleBarColor:oe(r,s),siderToggleBarColorHover:oe(r,c),__invertScrollbar:`true`}}var qe=pe({name:`Layout`,common:re,peers:{Scrollbar:ne},self:Ke}),Je=F(`n-layout-sider`),Ye={type:String,default:`static`},Xe=X(`layout`,`
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
`,[X(`layout-scroll-container`,`
 overflow-x: hidden;
 box-sizing: border-box;
 height: 100%;
 `),K(`absolute-positioned`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),Ze={embedded:Boolean,position:Ye,nativeScrollbar:{type:Boolean,default:!0},scrollbarProps:Object,onScroll:Function,contentClass:String,contentStyle:{type:[String,Object],default:``},hasSider:Boolean,siderPlacement:{type:String,default:`left`}},Qe=F(`n-layout`);function $e(e){return d({name:e?`LayoutContent`:`Layout`,props:{...W.props,...Ze},setup(e){let n=S(null),r=S(null),{mergedClsPrefixRef:i,inlineThemeDisabled:a}=V(e),o=W(`Layout`,`-layout`,Xe,qe,e,i);function s(t,i){if(e.nativeScrollbar){let{value:e}=n;e&&(i===void 0?e.scrollTo(t):e.scrollTo(t,i))}else{let{value:e}=r;e&&e.scrollTo(t,i)}}t(Qe,e);let c=0,l=0,u=t=>{let n=t.target;c=n.scrollLeft,l=n.scrollTop,e.onScroll?.(t)};I(()=>{if(e.nativeScrollbar){let e=n.value;e&&(e.scrollTop=l,e.scrollLeft=c)}});let d={display:`flex`,flexWrap:`nowrap`,width:`100%`,flexDirection:`row`},f={scrollTo:s},p=b(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=o.value;return{"--n-bezier":t,"--n-color":e.embedded?n.colorEmbedded:n.color,"--n-text-color":n.textColor}}),m=a?J(`layout`,b(()=>e.embedded?`e`:``),p,e):void 0;return{mergedClsPrefix:i,scrollableElRef:n,scrollbarInstRef:r,hasSiderStyle:d,mergedTheme:o,handleNativeElScroll:u,cssVars:a?void 0:p,themeClass:m?.themeClass,onRender:m?.onRender,...f}},render(){let{mergedClsPrefix:t,hasSider:n}=this;this.onRender?.();let r=n?this.hasSiderStyle:void 0,a=[this.themeClass,e&&`${t}-layout-content`,`${t}-layout`,`${t}-layout--${this.position}-positioned`];return i(),w(`div`,{class:Z(a),style:E(this.cssVars)},[this.nativeScrollbar?(i(),w(`div`,{key:0,ref:`scrollableElRef`,class:Z([`${t}-layout-scroll-container`,this.contentClass]),style:E([this.contentStyle,r]),onScroll:this.handleNativeElScroll},[M(()=>this.$slots.default?.())],46,[`onScroll`])):(i(),p(j,s({key:1},this.scrollbarProps,{onScroll:this.onScroll,ref:`scrollbarInstRef`,theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar,contentClass:this.contentClass,contentStyle:[this.contentStyle,r]}),N(this.$slots),1040,[`onScroll`,`theme`,`themeOverrides`,`contentClass`,`contentStyle`]))],6)}})}var et=$e(!1),tt=$e(!0),nt=X(`layout-header`,`
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
 `)]),rt={position:Ye,inverted:Boolean,bordered:Boolean},it=d({name:`LayoutHeader`,props:{...W.props,...rt},setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=V(e),r=W(`Layout`,`-layout-header`,nt,qe,e,t),i=b(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=r.value,i={"--n-bezier":t};return e.inverted?(i[`--n-color`]=n.headerColorInverted,i[`--n-text-color`]=n.textColorInverted,i[`--n-border-color`]=n.headerBorderColorInverted):(i[`--n-color`]=n.headerColor,i[`--n-text-color`]=n.textColor,i[`--n-border-color`]=n.headerBorderColor),i}),a=n?J(`layout-header`,b(()=>e.inverted?`a`:`b`),i,e):void 0;return{mergedClsPrefix:t,cssVars:n?void 0:i,themeClass:a?.themeClass,onRender:a?.onRender}},render(){let{mergedClsPrefix:e}=this;return this.onRender?.(),i(),w(`div`,{class:Z([`${e}-layout-header`,this.themeClass,this.position&&`${e}-layout-header--${this.position}-positioned`,this.bordered&&`${e}-layout-header--bordered`]),style:E(this.cssVars)},[M(()=>this.$slots.default?.())],6)}}),at=X(`layout-sider`,`
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
`,[K(`bordered`,[q(`border`,`
 content: "";
 position: absolute;
 top: 0;
 bottom: 0;
 width: 1px;
 background-color: var(--n-border-color);
 transition: background-color .3s var(--n-bezier);
 `)]),q(`left-placement`,[K(`bordered`,[q(`border`,`
 right: 0;
 `)])]),K(`right-placement`,`
 justify-content: flex-start;
 `,[K(`bordered`,[q(`border`,`
 left: 0;
 `)]),K(`collapsed`,[X(`layout-toggle-button`,[X(`base-icon`,`
 transform: rotate(180deg);
 `)]),X(`layout-toggle-bar`,[G(`&:hover`,[q(`top`,{transform:`rotate(-12deg) scale(1.15) translateY(-2px)`}),q(`bottom`,{transform:`rotate(12deg) scale(1.15) translateY(2px)`})])])]),X(`layout-toggle-button`,`
 left: 0;
 transform: translateX(-50%) translateY(-50%);
 `,[X(`base-icon`,`
 transform: rotate(0);
 `)]),X(`layout-toggle-bar`,`
 left: -28px;
 transform: rotate(180deg);
 `,[G(`&:hover`,[q(`top`,{transform:`rotate(12deg) scale(1.15) translateY(-2px)`}),q(`bottom`,{transform:`rotate(-12deg) scale(1.15) translateY(2px)`})])])]),K(`collapsed`,[X(`layout-toggle-bar`,[G(`&:hover`,[q(`top`,{transform:`rotate(-12deg) scale(1.15) translateY(-2px)`}),q(`bottom`,{transform:`rotate(12deg) scale(1.15) translateY(2px)`})])]),X(`layout-toggle-button`,[X(`base-icon`,`
 transform: rotate(0);
 `)])]),X(`layout-toggle-button`,`
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
 `,[X(`base-icon`,`
 transition: transform .3s var(--n-bezier);
 transform: rotate(180deg);
 `)]),X(`layout-toggle-bar`,`
 cursor: pointer;
 height: 72px;
 width: 32px;
 position: absolute;
 top: calc(50% - 36px);
 right: -28px;
 `,[q(`top, bottom`,`
 position: absolute;
 width: 4px;
 border-radius: 2px;
 height: 38px;
 left: 14px;
 transition: 
 background-color .3s var(--n-bezier),
 transform .3s var(--n-bezier);
 `),q(`bottom`,`
 position: absolute;
 top: 34px;
 `),G(`&:hover`,[q(`top`,{transform:`rotate(12deg) scale(1.15) translateY(-2px)`}),q(`bottom`,{transform:`rotate(-12deg) scale(1.15) translateY(2px)`})]),q(`top, bottom`,{backgroundColor:`var(--n-toggle-bar-color)`}),G(`&:hover`,[q(`top, bottom`,{backgroundColor:`var(--n-toggle-bar-color-hover)`})])]),q(`border`,`
 position: absolute;
 top: 0;
 right: 0;
 bottom: 0;
 width: 1px;
 transition: background-color .3s var(--n-bezier);
 `),X(`layout-sider-scroll-container`,`
 flex-grow: 1;
 flex-shrink: 0;
 box-sizing: border-box;
 height: 100%;
 opacity: 0;
 transition: opacity .3s var(--n-bezier);
 max-width: 100%;
 `),K(`show-content`,[X(`layout-sider-scroll-container`,{opacity:1})]),K(`absolute-positioned`,`
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 `)]),ot=[`onClick`],st=d({props:{clsPrefix:{type:String,required:!0},onClick:Function},render(){let{clsPrefix:e}=this;return i(),w(`div`,{onClick:this.onClick,class:Z(`${e}-layout-toggle-bar`)},[T(`div`,{class:Z(`${e}-layout-toggle-bar__top`)},null,2),T(`div`,{class:Z(`${e}-layout-toggle-bar__bottom`)},null,2)],10,ot)}}),ct=[`onClick`],lt=d({name:`LayoutToggleButton`,props:{clsPrefix:{type:String,required:!0},onClick:Function},render(){let{clsPrefix:e}=this;return i(),w(`div`,{class:Z(`${e}-layout-toggle-button`),onClick:this.onClick},[(i(),p(ue,{clsPrefix:e},{default:()=>(i(),p(je))},1032,[`clsPrefix`]))],10,ct)}}),ut=[`onTransitionend`],dt={position:Ye,bordered:Boolean,collapsedWidth:{type:Number,default:48},width:{type:[Number,String],default:272},contentClass:String,contentStyle:{type:[String,Object],default:``},collapseMode:{type:String,default:`transform`},collapsed:{type:Boolean,default:void 0},defaultCollapsed:Boolean,showCollapsedContent:{type:Boolean,default:!0},showTrigger:{type:[Boolean,String],default:!1},nativeScrollbar:{type:Boolean,default:!0},inverted:Boolean,scrollbarProps:Object,triggerClass:String,triggerStyle:[String,Object],collapsedTriggerClass:String,collapsedTriggerStyle:[String,Object],"onUpdate:collapsed":[Function,Array],onUpdateCollapsed:[Function,Array],onAfterEnter:Function,onAfterLeave:Function,onExpand:[Function,Array],onCollapse:[Function,Array],onScroll:Function},ft=d({name:`LayoutSider`,props:{...W.props,...dt},setup(e){let n=o(Qe),r=S(null),i=S(null),a=S(e.defaultCollapsed),s=Te(C(e,`collapsed`),a),c=b(()=>xe(s.value?e.collapsedWidth:e.width)),l=b(()=>e.collapseMode===`transform`?{minWidth:xe(e.width)}:{}),u=b(()=>n?n.siderPlacement:`left`);function d(t,n){if(e.nativeScrollbar){let{value:e}=r;e&&(n===void 0?e.scrollTo(t):e.scrollTo(t,n))}else{let{value:e}=i;e&&e.scrollTo(t,n)}}function f(){let{"onUpdate:collapsed":t,onUpdateCollapsed:n,onExpand:r,onCollapse:i}=e,{value:o}=s;n&&L(n,!o),t&&L(t,!o),a.value=!o,o?r&&L(r):i&&L(i)}let p=0,m=0,h=t=>{let n=t.target;p=n.scrollLeft,m=n.scrollTop,e.onScroll?.(t)};I(()=>{if(e.nativeScrollbar){let e=r.value;e&&(e.scrollTop=m,e.scrollLeft=p)}}),t(Je,{collapsedRef:s,collapseModeRef:C(e,`collapseMode`)});let{mergedClsPrefixRef:g,inlineThemeDisabled:_}=V(e),v=W(`Layout`,`-layout-sider`,at,qe,e,g);function y(t){t.propertyName===`max-width`&&(s.value?e.onAfterLeave?.():e.onAfterEnter?.())}let x={scrollTo:d},w=b(()=>{let{common:{cubicBezierEaseInOut:t},self:n}=v.value,{siderToggleButtonColor:r,siderToggleButtonBorder:i,siderToggleBarColor:a,siderToggleBarColorHover:o}=n,s={"--n-bezier":t,"--n-toggle-button-color":r,"--n-toggle-button-border":i,"--n-toggle-bar-color":a,"--n-toggle-bar-color-hover":o};return e.inverted?(s[`--n-color`]=n.siderColorInverted,s[`--n-text-color`]=n.textColorInverted,s[`--n-border-color`]=n.siderBorderColorInverted,s[`--n-toggle-button-icon-color`]=n.siderToggleButtonIconColorInverted,s.__invertScrollbar=n.__invertScrollbar):(s[`--n-color`]=n.siderColor,s[`--n-text-color`]=n.textColor,s[`--n-border-color`]=n.siderBorderColor,s[`--n-toggle-button-icon-color`]=n.siderToggleButtonIconColor),s}),T=_?J(`layout-sider`,b(()=>e.inverted?`a`:`b`),w,e):void 0;return{scrollableElRef:r,scrollbarInstRef:i,mergedClsPrefix:g,mergedTheme:v,styleMaxWidth:c,mergedCollapsed:s,scrollContainerStyle:l,siderPlacement:u,handleNativeElScroll:h,handleTransitionend:y,handleTriggerClick:f,inlineThemeDisabled:_,cssVars:w,themeClass:T?.themeClass,onRender:T?.onRender,...x}},render(){let{mergedClsPrefix:e,mergedCollapsed:t,showTrigger:n}=this;return this.onRender?.(),i(),w(`aside`,{class:Z([`${e}-layout-sider`,this.themeClass,`${e}-layout-sider--${this.position}-positioned`,`${e}-layout-sider--${this.siderPlacement}-placement`,this.bordered&&`${e}-layout-sider--bordered`,t&&`${e}-layout-sider--collapsed`,(!t||this.showCollapsedContent)&&`${e}-layout-sider--show-content`]),onTransitionend:this.handleTransitionend,style:E([this.inlineThemeDisabled?void 0:this.cssVars,{maxWidth:this.styleMaxWidth,width:xe(this.width)}])},[this.nativeScrollbar?(i(),w(`div`,{key:1,class:Z([`${e}-layout-sider-scroll-container`,this.contentClass]),onScroll:this.handleNativeElScroll,style:E([this.scrollContainerStyle,{overflow:`auto`},this.contentStyle]),ref:`scrollableElRef`},[M(()=>this.$slots.default?.())],46,[`onScroll`])):(i(),p(j,s({key:0},this.scrollbarProps,{onScroll:this.onScroll,ref:`scrollbarInstRef`,style:this.scrollContainerStyle,contentStyle:this.contentStyle,contentClass:this.contentClass,theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar,builtinThemeOverrides:this.inverted&&this.cssVars.__invertScrollbar===`true`?{colorHover:`rgba(255, 255, 255, .4)`,color:`rgba(255, 255, 255, .3)`}:void 0}),N(this.$slots),1040,[`onScroll`,`style`,`contentStyle`,`contentClass`,`theme`,`themeOverrides`,`builtinThemeOverrides`])),n?(i(),w(_,{key:2},[n===`bar`?(i(),p(st,{key:0,clsPrefix:e,class:Z(t?this.collapsedTriggerClass:this.triggerClass),style:E(t?this.collapsedTriggerStyle:this.triggerStyle),onClick:this.handleTriggerClick},null,8,[`clsPrefix`,`class`,`style`,`onClick`])):(i(),p(lt,{key:1,clsPrefix:e,class:Z(t?this.collapsedTriggerClass:this.triggerClass),style:E(t?this.collapsedTriggerStyle:this.triggerStyle),onClick:this.handleTriggerClick},null,8,[`clsPrefix`,`class`,`style`,`onClick`]))],64)):M(()=>null),this.bordered?(i(),w(`div`,{key:4,class:Z(`${e}-layout-sider__border`)},null,2)):M(()=>null)],46,ut)}}),Q=F(`n-menu`),pt=F(`n-submenu`),mt=F(`n-menu-item-group`),ht=[G(`&::before`,`background-color: var(--n-item-color-hover);`),q(`arrow`,`
 color: var(--n-arrow-color-hover);
 `),q(`icon`,`
 color: var(--n-item-icon-color-hover);
 `),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-hover);
 `,[G(`a`,`
 color: var(--n-item-text-color-hover);
 `),q(`extra`,`
 color: var(--n-item-text-color-hover);
 `)])],gt=[q(`icon`,`
 color: var(--n-item-icon-color-hover-horizontal);
 `),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-hover-horizontal);
 `,[G(`a`,`
 color: var(--n-item-text-color-hover-horizontal);
 `),q(`extra`,`
 color: var(--n-item-text-color-hover-horizontal);
 `)])],_t=G([X(`menu`,`
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
 `,[X(`submenu`,`margin: 0;`),X(`menu-item`,`margin: 0;`),X(`menu-item-content`,`
 padding: 0 20px;
 border-bottom: 2px solid #0000;
 `,[G(`&::before`,`display: none;`),K(`selected`,`border-bottom: 2px solid var(--n-border-color-horizontal)`)]),X(`menu-item-content`,[K(`selected`,[q(`icon`,`color: var(--n-item-icon-color-active-horizontal);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-horizontal);
 `,[G(`a`,`color: var(--n-item-text-color-active-horizontal);`),q(`extra`,`color: var(--n-item-text-color-active-horizontal);`)])]),K(`child-active`,`
 border-bottom: 2px solid var(--n-border-color-horizontal);
 `,[X(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `,[G(`a`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `),q(`extra`,`
 color: var(--n-item-text-color-child-active-horizontal);
 `)]),q(`icon`,`
 color: var(--n-item-icon-color-child-active-horizontal);
 `)]),U(`disabled`,[U(`selected, child-active`,[G(`&:focus-within`,gt)]),K(`selected`,[$(null,[q(`icon`,`color: var(--n-item-icon-color-active-hover-horizontal);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-hover-horizontal);
 `,[G(`a`,`color: var(--n-item-text-color-active-hover-horizontal);`),q(`extra`,`color: var(--n-item-text-color-active-hover-horizontal);`)])])]),K(`child-active`,[$(null,[q(`icon`,`color: var(--n-item-icon-color-child-active-hover-horizontal);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-hover-horizontal);
 `,[G(`a`,`color: var(--n-item-text-color-child-active-hover-horizontal);`),q(`extra`,`color: var(--n-item-text-color-child-active-hover-horizontal);`)])])]),$(`border-bottom: 2px solid var(--n-border-color-horizontal);`,gt)]),X(`menu-item-content-header`,[G(`a`,`color: var(--n-item-text-color-horizontal);`)])])]),U(`responsive`,[X(`menu-item-content-header`,`
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),K(`collapsed`,[X(`menu-item-content`,[K(`selected`,[G(`&::before`,`
 background-color: var(--n-item-color-active-collapsed) !important;
 `)]),X(`menu-item-content-header`,`opacity: 0;`),q(`arrow`,`opacity: 0;`),q(`icon`,`color: var(--n-item-icon-color-collapsed);`)])]),X(`menu-item`,`
 height: var(--n-item-height);
 margin-top: 6px;
 position: relative;
 `),X(`menu-item-content`,`
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
 `,[G(`> *`,`z-index: 1;`),G(`&::before`,`
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
 `),K(`collapsed`,[q(`arrow`,`transform: rotate(0);`)]),K(`selected`,[G(`&::before`,`background-color: var(--n-item-color-active);`),q(`arrow`,`color: var(--n-arrow-color-active);`),q(`icon`,`color: var(--n-item-icon-color-active);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-active);
 `,[G(`a`,`color: var(--n-item-text-color-active);`),q(`extra`,`color: var(--n-item-text-color-active);`)])]),K(`child-active`,[X(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active);
 `,[G(`a`,`
 color: var(--n-item-text-color-child-active);
 `),q(`extra`,`
 color: var(--n-item-text-color-child-active);
 `)]),q(`arrow`,`
 color: var(--n-arrow-color-child-active);
 `),q(`icon`,`
 color: var(--n-item-icon-color-child-active);
 `)]),U(`disabled`,[U(`selected, child-active`,[G(`&:focus-within`,ht)]),K(`selected`,[$(null,[q(`arrow`,`color: var(--n-arrow-color-active-hover);`),q(`icon`,`color: var(--n-item-icon-color-active-hover);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-active-hover);
 `,[G(`a`,`color: var(--n-item-text-color-active-hover);`),q(`extra`,`color: var(--n-item-text-color-active-hover);`)])])]),K(`child-active`,[$(null,[q(`arrow`,`color: var(--n-arrow-color-child-active-hover);`),q(`icon`,`color: var(--n-item-icon-color-child-active-hover);`),X(`menu-item-content-header`,`
 color: var(--n-item-text-color-child-active-hover);
 `,[G(`a`,`color: var(--n-item-text-color-child-active-hover);`),q(`extra`,`color: var(--n-item-text-color-child-active-hover);`)])])]),K(`selected`,[$(null,[G(`&::before`,`background-color: var(--n-item-color-active-hover);`)])]),$(null,ht)]),q(`icon`,`
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
 `),q(`arrow`,`
 grid-area: arrow;
 font-size: 16px;
 color: var(--n-arrow-color);
 transform: rotate(180deg);
 opacity: 1;
 transition:
 color .3s var(--n-bezier),
 transform 0.2s var(--n-bezier),
 opacity 0.2s var(--n-bezier);
 `),X(`menu-item-content-header`,`
 grid-area: content;
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 opacity: 1;
 white-space: nowrap;
 color: var(--n-item-text-color);
 `,[G(`a`,`
 outline: none;
 text-decoration: none;
 transition: color .3s var(--n-bezier);
 color: var(--n-item-text-color);
 `,[G(`&::before`,`
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),q(`extra`,`
 font-size: .93em;
 color: var(--n-group-text-color);
 transition: color .3s var(--n-bezier);
 `)])]),X(`submenu`,`
 cursor: pointer;
 position: relative;
 margin-top: 6px;
 `,[X(`menu-item-content`,`
 height: var(--n-item-height);
 `),X(`submenu-children`,`
 overflow: hidden;
 padding: 0;
 `,[ie({duration:`.2s`})])]),X(`menu-item-group`,[X(`menu-item-group-title`,`
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
 `)])]),X(`menu-tooltip`,[G(`a`,`
 color: inherit;
 text-decoration: none;
 `)]),X(`menu-divider`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-divider-color);
 height: 1px;
 margin: 6px 18px;
 `)]);function $(e,t){return[K(`hover`,e,t),G(`&:hover`,e,t)]}var vt=d({name:`MenuDivider`,setup(){let{mergedClsPrefixRef:e,isHorizontalRef:t}=o(Q);return()=>t.value?null:(i(),w(`div`,{key:1,class:Z(`${e.value}-menu-divider`)},null,2))}}),yt=d({name:`ChevronDownFilled`,render(){return(()=>{let e=k(`f3af82a2aab086a5`);return e[0]||=T(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[T(`path`,{d:`M3.20041 5.73966C3.48226 5.43613 3.95681 5.41856 4.26034 5.70041L8 9.22652L11.7397 5.70041C12.0432 5.41856 12.5177 5.43613 12.7996 5.73966C13.0815 6.0432 13.0639 6.51775 12.7603 6.7996L8.51034 10.7996C8.22258 11.0668 7.77743 11.0668 7.48967 10.7996L3.23966 6.7996C2.93613 6.51775 2.91856 6.0432 3.20041 5.73966Z`,fill:`currentColor`})],-1)})()}}),bt=[`onClick`],xt=d({name:`MenuOptionContent`,props:{collapsed:Boolean,disabled:Boolean,title:[String,Function],icon:Function,extra:[String,Function],showArrow:Boolean,childActive:Boolean,hover:Boolean,paddingLeft:Number,selected:Boolean,maxIconSize:{type:Number,required:!0},activeIconSize:{type:Number,required:!0},iconMarginRight:{type:Number,required:!0},clsPrefix:{type:String,required:!0},onClick:Function,tmNode:{type:Object,required:!0},isEllipsisPlaceholder:Boolean},setup(e){let{props:t}=o(Q);return{menuProps:t,style:b(()=>{let{paddingLeft:t}=e;return{paddingLeft:t&&`${t}px`}}),iconStyle:b(()=>{let{maxIconSize:t,activeIconSize:n,iconMarginRight:r}=e;return{width:`${t}px`,height:`${t}px`,fontSize:`${n}px`,marginRight:`${r}px`}})}},render(){let{clsPrefix:e,tmNode:t,menuProps:{renderIcon:n,renderLabel:r,renderExtra:a,expandIcon:o}}=this,s=n?n(t.rawNode):Y(this.icon);return(()=>{let n=k(`7bb10afc6caf8fa4`);return i(),w(`div`,{onClick:e=>{this.onClick?.(e)},role:`none`,class:Z([`${e}-menu-item-content`,{[`${e}-menu-item-content--selected`]:this.selected,[`${e}-menu-item-content--collapsed`]:this.collapsed,[`${e}-menu-item-content--child-active`]:this.childActive,[`${e}-menu-item-content--disabled`]:this.disabled,[`${e}-menu-item-content--hover`]:this.hover}]),style:E(this.style)},[M(()=>s&&(i(),w(`div`,{class:Z(`${e}-menu-item-content__icon`),style:E(this.iconStyle),role:`none`},[M(()=>[s])],6))),T(`div`,{class:Z(`${e}-menu-item-content-header`),role:`none`},[this.isEllipsisPlaceholder?(i(),w(_,{key:0},[M(()=>this.title)],64)):(i(),w(_,{key:1},[r?(i(),w(_,{key:0},[M(()=>r(t.rawNode))],64)):(i(),w(_,{key:1},[M(()=>Y(this.title))],64))],64)),this.extra||a?(i(),w(`span`,{key:2,class:Z(`${e}-menu-item-content-header__extra`)},[n[0]||=M(` `,-1),a?(i(),w(_,{key:0},[M(()=>a(t.rawNode))],64)):(i(),w(_,{key:1},[M(()=>Y(this.extra))],64))],2)):M(()=>null)],2),this.showArrow?(i(),p(ue,{key:0,ariaHidden:!0,class:Z(`${e}-menu-item-content__arrow`),clsPrefix:e},{default:()=>o?o(t.rawNode):(i(),p(yt,{key:1}))},1032,[`class`,`clsPrefix`])):M(()=>null)],14,bt)})()}}),St=8;function Ct(e){let t=o(Q),{props:n,mergedCollapsedRef:r}=t,i=o(pt,null),a=o(mt,null),s=b(()=>n.mode===`horizontal`),c=b(()=>s.value?n.dropdownPlacement:`tmNodes`in e?`right-start`:`right`),l=b(()=>Math.max(n.collapsedIconSize??n.iconSize,n.iconSize));return{dropdownPlacement:c,activeIconSize:b(()=>!s.value&&e.root&&r.value?n.collapsedIconSize??n.iconSize:n.iconSize),maxIconSize:l,paddingLeft:b(()=>{if(s.value)return;let{collapsedWidth:t,indent:o,rootIndent:c}=n,{root:u,isGroup:d}=e,f=c===void 0?o:c;return u?r.value?t/2-l.value/2:f:a&&typeof a.paddingLeftRef.value==`number`?r.value?t/2-l.value/2:o/2+a.paddingLeftRef.value:i&&typeof i.paddingLeftRef.value==`number`?(d?o/2:o)+i.paddingLeftRef.value:0}),iconMarginRight:b(()=>{let{collapsedWidth:t,indent:i,rootIndent:a}=n,{value:o}=l,{root:c}=e;return s.value||!c||!r.value?St:(a===void 0?i:a)+o+St-(t+o)/2}),NMenu:t,NSubmenu:i,NMenuOptionGroup:a}}var wt={internalKey:{type:[String,Number],required:!0},root:Boolean,isGroup:Boolean,level:{type:Number,required:!0},title:[String,Function],extra:[String,Function]},Tt={...wt,tmNode:{type:Object,required:!0},disabled:Boolean,icon:Function,onClick:Function},Et=z(Tt),Dt=d({name:`MenuOption`,props:Tt,setup(e){let t=Ct(e),{NSubmenu:n,NMenu:r,NMenuOptionGroup:i}=t,{props:a,mergedClsPrefixRef:o,mergedCollapsedRef:s}=r,c=n?n.mergedDisabledRef:i?i.mergedDisabledRef:{value:!1},l=b(()=>c.value||e.disabled);function u(t){let{onClick:n}=e;n&&n(t)}function d(t){l.value||(r.doSelect(e.internalKey,e.tmNode.rawNode),u(t))}return{mergedClsPrefix:o,dropdownPlacement:t.dropdownPlacement,paddingLeft:t.paddingLeft,iconMarginRight:t.iconMarginRight,maxIconSize:t.maxIconSize,activeIconSize:t.activeIconSize,mergedTheme:r.mergedThemeRef,menuProps:a,dropdownEnabled:H(()=>e.root&&s.value&&a.mode!==`horizontal`&&!l.value),selected:H(()=>r.mergedValueRef.value===e.internalKey),mergedDisabled:l,handleClick:d}},render(){let{mergedClsPrefix:e,mergedTheme:t,tmNode:n,menuProps:{renderLabel:r,nodeProps:a}}=this,o=a?.(n.rawNode);return i(),w(`div`,s(o,{role:`menuitem`,class:[`${e}-menu-item`,o?.class]}),[(i(),p(Me,{theme:t.peers.Tooltip,themeOverrides:t.peerOverrides.Tooltip,trigger:`hover`,placement:this.dropdownPlacement,disabled:!this.dropdownEnabled||this.title===void 0,internalExtraClass:[`menu-tooltip`]},{default:()=>r?r(n.rawNode):Y(this.title),trigger:()=>(i(),p(xt,{tmNode:n,clsPrefix:e,paddingLeft:this.paddingLeft,iconMarginRight:this.iconMarginRight,maxIconSize:this.maxIconSize,activeIconSize:this.activeIconSize,selected:this.selected,title:this.title,extra:this.extra,disabled:this.mergedDisabled,icon:this.icon,onClick:this.handleClick},null,8,[`tmNode`,`clsPrefix`,`paddingLeft`,`iconMarginRight`,`maxIconSize`,`activeIconSize`,`selected`,`title`,`extra`,`disabled`,`icon`,`onClick`]))},1032,[`theme`,`themeOverrides`,`placement`,`disabled`]))],16)}}),Ot={...wt,tmNode:{type:Object,required:!0},tmNodes:{type:Array,required:!0}},kt=z(Ot),At=d({name:`MenuOptionGroup`,props:Ot,setup(e){let n=Ct(e),{NSubmenu:r}=n,a=b(()=>r?.mergedDisabledRef.value?!0:e.tmNode.disabled);t(mt,{paddingLeftRef:n.paddingLeft,mergedDisabledRef:a});let{mergedClsPrefixRef:c,props:l}=o(Q);return function(){let{value:t}=c,r=n.paddingLeft.value,{nodeProps:a}=l,o=a?.(e.tmNode.rawNode);return(()=>{let n=k(`45eca6a63be5028b`);return i(),w(`div`,{class:Z(`${t}-menu-item-group`),role:`group`},[T(`div`,s(o,{class:[`${t}-menu-item-group-title`,o?.class],style:[o?.style||``,r===void 0?``:`padding-left: ${r}px;`]}),[M(()=>Y(e.title)),e.extra?(i(),w(_,{key:0},[n[0]||=M(` `,-1),M(()=>Y(e.extra))],64)):M(()=>null)],16),T(`div`,null,[M(()=>e.tmNodes.map(e=>Rt(e,l)))])],2)})()}}}),jt=[`aria-expanded`,`id`],Mt=[`aria-expanded`,`id`],Nt={...wt,rawNodes:{type:Array,default:()=>[]},tmNodes:{type:Array,default:()=>[]},tmNode:{type:Object,required:!0},disabled:Boolean,icon:Function,onClick:Function,domId:String,virtualChildActive:{type:Boolean,default:void 0},isEllipsisPlaceholder:Boolean},Pt=z(Nt),Ft=d({name:`Submenu`,props:Nt,setup(e){let n=Ct(e),{NMenu:r,NSubmenu:i}=n,{props:a,mergedCollapsedRef:o,mergedThemeRef:s}=r,c=b(()=>{let{disabled:t}=e;return i?.mergedDisabledRef.value||a.disabled?!0:t}),l=S(!1);t(pt,{paddingLeftRef:n.paddingLeft,mergedDisabledRef:c}),t(mt,null);function u(){let{onClick:t}=e;t&&t()}function d(){c.value||(o.value||r.toggleExpand(e.internalKey),u())}function f(e){l.value=e}return{menuProps:a,mergedTheme:s,doSelect:r.doSelect,inverted:r.invertedRef,isHorizontal:r.isHorizontalRef,mergedClsPrefix:r.mergedClsPrefixRef,maxIconSize:n.maxIconSize,activeIconSize:n.activeIconSize,iconMarginRight:n.iconMarginRight,dropdownPlacement:n.dropdownPlacement,dropdownShow:l,paddingLeft:n.paddingLeft,mergedDisabled:c,mergedValue:r.mergedValueRef,childActive:H(()=>e.virtualChildActive??r.activePathRef.value.includes(e.internalKey)),collapsed:b(()=>a.mode===`horizontal`?!1:o.value?!0:!r.mergedExpandedKeysRef.value.includes(e.internalKey)),dropdownEnabled:b(()=>!c.value&&(a.mode===`horizontal`||o.value)),handlePopoverShowChange:f,handleClick:d}},render(){let{mergedClsPrefix:e,menuProps:{renderIcon:t,renderLabel:n}}=this,r=()=>{let{isHorizontal:e,paddingLeft:t,collapsed:n,mergedDisabled:r,maxIconSize:a,activeIconSize:o,title:c,childActive:l,icon:u,handleClick:d,menuProps:{nodeProps:f},dropdownShow:m,iconMarginRight:h,tmNode:g,mergedClsPrefix:_,isEllipsisPlaceholder:v,extra:y}=this,b=f?.(g.rawNode);return i(),w(`div`,s(b,{class:[`${_}-menu-item`,b?.class],role:`menuitem`}),[(i(),p(xt,{tmNode:g,paddingLeft:t,collapsed:n,disabled:r,iconMarginRight:h,maxIconSize:a,activeIconSize:o,title:c,extra:y,showArrow:!e,childActive:l,clsPrefix:_,icon:u,hover:m,onClick:d,isEllipsisPlaceholder:v},null,8,[`tmNode`,`paddingLeft`,`collapsed`,`disabled`,`iconMarginRight`,`maxIconSize`,`activeIconSize`,`title`,`extra`,`showArrow`,`childActive`,`clsPrefix`,`icon`,`hover`,`onClick`,`isEllipsisPlaceholder`]))],16)},a=()=>(i(),p(fe,null,{default:()=>{let{tmNodes:t,collapsed:n}=this;return n?null:(i(),w(`div`,{key:1,class:Z(`${e}-submenu-children`),role:`menu`},[M(()=>t.map(e=>Rt(e,this.menuProps)))],2))}},1024));return this.root?(i(),p(Ne,s({key:2,size:`large`,trigger:`hover`},this.menuProps?.dropdownProps,{themeOverrides:this.mergedTheme.peerOverrides.Dropdown,theme:this.mergedTheme.peers.Dropdown,builtinThemeOverrides:{fontSizeLarge:`14px`,optionIconSizeLarge:`18px`},value:this.mergedValue,disabled:!this.dropdownEnabled,placement:this.dropdownPlacement,keyField:this.menuProps.keyField,labelField:this.menuProps.labelField,childrenField:this.menuProps.childrenField,onUpdateShow:this.handlePopoverShowChange,options:this.rawNodes,onSelect:this.doSelect,inverted:this.inverted,renderIcon:t,renderLabel:n}),{default:()=>(i(),w(`div`,{class:Z(`${e}-submenu`),role:`menu`,"aria-expanded":!this.collapsed,id:this.domId},[M(()=>r()),this.isHorizontal?M(()=>null):(i(),w(_,{key:1},[M(()=>a())],64))],10,jt))},1040,[`themeOverrides`,`theme`,`value`,`disabled`,`placement`,`keyField`,`labelField`,`childrenField`,`onUpdateShow`,`options`,`onSelect`,`inverted`,`renderIcon`,`renderLabel`])):(i(),w(`div`,{key:3,class:Z(`${e}-submenu`),role:`menu`,"aria-expanded":!this.collapsed,id:this.domId},[M(()=>r()),M(()=>a())],10,Mt))}});function It(e){return e.type===`divider`||e.type===`render`}function Lt(e){return e.type===`divider`}function Rt(e,t){let{rawNode:n}=e,{show:r}=n;if(r===!1)return null;if(It(n))return Lt(n)?(i(),p(vt,s({key:e.key},n.props),null,16)):null;let{labelField:a}=t,{key:o,level:c,isGroup:l}=e,u={...n,title:n.title||n[a],extra:n.titleExtra||n.extra,key:o,internalKey:o,level:c,root:c===0,isGroup:l};return e.children?e.isGroup?f(At,R(u,kt,{tmNode:e,tmNodes:e.children,key:o})):f(Ft,R(u,Pt,{key:o,rawNodes:n[t.childrenField],tmNodes:e.children,tmNode:e})):f(Dt,R(u,Et,{key:o,tmNode:e}))}var zt={...W.props,options:{type:Array,default:()=>[]},collapsed:{type:Boolean,default:void 0},collapsedWidth:{type:Number,default:48},iconSize:{type:Number,default:20},collapsedIconSize:{type:Number,default:24},rootIndent:Number,indent:{type:Number,default:32},labelField:{type:String,default:`label`},keyField:{type:String,default:`key`},childrenField:{type:String,default:`children`},disabledField:{type:String,default:`disabled`},defaultExpandAll:Boolean,defaultExpandedKeys:Array,expandedKeys:Array,value:[String,Number],defaultValue:{type:[String,Number],default:null},mode:{type:String,default:`vertical`},watchProps:{type:Array,default:void 0},disabled:Boolean,show:{type:Boolean,default:!0},inverted:Boolean,"onUpdate:expandedKeys":[Function,Array],onUpdateExpandedKeys:[Function,Array],onUpdateValue:[Function,Array],"onUpdate:value":[Function,Array],expandIcon:Function,renderIcon:Function,renderLabel:Function,renderExtra:Function,dropdownProps:Object,accordion:Boolean,nodeProps:Function,dropdownPlacement:{type:String,default:`bottom`},responsive:Boolean,items:Array,onOpenNamesChange:[Function,Array],onSelect:[Function,Array],onExpandedNamesChange:[Function,Array],expandedNames:Array,defaultExpandedNames:Array},Bt=d({name:`Menu`,inheritAttrs:!1,props:zt,setup(e){let{mergedClsPrefixRef:n,inlineThemeDisabled:r}=V(e),a=W(`Menu`,`-menu`,_t,ae,e,n),s=o(Je,null),c=b(()=>{let{collapsed:t}=e;if(t!==void 0)return t;if(s){let{collapseModeRef:e,collapsedRef:t}=s;if(e.value===`width`)return t.value??!1}return!1}),l=b(()=>{let{keyField:t,childrenField:n,disabledField:r}=e;return Fe(e.items||e.options,{getIgnored(e){return It(e)},getChildren(e){return e[n]},getDisabled(e){return e[r]},getKey(e){return e[t]??e.name}})}),d=b(()=>new Set(l.value.treeNodes.map(e=>e.key))),{watchProps:f}=e,m=S(null);f?.includes(`defaultValue`)?u(()=>{m.value=e.defaultValue}):m.value=e.defaultValue;let h=C(e,`value`),g=Te(h,m),_=S([]),v=()=>{_.value=e.defaultExpandAll?l.value.getNonLeafKeys():e.defaultExpandedNames||e.defaultExpandedKeys||l.value.getPath(g.value,{includeSelf:!1}).keyPath};f?.includes(`defaultExpandedKeys`)?u(v):v();let y=Ce(e,[`expandedNames`,`expandedKeys`]),x=Te(y,_),w=b(()=>l.value.treeNodes),T=b(()=>l.value.getPath(g.value).keyPath);t(Q,{props:e,mergedCollapsedRef:c,mergedThemeRef:a,mergedValueRef:g,mergedExpandedKeysRef:x,activePathRef:T,mergedClsPrefixRef:n,isHorizontalRef:b(()=>e.mode===`horizontal`),invertedRef:C(e,`inverted`),doSelect:E,toggleExpand:O});function E(t,n){let{"onUpdate:value":r,onUpdateValue:i,onSelect:a}=e;i&&L(i,t,n),r&&L(r,t,n),a&&L(a,t,n),m.value=t}function D(t){let{"onUpdate:expandedKeys":n,onUpdateExpandedKeys:r,onExpandedNamesChange:i,onOpenNamesChange:a}=e;n&&L(n,t),r&&L(r,t),i&&L(i,t),a&&L(a,t),_.value=t}function O(t){let n=Array.from(x.value),r=n.findIndex(e=>e===t);if(~r)n.splice(r,1);else{if(e.accordion&&d.value.has(t)){let e=n.findIndex(e=>d.value.has(e));e>-1&&n.splice(e,1)}n.push(t)}D(n)}let k=t=>{let n=l.value.getPath(t??g.value,{includeSelf:!1}).keyPath;if(!n.length)return;let r=Array.from(x.value),i=new Set([...r,...n]);e.accordion&&d.value.forEach(e=>{i.has(e)&&!n.includes(e)&&i.delete(e)}),D(Array.from(i))},A=b(()=>{let{inverted:t}=e,{common:{cubicBezierEaseInOut:n},self:r}=a.value,{borderRadius:i,borderColorHorizontal:o,fontSize:s,itemHeight:c,dividerColor:l}=r,u={"--n-divider-color":l,"--n-bezier":n,"--n-font-size":s,"--n-border-color-horizontal":o,"--n-border-radius":i,"--n-item-height":c};return t?(u[`--n-group-text-color`]=r.groupTextColorInverted,u[`--n-color`]=r.colorInverted,u[`--n-item-text-color`]=r.itemTextColorInverted,u[`--n-item-text-color-hover`]=r.itemTextColorHoverInverted,u[`--n-item-text-color-active`]=r.itemTextColorActiveInverted,u[`--n-item-text-color-child-active`]=r.itemTextColorChildActiveInverted,u[`--n-item-text-color-child-active-hover`]=r.itemTextColorChildActiveInverted,u[`--n-item-text-color-active-hover`]=r.itemTextColorActiveHoverInverted,u[`--n-item-icon-color`]=r.itemIconColorInverted,u[`--n-item-icon-color-hover`]=r.itemIconColorHoverInverted,u[`--n-item-icon-color-active`]=r.itemIconColorActiveInverted,u[`--n-item-icon-color-active-hover`]=r.itemIconColorActiveHoverInverted,u[`--n-item-icon-color-child-active`]=r.itemIconColorChildActiveInverted,u[`--n-item-icon-color-child-active-hover`]=r.itemIconColorChildActiveHoverInverted,u[`--n-item-icon-color-collapsed`]=r.itemIconColorCollapsedInverted,u[`--n-item-text-color-horizontal`]=r.itemTextColorHorizontalInverted,u[`--n-item-text-color-hover-horizontal`]=r.itemTextColorHoverHorizontalInverted,u[`--n-item-text-color-active-horizontal`]=r.itemTextColorActiveHorizontalInverted,u[`--n-item-text-color-child-active-horizontal`]=r.itemTextColorChildActiveHorizontalInverted,u[`--n-item-text-color-child-active-hover-horizontal`]=r.itemTextColorChildActiveHoverHorizontalInverted,u[`--n-item-text-color-active-hover-horizontal`]=r.itemTextColorActiveHoverHorizontalInverted,u[`--n-item-icon-color-horizontal`]=r.itemIconColorHorizontalInverted,u[`--n-item-icon-color-hover-horizontal`]=r.itemIconColorHoverHorizontalInverted,u[`--n-item-icon-color-active-horizontal`]=r.itemIconColorActiveHorizontalInverted,u[`--n-item-icon-color-active-hover-horizontal`]=r.itemIconColorActiveHoverHorizontalInverted,u[`--n-item-icon-color-child-active-horizontal`]=r.itemIconColorChildActiveHorizontalInverted,u[`--n-item-icon-color-child-active-hover-horizontal`]=r.itemIconColorChildActiveHoverHorizontalInverted,u[`--n-arrow-color`]=r.arrowColorInverted,u[`--n-arrow-color-hover`]=r.arrowColorHoverInverted,u[`--n-arrow-color-active`]=r.arrowColorActiveInverted,u[`--n-arrow-color-active-hover`]=r.arrowColorActiveHoverInverted,u[`--n-arrow-color-child-active`]=r.arrowColorChildActiveInverted,u[`--n-arrow-color-child-active-hover`]=r.arrowColorChildActiveHoverInverted,u[`--n-item-color-hover`]=r.itemColorHoverInverted,u[`--n-item-color-active`]=r.itemColorActiveInverted,u[`--n-item-color-active-hover`]=r.itemColorActiveHoverInverted,u[`--n-item-color-active-collapsed`]=r.itemColorActiveCollapsedInverted):(u[`--n-group-text-color`]=r.groupTextColor,u[`--n-color`]=r.color,u[`--n-item-text-color`]=r.itemTextColor,u[`--n-item-text-color-hover`]=r.itemTextColorHover,u[`--n-item-text-color-active`]=r.itemTextColorActive,u[`--n-item-text-color-child-active`]=r.itemTextColorChildActive,u[`--n-item-text-color-child-active-hover`]=r.itemTextColorChildActiveHover,u[`--n-item-text-color-active-hover`]=r.itemTextColorActiveHover,u[`--n-item-icon-color`]=r.itemIconColor,u[`--n-item-icon-color-hover`]=r.itemIconColorHover,u[`--n-item-icon-color-active`]=r.itemIconColorActive,u[`--n-item-icon-color-active-hover`]=r.itemIconColorActiveHover,u[`--n-item-icon-color-child-active`]=r.itemIconColorChildActive,u[`--n-item-icon-color-child-active-hover`]=r.itemIconColorChildActiveHover,u[`--n-item-icon-color-collapsed`]=r.itemIconColorCollapsed,u[`--n-item-text-color-horizontal`]=r.itemTextColorHorizontal,u[`--n-item-text-color-hover-horizontal`]=r.itemTextColorHoverHorizontal,u[`--n-item-text-color-active-horizontal`]=r.itemTextColorActiveHorizontal,u[`--n-item-text-color-child-active-horizontal`]=r.itemTextColorChildActiveHorizontal,u[`--n-item-text-color-child-active-hover-horizontal`]=r.itemTextColorChildActiveHoverHorizontal,u[`--n-item-text-color-active-hover-horizontal`]=r.itemTextColorActiveHoverHorizontal,u[`--n-item-icon-color-horizontal`]=r.itemIconColorHorizontal,u[`--n-item-icon-color-hover-horizontal`]=r.itemIconColorHoverHorizontal,u[`--n-item-icon-color-active-horizontal`]=r.itemIconColorActiveHorizontal,u[`--n-item-icon-color-active-hover-horizontal`]=r.itemIconColorActiveHoverHorizontal,u[`--n-item-icon-color-child-active-horizontal`]=r.itemIconColorChildActiveHorizontal,u[`--n-item-icon-color-child-active-hover-horizontal`]=r.itemIconColorChildActiveHoverHorizontal,u[`--n-arrow-color`]=r.arrowColor,u[`--n-arrow-color-hover`]=r.arrowColorHover,u[`--n-arrow-color-active`]=r.arrowColorActive,u[`--n-arrow-color-active-hover`]=r.arrowColorActiveHover,u[`--n-arrow-color-child-active`]=r.arrowColorChildActive,u[`--n-arrow-color-child-active-hover`]=r.arrowColorChildActiveHover,u[`--n-item-color-hover`]=r.itemColorHover,u[`--n-item-color-active`]=r.itemColorActive,u[`--n-item-color-active-hover`]=r.itemColorActiveHover,u[`--n-item-color-active-collapsed`]=r.itemColorActiveCollapsed),u}),j=r?J(`menu`,b(()=>e.inverted?`a`:`b`),A,e):void 0,M=de(),N=S(null),P=S(null),F=!0,I=()=>{F?F=!1:N.value?.sync({showAllItemsBeforeCalculate:!0})};function R(){return document.getElementById(M)}let z=S(-1);function B(t){z.value=e.options.length-t}function ee(e){e||(z.value=-1)}let H=b(()=>{let t=z.value;return{children:t===-1?[]:e.options.slice(t)}}),U=b(()=>{let{childrenField:t,disabledField:n,keyField:r}=e;return Fe([H.value],{getIgnored(e){return It(e)},getChildren(e){return e[t]},getDisabled(e){return e[n]},getKey(e){return e[r]??e.name}})}),te=b(()=>Fe([{}]).treeNodes[0]);function ne(){if(z.value===-1)return i(),p(Ft,{root:!0,level:0,key:`__ellpisisGroupPlaceholder__`,internalKey:`__ellpisisGroupPlaceholder__`,title:`···`,tmNode:te.value,domId:M,isEllipsisPlaceholder:!0},null,8,[`tmNode`,`domId`]);let e=U.value.treeNodes[0],t=T.value,n=!!e.children?.some(e=>t.includes(e.key));return i(),p(Ft,{level:0,root:!0,key:`__ellpisisGroup__`,internalKey:`__ellpisisGroup__`,title:`···`,virtualChildActive:n,tmNode:e,domId:M,rawNodes:e.rawNode.children||[],tmNodes:e.children||[],isEllipsisPlaceholder:!0},null,8,[`virtualChildActive`,`tmNode`,`domId`,`rawNodes`,`tmNodes`])}return{mergedClsPrefix:n,controlledExpandedKeys:y,uncontrolledExpanededKeys:_,mergedExpandedKeys:x,uncontrolledValue:m,mergedValue:g,activePath:T,tmNodes:w,mergedTheme:a,mergedCollapsed:c,cssVars:r?void 0:A,themeClass:j?.themeClass,overflowRef:N,counterRef:P,updateCounter:()=>{},onResize:I,onUpdateOverflow:ee,onUpdateCount:B,renderCounter:ne,getCounter:R,onRender:j?.onRender,showOption:k,deriveResponsiveState:I}},render(){let{mergedClsPrefix:e,mode:t,themeClass:n,onRender:r}=this;r?.();let a=()=>this.tmNodes.map(e=>Rt(e,this.$props)),o=t===`horizontal`&&this.responsive,c=()=>f(`div`,s(this.$attrs,{role:t===`horizontal`?`menubar`:`menu`,class:[`${e}-menu`,n,`${e}-menu--${t}`,o&&`${e}-menu--responsive`,this.mergedCollapsed&&`${e}-menu--collapsed`],style:this.cssVars}),o?(i(),p(Pe,{key:2,ref:`overflowRef`,onUpdateOverflow:this.onUpdateOverflow,getCounter:this.getCounter,onUpdateCount:this.onUpdateCount,updateCounter:this.updateCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:a,counter:this.renderCounter},1032,[`onUpdateOverflow`,`getCounter`,`onUpdateCount`,`updateCounter`])):a());return o?(i(),p(P,{key:3,onResize:this.onResize},{default:c},1032,[`onResize`])):c()}}),Vt=A(`agent`,()=>{let e=S(null),t=me();async function n(){t.can(`conversations:reply`)&&(e.value=await le.get(`/routing/me`))}async function r(t,n=null){e.value=await le.put(`/routing/me/state`,{status:t,reason:n})}return ce.on(`agent_state`,n=>{e.value&&n.user_id===t.user?.id&&(e.value={...e.value,status:n.status,reason:n.reason??null,active:n.active,max_concurrent:n.max_concurrent})}),{state:e,load:n,set:r}}),Ht=ze(d({__name:`StateSwitcher`,setup(e){let{t}=he(),r=Vt(),a={online:`#18a058`,busy:`#f0a020`,break:`#8a63d2`,wrap_up:`#2080f0`,offline:`#999`},o=b(()=>[{key:`online`,label:t(`states.online`)},{key:`busy`,label:t(`states.busy`)},r.state?.break_reasons.length?{key:`break`,label:t(`states.break`),children:r.state.break_reasons.map(e=>({key:`break:${e.code}`,label:e.name}))}:{key:`break`,label:t(`states.break`)},{type:`divider`,key:`d`},{key:`offline`,label:t(`states.offline`)}]),s=b(()=>{let e=r.state;if(!e)return``;let n=e.reason&&e.status===`break`?e.break_reasons.find(t=>t.code===e.reason)?.name??e.reason:null;return n?`${t(`states.break`)} · ${n}`:t(`states.${e.status}`)});async function l(e){let[t,n]=e.split(`:`);try{await r.set(t,n??null)}catch(e){we(e)}}return v(()=>r.load().catch(we)),(e,t)=>x(r).state?(i(),p(x(Ne),{key:0,options:o.value,trigger:`click`,onSelect:l},{default:n(()=>[h(x(B),{size:`small`,secondary:``,"data-test":`state-switcher`,"data-state":x(r).state.status},{default:n(()=>[T(`span`,{class:`dot`,style:E({background:a[x(r).state.status]??`#999`})},null,4),g(` `+c(s.value)+` `,1),h(x(ke),{value:`${x(r).state.active}/${x(r).state.max_concurrent}`,type:`info`,style:{"margin-left":`8px`}},null,8,[`value`])]),_:1},8,[`data-state`])]),_:1},8,[`options`])):m(``,!0)}}),[[`__scopeId`,`data-v-298bcdaf`]]),Ut={key:0},Wt={class:`muted`,style:{"margin-left":`6px`}},Gt={class:`keys`},Kt=ze(d({__name:`ConsoleLayout`,setup(t){let{t:o}=he(),s=me(),l=se(),u=Re(),d=Le(),C=S(localStorage.getItem(`kefu.nav`)===`collapsed`),E=S(ce.state),D=S(!1),O=ce.onState(e=>E.value=e);y(O);function k(e,t){return()=>f(Ie,{to:{name:e},"data-test":`nav-${e}`},{default:()=>t})}let A=b(()=>{let e=Be.filter(e=>e.meta?.nav&&(!e.meta.permissions||s.can(...e.meta.permissions))),t=e.filter(e=>e.meta?.section===`main`),n=e.filter(e=>e.meta?.section===`admin`),r=e=>({key:String(e.name),label:k(String(e.name),o(e.meta.nav))}),i=t.map(r);return n.length&&i.push({type:`group`,key:`admin`,label:o(`nav.admin`),children:n.map(r)}),i}),j=b(()=>String(u.name??``)),M=b(()=>(s.user?.name??`?`).slice(-2)),N=b(()=>[{key:`profile`,label:o(`nav.profile`)},{key:`shortcuts`,label:o(`common.shortcuts`)},{type:`divider`,key:`d`},{key:`logout`,label:o(`common.logout`)}]);async function P(e){e===`profile`?await d.push({name:`profile`}):e===`shortcuts`?D.value=!0:e===`logout`&&(await s.logout(),await d.replace({name:`login`}))}function F(e){C.value=e,localStorage.setItem(`kefu.nav`,e?`collapsed`:`open`)}return Oe({"?":()=>D.value=!0}),v(()=>{s.me||d.replace({name:`login`})}),(t,u)=>{let d=a(`RouterView`);return i(),p(x(et),{"has-sider":``,style:{height:`100%`}},{default:n(()=>[h(x(ft),{bordered:``,"collapse-mode":`width`,"collapsed-width":56,width:196,collapsed:C.value,"show-trigger":`bar`,"onUpdate:collapsed":F},{default:n(()=>[T(`div`,{class:e([`logo`,{collapsed:C.value}])},[u[3]||=T(`img`,{src:`/console/favicon.svg`,alt:``,width:`26`,height:`26`},null,-1),C.value?m(``,!0):(i(),w(`span`,Ut,c(x(o)(`app.name`)),1))],2),h(x(Bt),{value:j.value,options:A.value,collapsed:C.value,"collapsed-width":56,"data-test":`nav`},null,8,[`value`,`options`,`collapsed`])]),_:1},8,[`collapsed`]),h(x(et),null,{default:n(()=>[h(x(it),{bordered:``,class:`header`},{default:n(()=>[u[4]||=T(`div`,{class:`grow`},null,-1),E.value!==`open`&&x(s).me?(i(),p(x(Me),{key:0},{trigger:n(()=>[h(x(Se),{type:`warning`,size:`small`,round:``,"data-test":`offline`},{default:n(()=>[g(c(x(o)(`common.offline`)),1)]),_:1})]),default:n(()=>[g(` `+c(x(o)(`common.offline`)),1)]),_:1})):m(``,!0),x(s).can(`conversations:reply`)?(i(),p(Ht,{key:1})):m(``,!0),h(x(B),{quaternary:``,size:`small`,"data-test":`language`,onClick:u[0]||=e=>x(l).locale=x(l).locale===`zh-CN`?`en`:`zh-CN`},{default:n(()=>[g(c(x(l).locale===`zh-CN`?`English`:`中文`),1)]),_:1}),h(x(B),{quaternary:``,size:`small`,"data-test":`theme`,onClick:u[1]||=e=>x(l).theme=x(l).theme===`dark`?`light`:`dark`},{default:n(()=>[g(c(x(l).theme===`dark`?x(o)(`common.light`):x(o)(`common.dark`)),1)]),_:1}),h(x(Ne),{options:N.value,trigger:`click`,onSelect:P},{default:n(()=>[h(x(B),{quaternary:``,size:`small`,"data-test":`user-menu`},{default:n(()=>[h(x(Ge),{round:``,size:24,style:{"margin-right":`6px`}},{default:n(()=>[g(c(M.value),1)]),_:1}),g(` `+c(x(s).user?.name)+` `,1),T(`span`,Wt,c(x(s).me?.tenant.name),1)]),_:1})]),_:1},8,[`options`])]),_:1}),h(x(tt),{class:`content`,"native-scrollbar":!1,"content-style":`height: 100%`},{default:n(()=>[h(d)]),_:1})]),_:1}),h(x(_e),{show:D.value,"onUpdate:show":u[2]||=e=>D.value=e,preset:`card`,title:x(o)(`common.shortcuts`),style:{width:`440px`}},{default:n(()=>[T(`table`,Gt,[(i(!0),w(_,null,r(x(Ae),e=>(i(),w(`tr`,{key:e.keys},[T(`td`,null,[T(`kbd`,null,c(e.keys),1)]),T(`td`,null,c(x(o)(e.label)),1)]))),128))])]),_:1},8,[`show`,`title`])]),_:1})}}}),[[`__scopeId`,`data-v-5802ffe4`]]);export{Kt as default};