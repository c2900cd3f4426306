import{_ as e,c as t,d as n,f as r,g as i,h as a,i as o,l as s,n as c,p as l,r as u,s as d,t as f,u as p,v as m}from"./create-BKnHJu3i.js";import{At as h,Bt as g,Cn as _,Ct as v,Dn as y,Dr as b,Dt as x,Et as S,G as C,Gt as w,It as T,Kt as ee,Mn as te,Pt as E,Rt as D,Sn as ne,Tn as O,W as re,Zt as k,_r as ie,an as A,bn as j,cn as M,dt as ae,et as oe,fr as N,gr as P,hr as F,kn as se,ln as ce,nt as I,on as L,ot as le,pr as R,tt as ue,un as de,vn as z,vr as B,wn as V,wr as fe,xn as pe,z as me}from"./session-Dusl6qa1.js";import{i as he,n as ge}from"./Input-HGm5CONO.js";import{A as H,D as _e,E as ve,F as ye,K as be,P as U,S as xe,T as W,U as Se,W as Ce,_ as G,b as K,d as q,g as we,i as J,j as Te,k as Ee,l as Y,nt as X,ot as Z,p as Q,u as $,wt as De}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{i as Oe,l as ke,u as Ae}from"./feedback-CDZ4-T8K.js";var je=G({name:`Empty`,render(){return(()=>{let e=_(`15c1a247ae156450`);return e[0]||=$(`svg`,{viewBox:`0 0 28 28`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[$(`path`,{d:`M26 7.5C26 11.0899 23.0899 14 19.5 14C15.9101 14 13 11.0899 13 7.5C13 3.91015 15.9101 1 19.5 1C23.0899 1 26 3.91015 26 7.5ZM16.8536 4.14645C16.6583 3.95118 16.3417 3.95118 16.1464 4.14645C15.9512 4.34171 15.9512 4.65829 16.1464 4.85355L18.7929 7.5L16.1464 10.1464C15.9512 10.3417 15.9512 10.6583 16.1464 10.8536C16.3417 11.0488 16.6583 11.0488 16.8536 10.8536L19.5 8.20711L22.1464 10.8536C22.3417 11.0488 22.6583 11.0488 22.8536 10.8536C23.0488 10.6583 23.0488 10.3417 22.8536 10.1464L20.2071 7.5L22.8536 4.85355C23.0488 4.65829 23.0488 4.34171 22.8536 4.14645C22.6583 3.95118 22.3417 3.95118 22.1464 4.14645L19.5 6.79289L16.8536 4.14645Z`,fill:`currentColor`}),$(`path`,{d:`M25 22.75V12.5991C24.5572 13.0765 24.053 13.4961 23.5 13.8454V16H17.5L17.3982 16.0068C17.0322 16.0565 16.75 16.3703 16.75 16.75C16.75 18.2688 15.5188 19.5 14 19.5C12.4812 19.5 11.25 18.2688 11.25 16.75L11.2432 16.6482C11.1935 16.2822 10.8797 16 10.5 16H4.5V7.25C4.5 6.2835 5.2835 5.5 6.25 5.5H12.2696C12.4146 4.97463 12.6153 4.47237 12.865 4H6.25C4.45507 4 3 5.45507 3 7.25V22.75C3 24.5449 4.45507 26 6.25 26H21.75C23.5449 26 25 24.5449 25 22.75ZM4.5 22.75V17.5H9.81597L9.85751 17.7041C10.2905 19.5919 11.9808 21 14 21L14.215 20.9947C16.2095 20.8953 17.842 19.4209 18.184 17.5H23.5V22.75C23.5 23.7165 22.7165 24.5 21.75 24.5H6.25C5.2835 24.5 4.5 23.7165 4.5 22.75Z`,fill:`currentColor`})],-1)})()}}),Me=R(`empty`,`
 display: flex;
 flex-direction: column;
 align-items: center;
 font-size: var(--n-font-size);
`,[F(`icon`,`
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 line-height: var(--n-icon-size);
 color: var(--n-icon-color);
 transition:
 color .3s var(--n-bezier);
 `,[N(`+`,[F(`description`,`
 margin-top: 8px;
 `)])]),F(`description`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),F(`extra`,`
 text-align: center;
 transition: color .3s var(--n-bezier);
 margin-top: 12px;
 color: var(--n-extra-text-color);
 `)]),Ne={...M.props,description:String,showDescription:{type:Boolean,default:!0},showIcon:{type:Boolean,default:!0},size:{type:String,default:`medium`},renderIcon:Function},Pe=G({name:`Empty`,props:Ne,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=te(e),i=M(`Empty`,`-empty`,Me,de,e,t),{localeRef:a}=he(`Empty`),o=Y(()=>e.description??r?.value?.Empty?.description),s=Y(()=>r?.value?.Empty?.renderIcon||(()=>(U(),q(je)))),c=Y(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{[B(`iconSize`,t)]:r,[B(`fontSize`,t)]:a,textColor:o,iconColor:s,extraTextColor:c}}=i.value;return{"--n-icon-size":r,"--n-font-size":a,"--n-bezier":n,"--n-text-color":o,"--n-icon-color":s,"--n-extra-text-color":c}}),l=n?ce(`empty`,Y(()=>{let t=``,{size:n}=e;return t+=n[0],t}),c,e):void 0;return{mergedClsPrefix:t,mergedRenderIcon:s,localizedDescription:Y(()=>o.value||a.value.description),cssVars:n?void 0:c,themeClass:l?.themeClass,onRender:l?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,onRender:n}=this;return n?.(),U(),Q(`div`,{class:V([`${t}-empty`,this.themeClass]),style:De(this.cssVars)},[this.showIcon?(U(),Q(`div`,{key:0,class:V(`${t}-empty__icon`)},[e.icon?(U(),Q(J,{key:0},[y(()=>e.icon())],64)):(U(),q(L,{key:1,clsPrefix:t},{default:this.mergedRenderIcon},1032,[`clsPrefix`]))],2)):y(()=>null),this.showDescription?(U(),Q(`div`,{key:2,class:V(`${t}-empty__description`)},[e.default?(U(),Q(J,{key:0},[y(()=>e.default())],64)):(U(),Q(J,{key:1},[y(()=>this.localizedDescription)],64))],2)):y(()=>null),e.extra?(U(),Q(`div`,{key:4,class:V(`${t}-empty__extra`)},[y(()=>e.extra())],2)):y(()=>null)],6)}});function Fe(e){return e&-e}var Ie=class{constructor(e,t){this.l=e,this.min=t;let n=Array(e+1);for(let t=0;t<e+1;++t)n[t]=0;this.ft=n}add(e,t){if(t===0)return;let{l:n,ft:r}=this;for(e+=1;e<=n;)r[e]+=t,e+=Fe(e)}get(e){return this.sum(e+1)-this.sum(e)}sum(e){if(e===void 0&&(e=this.l),e<=0)return 0;let{ft:t,min:n,l:r}=this;if(e>r)throw Error("[FinweckTree.sum]: `i` is larger than length.");let i=e*n;for(;e>0;)i+=t[e],e-=Fe(e);return i}getBound(e){let t=0,n=this.l;for(;n>t;){let r=Math.floor((t+n)/2),i=this.sum(r);if(i>e)n=r;else if(i<e){if(t===r)return this.sum(t+1)<=e?t+1:r;t=r}else return r}return t}},Le;function Re(){return typeof document>`u`?!1:(Le===void 0&&(Le=`matchMedia`in window&&window.matchMedia(`(pointer:coarse)`).matches),Le)}var ze;function Be(){return typeof document>`u`?1:(ze===void 0&&(ze=`chrome`in window?window.devicePixelRatio:1),ze)}var Ve=`VVirtualListXScroll`;function He({columnsRef:e,renderColRef:t,renderItemWithColsRef:n}){let r=X(0),i=X(0),a=Y(()=>{let t=e.value;if(t.length===0)return null;let n=new Ie(t.length,0);return t.forEach((e,t)=>{n.add(t,e.width)}),n}),o=k(()=>{let e=a.value;return e===null?0:Math.max(e.getBound(i.value)-1,0)}),s=e=>{let t=a.value;return t===null?0:t.sum(e)},c=k(()=>{let t=a.value;return t===null?0:Math.min(t.getBound(i.value+r.value)+1,e.value.length-1)});return ye(Ve,{startIndexRef:o,endIndexRef:c,columnsRef:e,renderColRef:t,renderItemWithColsRef:n,getLeft:s}),{listWidthRef:r,scrollLeftRef:i}}var Ue=G({name:`VirtualListRow`,props:{index:{type:Number,required:!0},item:{type:Object,required:!0}},setup(){let{startIndexRef:e,endIndexRef:t,columnsRef:n,getLeft:r,renderColRef:i,renderItemWithColsRef:a}=xe(Ve);return{startIndex:e,endIndex:t,columns:n,renderCol:i,renderItemWithCols:a,getLeft:r}},render(){let{startIndex:e,endIndex:t,columns:n,renderCol:r,renderItemWithCols:i,getLeft:a,item:o}=this;if(i!=null)return i({itemIndex:this.index,startColIndex:e,endColIndex:t,allColumns:n,item:o,getLeft:a});if(r!=null){let i=[];for(let s=e;s<=t;++s){let e=n[s];i.push(r({column:e,left:a(s),item:o}))}return i}return null}}),We=s(`.v-vl`,{maxHeight:`inherit`,height:`100%`,overflow:`auto`,minWidth:`1px`},[s(`&:not(.v-vl--show-scrollbar)`,{scrollbarWidth:`none`},[s(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,{width:0,height:0,display:`none`})])]),Ge=G({name:`VirtualList`,inheritAttrs:!1,props:{showScrollbar:{type:Boolean,default:!0},columns:{type:Array,default:()=>[]},renderCol:Function,renderItemWithCols:Function,items:{type:Array,default:()=>[]},itemSize:{type:Number,required:!0},itemResizable:Boolean,itemsStyle:[String,Object],visibleItemsTag:{type:[String,Object],default:`div`},visibleItemsProps:Object,ignoreItemResize:Boolean,onScroll:Function,onWheel:Function,onResize:Function,defaultScrollKey:[Number,String],defaultScrollIndex:Number,keyField:{type:String,default:`key`},paddingTop:{type:[Number,String],default:0},paddingBottom:{type:[Number,String],default:0}},setup(e){let t=se();We.mount({id:`vueuc/virtual-list`,head:!0,anchorMetaName:p,ssr:t}),Te(()=>{let{defaultScrollIndex:t,defaultScrollKey:n}=e;t==null?n!=null&&v({key:n}):v({index:t})});let n=!1,r=!1;_e(()=>{n=!1,r?v({top:h.value,left:o.value}):r=!0}),H(()=>{n=!0,r||=!0});let i=k(()=>{if(e.renderCol==null&&e.renderItemWithCols==null||e.columns.length===0)return;let t=0;return e.columns.forEach(e=>{t+=e.width}),t}),a=Y(()=>{let t=new Map,{keyField:n}=e;return e.items.forEach((e,r)=>{t.set(e[n],r)}),t}),{scrollLeftRef:o,listWidthRef:s}=He({columnsRef:Z(e,`columns`),renderColRef:Z(e,`renderCol`),renderItemWithColsRef:Z(e,`renderItemWithCols`)}),c=X(null),l=X(void 0),u=new Map,d=Y(()=>{let{items:t,itemSize:n,keyField:r}=e,i=new Ie(t.length,n);return t.forEach((e,t)=>{let n=e[r],a=u.get(n);a!==void 0&&i.add(t,a)}),i}),f=X(0),h=X(0),g=k(()=>Math.max(d.value.getBound(h.value-z(e.paddingTop))-1,0)),_=Y(()=>{let{value:t}=l;if(t===void 0)return[];let{items:n,itemSize:r}=e,i=g.value,a=Math.min(i+Math.ceil(t/r+1),n.length-1),o=[];for(let e=i;e<=a;++e)o.push(n[e]);return o}),v=(e,t)=>{if(typeof e==`number`){S(e,t,`auto`);return}let{left:n,top:r,index:i,key:o,position:s,behavior:c,debounce:l=!0}=e;if(n!==void 0||r!==void 0)S(n,r,c);else if(i!==void 0)x(i,c,l);else if(o!==void 0){let e=a.value.get(o);e!==void 0&&x(e,c,l)}else s===`bottom`?S(0,2**53-1,c):s===`top`&&S(0,0,c)},y,b=null;function x(t,n,r){let i=c.value;if(i==null)return;let{value:a}=d,o=a.sum(t)+z(e.paddingTop);if(!r)i.scrollTo({left:0,top:o,behavior:n});else{y=t,b!==null&&window.clearTimeout(b),b=window.setTimeout(()=>{y=void 0,b=null},16);let{scrollTop:e,offsetHeight:r}=i;if(o>e){let s=a.get(t);o+s<=e+r||i.scrollTo({left:0,top:o+s-r,behavior:n})}else i.scrollTo({left:0,top:o,behavior:n})}}function S(e,t,n){c.value?.scrollTo({left:e,top:t,behavior:n})}function C(t,r){if(n||e.ignoreItemResize||ne(r.target))return;let{value:i}=d,o=a.value.get(t),s=i.get(o),l=r.borderBoxSize?.[0]?.blockSize??r.contentRect.height;if(l===s)return;l-e.itemSize===0?u.delete(t):u.set(t,l-e.itemSize);let p=l-s;if(p===0)return;i.add(o,p);let m=c.value;if(m!=null){if(y===void 0){let e=i.sum(o);m.scrollTop>e&&m.scrollBy(0,p)}else(o<y||o===y&&l+i.sum(o)>m.scrollTop+m.offsetHeight)&&m.scrollBy(0,p);D()}f.value++}let w=!Re(),T=!1;function ee(t){var n;(n=e.onScroll)==null||n.call(e,t),w&&T||D()}function te(t){var n;if((n=e.onWheel)==null||n.call(e,t),w){let e=c.value;if(e!=null){if(t.deltaX===0&&(e.scrollTop===0&&t.deltaY<=0||e.scrollTop+e.offsetHeight>=e.scrollHeight&&t.deltaY>=0))return;t.preventDefault(),e.scrollTop+=t.deltaY/Be(),e.scrollLeft+=t.deltaX/Be(),D(),T=!0,m(()=>{T=!1})}}}function E(t){if(n||ne(t.target))return;if(e.renderCol==null&&e.renderItemWithCols==null){if(t.contentRect.height===l.value)return}else if(t.contentRect.height===l.value&&t.contentRect.width===s.value)return;l.value=t.contentRect.height,s.value=t.contentRect.width;let{onResize:r}=e;r!==void 0&&r(t)}function D(){let{value:e}=c;e!=null&&(h.value=e.scrollTop,o.value=e.scrollLeft)}function ne(e){let t=e;for(;t!==null;){if(t.style.display===`none`)return!0;t=t.parentElement}return!1}return{listHeight:l,listStyle:{overflow:`auto`},keyToIndex:a,itemsStyle:Y(()=>{let{itemResizable:t}=e,n=pe(d.value.sum());return f.value,[e.itemsStyle,{boxSizing:`content-box`,width:pe(i.value),height:t?``:n,minHeight:t?n:``,paddingTop:pe(e.paddingTop),paddingBottom:pe(e.paddingBottom)}]}),visibleItemsStyle:Y(()=>(f.value,{transform:`translateY(${pe(d.value.sum(g.value))})`})),viewportItems:_,listElRef:c,itemsElRef:X(null),scrollTo:v,handleListResize:E,handleListScroll:ee,handleListWheel:te,handleItemResize:C}},render(){let{itemResizable:e,keyField:t,keyToIndex:n,visibleItemsTag:r}=this;return K(S,{onResize:this.handleListResize},{default:()=>{var i;return K(`div`,W(this.$attrs,{class:[`v-vl`,this.showScrollbar&&`v-vl--show-scrollbar`],onScroll:this.handleListScroll,onWheel:this.handleListWheel,ref:`listElRef`}),[this.items.length===0?(i=this.$slots).empty?.call(i):K(`div`,{ref:`itemsElRef`,class:`v-vl-items`,style:this.itemsStyle},[K(r,Object.assign({class:`v-vl-visible-items`,style:this.visibleItemsStyle},this.visibleItemsProps),{default:()=>{let{renderCol:r,renderItemWithCols:i}=this;return this.viewportItems.map(a=>{let o=a[t],s=n.get(o),c=r==null?void 0:K(Ue,{index:s,item:a}),l=i==null?void 0:K(Ue,{index:s,item:a}),u=this.$slots.default({item:a,renderedCols:c,renderedItemWithCols:l,index:s})[0];return e?K(S,{key:o,onResize:e=>this.handleItemResize(o,e)},{default:()=>u}):(u.key=o,u)})}})])])}})}});function Ke(e,t){t&&(Te(()=>{let{value:n}=e;n&&x.registerHandler(n,t)}),Se(e,(e,t)=>{t&&x.unregisterHandler(t)},{deep:!1}),Ee(()=>{let{value:t}=e;t&&x.unregisterHandler(t)}))}var qe=G({props:{onFocus:Function,onBlur:Function},setup(e){return()=>(()=>{let t=_(`d16ead82505dc285`);return U(),Q(`div`,{style:`width: 0; height: 0`,tabindex:0,onFocus:t[0]||=t=>e.onFocus?.(t),onBlur:t[1]||=t=>e.onBlur?.(t)},null,32)})()}}),Je=G({name:`NBaseSelectGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{renderLabelRef:e,renderOptionRef:t,labelFieldRef:n,nodePropsRef:r}=xe(i);return{labelField:n,nodeProps:r,renderLabel:e,renderOption:t}},render(){let{clsPrefix:e,renderLabel:t,renderOption:n,nodeProps:r,tmNode:{rawNode:i}}=this,a=r?.(i),o=t?t(i,!1):I(i[this.labelField],i,!1),s=(U(),Q(`div`,W(a,{class:[`${e}-base-select-group-header`,a?.class]}),[y(()=>o)],16));return i.render?i.render({node:s,option:i}):n?n({node:s,option:i,selected:!1}):s}}),Ye=G({name:`Checkmark`,render(){return(()=>{let e=_(`3c84eac8ae4e1f96`);return e[0]||=$(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 16 16`},[$(`g`,{fill:`none`},[$(`path`,{d:`M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032z`,fill:`currentColor`})])],-1)})()}}),Xe=[`onClick`,`onMouseenter`,`onMousemove`];function Ze(e,t){return U(),q(fe,{name:`fade-in-scale-up-transition`},{default:()=>e?(U(),q(L,{key:1,clsPrefix:t,class:V(`${t}-base-select-option__check`)},{default:()=>K(Ye)},1032,[`clsPrefix`,`class`])):null},1024)}var Qe=G({name:`NBaseSelectOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(e){let{valueRef:t,pendingTmNodeRef:n,multipleRef:r,valueSetRef:a,renderLabelRef:o,renderOptionRef:s,labelFieldRef:c,valueFieldRef:l,showCheckmarkRef:u,nodePropsRef:d,handleOptionClick:f,handleOptionMouseEnter:p}=xe(i),m=k(()=>{let{value:t}=n;return t?e.tmNode.key===t.key:!1});function h(t){let{tmNode:n}=e;n.disabled||f(t,n)}function g(t){let{tmNode:n}=e;n.disabled||p(t,n)}function _(t){let{tmNode:n}=e,{value:r}=m;n.disabled||r||p(t,n)}return{multiple:r,isGrouped:k(()=>{let{tmNode:t}=e,{parent:n}=t;return n&&n.rawNode.type===`group`}),showCheckmark:u,nodeProps:d,isPending:m,isSelected:k(()=>{let{value:n}=t,{value:i}=r;if(n===null)return!1;let o=e.tmNode.rawNode[l.value];if(i){let{value:e}=a;return e.has(o)}return n===o}),labelField:c,renderLabel:o,renderOption:s,handleMouseMove:_,handleMouseEnter:g,handleClick:h}},render(){let{clsPrefix:e,tmNode:{rawNode:t},isSelected:n,isPending:r,isGrouped:i,showCheckmark:a,nodeProps:o,renderOption:s,renderLabel:c,handleClick:l,handleMouseEnter:u,handleMouseMove:d}=this,f=Ze(n,e),p=c?[c(t,n),a&&f]:[I(t[this.labelField],t,n),a&&f],m=o?.(t),h=(U(),Q(`div`,W(m,{class:[`${e}-base-select-option`,t.class,m?.class,{[`${e}-base-select-option--disabled`]:t.disabled,[`${e}-base-select-option--selected`]:n,[`${e}-base-select-option--grouped`]:i,[`${e}-base-select-option--pending`]:r,[`${e}-base-select-option--show-checkmark`]:a}],style:[m?.style||``,t.style||``],onClick:ue([l,m?.onClick]),onMouseenter:ue([u,m?.onMouseenter]),onMousemove:ue([d,m?.onMousemove])}),[$(`div`,{class:V(`${e}-base-select-option__content`)},[y(()=>p)],2)],16,Xe));return t.render?t.render({node:h,option:t,selected:n}):s?s({node:h,option:t,selected:n}):h}}),$e=R(`base-select-menu`,`
 line-height: 1.5;
 outline: none;
 z-index: 0;
 position: relative;
 border-radius: var(--n-border-radius);
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-color);
`,[R(`scrollbar`,`
 max-height: var(--n-height);
 `),R(`virtual-list`,`
 max-height: var(--n-height);
 `),R(`base-select-option`,`
 min-height: var(--n-option-height);
 font-size: var(--n-option-font-size);
 display: flex;
 align-items: center;
 `,[F(`content`,`
 z-index: 1;
 white-space: nowrap;
 text-overflow: ellipsis;
 overflow: hidden;
 `)]),R(`base-select-group-header`,`
 min-height: var(--n-option-height);
 font-size: .93em;
 display: flex;
 align-items: center;
 `),R(`base-select-menu-option-wrapper`,`
 position: relative;
 width: 100%;
 `),F(`loading, empty`,`
 display: flex;
 padding: 12px 32px;
 flex: 1;
 justify-content: center;
 `),F(`loading`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 `),F(`header`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),F(`action`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-top: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),R(`base-select-group-header`,`
 position: relative;
 cursor: default;
 padding: var(--n-option-padding);
 color: var(--n-group-header-text-color);
 `),R(`base-select-option`,`
 cursor: pointer;
 position: relative;
 padding: var(--n-option-padding);
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 box-sizing: border-box;
 color: var(--n-option-text-color);
 opacity: 1;
 `,[P(`show-checkmark`,`
 padding-right: calc(var(--n-option-padding-right) + 20px);
 `),N(`&::before`,`
 content: "";
 position: absolute;
 left: 4px;
 right: 4px;
 top: 0;
 bottom: 0;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),N(`&:active`,`
 color: var(--n-option-text-color-pressed);
 `),P(`grouped`,`
 padding-left: calc(var(--n-option-padding-left) * 1.5);
 `),P(`pending`,[N(`&::before`,`
 background-color: var(--n-option-color-pending);
 `)]),P(`selected`,`
 color: var(--n-option-text-color-active);
 `,[N(`&::before`,`
 background-color: var(--n-option-color-active);
 `),P(`pending`,[N(`&::before`,`
 background-color: var(--n-option-color-active-pending);
 `)])]),P(`disabled`,`
 cursor: not-allowed;
 `,[ie(`selected`,`
 color: var(--n-option-text-color-disabled);
 `),P(`selected`,`
 opacity: var(--n-option-opacity-disabled);
 `)]),F(`check`,`
 font-size: 16px;
 position: absolute;
 right: calc(var(--n-option-padding-right) - 4px);
 top: calc(50% - 7px);
 color: var(--n-option-check-color);
 transition: color .3s var(--n-bezier);
 `,[oe({enterScale:`0.5`})])])]),et=[`tabindex`,`onFocusin`,`onFocusout`,`onKeyup`,`onKeydown`,`onMousedown`,`onMouseenter`,`onMouseleave`],tt=G({name:`InternalSelectMenu`,props:{...M.props,clsPrefix:{type:String,required:!0},scrollable:{type:Boolean,default:!0},treeMate:{type:Object,required:!0},multiple:Boolean,size:{type:String,default:`medium`},value:{type:[String,Number,Array],default:null},autoPending:Boolean,virtualScroll:{type:Boolean,default:!0},show:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},loading:Boolean,focusable:Boolean,renderLabel:Function,renderOption:Function,nodeProps:Function,showCheckmark:{type:Boolean,default:!0},onMousedown:Function,onScroll:Function,onFocus:Function,onBlur:Function,onKeyup:Function,onKeydown:Function,onTabOut:Function,onMouseenter:Function,onMouseleave:Function,onResize:Function,resetMenuOnOptionsChange:{type:Boolean,default:!0},inlineThemeDisabled:Boolean,scrollbarProps:Object,onToggle:Function},setup(t){let{mergedClsPrefixRef:n,mergedRtlRef:r,mergedComponentPropsRef:o}=te(t),s=T(`InternalSelectMenu`,r,n),l=M(`InternalSelectMenu`,`-internal-select-menu`,$e,A,t,Z(t,`clsPrefix`)),u=X(null),d=X(null),f=X(null),p=Y(()=>t.treeMate.getFlattenedNodes()),m=Y(()=>c(p.value)),h=X(null);function g(){let{treeMate:e}=t,n=null,{value:r}=t;r===null?n=e.getFirstAvailableNode():(n=t.multiple?e.getNode((r||[])[(r||[]).length-1]):e.getNode(r),(!n||n.disabled)&&(n=e.getFirstAvailableNode())),P(n||null)}function _(){let{value:e}=h;e&&!t.treeMate.getNode(e.key)&&(h.value=null)}let v;Se(()=>t.show,e=>{e?v=Se(()=>t.treeMate,()=>{t.resetMenuOnOptionsChange?(t.autoPending?g():_(),ve(F)):_()},{immediate:!0}):v?.()},{immediate:!0}),Ee(()=>{v?.()});let y=Y(()=>z(l.value.self[B(`optionHeight`,t.size)])),b=Y(()=>j(l.value.self[B(`padding`,t.size)])),x=Y(()=>t.multiple&&Array.isArray(t.value)?new Set(t.value):new Set),S=Y(()=>{let e=p.value;return e&&e.length===0}),C=Y(()=>o?.value?.Select?.renderEmpty);function w(e){let{onToggle:n}=t;n&&n(e)}function ee(e){let{onScroll:n}=t;n&&n(e)}function E(e){f.value?.sync(),ee(e)}function D(){f.value?.sync()}function ne(){let{value:e}=h;return e||null}function O(e,t){t.disabled||P(t,!1)}function re(e,t){t.disabled||w(t)}function k(n){e(n,`action`)||t.onKeyup?.(n)}function ie(n){e(n,`action`)||t.onKeydown?.(n)}function ae(e){t.onMousedown?.(e),t.focusable||e.preventDefault()}function oe(){let{value:e}=h;e&&P(e.getNext({loop:!0}),!0)}function N(){let{value:e}=h;e&&P(e.getPrev({loop:!0}),!0)}function P(e,t=!1){h.value=e,t&&F()}function F(){let e=h.value;if(!e)return;let n=m.value(e.key);n!==null&&(t.virtualScroll?d.value?.scrollTo({index:n}):f.value?.scrollTo({index:n,elSize:y.value}))}function se(e){u.value?.contains(e.target)&&t.onFocus?.(e)}function I(e){u.value?.contains(e.relatedTarget)||t.onBlur?.(e)}ye(i,{handleOptionMouseEnter:O,handleOptionClick:re,valueSetRef:x,pendingTmNodeRef:h,nodePropsRef:Z(t,`nodeProps`),showCheckmarkRef:Z(t,`showCheckmark`),multipleRef:Z(t,`multiple`),valueRef:Z(t,`value`),renderLabelRef:Z(t,`renderLabel`),renderOptionRef:Z(t,`renderOption`),labelFieldRef:Z(t,`labelField`),valueFieldRef:Z(t,`valueField`)}),ye(a,u),Te(()=>{let{value:e}=f;e&&e.sync()});let L=Y(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{height:r,borderRadius:i,color:a,groupHeaderTextColor:o,actionDividerColor:s,optionTextColorPressed:c,optionTextColor:u,optionTextColorDisabled:d,optionTextColorActive:f,optionOpacityDisabled:p,optionCheckColor:m,actionTextColor:h,optionColorPending:g,optionColorActive:_,loadingColor:v,loadingSize:y,optionColorActivePending:b,[B(`optionFontSize`,e)]:x,[B(`optionHeight`,e)]:S,[B(`optionPadding`,e)]:C}}=l.value;return{"--n-height":r,"--n-action-divider-color":s,"--n-action-text-color":h,"--n-bezier":n,"--n-border-radius":i,"--n-color":a,"--n-option-font-size":x,"--n-group-header-text-color":o,"--n-option-check-color":m,"--n-option-color-pending":g,"--n-option-color-active":_,"--n-option-color-active-pending":b,"--n-option-height":S,"--n-option-opacity-disabled":p,"--n-option-text-color":u,"--n-option-text-color-active":f,"--n-option-text-color-disabled":d,"--n-option-text-color-pressed":c,"--n-option-padding":C,"--n-option-padding-left":j(C,`left`),"--n-option-padding-right":j(C,`right`),"--n-loading-color":v,"--n-loading-size":y}}),{inlineThemeDisabled:le}=t,R=le?ce(`internal-select-menu`,Y(()=>t.size[0]),L,t):void 0,ue={selfRef:u,next:oe,prev:N,getPendingTmNode:ne};return Ke(u,t.onResize),{mergedTheme:l,mergedClsPrefix:n,rtlEnabled:s,virtualListRef:d,scrollbarRef:f,itemSize:y,padding:b,flattenedNodes:p,empty:S,mergedRenderEmpty:C,virtualListContainer(){let{value:e}=d;return e?.listElRef},virtualListContent(){let{value:e}=d;return e?.itemsElRef},doScroll:ee,handleFocusin:se,handleFocusout:I,handleKeyUp:k,handleKeyDown:ie,handleMouseDown:ae,handleVirtualListResize:D,handleVirtualListScroll:E,cssVars:le?void 0:L,themeClass:R?.themeClass,onRender:R?.onRender,...ue}},render(){let{$slots:e,virtualScroll:t,clsPrefix:n,mergedTheme:r,themeClass:i,onRender:a}=this;return a?.(),U(),Q(`div`,{ref:`selfRef`,tabindex:this.focusable?0:-1,class:V([`${n}-base-select-menu`,`${n}-base-select-menu--${this.size}-size`,this.rtlEnabled&&`${n}-base-select-menu--rtl`,i,this.multiple&&`${n}-base-select-menu--multiple`]),style:De(this.cssVars),onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onKeyup:this.handleKeyUp,onKeydown:this.handleKeyDown,onMousedown:this.handleMouseDown,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[y(()=>g(e.header,e=>e&&(U(),Q(`div`,{class:V(`${n}-base-select-menu__header`),"data-header":!0,key:`header`},[y(()=>e)],2)))),this.loading?(U(),Q(`div`,{key:0,class:V(`${n}-base-select-menu__loading`)},[(U(),q(le,{clsPrefix:n,strokeWidth:20},null,8,[`clsPrefix`]))],2)):(U(),Q(J,{key:1},[this.empty?(U(),Q(`div`,{key:1,class:V(`${n}-base-select-menu__empty`),"data-empty":!0},[y(()=>D(e.empty,()=>[this.mergedRenderEmpty?.()||(U(),q(Pe,{theme:r.peers.Empty,themeOverrides:r.peerOverrides.Empty,size:this.size},null,8,[`theme`,`themeOverrides`,`size`]))]))],2)):(U(),q(v,W({key:0,ref:`scrollbarRef`,theme:r.peers.Scrollbar,themeOverrides:r.peerOverrides.Scrollbar,scrollable:this.scrollable,container:t?this.virtualListContainer:void 0,content:t?this.virtualListContent:void 0,onScroll:t?void 0:this.doScroll},this.scrollbarProps),{default:()=>t?(U(),q(Ge,{key:1,ref:`virtualListRef`,class:V(`${n}-virtual-list`),items:this.flattenedNodes,itemSize:this.itemSize,showScrollbar:!1,paddingTop:this.padding.top,paddingBottom:this.padding.bottom,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemResizable:!0},{default:({item:e})=>e.isGroup?(U(),q(Je,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):e.ignored?null:(U(),q(Qe,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))},1032,[`class`,`items`,`itemSize`,`paddingTop`,`paddingBottom`,`onResize`,`onScroll`])):(U(),Q(`div`,{key:4,class:V(`${n}-base-select-menu-option-wrapper`),style:De({paddingTop:this.padding.top,paddingBottom:this.padding.bottom})},[y(()=>this.flattenedNodes.map(e=>e.isGroup?(U(),q(Je,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):(U(),q(Qe,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))))],6))},1040,[`theme`,`themeOverrides`,`scrollable`,`container`,`content`,`onScroll`]))],64)),y(()=>g(e.action,e=>e&&[(U(),Q(`div`,{class:V(`${n}-base-select-menu__action`),"data-action":!0,key:`action`},[y(()=>e)],2)),(U(),q(qe,{onFocus:this.onTabOut,key:`focus-detector`},null,8,[`onFocus`]))]))],46,et)}});function nt(e){return e.type===`group`}function rt(e){return e.type===`ignored`}function it(e,t){try{return!!(1+t.toString().toLowerCase().indexOf(e.trim().toLowerCase()))}catch{return!1}}function at(e,t){return{getIsGroup:nt,getIgnored:rt,getKey(t){return nt(t)?t.name||t.key||`key-required`:t[e]},getChildren(e){return e[t]}}}function ot(e,t,n,r){if(!t)return e;function i(e){if(!Array.isArray(e))return[];let a=[];for(let o of e)if(nt(o)){let e=i(o[r]);e.length&&a.push(Object.assign({},o,{[r]:e}))}else if(rt(o))continue;else t(n,o)&&a.push(o);return a}return i(e)}function st(e,t,n){let r=new Map;return e.forEach(e=>{nt(e)?e[n].forEach(e=>{r.set(e[t],e)}):r.set(e[t],e)}),r}var ct=N([R(`base-selection`,`
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
 `,[R(`base-loading`,`
 color: var(--n-loading-color);
 `),R(`base-selection-tags`,`min-height: var(--n-height);`),F(`border, state-border`,`
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
 `),F(`state-border`,`
 z-index: 1;
 border-color: #0000;
 `),R(`base-suffix`,`
 cursor: pointer;
 position: absolute;
 top: 50%;
 transform: translateY(-50%);
 right: 10px;
 `,[F(`arrow`,`
 font-size: var(--n-arrow-size);
 color: var(--n-arrow-color);
 transition: color .3s var(--n-bezier);
 `)]),R(`base-selection-overlay`,`
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
 `,[F(`wrapper`,`
 flex-basis: 0;
 flex-grow: 1;
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),R(`base-selection-placeholder`,`
 color: var(--n-placeholder-color);
 `,[F(`inner`,`
 max-width: 100%;
 overflow: hidden;
 `)]),R(`base-selection-tags`,`
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
 `),R(`base-selection-label`,`
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
 `,[R(`base-selection-input`,`
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
 `,[F(`content`,`
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap; 
 `)]),F(`render-label`,`
 color: var(--n-text-color);
 `)]),ie(`disabled`,[N(`&:hover`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-hover);
 border: var(--n-border-hover);
 `)]),P(`focus`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-focus);
 border: var(--n-border-focus);
 `)]),P(`active`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-active);
 border: var(--n-border-active);
 `),R(`base-selection-label`,`background-color: var(--n-color-active);`),R(`base-selection-tags`,`background-color: var(--n-color-active);`)])]),P(`disabled`,`cursor: not-allowed;`,[F(`arrow`,`
 color: var(--n-arrow-color-disabled);
 `),R(`base-selection-label`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[R(`base-selection-input`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 `),F(`render-label`,`
 color: var(--n-text-color-disabled);
 `)]),R(`base-selection-tags`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `),R(`base-selection-placeholder`,`
 cursor: not-allowed;
 color: var(--n-placeholder-color-disabled);
 `)]),R(`base-selection-input-tag`,`
 height: calc(var(--n-height) - 6px);
 line-height: calc(var(--n-height) - 6px);
 outline: none;
 display: none;
 position: relative;
 margin-bottom: 3px;
 max-width: 100%;
 vertical-align: bottom;
 `,[F(`input`,`
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
 `),F(`mirror`,`
 position: absolute;
 left: 0;
 top: 0;
 white-space: pre;
 visibility: hidden;
 user-select: none;
 -webkit-user-select: none;
 opacity: 0;
 `)]),[`warning`,`error`].map(e=>P(`${e}-status`,[F(`state-border`,`border: var(--n-border-${e});`),ie(`disabled`,[N(`&:hover`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-hover-${e});
 border: var(--n-border-hover-${e});
 `)]),P(`active`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-active-${e});
 border: var(--n-border-active-${e});
 `),R(`base-selection-label`,`background-color: var(--n-color-active-${e});`),R(`base-selection-tags`,`background-color: var(--n-color-active-${e});`)]),P(`focus`,[F(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),R(`base-selection-popover`,`
 margin-bottom: -3px;
 display: flex;
 flex-wrap: wrap;
 margin-right: -8px;
 `),R(`base-selection-tag-wrapper`,`
 max-width: 100%;
 display: inline-flex;
 padding: 0 7px 3px 0;
 `,[N(`&:last-child`,`padding-right: 0;`),R(`tag`,`
 font-size: 14px;
 max-width: 100%;
 `,[F(`content`,`
 line-height: 1.25;
 text-overflow: ellipsis;
 overflow: hidden;
 `)])])]),lt=[`disabled`,`value`,`autofocus`,`onBlur`,`onFocus`,`onKeydown`,`onInput`,`onCompositionstart`,`onCompositionend`],ut=[`tabindex`],dt=[`title`],ft=[`value`,`readonly`,`disabled`,`autofocus`,`onFocus`,`onBlur`,`onInput`,`onCompositionstart`,`onCompositionend`],pt=[`tabindex`],mt=[`onClick`,`onMouseenter`,`onMouseleave`,`onKeydown`,`onFocusin`,`onFocusout`,`onMousedown`],ht=G({name:`InternalSelection`,props:{...M.props,clsPrefix:{type:String,required:!0},bordered:{type:Boolean,default:void 0},active:Boolean,pattern:{type:String,default:``},placeholder:String,selectedOption:{type:Object,default:null},selectedOptions:{type:Array,default:null},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},multiple:Boolean,filterable:Boolean,clearable:Boolean,disabled:Boolean,size:{type:String,default:`medium`},loading:Boolean,autofocus:Boolean,showArrow:{type:Boolean,default:!0},inputProps:Object,focused:Boolean,renderTag:Function,onKeydown:Function,onClick:Function,onBlur:Function,onFocus:Function,onDeleteOption:Function,maxTagCount:[String,Number],ellipsisTagPopoverProps:Object,onClear:Function,onPatternInput:Function,onPatternFocus:Function,onPatternBlur:Function,renderLabel:Function,status:String,inlineThemeDisabled:Boolean,ignoreComposition:{type:Boolean,default:!0},onResize:Function},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=te(e),r=T(`InternalSelection`,n,t),i=X(null),a=X(null),o=X(null),s=X(null),c=X(null),l=X(null),u=X(null),d=X(null),f=X(null),p=X(null),m=X(!1),h=X(!1),g=X(!1),_=M(`InternalSelection`,`-internal-selection`,ct,C,e,Z(e,`clsPrefix`)),v=Y(()=>e.clearable&&!e.disabled&&(g.value||e.active)),y=Y(()=>e.selectedOption?e.renderTag?e.renderTag({option:e.selectedOption,handleClose:()=>{}}):e.renderLabel?e.renderLabel(e.selectedOption,!0):I(e.selectedOption[e.labelField],e.selectedOption,!0):e.placeholder),b=Y(()=>{let t=e.selectedOption;if(t)return t[e.labelField]}),x=Y(()=>e.multiple?!!(Array.isArray(e.selectedOptions)&&e.selectedOptions.length):e.selectedOption!==null);function S(){let{value:t}=i;if(t){let{value:n}=a;n&&(n.style.width=`${t.offsetWidth}px`,e.maxTagCount!==`responsive`&&f.value?.sync({showAllItemsBeforeCalculate:!1}))}}function w(){let{value:e}=p;e&&(e.style.display=`none`)}function ee(){let{value:e}=p;e&&(e.style.display=`inline-block`)}Se(Z(e,`active`),e=>{e||w()}),Se(Z(e,`pattern`),()=>{e.multiple&&ve(S)});function E(t){let{onFocus:n}=e;n&&n(t)}function D(t){let{onBlur:n}=e;n&&n(t)}function ne(t){let{onDeleteOption:n}=e;n&&n(t)}function O(t){let{onClear:n}=e;n&&n(t)}function re(t){let{onPatternInput:n}=e;n&&n(t)}function k(e){e.relatedTarget&&o.value?.contains(e.relatedTarget)||E(e)}function ie(e){o.value?.contains(e.relatedTarget)||D(e)}function A(e){O(e)}function ae(){g.value=!0}function oe(){g.value=!1}function N(t){e.active&&e.filterable&&t.target!==a.value&&t.preventDefault()}function P(e){ne(e)}let F=X(!1);function se(t){if(t.key===`Backspace`&&!F.value&&!e.pattern.length){let{selectedOptions:t}=e;t?.length&&P(t[t.length-1])}}let L=null;function le(t){let{value:n}=i;n&&(n.textContent=t.target.value,S()),e.ignoreComposition&&F.value?L=t:re(t)}function R(){F.value=!0}function ue(){F.value=!1,e.ignoreComposition&&re(L),L=null}function de(t){h.value=!0,e.onPatternFocus?.(t)}function z(t){h.value=!1,e.onPatternBlur?.(t)}function V(){if(e.filterable)h.value=!1,l.value?.blur(),a.value?.blur();else if(e.multiple){let{value:e}=s;e?.blur()}else{let{value:e}=c;e?.blur()}}function fe(){e.filterable?(h.value=!1,l.value?.focus()):e.multiple?s.value?.focus():c.value?.focus()}function pe(){let{value:e}=a;e&&(ee(),e.focus())}function me(){let{value:e}=a;e&&e.blur()}function he(e){let{value:t}=u;t&&t.setTextContent(`+${e}`)}function ge(){let{value:e}=d;return e}function H(){return a.value}let _e=null;function ye(){_e!==null&&window.clearTimeout(_e)}function be(){e.active||(ye(),_e=window.setTimeout(()=>{x.value&&(m.value=!0)},100))}function U(){ye()}function xe(e){e||(ye(),m.value=!1)}Se(x,e=>{e||(m.value=!1)}),Te(()=>{Ce(()=>{let t=l.value;t&&(e.disabled?t.removeAttribute(`tabindex`):t.tabIndex=h.value?-1:0)})}),Ke(o,e.onResize);let{inlineThemeDisabled:W}=e,G=Y(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontWeight:r,borderRadius:i,color:a,placeholderColor:o,textColor:s,paddingSingle:c,paddingMultiple:l,caretColor:u,colorDisabled:d,textColorDisabled:f,placeholderColorDisabled:p,colorActive:m,boxShadowFocus:h,boxShadowActive:g,boxShadowHover:v,border:y,borderFocus:b,borderHover:x,borderActive:S,arrowColor:C,arrowColorDisabled:w,loadingColor:T,colorActiveWarning:ee,boxShadowFocusWarning:te,boxShadowActiveWarning:E,boxShadowHoverWarning:D,borderWarning:ne,borderFocusWarning:O,borderHoverWarning:re,borderActiveWarning:k,colorActiveError:ie,boxShadowFocusError:A,boxShadowActiveError:M,boxShadowHoverError:ae,borderError:oe,borderFocusError:N,borderHoverError:P,borderActiveError:F,clearColor:se,clearColorHover:ce,clearColorPressed:I,clearSize:L,arrowSize:le,[B(`height`,t)]:R,[B(`fontSize`,t)]:ue}}=_.value,de=j(c),z=j(l);return{"--n-bezier":n,"--n-border":y,"--n-border-active":S,"--n-border-focus":b,"--n-border-hover":x,"--n-border-radius":i,"--n-box-shadow-active":g,"--n-box-shadow-focus":h,"--n-box-shadow-hover":v,"--n-caret-color":u,"--n-color":a,"--n-color-active":m,"--n-color-disabled":d,"--n-font-size":ue,"--n-height":R,"--n-padding-single-top":de.top,"--n-padding-multiple-top":z.top,"--n-padding-single-right":de.right,"--n-padding-multiple-right":z.right,"--n-padding-single-left":de.left,"--n-padding-multiple-left":z.left,"--n-padding-single-bottom":de.bottom,"--n-padding-multiple-bottom":z.bottom,"--n-placeholder-color":o,"--n-placeholder-color-disabled":p,"--n-text-color":s,"--n-text-color-disabled":f,"--n-arrow-color":C,"--n-arrow-color-disabled":w,"--n-loading-color":T,"--n-color-active-warning":ee,"--n-box-shadow-focus-warning":te,"--n-box-shadow-active-warning":E,"--n-box-shadow-hover-warning":D,"--n-border-warning":ne,"--n-border-focus-warning":O,"--n-border-hover-warning":re,"--n-border-active-warning":k,"--n-color-active-error":ie,"--n-box-shadow-focus-error":A,"--n-box-shadow-active-error":M,"--n-box-shadow-hover-error":ae,"--n-border-error":oe,"--n-border-focus-error":N,"--n-border-hover-error":P,"--n-border-active-error":F,"--n-clear-size":L,"--n-clear-color":se,"--n-clear-color-hover":ce,"--n-clear-color-pressed":I,"--n-arrow-size":le,"--n-font-weight":r}}),K=W?ce(`internal-selection`,Y(()=>e.size[0]),G,e):void 0;return{mergedTheme:_,mergedClearable:v,mergedClsPrefix:t,rtlEnabled:r,patternInputFocused:h,filterablePlaceholder:y,label:b,selected:x,showTagsPanel:m,isComposing:F,counterRef:u,counterWrapperRef:d,patternInputMirrorRef:i,patternInputRef:a,selfRef:o,multipleElRef:s,singleElRef:c,patternInputWrapperRef:l,overflowRef:f,inputTagElRef:p,handleMouseDown:N,handleFocusin:k,handleClear:A,handleMouseEnter:ae,handleMouseLeave:oe,handleDeleteOption:P,handlePatternKeyDown:se,handlePatternInputInput:le,handlePatternInputBlur:z,handlePatternInputFocus:de,handleMouseEnterCounter:be,handleMouseLeaveCounter:U,handleFocusout:ie,handleCompositionEnd:ue,handleCompositionStart:R,onPopoverUpdateShow:xe,focus:fe,focusInput:pe,blur:V,blurInput:me,updateCounter:he,getCounter:ge,getTail:H,renderLabel:e.renderLabel,cssVars:W?void 0:G,themeClass:K?.themeClass,onRender:K?.onRender}},render(){let{status:e,multiple:t,size:n,disabled:r,filterable:i,maxTagCount:a,bordered:s,clsPrefix:c,ellipsisTagPopoverProps:l,onRender:f,renderTag:p,renderLabel:m}=this;f?.();let h=a===`responsive`,g=typeof a==`number`,_=h||g,v=(U(),q(E,null,{default:()=>(U(),q(ge,{clsPrefix:c,loading:this.loading,showArrow:this.showArrow,showClear:this.mergedClearable&&this.selected,onClear:this.handleClear},{default:()=>this.$slots.arrow?.()},1032,[`clsPrefix`,`loading`,`showArrow`,`showClear`,`onClear`]))},1024)),b;if(t){let{labelField:e}=this,t=t=>(U(),Q(`div`,{class:V(`${c}-base-selection-tag-wrapper`),key:t.value},[p?(U(),Q(J,{key:0},[y(()=>p({option:t,handleClose:()=>{this.handleDeleteOption(t)}}))],64)):(U(),q(Oe,{key:1,size:n,closable:!t.disabled,disabled:r,onClose:()=>{this.handleDeleteOption(t)},internalCloseIsButtonTag:!1,internalCloseFocusable:!1},{default:()=>m?m(t,!0):I(t[e],t,!0)},1032,[`size`,`closable`,`disabled`,`onClose`]))],2)),s=()=>(g?this.selectedOptions.slice(0,a):this.selectedOptions).map(t),u=i?(U(),Q(`div`,{class:V(`${c}-base-selection-input-tag`),ref:`inputTagElRef`,key:`__input-tag__`},[$(`input`,W(this.inputProps,{ref:`patternInputRef`,tabindex:-1,disabled:r,value:this.pattern,autofocus:this.autofocus,class:`${c}-base-selection-input-tag__input`,onBlur:this.handlePatternInputBlur,onFocus:this.handlePatternInputFocus,onKeydown:this.handlePatternKeyDown,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,lt),$(`span`,{ref:`patternInputMirrorRef`,class:V(`${c}-base-selection-input-tag__mirror`)},[y(()=>this.pattern)],2)],2)):null,f=h?()=>(U(),Q(`div`,{class:V(`${c}-base-selection-tag-wrapper`),ref:`counterWrapperRef`},[(U(),q(Oe,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,onMouseleave:this.handleMouseLeaveCounter,disabled:r},null,8,[`size`,`onMouseenter`,`onMouseleave`,`disabled`]))],2)):void 0,x;if(g){let e=this.selectedOptions.length-a;e>0&&(x=(t=>(U(),Q(`div`,{class:V(`${c}-base-selection-tag-wrapper`),key:`__counter__`},[(U(),q(Oe,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,disabled:r},{default:()=>`+${e}`},1032,[`size`,`onMouseenter`,`disabled`]))],2)))(x))}let S=h?i?(U(),q(d,{key:3,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,getTail:this.getTail,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:f,tail:()=>u},1032,[`updateCounter`,`getCounter`,`getTail`])):(U(),q(d,{key:4,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:f},1032,[`updateCounter`,`getCounter`])):g&&x?s().concat(x):s(),C=_?()=>(U(),Q(`div`,{class:V(`${c}-base-selection-popover`)},[h?(U(),Q(J,{key:0},[y(()=>s())],64)):(U(),Q(J,{key:1},[y(()=>this.selectedOptions.map(t))],64))],2)):void 0,w=_?{show:this.showTagsPanel,trigger:`hover`,overlap:!0,placement:`top`,width:`trigger`,onUpdateShow:this.onPopoverUpdateShow,theme:this.mergedTheme.peers.Popover,themeOverrides:this.mergedTheme.peerOverrides.Popover,...l}:null,T=!this.selected&&(!this.active||!this.pattern&&!this.isComposing)?(U(),Q(`div`,{key:5,class:V(`${c}-base-selection-placeholder ${c}-base-selection-overlay`)},[$(`div`,{class:V(`${c}-base-selection-placeholder__inner`)},[y(()=>this.placeholder)],2)],2)):null,ee=i?(U(),Q(`div`,{key:6,ref:`patternInputWrapperRef`,class:V(`${c}-base-selection-tags`)},[y(()=>S),h?y(()=>null):(U(),Q(J,{key:1},[y(()=>u)],64)),y(()=>v)],2)):(U(),Q(`div`,{key:7,ref:`multipleElRef`,class:V(`${c}-base-selection-tags`),tabindex:r?void 0:0},[y(()=>S),y(()=>v)],10,ut));b=(e=>(U(),Q(J,{key:8},[_?(U(),q(o,W({key:0},w,{scrollable:!0,style:`max-height: calc(var(--v-target-height) * 6.6);`}),{trigger:()=>ee,default:C},1040)):(U(),Q(J,{key:1},[y(()=>ee)],64)),y(()=>T)],64)))(b)}else if(i){let e=this.pattern||this.isComposing,t=this.active?!e:!this.selected,n=!this.active&&this.selected;b=(e=>(U(),Q(`div`,{key:9,ref:`patternInputWrapperRef`,class:V(`${c}-base-selection-label`),title:this.patternInputFocused?void 0:u(this.label)},[$(`input`,W(this.inputProps,{ref:`patternInputRef`,class:`${c}-base-selection-input`,value:this.active?this.pattern:``,placeholder:``,readonly:r,disabled:r,tabindex:-1,autofocus:this.autofocus,onFocus:this.handlePatternInputFocus,onBlur:this.handlePatternInputBlur,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,ft),n?(U(),Q(`div`,{class:V(`${c}-base-selection-label__render-label ${c}-base-selection-overlay`),key:`input`},[$(`div`,{class:V(`${c}-base-selection-overlay__wrapper`)},[p?(U(),Q(J,{key:0},[y(()=>p({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),Q(J,{key:1},[m?(U(),Q(J,{key:0},[y(()=>m(this.selectedOption,!0))],64)):(U(),Q(J,{key:1},[y(()=>I(this.label,this.selectedOption,!0))],64))],64))],2)],2)):y(()=>null),t?(U(),Q(`div`,{class:V(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[$(`div`,{class:V(`${c}-base-selection-overlay__wrapper`)},[y(()=>this.filterablePlaceholder)],2)],2)):y(()=>null),y(()=>v)],10,dt)))(b)}else b=(e=>(U(),Q(`div`,{key:10,ref:`singleElRef`,class:V(`${c}-base-selection-label`),tabindex:this.disabled?void 0:0},[this.label===void 0?(U(),Q(`div`,{class:V(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[$(`div`,{class:V(`${c}-base-selection-placeholder__inner`)},[y(()=>this.placeholder)],2)],2)):(U(),Q(`div`,{class:V(`${c}-base-selection-input`),title:u(this.label),key:`input`},[$(`div`,{class:V(`${c}-base-selection-input__content`)},[p?(U(),Q(J,{key:0},[y(()=>p({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),Q(J,{key:1},[m?(U(),Q(J,{key:0},[y(()=>m(this.selectedOption,!0))],64)):(U(),Q(J,{key:1},[y(()=>I(this.label,this.selectedOption,!0))],64))],64))],2)],10,[`title`])),y(()=>v)],10,pt)))(b);return U(),Q(`div`,{ref:`selfRef`,class:V([`${c}-base-selection`,this.rtlEnabled&&`${c}-base-selection--rtl`,this.themeClass,e&&`${c}-base-selection--${e}-status`,{[`${c}-base-selection--active`]:this.active,[`${c}-base-selection--selected`]:this.selected||this.active&&this.pattern,[`${c}-base-selection--disabled`]:this.disabled,[`${c}-base-selection--multiple`]:this.multiple,[`${c}-base-selection--focus`]:this.focused}]),style:De(this.cssVars),onClick:this.onClick,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onKeydown:this.onKeydown,onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onMousedown:this.handleMouseDown},[y(()=>b),s?(U(),Q(`div`,{key:0,class:V(`${c}-base-selection__border`)},null,2)):y(()=>null),s?(U(),Q(`div`,{key:2,class:V(`${c}-base-selection__state-border`)},null,2)):y(()=>null)],46,mt)}}),gt=N([R(`select`,`
 z-index: auto;
 outline: none;
 width: 100%;
 position: relative;
 font-weight: var(--n-font-weight);
 `),R(`select-menu`,`
 margin: 4px 0;
 box-shadow: var(--n-menu-box-shadow);
 `,[oe({originalTransition:`background-color .3s var(--n-bezier), box-shadow .3s var(--n-bezier)`})])]),_t={...M.props,to:l.propTo,bordered:{type:Boolean,default:void 0},clearable:Boolean,clearCreatedOptionsOnClear:{type:Boolean,default:!0},clearFilterAfterSelect:{type:Boolean,default:!0},options:{type:Array,default:()=>[]},defaultValue:{type:[String,Number,Array],default:null},keyboard:{type:Boolean,default:!0},value:[String,Number,Array],placeholder:String,menuProps:Object,multiple:Boolean,size:String,menuSize:{type:String},filterable:Boolean,disabled:{type:Boolean,default:void 0},remote:Boolean,loading:Boolean,filter:Function,placement:{type:String,default:`bottom-start`},widthMode:{type:String,default:`trigger`},tag:Boolean,onCreate:Function,fallbackOption:{type:[Function,Boolean],default:void 0},show:{type:Boolean,default:void 0},showArrow:{type:Boolean,default:!0},maxTagCount:[Number,String],ellipsisTagPopoverProps:Object,consistentMenuWidth:{type:Boolean,default:!0},virtualScroll:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},childrenField:{type:String,default:`children`},renderLabel:Function,renderOption:Function,renderTag:Function,"onUpdate:value":[Function,Array],inputProps:Object,nodeProps:Function,ignoreComposition:{type:Boolean,default:!0},showOnFocus:Boolean,onUpdateValue:[Function,Array],onBlur:[Function,Array],onClear:[Function,Array],onFocus:[Function,Array],onScroll:[Function,Array],onSearch:[Function,Array],onUpdateShow:[Function,Array],"onUpdate:show":[Function,Array],displayDirective:{type:String,default:`show`},resetMenuOnOptionsChange:{type:Boolean,default:!0},status:String,showCheckmark:{type:Boolean,default:!0},scrollbarProps:Object,onChange:[Function,Array],items:Array},vt=G({name:`Select`,props:_t,slots:Object,setup(t){let{mergedClsPrefixRef:n,mergedBorderedRef:r,namespaceRef:i,inlineThemeDisabled:a,mergedComponentPropsRef:o}=te(t),s=M(`Select`,`-select`,gt,me,t,n),c=X(t.defaultValue),u=Z(t,`value`),d=Ae(u,c),p=X(!1),m=X(``),h=ke(t,[`items`,`options`]),g=X([]),_=X([]),v=Y(()=>_.value.concat(g.value).concat(h.value)),y=Y(()=>{let{filter:e}=t;if(e)return e;let{labelField:n,valueField:r}=t;return(e,t)=>{if(!t)return!1;let i=t[n];if(typeof i==`string`)return it(e,i);let a=t[r];return typeof a==`string`?it(e,a):typeof a==`number`&&it(e,String(a))}}),b=Y(()=>{if(t.remote)return h.value;{let{value:e}=v,{value:n}=m;return!n.length||!t.filterable?e:ot(e,y.value,n,t.childrenField)}}),x=Y(()=>{let{valueField:e,childrenField:n}=t,r=at(e,n);return f(b.value,r)}),S=Y(()=>st(v.value,t.valueField,t.childrenField)),C=X(!1),T=Ae(Z(t,`show`),C),E=X(null),D=X(null),O=X(null),{localeRef:k}=he(`Select`),ie=Y(()=>t.placeholder??k.value.placeholder),A=[],j=X(new Map),oe=Y(()=>{let{fallbackOption:e}=t;if(e===void 0){let{labelField:e,valueField:n}=t;return t=>({[e]:String(t),[n]:t})}return e===!1?!1:t=>Object.assign(e(t),{value:t})});function N(e){let n=t.remote,{value:r}=j,{value:i}=S,{value:a}=oe,o=[];return e.forEach(e=>{if(i.has(e))o.push(i.get(e));else if(n&&r.has(e))o.push(r.get(e));else if(a){let t=a(e);t&&o.push(t)}}),o}let P=Y(()=>{if(t.multiple){let{value:e}=d;return Array.isArray(e)?N(e):[]}return null}),F=Y(()=>{let{value:e}=d;return!t.multiple&&!Array.isArray(e)?e===null?null:N([e])[0]||null:null}),se=ae(t,{mergedSize:e=>{let{size:n}=t;if(n)return n;let{mergedSize:r}=e||{};return r?.value?r.value:o?.value?.Select?.size||`medium`}}),{mergedSizeRef:I,mergedDisabledRef:L,mergedStatusRef:le}=se;function R(e,n){let{onChange:r,"onUpdate:value":i,onUpdateValue:a}=t,{nTriggerFormChange:o,nTriggerFormInput:s}=se;r&&w(r,e,n),a&&w(a,e,n),i&&w(i,e,n),c.value=e,o(),s()}function ue(e){let{onBlur:n}=t,{nTriggerFormBlur:r}=se;n&&w(n,e),r()}function de(){let{onClear:e}=t;e&&w(e)}function z(e){let{onFocus:n,showOnFocus:r}=t,{nTriggerFormFocus:i}=se;n&&w(n,e),i(),r&&ge()}function B(e){let{onSearch:n}=t;n&&w(n,e)}function V(e){let{onScroll:n}=t;n&&w(n,e)}function fe(){let{remote:e,multiple:n}=t;if(e){let{value:e}=j;if(n){let{valueField:n}=t;P.value?.forEach(t=>{e.set(t[n],t)})}else{let n=F.value;n&&e.set(n[t.valueField],n)}}}function pe(e){let{onUpdateShow:n,"onUpdate:show":r}=t;n&&w(n,e),r&&w(r,e),C.value=e}function ge(){L.value||(pe(!0),C.value=!0,t.filterable&&Ne())}function H(){pe(!1)}function _e(){m.value=``,_.value=A}let ve=X(!1);function ye(){t.filterable&&(ve.value=!0)}function be(){t.filterable&&(ve.value=!1,T.value||_e())}function U(){L.value||(T.value?t.filterable?Ne():H():ge())}function xe(e){O.value?.selfRef?.contains(e.relatedTarget)||(p.value=!1,ue(e),H())}function W(e){z(e),p.value=!0}function Ce(){p.value=!0}function G(e){E.value?.$el.contains(e.relatedTarget)||(p.value=!1,ue(e),H())}function K(){E.value?.focus(),H()}function q(e){T.value&&(E.value?.$el.contains(ne(e))||H())}function we(e){if(!Array.isArray(e))return[];if(oe.value)return Array.from(e);{let{remote:n}=t,{value:r}=S;if(n){let{value:t}=j;return e.filter(e=>r.has(e)||t.has(e))}return e.filter(e=>r.has(e))}}function J(e){Te(e.rawNode)}function Te(e){if(L.value)return;let{tag:n,remote:r,clearFilterAfterSelect:i,valueField:a}=t;if(n&&!r){let{value:e}=_,t=e[0]||null;if(t){let e=g.value;e.length?e.push(t):g.value=[t],_.value=A}}if(r&&j.value.set(e[a],e),t.multiple){let t=we(d.value),o=t.findIndex(t=>t===e[a]);if(~o){if(t.splice(o,1),n&&!r){let t=Ee(e[a]);~t&&(g.value.splice(t,1),i&&(m.value=``))}}else t.push(e[a]),i&&(m.value=``);R(t,N(t))}else{if(n&&!r){let t=Ee(e[a]);~t?g.value=[g.value[t]]:g.value=A}Me(),H(),R(e[a],e)}}function Ee(e){return g.value.findIndex(n=>n[t.valueField]===e)}function Q(e){T.value||ge();let{value:n}=e.target;m.value=n;let{tag:r,remote:i}=t;if(B(n),r&&!i){if(!n){_.value=A;return}let{onCreate:e}=t,r=e?e(n):{[t.labelField]:n,[t.valueField]:n},{valueField:i,labelField:a}=t;h.value.some(e=>e[i]===r[i]||e[a]===r[a])||g.value.some(e=>e[i]===r[i]||e[a]===r[a])?_.value=A:_.value=[r]}}function $(e){e.stopPropagation();let{multiple:n,tag:r,remote:i,clearCreatedOptionsOnClear:a}=t;!n&&t.filterable&&H(),r&&!i&&a&&(g.value=A),de(),n?R([],[]):R(null,null)}function De(t){e(t,`action`)||e(t,`empty`)||e(t,`header`)||t.preventDefault()}function Oe(e){V(e)}function je(e){if(!t.keyboard)e.preventDefault();else switch(e.key){case` `:if(t.filterable)break;e.preventDefault();case`Enter`:if(!E.value?.isComposing){if(T.value){let e=O.value?.getPendingTmNode();e?J(e):t.filterable||(H(),Me())}else if(ge(),t.tag&&ve.value){let e=_.value[0];if(e){let n=e[t.valueField],{value:r}=d;t.multiple&&Array.isArray(r)&&r.includes(n)||Te(e)}}}e.preventDefault();break;case`ArrowUp`:if(e.preventDefault(),t.loading)return;T.value&&O.value?.prev();break;case`ArrowDown`:if(e.preventDefault(),t.loading)return;T.value?O.value?.next():ge();break;case`Escape`:T.value&&(re(e),H()),E.value?.focus()}}function Me(){E.value?.focus()}function Ne(){E.value?.focusInput()}function Pe(){T.value&&D.value?.syncPosition()}fe(),Se(Z(t,`options`),fe);let Fe={focus:()=>{E.value?.focus()},focusInput:()=>{E.value?.focusInput()},blur:()=>{E.value?.blur()},blurInput:()=>{E.value?.blurInput()}},Ie=Y(()=>{let{self:{menuBoxShadow:e}}=s.value;return{"--n-menu-box-shadow":e}}),Le=a?ce(`select`,void 0,Ie,t):void 0;return{...Fe,mergedStatus:le,mergedClsPrefix:n,mergedBordered:r,namespace:i,treeMate:x,isMounted:ee(),triggerRef:E,menuRef:O,pattern:m,uncontrolledShow:C,mergedShow:T,adjustedTo:l(t),uncontrolledValue:c,mergedValue:d,followerRef:D,localizedPlaceholder:ie,selectedOption:F,selectedOptions:P,mergedSize:I,mergedDisabled:L,focused:p,activeWithoutMenuOpen:ve,inlineThemeDisabled:a,onTriggerInputFocus:ye,onTriggerInputBlur:be,handleTriggerOrMenuResize:Pe,handleMenuFocus:Ce,handleMenuBlur:G,handleMenuTabOut:K,handleTriggerClick:U,handleToggle:J,handleDeleteOption:Te,handlePatternInput:Q,handleClear:$,handleTriggerBlur:xe,handleTriggerFocus:W,handleKeydown:je,handleMenuAfterLeave:_e,handleMenuClickOutside:q,handleMenuScroll:Oe,handleMenuKeydown:je,handleMenuMousedown:De,mergedTheme:s,cssVars:a?void 0:Ie,themeClass:Le?.themeClass,onRender:Le?.onRender}},render(){return U(),Q(`div`,{class:V(`${this.mergedClsPrefix}-select`)},[we(r,null,{_:1,default:O(()=>[(U(),q(n,null,{_:1,default:O(()=>(U(),q(ht,{ref:`triggerRef`,inlineThemeDisabled:this.inlineThemeDisabled,status:this.mergedStatus,inputProps:this.inputProps,clsPrefix:this.mergedClsPrefix,showArrow:this.showArrow,maxTagCount:this.maxTagCount,ellipsisTagPopoverProps:this.ellipsisTagPopoverProps,bordered:this.mergedBordered,active:this.activeWithoutMenuOpen||this.mergedShow,pattern:this.pattern,placeholder:this.localizedPlaceholder,selectedOption:this.selectedOption,selectedOptions:this.selectedOptions,multiple:this.multiple,renderTag:this.renderTag,renderLabel:this.renderLabel,filterable:this.filterable,clearable:this.clearable,disabled:this.mergedDisabled,size:this.mergedSize,theme:this.mergedTheme.peers.InternalSelection,labelField:this.labelField,valueField:this.valueField,themeOverrides:this.mergedTheme.peerOverrides.InternalSelection,loading:this.loading,focused:this.focused,onClick:this.handleTriggerClick,onDeleteOption:this.handleDeleteOption,onPatternInput:this.handlePatternInput,onClear:this.handleClear,onBlur:this.handleTriggerBlur,onFocus:this.handleTriggerFocus,onKeydown:this.handleKeydown,onPatternBlur:this.onTriggerInputBlur,onPatternFocus:this.onTriggerInputFocus,onResize:this.handleTriggerOrMenuResize,ignoreComposition:this.ignoreComposition},{_:1,arrow:O(()=>[this.$slots.arrow?.()])},8,`inlineThemeDisabled.status.inputProps.clsPrefix.showArrow.maxTagCount.ellipsisTagPopoverProps.bordered.active.pattern.placeholder.selectedOption.selectedOptions.multiple.renderTag.renderLabel.filterable.clearable.disabled.size.theme.labelField.valueField.themeOverrides.loading.focused.onClick.onDeleteOption.onPatternInput.onClear.onBlur.onFocus.onKeydown.onPatternBlur.onPatternFocus.onResize.ignoreComposition`.split(`.`))))})),(U(),q(t,{ref:`followerRef`,show:this.mergedShow,to:this.adjustedTo,teleportDisabled:this.adjustedTo===l.tdkey,containerClass:this.namespace,width:this.consistentMenuWidth?`target`:void 0,minWidth:`target`,placement:this.placement},{_:1,default:O(()=>(U(),q(fe,{name:`fade-in-scale-up-transition`,appear:this.isMounted,onAfterLeave:this.handleMenuAfterLeave},{_:1,default:O(()=>this.mergedShow||this.displayDirective===`show`?(this.onRender?.(),be((U(),q(tt,W(this.menuProps,{ref:`menuRef`,onResize:this.handleTriggerOrMenuResize,inlineThemeDisabled:this.inlineThemeDisabled,virtualScroll:this.consistentMenuWidth&&this.virtualScroll,class:[`${this.mergedClsPrefix}-select-menu`,this.themeClass,this.menuProps?.class],clsPrefix:this.mergedClsPrefix,focusable:!0,labelField:this.labelField,valueField:this.valueField,autoPending:!0,nodeProps:this.nodeProps,theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,treeMate:this.treeMate,multiple:this.multiple,size:this.menuSize,renderOption:this.renderOption,renderLabel:this.renderLabel,value:this.mergedValue,style:[this.menuProps?.style,this.cssVars],onToggle:this.handleToggle,onScroll:this.handleMenuScroll,onFocus:this.handleMenuFocus,onBlur:this.handleMenuBlur,onKeydown:this.handleMenuKeydown,onTabOut:this.handleMenuTabOut,onMousedown:this.handleMenuMousedown,show:this.mergedShow,showCheckmark:this.showCheckmark,resetMenuOnOptionsChange:this.resetMenuOnOptionsChange,scrollbarProps:this.scrollbarProps}),{_:1,empty:O(()=>[this.$slots.empty?.()]),header:O(()=>[this.$slots.header?.()]),action:O(()=>[this.$slots.action?.()])},16,`onResize.inlineThemeDisabled.virtualScroll.class.clsPrefix.labelField.valueField.nodeProps.theme.themeOverrides.treeMate.multiple.size.renderOption.renderLabel.value.style.onToggle.onScroll.onFocus.onBlur.onKeydown.onTabOut.onMousedown.show.showCheckmark.resetMenuOnOptionsChange.scrollbarProps`.split(`.`))),this.displayDirective===`show`?[[b,this.mergedShow],[h,this.handleMenuClickOutside,void 0,{capture:!0}]]:[[h,this.handleMenuClickOutside,void 0,{capture:!0}]])):null)},8,[`appear`,`onAfterLeave`])))},8,[`show`,`to`,`teleportDisabled`,`containerClass`,`width`,`placement`]))])})],2)}});export{Pe as a,Ge as i,at as n,tt as r,vt as t};