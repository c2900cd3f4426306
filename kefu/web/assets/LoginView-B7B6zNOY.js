import{A as e,Ct as t,E as n,H as r,N as i,O as a,P as o,Q as s,S as c,St as l,T as u,U as d,V as f,W as p,_ as m,b as h,d as g,et as _,f as v,g as y,h as b,i as x,it as S,k as C,l as w,p as T,st as E,u as D,w as O}from"./runtime-core.esm-bundler-Un5SXeT3.js";import{$t as k,B as ee,Dt as A,Ft as j,H as M,I as te,It as ne,J as N,Jt as re,K as P,Q as F,Qt as ie,Tt as I,V as ae,Vt as L,Yt as oe,Zt as R,_n as z,_t as se,ar as B,c as V,cn as ce,dn as H,dr as U,er as W,f as G,fn as K,hn as q,hr as le,ir as J,jt as ue,kt as de,l as fe,ln as Y,mr as pe,mt as me,nt as he,on as ge,or as X,p as _e,pn as Z,q as ve,r as ye,rr as Q,t as be,tr as $,un as xe,vt as Se,xt as Ce,yn as we,z as Te}from"./index-C4QnupEm.js";import{_ as Ee,a as De,c as Oe,d as ke,f as Ae,g as je,h as Me,i as Ne,l as Pe,m as Fe,n as Ie,p as Le,r as Re,u as ze,v as Be}from"./favicon-yplyV0bd.js";import{a as Ve,i as He,n as Ue,o as We,r as Ge,s as Ke,t as qe}from"./useApiForm-nYGrk7KT.js";import{c as Je,i as Ye,s as Xe}from"./feedback-Bad_sMPt.js";import{t as Ze}from"./_plugin-vue_export-helper-BDNMzG2s.js";var Qe=m({name:`Empty`,render(){return(()=>{let e=H(`15c1a247ae156450`);return e[0]||=D(`svg`,{viewBox:`0 0 28 28`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[D(`path`,{d:`M26 7.5C26 11.0899 23.0899 14 19.5 14C15.9101 14 13 11.0899 13 7.5C13 3.91015 15.9101 1 19.5 1C23.0899 1 26 3.91015 26 7.5ZM16.8536 4.14645C16.6583 3.95118 16.3417 3.95118 16.1464 4.14645C15.9512 4.34171 15.9512 4.65829 16.1464 4.85355L18.7929 7.5L16.1464 10.1464C15.9512 10.3417 15.9512 10.6583 16.1464 10.8536C16.3417 11.0488 16.6583 11.0488 16.8536 10.8536L19.5 8.20711L22.1464 10.8536C22.3417 11.0488 22.6583 11.0488 22.8536 10.8536C23.0488 10.6583 23.0488 10.3417 22.8536 10.1464L20.2071 7.5L22.8536 4.85355C23.0488 4.65829 23.0488 4.34171 22.8536 4.14645C22.6583 3.95118 22.3417 3.95118 22.1464 4.14645L19.5 6.79289L16.8536 4.14645Z`,fill:`currentColor`}),D(`path`,{d:`M25 22.75V12.5991C24.5572 13.0765 24.053 13.4961 23.5 13.8454V16H17.5L17.3982 16.0068C17.0322 16.0565 16.75 16.3703 16.75 16.75C16.75 18.2688 15.5188 19.5 14 19.5C12.4812 19.5 11.25 18.2688 11.25 16.75L11.2432 16.6482C11.1935 16.2822 10.8797 16 10.5 16H4.5V7.25C4.5 6.2835 5.2835 5.5 6.25 5.5H12.2696C12.4146 4.97463 12.6153 4.47237 12.865 4H6.25C4.45507 4 3 5.45507 3 7.25V22.75C3 24.5449 4.45507 26 6.25 26H21.75C23.5449 26 25 24.5449 25 22.75ZM4.5 22.75V17.5H9.81597L9.85751 17.7041C10.2905 19.5919 11.9808 21 14 21L14.215 20.9947C16.2095 20.8953 17.842 19.4209 18.184 17.5H23.5V22.75C23.5 23.7165 22.7165 24.5 21.75 24.5H6.25C5.2835 24.5 4.5 23.7165 4.5 22.75Z`,fill:`currentColor`})],-1)})()}}),$e=$(`empty`,`
 display: flex;
 flex-direction: column;
 align-items: center;
 font-size: var(--n-font-size);
`,[Q(`icon`,`
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 line-height: var(--n-icon-size);
 color: var(--n-icon-color);
 transition:
 color .3s var(--n-bezier);
 `,[W(`+`,[Q(`description`,`
 margin-top: 8px;
 `)])]),Q(`description`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),Q(`extra`,`
 text-align: center;
 transition: color .3s var(--n-bezier);
 margin-top: 12px;
 color: var(--n-extra-text-color);
 `)]),et={...R.props,description:String,showDescription:{type:Boolean,default:!0},showIcon:{type:Boolean,default:!0},size:{type:String,default:`medium`},renderIcon:Function},tt=m({name:`Empty`,props:et,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=we(e),a=R(`Empty`,`-empty`,$e,k,e,t),{localeRef:o}=Ke(`Empty`),s=w(()=>e.description??r?.value?.Empty?.description),c=w(()=>r?.value?.Empty?.renderIcon||(()=>(i(),g(Qe)))),l=w(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{[X(`iconSize`,t)]:r,[X(`fontSize`,t)]:i,textColor:o,iconColor:s,extraTextColor:c}}=a.value;return{"--n-icon-size":r,"--n-font-size":i,"--n-bezier":n,"--n-text-color":o,"--n-icon-color":s,"--n-extra-text-color":c}}),u=n?ie(`empty`,w(()=>{let t=``,{size:n}=e;return t+=n[0],t}),l,e):void 0;return{mergedClsPrefix:t,mergedRenderIcon:c,localizedDescription:w(()=>s.value||o.value.description),cssVars:n?void 0:l,themeClass:u?.themeClass,onRender:u?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,onRender:n}=this;return n?.(),i(),T(`div`,{class:K([`${t}-empty`,this.themeClass]),style:l(this.cssVars)},[this.showIcon?(i(),T(`div`,{key:0,class:K(`${t}-empty__icon`)},[e.icon?(i(),T(x,{key:0},[q(()=>e.icon())],64)):(i(),g(oe,{key:1,clsPrefix:t},{default:this.mergedRenderIcon},1032,[`clsPrefix`]))],2)):q(()=>null),this.showDescription?(i(),T(`div`,{key:2,class:K(`${t}-empty__description`)},[e.default?(i(),T(x,{key:0},[q(()=>e.default())],64)):(i(),T(x,{key:1},[q(()=>this.localizedDescription)],64))],2)):q(()=>null),e.extra?(i(),T(`div`,{key:4,class:K(`${t}-empty__extra`)},[q(()=>e.extra())],2)):q(()=>null)],6)}});function nt(e){return e&-e}var rt=class{constructor(e,t){this.l=e,this.min=t;let n=Array(e+1);for(let t=0;t<e+1;++t)n[t]=0;this.ft=n}add(e,t){if(t===0)return;let{l:n,ft:r}=this;for(e+=1;e<=n;)r[e]+=t,e+=nt(e)}get(e){return this.sum(e+1)-this.sum(e)}sum(e){if(e===void 0&&(e=this.l),e<=0)return 0;let{ft:t,min:n,l:r}=this;if(e>r)throw Error("[FinweckTree.sum]: `i` is larger than length.");let i=e*n;for(;e>0;)i+=t[e],e-=nt(e);return i}getBound(e){let t=0,n=this.l;for(;n>t;){let r=Math.floor((t+n)/2),i=this.sum(r);if(i>e)n=r;else if(i<e){if(t===r)return this.sum(t+1)<=e?t+1:r;t=r}else return r}return t}},it;function at(){return typeof document>`u`?!1:(it===void 0&&(it=`matchMedia`in window&&window.matchMedia(`(pointer:coarse)`).matches),it)}var ot;function st(){return typeof document>`u`?1:(ot===void 0&&(ot=`chrome`in window?window.devicePixelRatio:1),ot)}var ct=`VVirtualListXScroll`;function lt({columnsRef:e,renderColRef:t,renderItemWithColsRef:n}){let r=_(0),i=_(0),a=w(()=>{let t=e.value;if(t.length===0)return null;let n=new rt(t.length,0);return t.forEach((e,t)=>{n.add(t,e.width)}),n}),s=L(()=>{let e=a.value;return e===null?0:Math.max(e.getBound(i.value)-1,0)}),c=e=>{let t=a.value;return t===null?0:t.sum(e)},l=L(()=>{let t=a.value;return t===null?0:Math.min(t.getBound(i.value+r.value)+1,e.value.length-1)});return o(ct,{startIndexRef:s,endIndexRef:l,columnsRef:e,renderColRef:t,renderItemWithColsRef:n,getLeft:c}),{listWidthRef:r,scrollLeftRef:i}}var ut=m({name:`VirtualListRow`,props:{index:{type:Number,required:!0},item:{type:Object,required:!0}},setup(){let{startIndexRef:e,endIndexRef:t,columnsRef:n,getLeft:r,renderColRef:i,renderItemWithColsRef:a}=c(ct);return{startIndex:e,endIndex:t,columns:n,renderCol:i,renderItemWithCols:a,getLeft:r}},render(){let{startIndex:e,endIndex:t,columns:n,renderCol:r,renderItemWithCols:i,getLeft:a,item:o}=this;if(i!=null)return i({itemIndex:this.index,startColIndex:e,endColIndex:t,allColumns:n,item:o,getLeft:a});if(r!=null){let i=[];for(let s=e;s<=t;++s){let e=n[s];i.push(r({column:e,left:a(s),item:o}))}return i}return null}}),dt=ze(`.v-vl`,{maxHeight:`inherit`,height:`100%`,overflow:`auto`,minWidth:`1px`},[ze(`&:not(.v-vl--show-scrollbar)`,{scrollbarWidth:`none`},[ze(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,{width:0,height:0,display:`none`})])]),ft=m({name:`VirtualList`,inheritAttrs:!1,props:{showScrollbar:{type:Boolean,default:!0},columns:{type:Array,default:()=>[]},renderCol:Function,renderItemWithCols:Function,items:{type:Array,default:()=>[]},itemSize:{type:Number,required:!0},itemResizable:Boolean,itemsStyle:[String,Object],visibleItemsTag:{type:[String,Object],default:`div`},visibleItemsProps:Object,ignoreItemResize:Boolean,onScroll:Function,onWheel:Function,onResize:Function,defaultScrollKey:[Number,String],defaultScrollIndex:Number,keyField:{type:String,default:`key`},paddingTop:{type:[Number,String],default:0},paddingBottom:{type:[Number,String],default:0}},setup(t){let r=z();dt.mount({id:`vueuc/virtual-list`,head:!0,anchorMetaName:ke,ssr:r}),e(()=>{let{defaultScrollIndex:e,defaultScrollKey:n}=t;e==null?n!=null&&y({key:n}):y({index:e})});let i=!1,a=!1;n(()=>{i=!1,a?y({top:h.value,left:c.value}):a=!0}),C(()=>{i=!0,a||=!0});let o=L(()=>{if(t.renderCol==null&&t.renderItemWithCols==null||t.columns.length===0)return;let e=0;return t.columns.forEach(t=>{e+=t.width}),e}),s=w(()=>{let e=new Map,{keyField:n}=t;return t.items.forEach((t,r)=>{e.set(t[n],r)}),e}),{scrollLeftRef:c,listWidthRef:l}=lt({columnsRef:S(t,`columns`),renderColRef:S(t,`renderCol`),renderItemWithColsRef:S(t,`renderItemWithCols`)}),u=_(null),d=_(void 0),f=new Map,p=w(()=>{let{items:e,itemSize:n,keyField:r}=t,i=new rt(e.length,n);return e.forEach((e,t)=>{let n=e[r],a=f.get(n);a!==void 0&&i.add(t,a)}),i}),m=_(0),h=_(0),g=L(()=>Math.max(p.value.getBound(h.value-ge(t.paddingTop))-1,0)),v=w(()=>{let{value:e}=d;if(e===void 0)return[];let{items:n,itemSize:r}=t,i=g.value,a=Math.min(i+Math.ceil(e/r+1),n.length-1),o=[];for(let e=i;e<=a;++e)o.push(n[e]);return o}),y=(e,t)=>{if(typeof e==`number`){E(e,t,`auto`);return}let{left:n,top:r,index:i,key:a,position:o,behavior:c,debounce:l=!0}=e;if(n!==void 0||r!==void 0)E(n,r,c);else if(i!==void 0)T(i,c,l);else if(a!==void 0){let e=s.value.get(a);e!==void 0&&T(e,c,l)}else o===`bottom`?E(0,2**53-1,c):o===`top`&&E(0,0,c)},b,x=null;function T(e,n,r){let i=u.value;if(i==null)return;let{value:a}=p,o=a.sum(e)+ge(t.paddingTop);if(!r)i.scrollTo({left:0,top:o,behavior:n});else{b=e,x!==null&&window.clearTimeout(x),x=window.setTimeout(()=>{b=void 0,x=null},16);let{scrollTop:t,offsetHeight:r}=i;if(o>t){let s=a.get(e);o+s<=t+r||i.scrollTo({left:0,top:o+s-r,behavior:n})}else i.scrollTo({left:0,top:o,behavior:n})}}function E(e,t,n){u.value?.scrollTo({left:e,top:t,behavior:n})}function D(e,n){if(i||t.ignoreItemResize||te(n.target))return;let{value:r}=p,a=s.value.get(e),o=r.get(a),c=n.borderBoxSize?.[0]?.blockSize??n.contentRect.height;if(c===o)return;c-t.itemSize===0?f.delete(e):f.set(e,c-t.itemSize);let l=c-o;if(l===0)return;r.add(a,l);let d=u.value;if(d!=null){if(b===void 0){let e=r.sum(a);d.scrollTop>e&&d.scrollBy(0,l)}else(a<b||a===b&&c+r.sum(a)>d.scrollTop+d.offsetHeight)&&d.scrollBy(0,l);M()}m.value++}let O=!at(),k=!1;function ee(e){var n;(n=t.onScroll)==null||n.call(t,e),O&&k||M()}function A(e){var n;if((n=t.onWheel)==null||n.call(t,e),O){let t=u.value;if(t!=null){if(e.deltaX===0&&(t.scrollTop===0&&e.deltaY<=0||t.scrollTop+t.offsetHeight>=t.scrollHeight&&e.deltaY>=0))return;e.preventDefault(),t.scrollTop+=e.deltaY/st(),t.scrollLeft+=e.deltaX/st(),M(),k=!0,Be(()=>{k=!1})}}}function j(e){if(i||te(e.target))return;if(t.renderCol==null&&t.renderItemWithCols==null){if(e.contentRect.height===d.value)return}else if(e.contentRect.height===d.value&&e.contentRect.width===l.value)return;d.value=e.contentRect.height,l.value=e.contentRect.width;let{onResize:n}=t;n!==void 0&&n(e)}function M(){let{value:e}=u;e!=null&&(h.value=e.scrollTop,c.value=e.scrollLeft)}function te(e){let t=e;for(;t!==null;){if(t.style.display===`none`)return!0;t=t.parentElement}return!1}return{listHeight:d,listStyle:{overflow:`auto`},keyToIndex:s,itemsStyle:w(()=>{let{itemResizable:e}=t,n=Y(p.value.sum());return m.value,[t.itemsStyle,{boxSizing:`content-box`,width:Y(o.value),height:e?``:n,minHeight:e?n:``,paddingTop:Y(t.paddingTop),paddingBottom:Y(t.paddingBottom)}]}),visibleItemsStyle:w(()=>(m.value,{transform:`translateY(${Y(p.value.sum(g.value))})`})),viewportItems:v,listElRef:u,itemsElRef:_(null),scrollTo:y,handleListResize:j,handleListScroll:ee,handleListWheel:A,handleItemResize:D}},render(){let{itemResizable:e,keyField:t,keyToIndex:n,visibleItemsTag:r}=this;return h(se,{onResize:this.handleListResize},{default:()=>{var i;return h(`div`,O(this.$attrs,{class:[`v-vl`,this.showScrollbar&&`v-vl--show-scrollbar`],onScroll:this.handleListScroll,onWheel:this.handleListWheel,ref:`listElRef`}),[this.items.length===0?(i=this.$slots).empty?.call(i):h(`div`,{ref:`itemsElRef`,class:`v-vl-items`,style:this.itemsStyle},[h(r,Object.assign({class:`v-vl-visible-items`,style:this.visibleItemsStyle},this.visibleItemsProps),{default:()=>{let{renderCol:r,renderItemWithCols:i}=this;return this.viewportItems.map(a=>{let o=a[t],s=n.get(o),c=r==null?void 0:h(ut,{index:s,item:a}),l=i==null?void 0:h(ut,{index:s,item:a}),u=this.$slots.default({item:a,renderedCols:c,renderedItemWithCols:l,index:s})[0];return e?h(se,{key:o,onResize:e=>this.handleItemResize(o,e)},{default:()=>u}):(u.key=o,u)})}})])])}})}});function pt(t,n){n&&(e(()=>{let{value:e}=t;e&&Se.registerHandler(e,n)}),f(t,(e,t)=>{t&&Se.unregisterHandler(t)},{deep:!1}),a(()=>{let{value:e}=t;e&&Se.unregisterHandler(e)}))}var mt=m({props:{onFocus:Function,onBlur:Function},setup(e){return()=>(()=>{let t=H(`d16ead82505dc285`);return i(),T(`div`,{style:`width: 0; height: 0`,tabindex:0,onFocus:t[0]||=t=>e.onFocus?.(t),onBlur:t[1]||=t=>e.onBlur?.(t)},null,32)})()}}),ht=m({name:`NBaseSelectGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{renderLabelRef:e,renderOptionRef:t,labelFieldRef:n,nodePropsRef:r}=c(je);return{labelField:n,nodeProps:r,renderLabel:e,renderOption:t}},render(){let{clsPrefix:e,renderLabel:t,renderOption:n,nodeProps:r,tmNode:{rawNode:a}}=this,o=r?.(a),s=t?t(a,!1):N(a[this.labelField],a,!1),c=(i(),T(`div`,O(o,{class:[`${e}-base-select-group-header`,o?.class]}),[q(()=>s)],16));return a.render?a.render({node:c,option:a}):n?n({node:c,option:a,selected:!1}):c}}),gt=m({name:`Checkmark`,render(){return(()=>{let e=H(`3c84eac8ae4e1f96`);return e[0]||=D(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 16 16`},[D(`g`,{fill:`none`},[D(`path`,{d:`M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032z`,fill:`currentColor`})])],-1)})()}}),_t=[`onClick`,`onMouseenter`,`onMousemove`];function vt(e,t){return i(),g(U,{name:`fade-in-scale-up-transition`},{default:()=>e?(i(),g(oe,{key:1,clsPrefix:t,class:K(`${t}-base-select-option__check`)},{default:()=>h(gt)},1032,[`clsPrefix`,`class`])):null},1024)}var yt=m({name:`NBaseSelectOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(e){let{valueRef:t,pendingTmNodeRef:n,multipleRef:r,valueSetRef:i,renderLabelRef:a,renderOptionRef:o,labelFieldRef:s,valueFieldRef:l,showCheckmarkRef:u,nodePropsRef:d,handleOptionClick:f,handleOptionMouseEnter:p}=c(je),m=L(()=>{let{value:t}=n;return t?e.tmNode.key===t.key:!1});function h(t){let{tmNode:n}=e;n.disabled||f(t,n)}function g(t){let{tmNode:n}=e;n.disabled||p(t,n)}function _(t){let{tmNode:n}=e,{value:r}=m;n.disabled||r||p(t,n)}return{multiple:r,isGrouped:L(()=>{let{tmNode:t}=e,{parent:n}=t;return n&&n.rawNode.type===`group`}),showCheckmark:u,nodeProps:d,isPending:m,isSelected:L(()=>{let{value:n}=t,{value:a}=r;if(n===null)return!1;let o=e.tmNode.rawNode[l.value];if(a){let{value:e}=i;return e.has(o)}return n===o}),labelField:s,renderLabel:a,renderOption:o,handleMouseMove:_,handleMouseEnter:g,handleClick:h}},render(){let{clsPrefix:e,tmNode:{rawNode:t},isSelected:n,isPending:r,isGrouped:a,showCheckmark:o,nodeProps:s,renderOption:c,renderLabel:l,handleClick:u,handleMouseEnter:d,handleMouseMove:f}=this,p=vt(n,e),m=l?[l(t,n),o&&p]:[N(t[this.labelField],t,n),o&&p],h=s?.(t),g=(i(),T(`div`,O(h,{class:[`${e}-base-select-option`,t.class,h?.class,{[`${e}-base-select-option--disabled`]:t.disabled,[`${e}-base-select-option--selected`]:n,[`${e}-base-select-option--grouped`]:a,[`${e}-base-select-option--pending`]:r,[`${e}-base-select-option--show-checkmark`]:o}],style:[h?.style||``,t.style||``],onClick:ve([u,h?.onClick]),onMouseenter:ve([d,h?.onMouseenter]),onMousemove:ve([f,h?.onMousemove])}),[D(`div`,{class:K(`${e}-base-select-option__content`)},[q(()=>m)],2)],16,_t));return t.render?t.render({node:g,option:t,selected:n}):c?c({node:g,option:t,selected:n}):g}}),bt=$(`base-select-menu`,`
 line-height: 1.5;
 outline: none;
 z-index: 0;
 position: relative;
 border-radius: var(--n-border-radius);
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-color);
`,[$(`scrollbar`,`
 max-height: var(--n-height);
 `),$(`virtual-list`,`
 max-height: var(--n-height);
 `),$(`base-select-option`,`
 min-height: var(--n-option-height);
 font-size: var(--n-option-font-size);
 display: flex;
 align-items: center;
 `,[Q(`content`,`
 z-index: 1;
 white-space: nowrap;
 text-overflow: ellipsis;
 overflow: hidden;
 `)]),$(`base-select-group-header`,`
 min-height: var(--n-option-height);
 font-size: .93em;
 display: flex;
 align-items: center;
 `),$(`base-select-menu-option-wrapper`,`
 position: relative;
 width: 100%;
 `),Q(`loading, empty`,`
 display: flex;
 padding: 12px 32px;
 flex: 1;
 justify-content: center;
 `),Q(`loading`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 `),Q(`header`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),Q(`action`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-top: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),$(`base-select-group-header`,`
 position: relative;
 cursor: default;
 padding: var(--n-option-padding);
 color: var(--n-group-header-text-color);
 `),$(`base-select-option`,`
 cursor: pointer;
 position: relative;
 padding: var(--n-option-padding);
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 box-sizing: border-box;
 color: var(--n-option-text-color);
 opacity: 1;
 `,[J(`show-checkmark`,`
 padding-right: calc(var(--n-option-padding-right) + 20px);
 `),W(`&::before`,`
 content: "";
 position: absolute;
 left: 4px;
 right: 4px;
 top: 0;
 bottom: 0;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),W(`&:active`,`
 color: var(--n-option-text-color-pressed);
 `),J(`grouped`,`
 padding-left: calc(var(--n-option-padding-left) * 1.5);
 `),J(`pending`,[W(`&::before`,`
 background-color: var(--n-option-color-pending);
 `)]),J(`selected`,`
 color: var(--n-option-text-color-active);
 `,[W(`&::before`,`
 background-color: var(--n-option-color-active);
 `),J(`pending`,[W(`&::before`,`
 background-color: var(--n-option-color-active-pending);
 `)])]),J(`disabled`,`
 cursor: not-allowed;
 `,[B(`selected`,`
 color: var(--n-option-text-color-disabled);
 `),J(`selected`,`
 opacity: var(--n-option-opacity-disabled);
 `)]),Q(`check`,`
 font-size: 16px;
 position: absolute;
 right: calc(var(--n-option-padding-right) - 4px);
 top: calc(50% - 7px);
 color: var(--n-option-check-color);
 transition: color .3s var(--n-bezier);
 `,[P({enterScale:`0.5`})])])]),xt=[`tabindex`,`onFocusin`,`onFocusout`,`onKeyup`,`onKeydown`,`onMousedown`,`onMouseenter`,`onMouseleave`],St=m({name:`InternalSelectMenu`,props:{...R.props,clsPrefix:{type:String,required:!0},scrollable:{type:Boolean,default:!0},treeMate:{type:Object,required:!0},multiple:Boolean,size:{type:String,default:`medium`},value:{type:[String,Number,Array],default:null},autoPending:Boolean,virtualScroll:{type:Boolean,default:!0},show:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},loading:Boolean,focusable:Boolean,renderLabel:Function,renderOption:Function,nodeProps:Function,showCheckmark:{type:Boolean,default:!0},onMousedown:Function,onScroll:Function,onFocus:Function,onBlur:Function,onKeyup:Function,onKeydown:Function,onTabOut:Function,onMouseenter:Function,onMouseleave:Function,onResize:Function,resetMenuOnOptionsChange:{type:Boolean,default:!0},inlineThemeDisabled:Boolean,scrollbarProps:Object,onToggle:Function},setup(t){let{mergedClsPrefixRef:n,mergedRtlRef:r,mergedComponentPropsRef:i}=we(t),s=A(`InternalSelectMenu`,r,n),c=R(`InternalSelectMenu`,`-internal-select-menu`,bt,re,t,S(t,`clsPrefix`)),l=_(null),d=_(null),p=_(null),m=w(()=>t.treeMate.getFlattenedNodes()),h=w(()=>Re(m.value)),g=_(null);function v(){let{treeMate:e}=t,n=null,{value:r}=t;r===null?n=e.getFirstAvailableNode():(n=t.multiple?e.getNode((r||[])[(r||[]).length-1]):e.getNode(r),(!n||n.disabled)&&(n=e.getFirstAvailableNode())),L(n||null)}function y(){let{value:e}=g;e&&!t.treeMate.getNode(e.key)&&(g.value=null)}let b;f(()=>t.show,e=>{e?b=f(()=>t.treeMate,()=>{t.resetMenuOnOptionsChange?(t.autoPending?v():y(),u(oe)):y()},{immediate:!0}):b?.()},{immediate:!0}),a(()=>{b?.()});let x=w(()=>ge(c.value.self[X(`optionHeight`,t.size)])),C=w(()=>ce(c.value.self[X(`padding`,t.size)])),T=w(()=>t.multiple&&Array.isArray(t.value)?new Set(t.value):new Set),E=w(()=>{let e=m.value;return e&&e.length===0}),D=w(()=>i?.value?.Select?.renderEmpty);function O(e){let{onToggle:n}=t;n&&n(e)}function k(e){let{onScroll:n}=t;n&&n(e)}function ee(e){p.value?.sync(),k(e)}function j(){p.value?.sync()}function M(){let{value:e}=g;return e||null}function te(e,t){t.disabled||L(t,!1)}function ne(e,t){t.disabled||O(t)}function N(e){Ee(e,`action`)||t.onKeyup?.(e)}function P(e){Ee(e,`action`)||t.onKeydown?.(e)}function F(e){t.onMousedown?.(e),t.focusable||e.preventDefault()}function I(){let{value:e}=g;e&&L(e.getNext({loop:!0}),!0)}function ae(){let{value:e}=g;e&&L(e.getPrev({loop:!0}),!0)}function L(e,t=!1){g.value=e,t&&oe()}function oe(){let e=g.value;if(!e)return;let n=h.value(e.key);n!==null&&(t.virtualScroll?d.value?.scrollTo({index:n}):p.value?.scrollTo({index:n,elSize:x.value}))}function z(e){l.value?.contains(e.target)&&t.onFocus?.(e)}function se(e){l.value?.contains(e.relatedTarget)||t.onBlur?.(e)}o(je,{handleOptionMouseEnter:te,handleOptionClick:ne,valueSetRef:T,pendingTmNodeRef:g,nodePropsRef:S(t,`nodeProps`),showCheckmarkRef:S(t,`showCheckmark`),multipleRef:S(t,`multiple`),valueRef:S(t,`value`),renderLabelRef:S(t,`renderLabel`),renderOptionRef:S(t,`renderOption`),labelFieldRef:S(t,`labelField`),valueFieldRef:S(t,`valueField`)}),o(Me,l),e(()=>{let{value:e}=p;e&&e.sync()});let B=w(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{height:r,borderRadius:i,color:a,groupHeaderTextColor:o,actionDividerColor:s,optionTextColorPressed:l,optionTextColor:u,optionTextColorDisabled:d,optionTextColorActive:f,optionOpacityDisabled:p,optionCheckColor:m,actionTextColor:h,optionColorPending:g,optionColorActive:_,loadingColor:v,loadingSize:y,optionColorActivePending:b,[X(`optionFontSize`,e)]:x,[X(`optionHeight`,e)]:S,[X(`optionPadding`,e)]:C}}=c.value;return{"--n-height":r,"--n-action-divider-color":s,"--n-action-text-color":h,"--n-bezier":n,"--n-border-radius":i,"--n-color":a,"--n-option-font-size":x,"--n-group-header-text-color":o,"--n-option-check-color":m,"--n-option-color-pending":g,"--n-option-color-active":_,"--n-option-color-active-pending":b,"--n-option-height":S,"--n-option-opacity-disabled":p,"--n-option-text-color":u,"--n-option-text-color-active":f,"--n-option-text-color-disabled":d,"--n-option-text-color-pressed":l,"--n-option-padding":C,"--n-option-padding-left":ce(C,`left`),"--n-option-padding-right":ce(C,`right`),"--n-loading-color":v,"--n-loading-size":y}}),{inlineThemeDisabled:V}=t,H=V?ie(`internal-select-menu`,w(()=>t.size[0]),B,t):void 0,U={selfRef:l,next:I,prev:ae,getPendingTmNode:M};return pt(l,t.onResize),{mergedTheme:c,mergedClsPrefix:n,rtlEnabled:s,virtualListRef:d,scrollbarRef:p,itemSize:x,padding:C,flattenedNodes:m,empty:E,mergedRenderEmpty:D,virtualListContainer(){let{value:e}=d;return e?.listElRef},virtualListContent(){let{value:e}=d;return e?.itemsElRef},doScroll:k,handleFocusin:z,handleFocusout:se,handleKeyUp:N,handleKeyDown:P,handleMouseDown:F,handleVirtualListResize:j,handleVirtualListScroll:ee,cssVars:V?void 0:B,themeClass:H?.themeClass,onRender:H?.onRender,...U}},render(){let{$slots:e,virtualScroll:t,clsPrefix:n,mergedTheme:r,themeClass:a,onRender:o}=this;return o?.(),i(),T(`div`,{ref:`selfRef`,tabindex:this.focusable?0:-1,class:K([`${n}-base-select-menu`,`${n}-base-select-menu--${this.size}-size`,this.rtlEnabled&&`${n}-base-select-menu--rtl`,a,this.multiple&&`${n}-base-select-menu--multiple`]),style:l(this.cssVars),onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onKeyup:this.handleKeyUp,onKeydown:this.handleKeyDown,onMousedown:this.handleMouseDown,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[q(()=>ue(e.header,e=>e&&(i(),T(`div`,{class:K(`${n}-base-select-menu__header`),"data-header":!0,key:`header`},[q(()=>e)],2)))),this.loading?(i(),T(`div`,{key:0,class:K(`${n}-base-select-menu__loading`)},[(i(),g(F,{clsPrefix:n,strokeWidth:20},null,8,[`clsPrefix`]))],2)):(i(),T(x,{key:1},[this.empty?(i(),T(`div`,{key:1,class:K(`${n}-base-select-menu__empty`),"data-empty":!0},[q(()=>de(e.empty,()=>[this.mergedRenderEmpty?.()||(i(),g(tt,{theme:r.peers.Empty,themeOverrides:r.peerOverrides.Empty,size:this.size},null,8,[`theme`,`themeOverrides`,`size`]))]))],2)):(i(),g(me,O({key:0,ref:`scrollbarRef`,theme:r.peers.Scrollbar,themeOverrides:r.peerOverrides.Scrollbar,scrollable:this.scrollable,container:t?this.virtualListContainer:void 0,content:t?this.virtualListContent:void 0,onScroll:t?void 0:this.doScroll},this.scrollbarProps),{default:()=>t?(i(),g(ft,{key:1,ref:`virtualListRef`,class:K(`${n}-virtual-list`),items:this.flattenedNodes,itemSize:this.itemSize,showScrollbar:!1,paddingTop:this.padding.top,paddingBottom:this.padding.bottom,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemResizable:!0},{default:({item:e})=>e.isGroup?(i(),g(ht,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):e.ignored?null:(i(),g(yt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))},1032,[`class`,`items`,`itemSize`,`paddingTop`,`paddingBottom`,`onResize`,`onScroll`])):(i(),T(`div`,{key:4,class:K(`${n}-base-select-menu-option-wrapper`),style:l({paddingTop:this.padding.top,paddingBottom:this.padding.bottom})},[q(()=>this.flattenedNodes.map(e=>e.isGroup?(i(),g(ht,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):(i(),g(yt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))))],6))},1040,[`theme`,`themeOverrides`,`scrollable`,`container`,`content`,`onScroll`]))],64)),q(()=>ue(e.action,e=>e&&[(i(),T(`div`,{class:K(`${n}-base-select-menu__action`),"data-action":!0,key:`action`},[q(()=>e)],2)),(i(),g(mt,{onFocus:this.onTabOut,key:`focus-detector`},null,8,[`onFocus`]))]))],46,xt)}});function Ct(e){return e.type===`group`}function wt(e){return e.type===`ignored`}function Tt(e,t){try{return!!(1+t.toString().toLowerCase().indexOf(e.trim().toLowerCase()))}catch{return!1}}function Et(e,t){return{getIsGroup:Ct,getIgnored:wt,getKey(t){return Ct(t)?t.name||t.key||`key-required`:t[e]},getChildren(e){return e[t]}}}function Dt(e,t,n,r){if(!t)return e;function i(e){if(!Array.isArray(e))return[];let a=[];for(let o of e)if(Ct(o)){let e=i(o[r]);e.length&&a.push(Object.assign({},o,{[r]:e}))}else if(wt(o))continue;else t(n,o)&&a.push(o);return a}return i(e)}function Ot(e,t,n){let r=new Map;return e.forEach(e=>{Ct(e)?e[n].forEach(e=>{r.set(e[t],e)}):r.set(e[t],e)}),r}var kt=W([$(`base-selection`,`
 --n-padding-single: var(--n-padding-single-top) var(--n-padding-single-right) var(--n-padding-single-bottom) var(--n-padding-single-left);
 --n-padding-multiple: var(--n-padding-multiple-top) var(--n-padding-multiple-right) var(--n-padding-multiple-bottom) var(--n-padding-multiple-left);
 position: relative;
 z-index: auto;
 box-shadow: none;
 width: 100%;
 max-width: 100%;
 display: inline-block;
 vertical-align: bottom;
 border-radius: var(--n-border-radius);
 min-height: var(--n-height);
 line-height: 1.5;
 font-size: var(--n-font-size);
 `,[$(`base-loading`,`
 color: var(--n-loading-color);
 `),$(`base-selection-tags`,`min-height: var(--n-height);`),Q(`border, state-border`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border: var(--n-border);
 border-radius: inherit;
 transition:
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),Q(`state-border`,`
 z-index: 1;
 border-color: #0000;
 `),$(`base-suffix`,`
 cursor: pointer;
 position: absolute;
 top: 50%;
 transform: translateY(-50%);
 right: 10px;
 `,[Q(`arrow`,`
 font-size: var(--n-arrow-size);
 color: var(--n-arrow-color);
 transition: color .3s var(--n-bezier);
 `)]),$(`base-selection-overlay`,`
 display: flex;
 align-items: center;
 white-space: nowrap;
 pointer-events: none;
 position: absolute;
 top: 0;
 right: 0;
 bottom: 0;
 left: 0;
 padding: var(--n-padding-single);
 transition: color .3s var(--n-bezier);
 `,[Q(`wrapper`,`
 flex-basis: 0;
 flex-grow: 1;
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),$(`base-selection-placeholder`,`
 color: var(--n-placeholder-color);
 `,[Q(`inner`,`
 max-width: 100%;
 overflow: hidden;
 `)]),$(`base-selection-tags`,`
 cursor: pointer;
 outline: none;
 box-sizing: border-box;
 position: relative;
 z-index: auto;
 display: flex;
 padding: var(--n-padding-multiple);
 flex-wrap: wrap;
 align-items: center;
 width: 100%;
 vertical-align: bottom;
 background-color: var(--n-color);
 border-radius: inherit;
 transition:
 color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 `),$(`base-selection-label`,`
 height: var(--n-height);
 display: inline-flex;
 width: 100%;
 vertical-align: bottom;
 cursor: pointer;
 outline: none;
 z-index: auto;
 box-sizing: border-box;
 position: relative;
 transition:
 color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 border-radius: inherit;
 background-color: var(--n-color);
 align-items: center;
 `,[$(`base-selection-input`,`
 font-size: inherit;
 line-height: inherit;
 outline: none;
 cursor: pointer;
 box-sizing: border-box;
 border:none;
 width: 100%;
 padding: var(--n-padding-single);
 background-color: #0000;
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 caret-color: var(--n-caret-color);
 `,[Q(`content`,`
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap; 
 `)]),Q(`render-label`,`
 color: var(--n-text-color);
 `)]),B(`disabled`,[W(`&:hover`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-hover);
 border: var(--n-border-hover);
 `)]),J(`focus`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-focus);
 border: var(--n-border-focus);
 `)]),J(`active`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-active);
 border: var(--n-border-active);
 `),$(`base-selection-label`,`background-color: var(--n-color-active);`),$(`base-selection-tags`,`background-color: var(--n-color-active);`)])]),J(`disabled`,`cursor: not-allowed;`,[Q(`arrow`,`
 color: var(--n-arrow-color-disabled);
 `),$(`base-selection-label`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[$(`base-selection-input`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 `),Q(`render-label`,`
 color: var(--n-text-color-disabled);
 `)]),$(`base-selection-tags`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `),$(`base-selection-placeholder`,`
 cursor: not-allowed;
 color: var(--n-placeholder-color-disabled);
 `)]),$(`base-selection-input-tag`,`
 height: calc(var(--n-height) - 6px);
 line-height: calc(var(--n-height) - 6px);
 outline: none;
 display: none;
 position: relative;
 margin-bottom: 3px;
 max-width: 100%;
 vertical-align: bottom;
 `,[Q(`input`,`
 font-size: inherit;
 font-family: inherit;
 min-width: 1px;
 padding: 0;
 background-color: #0000;
 outline: none;
 border: none;
 max-width: 100%;
 overflow: hidden;
 width: 1em;
 line-height: inherit;
 cursor: pointer;
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 `),Q(`mirror`,`
 position: absolute;
 left: 0;
 top: 0;
 white-space: pre;
 visibility: hidden;
 user-select: none;
 -webkit-user-select: none;
 opacity: 0;
 `)]),[`warning`,`error`].map(e=>J(`${e}-status`,[Q(`state-border`,`border: var(--n-border-${e});`),B(`disabled`,[W(`&:hover`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-hover-${e});
 border: var(--n-border-hover-${e});
 `)]),J(`active`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-active-${e});
 border: var(--n-border-active-${e});
 `),$(`base-selection-label`,`background-color: var(--n-color-active-${e});`),$(`base-selection-tags`,`background-color: var(--n-color-active-${e});`)]),J(`focus`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),$(`base-selection-popover`,`
 margin-bottom: -3px;
 display: flex;
 flex-wrap: wrap;
 margin-right: -8px;
 `),$(`base-selection-tag-wrapper`,`
 max-width: 100%;
 display: inline-flex;
 padding: 0 7px 3px 0;
 `,[W(`&:last-child`,`padding-right: 0;`),$(`tag`,`
 font-size: 14px;
 max-width: 100%;
 `,[Q(`content`,`
 line-height: 1.25;
 text-overflow: ellipsis;
 overflow: hidden;
 `)])])]),At=[`disabled`,`value`,`autofocus`,`onBlur`,`onFocus`,`onKeydown`,`onInput`,`onCompositionstart`,`onCompositionend`],jt=[`tabindex`],Mt=[`title`],Nt=[`value`,`readonly`,`disabled`,`autofocus`,`onFocus`,`onBlur`,`onInput`,`onCompositionstart`,`onCompositionend`],Pt=[`tabindex`],Ft=[`onClick`,`onMouseenter`,`onMouseleave`,`onKeydown`,`onFocusin`,`onFocusout`,`onMousedown`],It=m({name:`InternalSelection`,props:{...R.props,clsPrefix:{type:String,required:!0},bordered:{type:Boolean,default:void 0},active:Boolean,pattern:{type:String,default:``},placeholder:String,selectedOption:{type:Object,default:null},selectedOptions:{type:Array,default:null},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},multiple:Boolean,filterable:Boolean,clearable:Boolean,disabled:Boolean,size:{type:String,default:`medium`},loading:Boolean,autofocus:Boolean,showArrow:{type:Boolean,default:!0},inputProps:Object,focused:Boolean,renderTag:Function,onKeydown:Function,onClick:Function,onBlur:Function,onFocus:Function,onDeleteOption:Function,maxTagCount:[String,Number],ellipsisTagPopoverProps:Object,onClear:Function,onPatternInput:Function,onPatternFocus:Function,onPatternBlur:Function,renderLabel:Function,status:String,inlineThemeDisabled:Boolean,ignoreComposition:{type:Boolean,default:!0},onResize:Function},setup(t){let{mergedClsPrefixRef:n,mergedRtlRef:i}=we(t),a=A(`InternalSelection`,i,n),o=_(null),s=_(null),c=_(null),l=_(null),d=_(null),p=_(null),m=_(null),h=_(null),g=_(null),v=_(null),y=_(!1),b=_(!1),x=_(!1),C=R(`InternalSelection`,`-internal-selection`,kt,ee,t,S(t,`clsPrefix`)),T=w(()=>t.clearable&&!t.disabled&&(x.value||t.active)),E=w(()=>t.selectedOption?t.renderTag?t.renderTag({option:t.selectedOption,handleClose:()=>{}}):t.renderLabel?t.renderLabel(t.selectedOption,!0):N(t.selectedOption[t.labelField],t.selectedOption,!0):t.placeholder),D=w(()=>{let e=t.selectedOption;if(e)return e[t.labelField]}),O=w(()=>t.multiple?!!(Array.isArray(t.selectedOptions)&&t.selectedOptions.length):t.selectedOption!==null);function k(){let{value:e}=o;if(e){let{value:n}=s;n&&(n.style.width=`${e.offsetWidth}px`,t.maxTagCount!==`responsive`&&g.value?.sync({showAllItemsBeforeCalculate:!1}))}}function j(){let{value:e}=v;e&&(e.style.display=`none`)}function M(){let{value:e}=v;e&&(e.style.display=`inline-block`)}f(S(t,`active`),e=>{e||j()}),f(S(t,`pattern`),()=>{t.multiple&&u(k)});function te(e){let{onFocus:n}=t;n&&n(e)}function ne(e){let{onBlur:n}=t;n&&n(e)}function re(e){let{onDeleteOption:n}=t;n&&n(e)}function P(e){let{onClear:n}=t;n&&n(e)}function F(e){let{onPatternInput:n}=t;n&&n(e)}function I(e){e.relatedTarget&&c.value?.contains(e.relatedTarget)||te(e)}function ae(e){c.value?.contains(e.relatedTarget)||ne(e)}function L(e){P(e)}function oe(){x.value=!0}function z(){x.value=!1}function se(e){t.active&&t.filterable&&e.target!==s.value&&e.preventDefault()}function B(e){re(e)}let V=_(!1);function H(e){if(e.key===`Backspace`&&!V.value&&!t.pattern.length){let{selectedOptions:e}=t;e?.length&&B(e[e.length-1])}}let U=null;function W(e){let{value:n}=o;n&&(n.textContent=e.target.value,k()),t.ignoreComposition&&V.value?U=e:F(e)}function G(){V.value=!0}function K(){V.value=!1,t.ignoreComposition&&F(U),U=null}function q(e){b.value=!0,t.onPatternFocus?.(e)}function le(e){b.value=!1,t.onPatternBlur?.(e)}function J(){if(t.filterable)b.value=!1,p.value?.blur(),s.value?.blur();else if(t.multiple){let{value:e}=l;e?.blur()}else{let{value:e}=d;e?.blur()}}function ue(){t.filterable?(b.value=!1,p.value?.focus()):t.multiple?l.value?.focus():d.value?.focus()}function de(){let{value:e}=s;e&&(M(),e.focus())}function fe(){let{value:e}=s;e&&e.blur()}function Y(e){let{value:t}=m;t&&t.setTextContent(`+${e}`)}function pe(){let{value:e}=h;return e}function me(){return s.value}let he=null;function ge(){he!==null&&window.clearTimeout(he)}function _e(){t.active||(ge(),he=window.setTimeout(()=>{O.value&&(y.value=!0)},100))}function Z(){ge()}function ve(e){e||(ge(),y.value=!1)}f(O,e=>{e||(y.value=!1)}),e(()=>{r(()=>{let e=p.value;e&&(t.disabled?e.removeAttribute(`tabindex`):e.tabIndex=b.value?-1:0)})}),pt(c,t.onResize);let{inlineThemeDisabled:ye}=t,Q=w(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{fontWeight:r,borderRadius:i,color:a,placeholderColor:o,textColor:s,paddingSingle:c,paddingMultiple:l,caretColor:u,colorDisabled:d,textColorDisabled:f,placeholderColorDisabled:p,colorActive:m,boxShadowFocus:h,boxShadowActive:g,boxShadowHover:_,border:v,borderFocus:y,borderHover:b,borderActive:x,arrowColor:S,arrowColorDisabled:w,loadingColor:T,colorActiveWarning:E,boxShadowFocusWarning:D,boxShadowActiveWarning:O,boxShadowHoverWarning:k,borderWarning:ee,borderFocusWarning:A,borderHoverWarning:j,borderActiveWarning:M,colorActiveError:te,boxShadowFocusError:ne,boxShadowActiveError:N,boxShadowHoverError:re,borderError:P,borderFocusError:F,borderHoverError:ie,borderActiveError:I,clearColor:ae,clearColorHover:L,clearColorPressed:oe,clearSize:R,arrowSize:z,[X(`height`,e)]:se,[X(`fontSize`,e)]:B}}=C.value,V=ce(c),H=ce(l);return{"--n-bezier":n,"--n-border":v,"--n-border-active":x,"--n-border-focus":y,"--n-border-hover":b,"--n-border-radius":i,"--n-box-shadow-active":g,"--n-box-shadow-focus":h,"--n-box-shadow-hover":_,"--n-caret-color":u,"--n-color":a,"--n-color-active":m,"--n-color-disabled":d,"--n-font-size":B,"--n-height":se,"--n-padding-single-top":V.top,"--n-padding-multiple-top":H.top,"--n-padding-single-right":V.right,"--n-padding-multiple-right":H.right,"--n-padding-single-left":V.left,"--n-padding-multiple-left":H.left,"--n-padding-single-bottom":V.bottom,"--n-padding-multiple-bottom":H.bottom,"--n-placeholder-color":o,"--n-placeholder-color-disabled":p,"--n-text-color":s,"--n-text-color-disabled":f,"--n-arrow-color":S,"--n-arrow-color-disabled":w,"--n-loading-color":T,"--n-color-active-warning":E,"--n-box-shadow-focus-warning":D,"--n-box-shadow-active-warning":O,"--n-box-shadow-hover-warning":k,"--n-border-warning":ee,"--n-border-focus-warning":A,"--n-border-hover-warning":j,"--n-border-active-warning":M,"--n-color-active-error":te,"--n-box-shadow-focus-error":ne,"--n-box-shadow-active-error":N,"--n-box-shadow-hover-error":re,"--n-border-error":P,"--n-border-focus-error":F,"--n-border-hover-error":ie,"--n-border-active-error":I,"--n-clear-size":R,"--n-clear-color":ae,"--n-clear-color-hover":L,"--n-clear-color-pressed":oe,"--n-arrow-size":z,"--n-font-weight":r}}),be=ye?ie(`internal-selection`,w(()=>t.size[0]),Q,t):void 0;return{mergedTheme:C,mergedClearable:T,mergedClsPrefix:n,rtlEnabled:a,patternInputFocused:b,filterablePlaceholder:E,label:D,selected:O,showTagsPanel:y,isComposing:V,counterRef:m,counterWrapperRef:h,patternInputMirrorRef:o,patternInputRef:s,selfRef:c,multipleElRef:l,singleElRef:d,patternInputWrapperRef:p,overflowRef:g,inputTagElRef:v,handleMouseDown:se,handleFocusin:I,handleClear:L,handleMouseEnter:oe,handleMouseLeave:z,handleDeleteOption:B,handlePatternKeyDown:H,handlePatternInputInput:W,handlePatternInputBlur:le,handlePatternInputFocus:q,handleMouseEnterCounter:_e,handleMouseLeaveCounter:Z,handleFocusout:ae,handleCompositionEnd:K,handleCompositionStart:G,onPopoverUpdateShow:ve,focus:ue,focusInput:de,blur:J,blurInput:fe,updateCounter:Y,getCounter:pe,getTail:me,renderLabel:t.renderLabel,cssVars:ye?void 0:Q,themeClass:be?.themeClass,onRender:be?.onRender}},render(){let{status:e,multiple:t,size:n,disabled:r,filterable:a,maxTagCount:o,bordered:s,clsPrefix:c,ellipsisTagPopoverProps:u,onRender:d,renderTag:f,renderLabel:p}=this;d?.();let m=o===`responsive`,h=typeof o==`number`,_=m||h,v=(i(),g(I,null,{default:()=>(i(),g(Ve,{clsPrefix:c,loading:this.loading,showArrow:this.showArrow,showClear:this.mergedClearable&&this.selected,onClear:this.handleClear},{default:()=>this.$slots.arrow?.()},1032,[`clsPrefix`,`loading`,`showArrow`,`showClear`,`onClear`]))},1024)),y;if(t){let{labelField:e}=this,t=t=>(i(),T(`div`,{class:K(`${c}-base-selection-tag-wrapper`),key:t.value},[f?(i(),T(x,{key:0},[q(()=>f({option:t,handleClose:()=>{this.handleDeleteOption(t)}}))],64)):(i(),g(Ye,{key:1,size:n,closable:!t.disabled,disabled:r,onClose:()=>{this.handleDeleteOption(t)},internalCloseIsButtonTag:!1,internalCloseFocusable:!1},{default:()=>p?p(t,!0):N(t[e],t,!0)},1032,[`size`,`closable`,`disabled`,`onClose`]))],2)),s=()=>(h?this.selectedOptions.slice(0,o):this.selectedOptions).map(t),l=a?(i(),T(`div`,{class:K(`${c}-base-selection-input-tag`),ref:`inputTagElRef`,key:`__input-tag__`},[D(`input`,O(this.inputProps,{ref:`patternInputRef`,tabindex:-1,disabled:r,value:this.pattern,autofocus:this.autofocus,class:`${c}-base-selection-input-tag__input`,onBlur:this.handlePatternInputBlur,onFocus:this.handlePatternInputFocus,onKeydown:this.handlePatternKeyDown,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,At),D(`span`,{ref:`patternInputMirrorRef`,class:K(`${c}-base-selection-input-tag__mirror`)},[q(()=>this.pattern)],2)],2)):null,d=m?()=>(i(),T(`div`,{class:K(`${c}-base-selection-tag-wrapper`),ref:`counterWrapperRef`},[(i(),g(Ye,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,onMouseleave:this.handleMouseLeaveCounter,disabled:r},null,8,[`size`,`onMouseenter`,`onMouseleave`,`disabled`]))],2)):void 0,b;if(h){let e=this.selectedOptions.length-o;e>0&&(b=(t=>(i(),T(`div`,{class:K(`${c}-base-selection-tag-wrapper`),key:`__counter__`},[(i(),g(Ye,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,disabled:r},{default:()=>`+${e}`},1032,[`size`,`onMouseenter`,`disabled`]))],2)))(b))}let S=m?a?(i(),g(Oe,{key:3,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,getTail:this.getTail,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:d,tail:()=>l},1032,[`updateCounter`,`getCounter`,`getTail`])):(i(),g(Oe,{key:4,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:d},1032,[`updateCounter`,`getCounter`])):h&&b?s().concat(b):s(),C=_?()=>(i(),T(`div`,{class:K(`${c}-base-selection-popover`)},[m?(i(),T(x,{key:0},[q(()=>s())],64)):(i(),T(x,{key:1},[q(()=>this.selectedOptions.map(t))],64))],2)):void 0,w=_?{show:this.showTagsPanel,trigger:`hover`,overlap:!0,placement:`top`,width:`trigger`,onUpdateShow:this.onPopoverUpdateShow,theme:this.mergedTheme.peers.Popover,themeOverrides:this.mergedTheme.peerOverrides.Popover,...u}:null,E=!this.selected&&(!this.active||!this.pattern&&!this.isComposing)?(i(),T(`div`,{key:5,class:K(`${c}-base-selection-placeholder ${c}-base-selection-overlay`)},[D(`div`,{class:K(`${c}-base-selection-placeholder__inner`)},[q(()=>this.placeholder)],2)],2)):null,k=a?(i(),T(`div`,{key:6,ref:`patternInputWrapperRef`,class:K(`${c}-base-selection-tags`)},[q(()=>S),m?q(()=>null):(i(),T(x,{key:1},[q(()=>l)],64)),q(()=>v)],2)):(i(),T(`div`,{key:7,ref:`multipleElRef`,class:K(`${c}-base-selection-tags`),tabindex:r?void 0:0},[q(()=>S),q(()=>v)],10,jt));y=(e=>(i(),T(x,{key:8},[_?(i(),g(De,O({key:0},w,{scrollable:!0,style:`max-height: calc(var(--v-target-height) * 6.6);`}),{trigger:()=>k,default:C},1040)):(i(),T(x,{key:1},[q(()=>k)],64)),q(()=>E)],64)))(y)}else if(a){let e=this.pattern||this.isComposing,t=this.active?!e:!this.selected,n=!this.active&&this.selected;y=(e=>(i(),T(`div`,{key:9,ref:`patternInputWrapperRef`,class:K(`${c}-base-selection-label`),title:this.patternInputFocused?void 0:Ne(this.label)},[D(`input`,O(this.inputProps,{ref:`patternInputRef`,class:`${c}-base-selection-input`,value:this.active?this.pattern:``,placeholder:``,readonly:r,disabled:r,tabindex:-1,autofocus:this.autofocus,onFocus:this.handlePatternInputFocus,onBlur:this.handlePatternInputBlur,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,Nt),n?(i(),T(`div`,{class:K(`${c}-base-selection-label__render-label ${c}-base-selection-overlay`),key:`input`},[D(`div`,{class:K(`${c}-base-selection-overlay__wrapper`)},[f?(i(),T(x,{key:0},[q(()=>f({option:this.selectedOption,handleClose:()=>{}}))],64)):(i(),T(x,{key:1},[p?(i(),T(x,{key:0},[q(()=>p(this.selectedOption,!0))],64)):(i(),T(x,{key:1},[q(()=>N(this.label,this.selectedOption,!0))],64))],64))],2)],2)):q(()=>null),t?(i(),T(`div`,{class:K(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[D(`div`,{class:K(`${c}-base-selection-overlay__wrapper`)},[q(()=>this.filterablePlaceholder)],2)],2)):q(()=>null),q(()=>v)],10,Mt)))(y)}else y=(e=>(i(),T(`div`,{key:10,ref:`singleElRef`,class:K(`${c}-base-selection-label`),tabindex:this.disabled?void 0:0},[this.label===void 0?(i(),T(`div`,{class:K(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[D(`div`,{class:K(`${c}-base-selection-placeholder__inner`)},[q(()=>this.placeholder)],2)],2)):(i(),T(`div`,{class:K(`${c}-base-selection-input`),title:Ne(this.label),key:`input`},[D(`div`,{class:K(`${c}-base-selection-input__content`)},[f?(i(),T(x,{key:0},[q(()=>f({option:this.selectedOption,handleClose:()=>{}}))],64)):(i(),T(x,{key:1},[p?(i(),T(x,{key:0},[q(()=>p(this.selectedOption,!0))],64)):(i(),T(x,{key:1},[q(()=>N(this.label,this.selectedOption,!0))],64))],64))],2)],10,[`title`])),q(()=>v)],10,Pt)))(y);return i(),T(`div`,{ref:`selfRef`,class:K([`${c}-base-selection`,this.rtlEnabled&&`${c}-base-selection--rtl`,this.themeClass,e&&`${c}-base-selection--${e}-status`,{[`${c}-base-selection--active`]:this.active,[`${c}-base-selection--selected`]:this.selected||this.active&&this.pattern,[`${c}-base-selection--disabled`]:this.disabled,[`${c}-base-selection--multiple`]:this.multiple,[`${c}-base-selection--focus`]:this.focused}]),style:l(this.cssVars),onClick:this.onClick,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onKeydown:this.onKeydown,onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onMousedown:this.handleMouseDown},[q(()=>y),s?(i(),T(`div`,{key:0,class:K(`${c}-base-selection__border`)},null,2)):q(()=>null),s?(i(),T(`div`,{key:2,class:K(`${c}-base-selection__state-border`)},null,2)):q(()=>null)],46,Ft)}}),Lt=W([$(`select`,`
 z-index: auto;
 outline: none;
 width: 100%;
 position: relative;
 font-weight: var(--n-font-weight);
 `),$(`select-menu`,`
 margin: 4px 0;
 box-shadow: var(--n-menu-box-shadow);
 `,[P({originalTransition:`background-color .3s var(--n-bezier), box-shadow .3s var(--n-bezier)`})])]),Rt={...R.props,to:Fe.propTo,bordered:{type:Boolean,default:void 0},clearable:Boolean,clearCreatedOptionsOnClear:{type:Boolean,default:!0},clearFilterAfterSelect:{type:Boolean,default:!0},options:{type:Array,default:()=>[]},defaultValue:{type:[String,Number,Array],default:null},keyboard:{type:Boolean,default:!0},value:[String,Number,Array],placeholder:String,menuProps:Object,multiple:Boolean,size:String,menuSize:{type:String},filterable:Boolean,disabled:{type:Boolean,default:void 0},remote:Boolean,loading:Boolean,filter:Function,placement:{type:String,default:`bottom-start`},widthMode:{type:String,default:`trigger`},tag:Boolean,onCreate:Function,fallbackOption:{type:[Function,Boolean],default:void 0},show:{type:Boolean,default:void 0},showArrow:{type:Boolean,default:!0},maxTagCount:[Number,String],ellipsisTagPopoverProps:Object,consistentMenuWidth:{type:Boolean,default:!0},virtualScroll:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},childrenField:{type:String,default:`children`},renderLabel:Function,renderOption:Function,renderTag:Function,"onUpdate:value":[Function,Array],inputProps:Object,nodeProps:Function,ignoreComposition:{type:Boolean,default:!0},showOnFocus:Boolean,onUpdateValue:[Function,Array],onBlur:[Function,Array],onClear:[Function,Array],onFocus:[Function,Array],onScroll:[Function,Array],onSearch:[Function,Array],onUpdateShow:[Function,Array],"onUpdate:show":[Function,Array],displayDirective:{type:String,default:`show`},resetMenuOnOptionsChange:{type:Boolean,default:!0},status:String,showCheckmark:{type:Boolean,default:!0},scrollbarProps:Object,onChange:[Function,Array],items:Array},zt=m({name:`Select`,props:Rt,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:n,namespaceRef:r,inlineThemeDisabled:i,mergedComponentPropsRef:a}=we(e),o=R(`Select`,`-select`,Lt,te,e,t),s=_(e.defaultValue),c=S(e,`value`),l=Je(c,s),u=_(!1),d=_(``),p=Xe(e,[`items`,`options`]),m=_([]),h=_([]),g=w(()=>h.value.concat(m.value).concat(p.value)),v=w(()=>{let{filter:t}=e;if(t)return t;let{labelField:n,valueField:r}=e;return(e,t)=>{if(!t)return!1;let i=t[n];if(typeof i==`string`)return Tt(e,i);let a=t[r];return typeof a==`string`?Tt(e,a):typeof a==`number`&&Tt(e,String(a))}}),y=w(()=>{if(e.remote)return p.value;{let{value:t}=g,{value:n}=d;return!n.length||!e.filterable?t:Dt(t,v.value,n,e.childrenField)}}),b=w(()=>{let{valueField:t,childrenField:n}=e,r=Et(t,n);return Ie(y.value,r)}),x=w(()=>Ot(g.value,e.valueField,e.childrenField)),C=_(!1),T=Je(S(e,`show`),C),E=_(null),D=_(null),O=_(null),{localeRef:k}=Ke(`Select`),ee=w(()=>e.placeholder??k.value.placeholder),A=[],M=_(new Map),N=w(()=>{let{fallbackOption:t}=e;if(t===void 0){let{labelField:t,valueField:n}=e;return e=>({[t]:String(e),[n]:e})}return t===!1?!1:e=>Object.assign(t(e),{value:e})});function re(t){let n=e.remote,{value:r}=M,{value:i}=x,{value:a}=N,o=[];return t.forEach(e=>{if(i.has(e))o.push(i.get(e));else if(n&&r.has(e))o.push(r.get(e));else if(a){let t=a(e);t&&o.push(t)}}),o}let P=w(()=>{if(e.multiple){let{value:e}=l;return Array.isArray(e)?re(e):[]}return null}),F=w(()=>{let{value:t}=l;return!e.multiple&&!Array.isArray(t)?t===null?null:re([t])[0]||null:null}),I=he(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:a?.value?.Select?.size||`medium`}}),{mergedSizeRef:ae,mergedDisabledRef:L,mergedStatusRef:oe}=I;function z(t,n){let{onChange:r,"onUpdate:value":i,onUpdateValue:a}=e,{nTriggerFormChange:o,nTriggerFormInput:c}=I;r&&j(r,t,n),a&&j(a,t,n),i&&j(i,t,n),s.value=t,o(),c()}function se(t){let{onBlur:n}=e,{nTriggerFormBlur:r}=I;n&&j(n,t),r()}function B(){let{onClear:t}=e;t&&j(t)}function V(t){let{onFocus:n,showOnFocus:r}=e,{nTriggerFormFocus:i}=I;n&&j(n,t),i(),r&&G()}function ce(t){let{onSearch:n}=e;n&&j(n,t)}function H(t){let{onScroll:n}=e;n&&j(n,t)}function U(){let{remote:t,multiple:n}=e;if(t){let{value:t}=M;if(n){let{valueField:n}=e;P.value?.forEach(e=>{t.set(e[n],e)})}else{let n=F.value;n&&t.set(n[e.valueField],n)}}}function W(t){let{onUpdateShow:n,"onUpdate:show":r}=e;n&&j(n,t),r&&j(r,t),C.value=t}function G(){L.value||(W(!0),C.value=!0,e.filterable&&Oe())}function K(){W(!1)}function q(){d.value=``,h.value=A}let le=_(!1);function J(){e.filterable&&(le.value=!0)}function ue(){e.filterable&&(le.value=!1,T.value||q())}function de(){L.value||(T.value?e.filterable?Oe():K():G())}function fe(e){O.value?.selfRef?.contains(e.relatedTarget)||(u.value=!1,se(e),K())}function Y(e){V(e),u.value=!0}function pe(){u.value=!0}function me(e){E.value?.$el.contains(e.relatedTarget)||(u.value=!1,se(e),K())}function ge(){E.value?.focus(),K()}function X(e){T.value&&(E.value?.$el.contains(xe(e))||K())}function _e(t){if(!Array.isArray(t))return[];if(N.value)return Array.from(t);{let{remote:n}=e,{value:r}=x;if(n){let{value:e}=M;return t.filter(t=>r.has(t)||e.has(t))}return t.filter(e=>r.has(e))}}function Z(e){ve(e.rawNode)}function ve(t){if(L.value)return;let{tag:n,remote:r,clearFilterAfterSelect:i,valueField:a}=e;if(n&&!r){let{value:e}=h,t=e[0]||null;if(t){let e=m.value;e.length?e.push(t):m.value=[t],h.value=A}}if(r&&M.value.set(t[a],t),e.multiple){let e=_e(l.value),o=e.findIndex(e=>e===t[a]);if(~o){if(e.splice(o,1),n&&!r){let e=ye(t[a]);~e&&(m.value.splice(e,1),i&&(d.value=``))}}else e.push(t[a]),i&&(d.value=``);z(e,re(e))}else{if(n&&!r){let e=ye(t[a]);~e?m.value=[m.value[e]]:m.value=A}De(),K(),z(t[a],t)}}function ye(t){return m.value.findIndex(n=>n[e.valueField]===t)}function Q(t){T.value||G();let{value:n}=t.target;d.value=n;let{tag:r,remote:i}=e;if(ce(n),r&&!i){if(!n){h.value=A;return}let{onCreate:t}=e,r=t?t(n):{[e.labelField]:n,[e.valueField]:n},{valueField:i,labelField:a}=e;p.value.some(e=>e[i]===r[i]||e[a]===r[a])||m.value.some(e=>e[i]===r[i]||e[a]===r[a])?h.value=A:h.value=[r]}}function be(t){t.stopPropagation();let{multiple:n,tag:r,remote:i,clearCreatedOptionsOnClear:a}=e;!n&&e.filterable&&K(),r&&!i&&a&&(m.value=A),B(),n?z([],[]):z(null,null)}function $(e){Ee(e,`action`)||Ee(e,`empty`)||Ee(e,`header`)||e.preventDefault()}function Se(e){H(e)}function Ce(t){if(!e.keyboard)t.preventDefault();else switch(t.key){case` `:if(e.filterable)break;t.preventDefault();case`Enter`:if(!E.value?.isComposing){if(T.value){let t=O.value?.getPendingTmNode();t?Z(t):e.filterable||(K(),De())}else if(G(),e.tag&&le.value){let t=h.value[0];if(t){let n=t[e.valueField],{value:r}=l;e.multiple&&Array.isArray(r)&&r.includes(n)||ve(t)}}}t.preventDefault();break;case`ArrowUp`:if(t.preventDefault(),e.loading)return;T.value&&O.value?.prev();break;case`ArrowDown`:if(t.preventDefault(),e.loading)return;T.value?O.value?.next():G();break;case`Escape`:T.value&&(Te(t),K()),E.value?.focus()}}function De(){E.value?.focus()}function Oe(){E.value?.focusInput()}function ke(){T.value&&D.value?.syncPosition()}U(),f(S(e,`options`),U);let Ae={focus:()=>{E.value?.focus()},focusInput:()=>{E.value?.focusInput()},blur:()=>{E.value?.blur()},blurInput:()=>{E.value?.blurInput()}},je=w(()=>{let{self:{menuBoxShadow:e}}=o.value;return{"--n-menu-box-shadow":e}}),Me=i?ie(`select`,void 0,je,e):void 0;return{...Ae,mergedStatus:oe,mergedClsPrefix:t,mergedBordered:n,namespace:r,treeMate:b,isMounted:ne(),triggerRef:E,menuRef:O,pattern:d,uncontrolledShow:C,mergedShow:T,adjustedTo:Fe(e),uncontrolledValue:s,mergedValue:l,followerRef:D,localizedPlaceholder:ee,selectedOption:F,selectedOptions:P,mergedSize:ae,mergedDisabled:L,focused:u,activeWithoutMenuOpen:le,inlineThemeDisabled:i,onTriggerInputFocus:J,onTriggerInputBlur:ue,handleTriggerOrMenuResize:ke,handleMenuFocus:pe,handleMenuBlur:me,handleMenuTabOut:ge,handleTriggerClick:de,handleToggle:Z,handleDeleteOption:ve,handlePatternInput:Q,handleClear:be,handleTriggerBlur:fe,handleTriggerFocus:Y,handleKeydown:Ce,handleMenuAfterLeave:q,handleMenuClickOutside:X,handleMenuScroll:Se,handleMenuKeydown:Ce,handleMenuMousedown:$,mergedTheme:o,cssVars:i?void 0:je,themeClass:Me?.themeClass,onRender:Me?.onRender}},render(){return i(),T(`div`,{class:K(`${this.mergedClsPrefix}-select`)},[y(Le,null,{_:1,default:Z(()=>[(i(),g(Ae,null,{_:1,default:Z(()=>(i(),g(It,{ref:`triggerRef`,inlineThemeDisabled:this.inlineThemeDisabled,status:this.mergedStatus,inputProps:this.inputProps,clsPrefix:this.mergedClsPrefix,showArrow:this.showArrow,maxTagCount:this.maxTagCount,ellipsisTagPopoverProps:this.ellipsisTagPopoverProps,bordered:this.mergedBordered,active:this.activeWithoutMenuOpen||this.mergedShow,pattern:this.pattern,placeholder:this.localizedPlaceholder,selectedOption:this.selectedOption,selectedOptions:this.selectedOptions,multiple:this.multiple,renderTag:this.renderTag,renderLabel:this.renderLabel,filterable:this.filterable,clearable:this.clearable,disabled:this.mergedDisabled,size:this.mergedSize,theme:this.mergedTheme.peers.InternalSelection,labelField:this.labelField,valueField:this.valueField,themeOverrides:this.mergedTheme.peerOverrides.InternalSelection,loading:this.loading,focused:this.focused,onClick:this.handleTriggerClick,onDeleteOption:this.handleDeleteOption,onPatternInput:this.handlePatternInput,onClear:this.handleClear,onBlur:this.handleTriggerBlur,onFocus:this.handleTriggerFocus,onKeydown:this.handleKeydown,onPatternBlur:this.onTriggerInputBlur,onPatternFocus:this.onTriggerInputFocus,onResize:this.handleTriggerOrMenuResize,ignoreComposition:this.ignoreComposition},{_:1,arrow:Z(()=>[this.$slots.arrow?.()])},8,`inlineThemeDisabled.status.inputProps.clsPrefix.showArrow.maxTagCount.ellipsisTagPopoverProps.bordered.active.pattern.placeholder.selectedOption.selectedOptions.multiple.renderTag.renderLabel.filterable.clearable.disabled.size.theme.labelField.valueField.themeOverrides.loading.focused.onClick.onDeleteOption.onPatternInput.onClear.onBlur.onFocus.onKeydown.onPatternBlur.onPatternFocus.onResize.ignoreComposition`.split(`.`))))})),(i(),g(Pe,{ref:`followerRef`,show:this.mergedShow,to:this.adjustedTo,teleportDisabled:this.adjustedTo===Fe.tdkey,containerClass:this.namespace,width:this.consistentMenuWidth?`target`:void 0,minWidth:`target`,placement:this.placement},{_:1,default:Z(()=>(i(),g(U,{name:`fade-in-scale-up-transition`,appear:this.isMounted,onAfterLeave:this.handleMenuAfterLeave},{_:1,default:Z(()=>this.mergedShow||this.displayDirective===`show`?(this.onRender?.(),p((i(),g(St,O(this.menuProps,{ref:`menuRef`,onResize:this.handleTriggerOrMenuResize,inlineThemeDisabled:this.inlineThemeDisabled,virtualScroll:this.consistentMenuWidth&&this.virtualScroll,class:[`${this.mergedClsPrefix}-select-menu`,this.themeClass,this.menuProps?.class],clsPrefix:this.mergedClsPrefix,focusable:!0,labelField:this.labelField,valueField:this.valueField,autoPending:!0,nodeProps:this.nodeProps,theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,treeMate:this.treeMate,multiple:this.multiple,size:this.menuSize,renderOption:this.renderOption,renderLabel:this.renderLabel,value:this.mergedValue,style:[this.menuProps?.style,this.cssVars],onToggle:this.handleToggle,onScroll:this.handleMenuScroll,onFocus:this.handleMenuFocus,onBlur:this.handleMenuBlur,onKeydown:this.handleMenuKeydown,onTabOut:this.handleMenuTabOut,onMousedown:this.handleMenuMousedown,show:this.mergedShow,showCheckmark:this.showCheckmark,resetMenuOnOptionsChange:this.resetMenuOnOptionsChange,scrollbarProps:this.scrollbarProps}),{_:1,empty:Z(()=>[this.$slots.empty?.()]),header:Z(()=>[this.$slots.header?.()]),action:Z(()=>[this.$slots.action?.()])},16,`onResize.inlineThemeDisabled.virtualScroll.class.clsPrefix.labelField.valueField.nodeProps.theme.themeOverrides.treeMate.multiple.size.renderOption.renderLabel.value.style.onToggle.onScroll.onFocus.onBlur.onKeydown.onTabOut.onMousedown.show.showCheckmark.resetMenuOnOptionsChange.scrollbarProps`.split(`.`))),this.displayDirective===`show`?[[pe,this.mergedShow],[Ce,this.handleMenuClickOutside,void 0,{capture:!0}]]:[[Ce,this.handleMenuClickOutside,void 0,{capture:!0}]])):null)},8,[`appear`,`onAfterLeave`])))},8,[`show`,`to`,`teleportDisabled`,`containerClass`,`width`,`placement`]))])})],2)}}),Bt={class:`login`},Vt={class:`brand`},Ht={class:`brand-name`},Ut={class:`muted`},Wt={class:`lang`},Gt=Ze(m({__name:`LoginView`,setup(e){let{t:n}=_e(),r=ye(),a=G(),o=V(),c=fe(),l=s({tenant:localStorage.getItem(`kefu.tenant`)??``,login:``,password:``}),{submit:u,error:f,busy:p,field:m}=qe(),h=[{label:`简体中文`,value:`zh-CN`},{label:`English`,value:`en`}];async function _(){if(await u(()=>r.login(l.tenant.trim(),l.login.trim(),l.password))===void 0&&f.value)return;localStorage.setItem(`kefu.tenant`,l.tenant.trim());let e=typeof o.query.next==`string`&&o.query.next.startsWith(`/`)?o.query.next:null;await c.replace(e??be(r.can))}return(e,r)=>(i(),T(`div`,Bt,[y(E(ae),{class:`login-card`,bordered:!1},{default:d(()=>[D(`div`,Vt,[r[4]||=D(`img`,{src:`/console/favicon.svg`,alt:``,width:`36`,height:`36`},null,-1),D(`div`,null,[D(`div`,Ht,t(E(n)(`app.name`)),1),D(`div`,Ut,t(E(n)(`login.title`)),1)])]),y(E(Ge),{model:l,"label-placement":`top`,onSubmit:le(_,[`prevent`])},{default:d(()=>[E(f)?(i(),g(E(We),{key:0,type:`error`,"show-icon":!1,style:{"margin-bottom":`12px`},"data-test":`login-error`},{default:d(()=>[b(t(E(f)),1)]),_:1})):v(``,!0),y(E(Ue),O({label:E(n)(`login.tenant`),path:`tenant`},E(m)(`tenant`)),{default:d(()=>[y(E(He),{value:l.tenant,"onUpdate:value":r[0]||=e=>l.tenant=e,placeholder:E(n)(`login.tenantHint`),"input-props":{name:`tenant`,autocomplete:`organization`}},null,8,[`value`,`placeholder`])]),_:1},16,[`label`]),y(E(Ue),O({label:E(n)(`login.login`),path:`login`},E(m)(`login`)),{default:d(()=>[y(E(He),{value:l.login,"onUpdate:value":r[1]||=e=>l.login=e,"input-props":{name:`login`,autocomplete:`username`}},null,8,[`value`])]),_:1},16,[`label`]),y(E(Ue),O({label:E(n)(`login.password`),path:`password`},E(m)(`password`)),{default:d(()=>[y(E(He),{value:l.password,"onUpdate:value":r[2]||=e=>l.password=e,type:`password`,"show-password-on":`click`,"input-props":{name:`password`,autocomplete:`current-password`}},null,8,[`value`])]),_:1},16,[`label`]),y(E(M),{type:`primary`,"attr-type":`submit`,block:``,loading:E(p),disabled:!l.tenant||!l.login||!l.password},{default:d(()=>[b(t(E(n)(`login.submit`)),1)]),_:1},8,[`loading`,`disabled`])]),_:1},8,[`model`]),D(`div`,Wt,[y(E(zt),{value:E(a).locale,"onUpdate:value":r[3]||=e=>E(a).locale=e,options:h,size:`small`,style:{width:`120px`},"data-test":`login-language`},null,8,[`value`])])]),_:1})]))}}),[[`__scopeId`,`data-v-8f5d08fe`]]);export{Gt as default};