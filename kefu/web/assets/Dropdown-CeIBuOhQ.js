import{F as e,O as t,P as n,S as r,T as i,U as a,_ as o,b as s,d as c,et as l,i as u,k as d,l as f,nt as p,ot as m,p as h,tt as g,u as _}from"./runtime-core.esm-bundler-DGiv9OC0.js";import{$t as v,Cn as y,Dn as b,Fn as x,Gt as S,Ht as C,I as w,L as T,M as E,Mn as D,Rn as O,Tn as k,Yt as A,Zt as j,_r as M,cn as N,en as P,et as F,fr as I,gr as L,hr as R,ln as z,nn as B,nt as V,pr as H,rn as ee,tn as U,vr as W,wn as G,wr as te,wt as ne}from"./session-Dusl6qa1.js";import{_ as K,a as q,c as re,d as ie,f as ae,i as J,o as oe,t as se}from"./create-BKnHJu3i.js";import{c as ce,u as le}from"./feedback-CDZ4-T8K.js";function ue(e={},n){let r=l({ctrl:!1,command:!1,win:!1,shift:!1,tab:!1}),{keydown:i,keyup:o}=e,s=e=>{switch(e.key){case`Control`:r.ctrl=!0;break;case`Meta`:r.command=!0,r.win=!0;break;case`Shift`:r.shift=!0;break;case`Tab`:r.tab=!0}i!==void 0&&Object.keys(i).forEach(t=>{if(t!==e.key)return;let n=i[t];if(typeof n==`function`)n(e);else{let{stop:t=!1,prevent:r=!1}=n;t&&e.stopPropagation(),r&&e.preventDefault(),n.handler(e)}})},c=e=>{switch(e.key){case`Control`:r.ctrl=!1;break;case`Meta`:r.command=!1,r.win=!1;break;case`Shift`:r.shift=!1;break;case`Tab`:r.tab=!1}o!==void 0&&Object.keys(o).forEach(t=>{if(t!==e.key)return;let n=o[t];if(typeof n==`function`)n(e);else{let{stop:t=!1,prevent:r=!1}=n;t&&e.stopPropagation(),r&&e.preventDefault(),n.handler(e)}})},u=()=>{(n===void 0||n.value)&&(P(`keydown`,document,s),P(`keyup`,document,c)),n!==void 0&&a(n,e=>{e?(P(`keydown`,document,s),P(`keyup`,document,c)):(v(`keydown`,document,s),v(`keyup`,document,c))})};return A()?(t(u),d(()=>{(n===void 0||n.value)&&(v(`keydown`,document,s),v(`keyup`,document,c))})):u(),g(r)}var Y=o({name:`ChevronRight`,render(){return(()=>{let e=y(`6ab04425f4fcb756`);return e[0]||=_(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[_(`path`,{d:`M5.64645 3.14645C5.45118 3.34171 5.45118 3.65829 5.64645 3.85355L9.79289 8L5.64645 12.1464C5.45118 12.3417 5.45118 12.6583 5.64645 12.8536C5.84171 13.0488 6.15829 13.0488 6.35355 12.8536L10.8536 8.35355C11.0488 8.15829 11.0488 7.84171 10.8536 7.64645L6.35355 3.14645C6.15829 2.95118 5.84171 2.95118 5.64645 3.14645Z`,fill:`currentColor`})],-1)})()}});function X(e){return t=>{e.value=t?t.$el:null}}var de={...q,...N.props},fe=o({name:`Tooltip`,props:de,slots:Object,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=D(e),n=N(`Tooltip`,`-tooltip`,void 0,w,e,t),r=p(null);return{syncPosition(){r.value.syncPosition()},setShow(e){r.value.setShow(e)},popoverRef:r,mergedTheme:n,popoverThemeOverrides:f(()=>n.value.self)}},render(){let{mergedTheme:e,internalExtraClass:t}=this;return s(J,{...this.$props,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:this.popoverThemeOverrides,internalExtraClass:t.concat(`tooltip`),ref:`popoverRef`},this.$slots)}}),pe=H(`icon`,`
 height: 1em;
 width: 1em;
 line-height: 1em;
 text-align: center;
 display: inline-block;
 position: relative;
 fill: currentColor;
`,[L(`color-transition`,{transition:`color .3s var(--n-bezier)`}),L(`depth`,{color:`var(--n-color)`},[I(`svg`,{opacity:`var(--n-opacity)`,transition:`opacity .3s var(--n-bezier)`})]),I(`svg`,{height:`1em`,width:`1em`})]),me={...N.props,depth:[String,Number],size:[Number,String],color:String,component:[Object,Function]},he=o({_n_icon__:!0,name:`Icon`,inheritAttrs:!1,props:me,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=D(e),r=N(`Icon`,`-icon`,pe,E,e,t),i=f(()=>{let{depth:t}=e,{common:{cubicBezierEaseInOut:n},self:i}=r.value;if(t!==void 0){let{color:e,[`opacity${t}Depth`]:r}=i;return{"--n-bezier":n,"--n-color":e,"--n-opacity":r}}return{"--n-bezier":n,"--n-color":``,"--n-opacity":``}}),a=n?z(`icon`,f(()=>`${e.depth||`d`}`),i,e):void 0;return{mergedClsPrefix:t,mergedStyle:f(()=>{let{size:t,color:n}=e;return{fontSize:ce(t),color:n}}),cssVars:n?void 0:i,themeClass:a?.themeClass,onRender:a?.onRender}},render(){let{$parent:e,depth:t,mergedClsPrefix:n,component:r,onRender:a,themeClass:o}=this;return e?.$options?._n_icon__&&O(`icon`,"don't wrap `n-icon` inside `n-icon`"),a?.(),s(`i`,i(this.$attrs,{role:`img`,class:[`${n}-icon`,o,{[`${n}-icon--depth`]:t,[`${n}-icon--color-transition`]:t!==void 0}],style:[this.cssVars,this.mergedStyle]}),r?s(r):this.$slots.default?.())}}),Z=x(`n-dropdown-menu`),Q=x(`n-dropdown`),ge=x(`n-dropdown-option`),_e=o({name:`DropdownDivider`,props:{clsPrefix:{type:String,required:!0}},render(){return n(),h(`div`,{class:G(`${this.clsPrefix}-dropdown-divider`)},null,2)}});function $(e,t){return e.type===`submenu`||e.type===void 0&&e[t]!==void 0}function ve(e){return e.type===`group`}function ye(e){return e.type===`divider`}function be(e){return e.type===`render`}function xe(e,t,n){if(!t)return e;let r=p(e.value),i=null;return a(e,e=>{i!==null&&window.clearTimeout(i),e===!0?n&&!n.value?r.value=!0:i=window.setTimeout(()=>{r.value=!0},t):r.value=!1}),r}var Se=o({name:`DropdownOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null},placement:{type:String,default:`right-start`},props:Object,scrollable:Boolean},setup(t){let n=r(Q),{hoverKeyRef:i,keyboardKeyRef:a,lastToggledSubmenuKeyRef:o,pendingKeyPathRef:s,activeKeyPathRef:c,animatedRef:l,mergedShowRef:u,renderLabelRef:d,renderIconRef:m,labelFieldRef:h,childrenFieldRef:g,renderOptionRef:_,nodePropsRef:v,menuPropsRef:y}=n,b=r(ge,null),x=r(Z),S=r(U),C=f(()=>t.tmNode.rawNode),w=f(()=>{let{value:e}=g;return $(t.tmNode.rawNode,e)}),T=f(()=>{let{disabled:e}=t.tmNode;return e}),E=xe(f(()=>{if(!w.value)return!1;let{key:e,disabled:n}=t.tmNode;if(n)return!1;let{value:r}=i,{value:c}=a,{value:l}=o,{value:u}=s;return r===null?c===null?l!==null&&u.includes(e):u.includes(e)&&u[u.length-1]!==e:u.includes(e)}),300,f(()=>a.value===null&&!l.value)),D=f(()=>!!b?.enteringSubmenuRef.value),O=p(!1);e(ge,{enteringSubmenuRef:O});function k(){O.value=!0}function A(){O.value=!1}function M(){let{parentKey:e,tmNode:n}=t;n.disabled||u.value&&(o.value=e,a.value=null,i.value=n.key)}function N(){let{tmNode:e}=t;e.disabled||u.value&&i.value!==e.key&&M()}function P(e){if(t.tmNode.disabled||!u.value)return;let{relatedTarget:n}=e;n&&!K({target:n},`dropdownOption`)&&!K({target:n},`scrollbarRail`)&&(i.value=null)}function F(){let{value:e}=w,{tmNode:r}=t;u.value&&!e&&!r.disabled&&(n.doSelect(r.key,r.rawNode),n.doUpdateShow(!1))}return{labelField:h,renderLabel:d,renderIcon:m,siblingHasIcon:x.showIconRef,siblingHasSubmenu:x.hasSubmenuRef,menuProps:y,popoverBody:S,animated:l,mergedShowSubmenu:f(()=>E.value&&!D.value),rawNode:C,hasSubmenu:w,pending:j(()=>{let{value:e}=s,{key:n}=t.tmNode;return e.includes(n)}),childActive:j(()=>{let{value:e}=c,{key:n}=t.tmNode,r=e.findIndex(e=>n===e);return r!==-1&&r<e.length-1}),active:j(()=>{let{value:e}=c,{key:n}=t.tmNode,r=e.findIndex(e=>n===e);return r!==-1&&r===e.length-1}),mergedDisabled:T,renderOption:_,nodeProps:v,handleClick:F,handleMouseMove:N,handleMouseEnter:M,handleMouseLeave:P,handleSubmenuBeforeEnter:k,handleSubmenuAfterEnter:A}},render(){let{animated:e,rawNode:t,mergedShowSubmenu:r,clsPrefix:a,siblingHasIcon:o,siblingHasSubmenu:l,renderLabel:d,renderIcon:f,renderOption:p,nodeProps:m,props:g,scrollable:_}=this,v=null;if(r){let e=this.menuProps?.(t,t.children);v=(t=>(n(),c(Ee,i({key:1},e,{clsPrefix:a,scrollable:this.scrollable,tmNodes:this.tmNode.children,parentKey:this.tmNode.key}),null,16,[`clsPrefix`,`scrollable`,`tmNodes`,`parentKey`])))(v)}let y={class:[`${a}-dropdown-option-body`,this.pending&&`${a}-dropdown-option-body--pending`,this.active&&`${a}-dropdown-option-body--active`,this.childActive&&`${a}-dropdown-option-body--child-active`,this.mergedDisabled&&`${a}-dropdown-option-body--disabled`],onMousemove:this.handleMouseMove,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onClick:this.handleClick},x=m?.(t),S=(n(),h(`div`,i({class:[`${a}-dropdown-option`,x?.class],"data-dropdown-option":!0},x),[b(()=>s(`div`,i(y,g),[(n(),h(`div`,{class:G([`${a}-dropdown-option-body__prefix`,o&&`${a}-dropdown-option-body__prefix--show-icon`])},[b(()=>[f?f(t):V(t.icon)])],2)),(n(),h(`div`,{"data-dropdown-option":!0,class:G(`${a}-dropdown-option-body__label`)},[d?(n(),h(u,{key:0},[b(()=>d(t))],64)):(n(),h(u,{key:1},[b(()=>V(t[this.labelField]??t.title))],64))],2)),(n(),h(`div`,{"data-dropdown-option":!0,class:G([`${a}-dropdown-option-body__suffix`,l&&`${a}-dropdown-option-body__suffix--has-submenu`])},[this.hasSubmenu?(n(),c(he,{key:0},{_:1,default:k(()=>(n(),c(Y)))})):b(()=>null)],2))])),this.hasSubmenu?(n(),c(ae,{key:0},{default:()=>[(n(),c(ie,null,{default:()=>(n(),h(`div`,{class:G(`${a}-dropdown-offset-container`)},[(n(),c(re,{show:this.mergedShowSubmenu,placement:this.placement,to:_&&this.popoverBody||void 0,teleportDisabled:!_},{default:()=>(n(),h(`div`,{class:G(`${a}-dropdown-menu-wrapper`)},[e?(n(),c(te,{key:0,onBeforeEnter:this.handleSubmenuBeforeEnter,onAfterEnter:this.handleSubmenuAfterEnter,name:`fade-in-scale-up-transition`,appear:!0},{default:()=>v},1032,[`onBeforeEnter`,`onAfterEnter`])):(n(),h(u,{key:1},[b(()=>v)],64))],2))},1032,[`show`,`placement`,`to`,`teleportDisabled`]))],2))},1024))]},1024)):b(()=>null)],16));return p?p({node:S,option:t}):S}}),Ce=o({name:`DropdownGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{showIconRef:e,hasSubmenuRef:t}=r(Z),{renderLabelRef:n,labelFieldRef:i,nodePropsRef:a,renderOptionRef:o}=r(Q);return{labelField:i,showIcon:e,hasSubmenu:t,renderLabel:n,nodeProps:a,renderOption:o}},render(){let{clsPrefix:e,hasSubmenu:t,showIcon:r,nodeProps:a,renderLabel:o,renderOption:s}=this,{rawNode:c}=this.tmNode,l=(n(),h(`div`,i({class:`${e}-dropdown-option`},a?.(c)),[_(`div`,{class:G(`${e}-dropdown-option-body ${e}-dropdown-option-body--group`)},[_(`div`,{"data-dropdown-option":!0,class:G([`${e}-dropdown-option-body__prefix`,r&&`${e}-dropdown-option-body__prefix--show-icon`])},[b(()=>V(c.icon))],2),_(`div`,{class:G(`${e}-dropdown-option-body__label`),"data-dropdown-option":!0},[o?(n(),h(u,{key:0},[b(()=>o(c))],64)):(n(),h(u,{key:1},[b(()=>V(c.title??c[this.labelField]))],64))],2),_(`div`,{class:G([`${e}-dropdown-option-body__suffix`,t&&`${e}-dropdown-option-body__suffix--has-submenu`]),"data-dropdown-option":!0},null,2)],2)],16));return s?s({node:l,option:c}):l}}),we=o({name:`NDropdownGroup`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null}},render(){let{tmNode:e,parentKey:t,clsPrefix:r}=this,{children:i}=e;return n(),h(u,null,[(n(),c(Ce,{clsPrefix:r,tmNode:e,key:e.key},null,8,[`clsPrefix`,`tmNode`])),b(()=>i?.map(e=>{let{rawNode:i}=e;return i.show===!1?null:ye(i)?s(_e,{clsPrefix:r,key:e.key}):e.isGroup?(O(`dropdown`,"`group` node is not allowed to be put in `group` node."),null):(n(),c(Se,{clsPrefix:r,tmNode:e,parentKey:t,key:e.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`]))}))],64)}}),Te=o({name:`DropdownRenderOption`,props:{tmNode:{type:Object,required:!0}},render(){let{rawNode:{render:e,props:t}}=this.tmNode;return s(`div`,t,[e?.()])}}),Ee=o({name:`DropdownMenu`,props:{scrollable:Boolean,showArrow:Boolean,arrowStyle:[String,Object],clsPrefix:{type:String,required:!0},tmNodes:{type:Array,default:()=>[]},parentKey:{type:[String,Number],default:null}},setup(t){let{renderIconRef:n,childrenFieldRef:i}=r(Q);e(Z,{showIconRef:f(()=>{let e=n.value;return t.tmNodes.some(t=>{if(t.isGroup)return t.children?.some(({rawNode:t})=>e?e(t):t.icon);let{rawNode:n}=t;return e?e(n):n.icon})}),hasSubmenuRef:f(()=>{let{value:e}=i;return t.tmNodes.some(t=>{if(t.isGroup)return t.children?.some(({rawNode:t})=>$(t,e));let{rawNode:n}=t;return $(n,e)})})});let a=p(null);return e(B,null),e(ee,null),e(U,a),{bodyRef:a}},render(){let{parentKey:e,clsPrefix:t,scrollable:r}=this,i=this.tmNodes.map(i=>{let{rawNode:a}=i;return a.show===!1?null:be(a)?(n(),c(Te,{tmNode:i,key:i.key},null,8,[`tmNode`])):ye(a)?(n(),c(_e,{clsPrefix:t,key:i.key},null,8,[`clsPrefix`])):ve(a)?(n(),c(we,{clsPrefix:t,tmNode:i,parentKey:e,key:i.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`])):(n(),c(Se,{clsPrefix:t,tmNode:i,parentKey:e,key:i.key,props:a.props,scrollable:r},null,8,[`clsPrefix`,`tmNode`,`parentKey`,`props`,`scrollable`]))});return n(),h(`div`,{class:G([`${t}-dropdown-menu`,r&&`${t}-dropdown-menu--scrollable`]),ref:`bodyRef`},[r?(n(),c(ne,{key:0,contentClass:`${t}-dropdown-menu__content`},{default:()=>i},1032,[`contentClass`])):(n(),h(u,{key:1},[b(()=>i)],64)),this.showArrow?(n(),h(u,{key:2},[b(()=>oe({clsPrefix:t,arrowStyle:this.arrowStyle,arrowClass:void 0,arrowWrapperClass:void 0,arrowWrapperStyle:void 0}))],64)):b(()=>null)],2)}}),De=H(`dropdown-menu`,`
 transform-origin: var(--v-transform-origin);
 background-color: var(--n-color);
 border-radius: var(--n-border-radius);
 box-shadow: var(--n-box-shadow);
 position: relative;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
`,[F(),H(`dropdown-option`,`
 position: relative;
 `,[I(`a`,`
 text-decoration: none;
 color: inherit;
 outline: none;
 `,[I(`&::before`,`
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),H(`dropdown-option-body`,`
 display: flex;
 cursor: pointer;
 position: relative;
 height: var(--n-option-height);
 line-height: var(--n-option-height);
 font-size: var(--n-font-size);
 color: var(--n-option-text-color);
 transition: color .3s var(--n-bezier);
 `,[I(`&::before`,`
 content: "";
 position: absolute;
 top: 0;
 bottom: 0;
 left: 4px;
 right: 4px;
 transition: background-color .3s var(--n-bezier);
 border-radius: var(--n-border-radius);
 `),M(`disabled`,[L(`pending`,`
 color: var(--n-option-text-color-hover);
 `,[R(`prefix, suffix`,`
 color: var(--n-option-text-color-hover);
 `),I(`&::before`,`background-color: var(--n-option-color-hover);`)]),L(`active`,`
 color: var(--n-option-text-color-active);
 `,[R(`prefix, suffix`,`
 color: var(--n-option-text-color-active);
 `),I(`&::before`,`background-color: var(--n-option-color-active);`)]),L(`child-active`,`
 color: var(--n-option-text-color-child-active);
 `,[R(`prefix, suffix`,`
 color: var(--n-option-text-color-child-active);
 `)])]),L(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-option-opacity-disabled);
 `),L(`group`,`
 font-size: calc(var(--n-font-size) - 1px);
 color: var(--n-group-header-text-color);
 `,[R(`prefix`,`
 width: calc(var(--n-option-prefix-width) / 2);
 `,[L(`show-icon`,`
 width: calc(var(--n-option-icon-prefix-width) / 2);
 `)])]),R(`prefix`,`
 width: var(--n-option-prefix-width);
 display: flex;
 justify-content: center;
 align-items: center;
 color: var(--n-prefix-color);
 transition: color .3s var(--n-bezier);
 z-index: 1;
 `,[L(`show-icon`,`
 width: var(--n-option-icon-prefix-width);
 `),H(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),R(`label`,`
 white-space: nowrap;
 flex: 1;
 z-index: 1;
 `),R(`suffix`,`
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
 `,[L(`has-submenu`,`
 width: var(--n-option-icon-suffix-width);
 `),H(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),H(`dropdown-menu`,`pointer-events: all;`)]),H(`dropdown-offset-container`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: -4px;
 bottom: -4px;
 `)]),H(`dropdown-divider`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-divider-color);
 height: 1px;
 margin: 4px 0;
 `),H(`dropdown-menu-wrapper`,`
 transform-origin: var(--v-transform-origin);
 width: fit-content;
 `),I(`>`,[H(`scrollbar`,`
 height: inherit;
 max-height: inherit;
 `)]),M(`scrollable`,`
 padding: var(--n-padding);
 `),L(`scrollable`,[R(`content`,`
 padding: var(--n-padding);
 `)])]),Oe={animated:{type:Boolean,default:!0},keyboard:{type:Boolean,default:!0},size:String,inverted:Boolean,placement:{type:String,default:`bottom`},onSelect:[Function,Array],options:{type:Array,default:()=>[]},menuProps:Function,showArrow:Boolean,renderLabel:Function,renderIcon:Function,renderOption:Function,nodeProps:Function,labelField:{type:String,default:`label`},keyField:{type:String,default:`key`},childrenField:{type:String,default:`children`},value:[String,Number]},ke=Object.keys(q),Ae={...q,...Oe,...N.props},je=o({name:`Dropdown`,inheritAttrs:!1,props:Ae,setup(t){let n=p(!1),r=le(m(t,`show`),n),i=f(()=>{let{keyField:e,childrenField:n}=t;return se(t.options,{getKey(t){return t[e]},getDisabled(e){return e.disabled===!0},getIgnored(e){return e.type===`divider`||e.type===`render`},getChildren(e){return e[n]}})}),o=f(()=>i.value.treeNodes),s=p(null),c=p(null),l=p(null),u=f(()=>s.value??c.value??l.value??null),d=f(()=>i.value.getPath(u.value).keyPath),h=f(()=>i.value.getPath(t.value).keyPath),g=j(()=>t.keyboard&&r.value);ue({keydown:{ArrowUp:{prevent:!0,handler:M},ArrowRight:{prevent:!0,handler:A},ArrowDown:{prevent:!0,handler:P},ArrowLeft:{prevent:!0,handler:k},Enter:{prevent:!0,handler:F},Escape:O}},g);let{mergedClsPrefixRef:_,inlineThemeDisabled:v,mergedComponentPropsRef:y}=D(t),b=f(()=>t.size||y?.value?.Dropdown?.size||`medium`),x=N(`Dropdown`,`-dropdown`,De,T,t,_);e(Q,{labelFieldRef:m(t,`labelField`),childrenFieldRef:m(t,`childrenField`),renderLabelRef:m(t,`renderLabel`),renderIconRef:m(t,`renderIcon`),hoverKeyRef:s,keyboardKeyRef:c,lastToggledSubmenuKeyRef:l,pendingKeyPathRef:d,activeKeyPathRef:h,animatedRef:m(t,`animated`),mergedShowRef:r,nodePropsRef:m(t,`nodeProps`),renderOptionRef:m(t,`renderOption`),menuPropsRef:m(t,`menuProps`),doSelect:C,doUpdateShow:w}),a(r,e=>{!t.animated&&!e&&E()});function C(e,n){let{onSelect:r}=t;r&&S(r,e,n)}function w(e){let{"onUpdate:show":r,onUpdateShow:i}=t;r&&S(r,e),i&&S(i,e),n.value=e}function E(){s.value=null,c.value=null,l.value=null}function O(){w(!1)}function k(){L(`left`)}function A(){L(`right`)}function M(){L(`up`)}function P(){L(`down`)}function F(){let e=I();e?.isLeaf&&r.value&&(C(e.key,e.rawNode),w(!1))}function I(){let{value:e}=i,{value:t}=u;return!e||t===null?null:e.getNode(t)??null}function L(e){let{value:t}=u,{value:{getFirstAvailableNode:n}}=i,r=null;if(t===null){let e=n();e!==null&&(r=e.key)}else{let t=I();if(t){let n;switch(e){case`down`:n=t.getNext();break;case`up`:n=t.getPrev();break;case`right`:n=t.getChild();break;case`left`:n=t.getParent()}n&&(r=n.key)}}r!==null&&(s.value=null,c.value=r)}let R=f(()=>{let{inverted:e}=t,n=b.value,{common:{cubicBezierEaseInOut:r},self:i}=x.value,{padding:a,dividerColor:o,borderRadius:s,optionOpacityDisabled:c,[W(`optionIconSuffixWidth`,n)]:l,[W(`optionSuffixWidth`,n)]:u,[W(`optionIconPrefixWidth`,n)]:d,[W(`optionPrefixWidth`,n)]:f,[W(`fontSize`,n)]:p,[W(`optionHeight`,n)]:m,[W(`optionIconSize`,n)]:h}=i,g={"--n-bezier":r,"--n-font-size":p,"--n-padding":a,"--n-border-radius":s,"--n-option-height":m,"--n-option-prefix-width":f,"--n-option-icon-prefix-width":d,"--n-option-suffix-width":u,"--n-option-icon-suffix-width":l,"--n-option-icon-size":h,"--n-divider-color":o,"--n-option-opacity-disabled":c};return e?(g[`--n-color`]=i.colorInverted,g[`--n-option-color-hover`]=i.optionColorHoverInverted,g[`--n-option-color-active`]=i.optionColorActiveInverted,g[`--n-option-text-color`]=i.optionTextColorInverted,g[`--n-option-text-color-hover`]=i.optionTextColorHoverInverted,g[`--n-option-text-color-active`]=i.optionTextColorActiveInverted,g[`--n-option-text-color-child-active`]=i.optionTextColorChildActiveInverted,g[`--n-prefix-color`]=i.prefixColorInverted,g[`--n-suffix-color`]=i.suffixColorInverted,g[`--n-group-header-text-color`]=i.groupHeaderTextColorInverted):(g[`--n-color`]=i.color,g[`--n-option-color-hover`]=i.optionColorHover,g[`--n-option-color-active`]=i.optionColorActive,g[`--n-option-text-color`]=i.optionTextColor,g[`--n-option-text-color-hover`]=i.optionTextColorHover,g[`--n-option-text-color-active`]=i.optionTextColorActive,g[`--n-option-text-color-child-active`]=i.optionTextColorChildActive,g[`--n-prefix-color`]=i.prefixColor,g[`--n-suffix-color`]=i.suffixColor,g[`--n-group-header-text-color`]=i.groupHeaderTextColor),g}),B=v?z(`dropdown`,f(()=>`${b.value[0]}${t.inverted?`i`:``}`),R,t):void 0;return{mergedClsPrefix:_,mergedTheme:x,mergedSize:b,tmNodes:o,mergedShow:r,handleAfterLeave:()=>{t.animated&&E()},doUpdateShow:w,cssVars:v?void 0:R,themeClass:B?.themeClass,onRender:B?.onRender}},render(){let e=(e,t,n,r,a)=>{let{mergedClsPrefix:o,menuProps:c}=this;this.onRender?.();let l=c?.(void 0,this.tmNodes.map(e=>e.rawNode))||{},u={ref:X(t),class:[e,`${o}-dropdown`,`${o}-dropdown--${this.mergedSize}-size`,this.themeClass],clsPrefix:o,tmNodes:this.tmNodes,style:[...n,this.cssVars],showArrow:this.showArrow,arrowStyle:this.arrowStyle,scrollable:this.scrollable,onMouseenter:r,onMouseleave:a};return s(Ee,i(this.$attrs,u,l))},{mergedTheme:t}=this,r={show:this.mergedShow,theme:t.peers.Popover,themeOverrides:t.peerOverrides.Popover,internalOnAfterLeave:this.handleAfterLeave,internalRenderBody:e,onUpdateShow:this.doUpdateShow,"onUpdate:show":void 0};return n(),c(J,C(this.$props,ke,r),{_:1,trigger:k(()=>this.$slots.default?.())},16)}});export{Y as i,fe as n,X as r,je as t};