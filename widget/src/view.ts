/** The widget's shell inside a shadow root: launcher, panel, header, composer, screens. */

import { EMOJI } from "./emoji";
import { Form, prechatSpecs, type FormContext } from "./forms";
import { ICONS, h, icon } from "./dom";
import { errorText, pick, translate, type StringKey } from "./i18n";
import { MessageList, displayName, type Item, type ListContext } from "./messages";
import type { LinkState } from "./socket";
import type { SurveyCard } from "./survey";
import type { Locale, SiteSettings } from "./types";
import css from "./widget.css";

export type Screen = "chat" | "prechat" | "leave";
export type Mode = "widget" | "page";

export interface ViewActions {
  open(): void;
  close(): void;
  send(text: string): void;
  rate(key: string, helpful: boolean): void;
  typing(): void;
  file(file: File): void;
  retry(key: string): void;
  prechat(values: Record<string, string>): void;
  leave(values: Record<string, string>): void;
  locale(locale: Locale): void;
  visible(): void;
}

const SAFE_COLOR = /^#(?:[0-9a-f]{3}){1,2}$/i;

function expand(color: string): string {
  return color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join("")}` : color;
}

/** Dark or light text on the site's colour, whichever reads better. */
function onColor(color: string): string {
  const n = Number.parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance > 0.66 ? "#1f2329" : "#ffffff";
}

function isMobile(): boolean {
  return window.matchMedia?.("(pointer: coarse)").matches && window.innerWidth < 768;
}

export class View {
  readonly host: HTMLElement;
  readonly root: HTMLElement;
  private readonly bindings: (() => void)[] = [];
  private readonly launcher: HTMLButtonElement | null = null;
  private readonly badge = h("span", { class: "badge", hidden: true });
  private readonly preview = h("div", { class: "preview", hidden: true, role: "status" });
  private previewKey = "";
  private dismissed = "";
  private readonly panel: HTMLElement;
  private readonly subtitle = h("span");
  private readonly dot = h("span", { class: "dot" });
  private readonly linkBar = h("div", { class: "link-state", role: "status", hidden: true });
  private readonly queueBar = h("div", { class: "queue-state", role: "status", hidden: true });
  private readonly body = h("div", { class: "body" });
  private readonly list = new MessageList();
  private readonly typingEl = h("div", { class: "typing", hidden: true });
  private readonly notice = h("div", { class: "notice", role: "alert", hidden: true });
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly emoji: HTMLElement;
  private readonly chat: HTMLElement;
  readonly prechatForm: Form;
  readonly leaveForm: Form;
  private linkTimer = 0;
  private noticeTimer = 0;
  private screen: Screen = "chat";
  private items: Item[] = [];
  private ended = false;
  private agentRead = 0;
  private greeting = "";
  private survey: SurveyCard | null = null;
  isOpen = false;

  constructor(
    readonly mode: Mode,
    private settings: SiteSettings,
    public locale: Locale,
    private readonly base: string,
    private readonly actions: ViewActions,
  ) {
    this.host = document.createElement("kefu-widget");
    this.host.setAttribute("data-site", settings.site);
    this.host.style.cssText = "all:initial!important;display:block!important;position:static!important;";
    const shadow = this.host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = css;
    this.root = h("div", { class: `root ${mode}`, lang: locale });
    shadow.append(style, this.root);

    const ctx = this.formContext();
    this.input = h("textarea", { class: "input", rows: 1, maxlength: 5000 });
    this.sendButton = h("button", { class: "sendbtn", type: "button", disabled: true }, icon(ICONS.send, 18));
    this.emoji = h("div", { class: "emoji", role: "listbox", hidden: true });
    this.chat = this.buildChat();
    this.prechatForm = new Form(
      ctx,
      "prechat",
      () => pick(this.settings.greeting, this.locale),
      () => this.t("prechatIntro"),
      prechatSpecs(settings.prechat.fields, ctx),
      "prechatStart",
      () => null,
      (values) => actions.prechat(values),
    );
    this.leaveForm = new Form(
      ctx,
      "leave",
      () => this.t("leaveTitle"),
      () => this.t("leaveIntro"),
      [
        { key: "body", type: "textarea", required: true, label: () => this.t("leaveBody") },
        { key: "name", type: "text", required: false, label: () => this.t("leaveName") },
        { key: "phone", type: "phone", required: false, label: () => this.t("leavePhone") },
        { key: "email", type: "email", required: false, label: () => this.t("leaveEmail") },
      ],
      "leaveSubmit",
      (values) => (values.phone || values.email ? null : this.t("leaveContact")),
      (values) => actions.leave(values),
    );
    this.panel = h(
      "div",
      { class: "panel", role: mode === "page" ? "main" : "dialog", hidden: mode === "widget" },
      this.buildHeader(),
      this.linkBar,
      this.queueBar,
      this.chat,
      this.prechatForm.el,
      this.leaveForm.el,
    );
    if (mode === "widget") {
      const closed = icon(ICONS.chat, 28);
      const opened = icon(ICONS.down, 28);
      this.launcher = h("button", { class: "launcher", type: "button" }, closed, opened, this.badge);
      this.launcher.addEventListener("click", () => (this.isOpen ? actions.close() : actions.open()));
      this.bind(() => {
        this.launcher?.setAttribute("aria-label", this.t(this.isOpen ? "close" : "open"));
        this.launcher?.setAttribute("aria-expanded", String(this.isOpen));
        closed.style.display = this.isOpen ? "none" : "";
        opened.style.display = this.isOpen ? "" : "none";
      });
    }
    this.root.append(this.panel);
    if (this.launcher) this.root.append(this.preview, this.launcher);
    this.applySettings(settings);
    this.show("chat");
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") actions.visible();
    });
  }

  t(key: StringKey, values?: Record<string, string | number>): string {
    return translate(this.locale, key, values);
  }

  private formContext(): FormContext {
    return {
      t: (key, values) => this.t(key, values),
      locale: () => this.locale,
      bind: (update) => this.bind(update),
    };
  }

  private bind(update: () => void): void {
    this.bindings.push(update);
    update();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.root.setAttribute("lang", locale);
    for (const update of this.bindings) update();
    this.survey?.draw(locale);
    this.renderList();
  }

  /** The survey card under the conversation, or none. */
  setSurvey(card: SurveyCard | null): void {
    this.survey = card;
    card?.draw(this.locale);
    this.renderList();
  }

  applySettings(settings: SiteSettings): void {
    this.settings = settings;
    const color = SAFE_COLOR.test(settings.color) ? expand(settings.color) : "#1f6feb";
    this.root.style.setProperty("--kf-color", color);
    this.root.style.setProperty("--kf-on", onColor(color));
    this.root.style.setProperty("--kf-tint", `${color}1f`);
    for (const update of this.bindings) update();
  }

  private buildHeader(): HTMLElement {
    const logo = h("div", { class: "logo" });
    const title = h("div", { class: "title" });
    const langButton = h("button", { class: "hbtn lang", type: "button" }, icon(ICONS.globe, 16), h("span"));
    langButton.addEventListener("click", () => this.actions.locale(this.locale === "en" ? "zh-CN" : "en"));
    this.bind(() => {
      const name = this.settings.name || this.t("title");
      logo.textContent = Array.from(name)[0] ?? "";
      title.textContent = name;
      this.panel?.setAttribute("aria-label", name);
      langButton.lastElementChild!.textContent = this.t("switchLanguage");
      langButton.title = this.t("switchLanguageHint");
      this.dot.classList.toggle("away", !this.settings.available);
      this.subtitle.textContent = this.t(this.settings.available ? "online" : "offline");
    });
    const header = h(
      "div",
      { class: "header" },
      logo,
      h("div", { class: "heading" }, title, h("div", { class: "subtitle" }, this.dot, this.subtitle)),
      langButton,
    );
    if (this.mode === "widget") {
      const close = h("button", { class: "hbtn close", type: "button" }, icon(ICONS.down, 20));
      close.addEventListener("click", () => this.actions.close());
      this.bind(() => close.setAttribute("aria-label", this.t("close")));
      header.append(close);
    }
    return header;
  }

  private buildChat(): HTMLElement {
    const { input, sendButton, emoji } = this;
    this.body.append(this.list.el, this.typingEl);
    const emojiButton = h("button", { class: "tool emoji-toggle", type: "button" }, icon(ICONS.smile, 21));
    const attachButton = h("button", { class: "tool attach", type: "button" }, icon(ICONS.clip, 20));
    const file = h("input", { type: "file", hidden: true, multiple: true });
    this.bind(() => {
      input.placeholder = this.t(isMobile() ? "placeholderMobile" : "placeholder");
      sendButton.setAttribute("aria-label", this.t("send"));
      emojiButton.setAttribute("aria-label", this.t("emoji"));
      emojiButton.title = this.t("emoji");
      attachButton.setAttribute("aria-label", this.t("attach"));
      attachButton.title = this.t("attach");
      file.accept = this.settings.uploads.types.join(",");
    });
    for (const symbol of EMOJI) {
      const button = h("button", { type: "button", role: "option", text: symbol });
      button.addEventListener("click", () => this.insert(symbol));
      emoji.append(button);
    }
    emojiButton.addEventListener("click", (event) => {
      event.stopPropagation();
      emoji.hidden = !emoji.hidden;
    });
    this.root.addEventListener("click", (event) => {
      if (!emoji.hidden && !event.composedPath().includes(emoji)) emoji.hidden = true;
    });
    attachButton.addEventListener("click", () => file.click());
    file.addEventListener("change", () => {
      for (const chosen of Array.from(file.files ?? [])) this.actions.file(chosen);
      file.value = "";
    });
    input.addEventListener("input", () => {
      this.grow();
      sendButton.disabled = !input.value.trim();
      if (input.value.trim()) this.actions.typing();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") emoji.hidden = true;
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      if (isMobile()) return; // on phones Enter is a new line; the button sends
      event.preventDefault();
      this.submit();
    });
    sendButton.addEventListener("click", () => this.submit());
    const footer = h("div", { class: "footer" });
    this.bind(() => (footer.textContent = this.t("poweredBy")));
    const composer = h(
      "div",
      { class: "composer" },
      emoji,
      h("div", { class: "composer-row" }, emojiButton, attachButton, input, sendButton),
      file,
      footer,
    );
    return h("div", { class: "chat", style: "display:flex;flex-direction:column;flex:1;min-height:0" }, this.body, this.notice, composer);
  }

  private insert(text: string): void {
    const { input } = this;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? input.value.length;
    input.setRangeText(text, start, end, "end");
    input.dispatchEvent(new Event("input"));
    input.focus();
  }

  private grow(): void {
    this.input.style.height = "auto";
    this.input.style.height = `${Math.min(this.input.scrollHeight + 2, 132)}px`;
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text) return;
    this.actions.send(text);
    this.input.value = "";
    this.grow();
    this.sendButton.disabled = true;
    this.input.focus();
  }

  show(screen: Screen): void {
    this.screen = screen;
    this.chat.hidden = screen !== "chat";
    this.prechatForm.el.hidden = screen !== "prechat";
    this.leaveForm.el.hidden = screen !== "leave";
    this.root.dataset.screen = screen;
    if (screen === "chat") this.scrollDown(true);
  }

  get current(): Screen {
    return this.screen;
  }

  setOpen(open: boolean): void {
    this.isOpen = open;
    this.panel.hidden = !open && this.mode === "widget";
    this.root.classList.toggle("open", open);
    for (const update of this.bindings) update();
    if (open) {
      this.scrollDown(true);
      if (this.screen === "chat" && !isMobile()) this.input.focus();
      else if (this.screen === "prechat") this.prechatForm.focus();
    }
  }

  get visible(): boolean {
    return (this.isOpen || this.mode === "page") && document.visibilityState === "visible";
  }

  /** The newest unread reply above the closed launcher, until opened or dismissed. */
  setPreview(item: Item | null): void {
    const show = item !== null && !this.isOpen && this.mode === "widget" && item.key !== this.dismissed;
    this.preview.hidden = !show;
    if (!show || !item || item.key === this.previewKey) return;
    this.previewKey = item.key;
    const text =
      item.kind === "image"
        ? this.t("previewImage")
        : item.kind === "file"
          ? `${this.t("previewFile")} ${item.attachment?.name ?? ""}`
          : item.body;
    const close = h("button", { class: "preview-close", type: "button", "aria-label": this.t("close") }, icon(ICONS.close, 14));
    close.addEventListener("click", (event) => {
      event.stopPropagation();
      this.dismissed = item.key;
      this.preview.hidden = true;
    });
    const body = h("div", { class: "preview-body" }, h("div", { class: "preview-name", text: displayName(item, this.listContext()) }), h("div", { class: "preview-text", text }));
    this.preview.replaceChildren(close, body);
    this.preview.onclick = () => this.actions.open();
  }

  setBadge(count: number): void {
    this.badge.hidden = count <= 0 || this.isOpen;
    this.badge.textContent = count > 99 ? "99+" : String(count);
  }

  /** Connecting states show only if they last, so a quick reconnect goes unnoticed. */
  setLink(state: LinkState): void {
    window.clearTimeout(this.linkTimer);
    if (state === "open" || state === "idle") {
      this.linkBar.hidden = true;
      return;
    }
    this.linkTimer = window.setTimeout(() => {
      this.linkBar.replaceChildren(h("span", { class: "spinner" }), h("span", { text: this.t(state) }));
      this.linkBar.hidden = false;
    }, 1200);
  }

  /** The customer's place in the queue (null: not waiting) and the expected wait. */
  setQueue(position: number | null, expectedWait: number | null): void {
    this.queueBar.hidden = position === null;
    if (position === null) return;
    const ahead = position - 1;
    const parts = [ahead > 0 ? this.t("queued", { ahead: String(ahead) }) : this.t("queuedFirst")];
    if (expectedWait !== null) parts.push(this.t("queueWait", { minutes: String(Math.max(1, Math.round(expectedWait / 60))) }));
    this.queueBar.textContent = parts.join(" · ");
  }

  setTyping(name: string | null): void {
    const near = this.nearBottom();
    this.typingEl.hidden = name === null;
    if (name !== null) {
      this.typingEl.replaceChildren(h("span", { class: "dots" }, h("i"), h("i"), h("i")), h("span", { text: this.t("typing", { name }) }));
    }
    if (near) this.scrollDown(true);
  }

  showNotice(code: string | null, text?: string): void {
    window.clearTimeout(this.noticeTimer);
    this.notice.hidden = code === null && !text;
    this.notice.textContent = text ?? (code ? errorText(this.locale, code) : "");
    if (!this.notice.hidden) this.noticeTimer = window.setTimeout(() => (this.notice.hidden = true), 8000);
  }

  setItems(items: Item[], agentRead: number, ended: boolean, greeting: boolean): void {
    this.items = items;
    this.agentRead = agentRead;
    this.ended = ended;
    this.greeting = greeting ? "yes" : "";
    this.renderList();
  }

  private renderList(): void {
    const near = this.nearBottom();
    const greeting = this.greeting ? pick(this.settings.greeting, this.locale) : "";
    const loaded = this.listContext(() => near && this.scrollDown(true));
    this.list.render(this.items, greeting, this.ended, loaded, this.survey?.el ?? null);
    if (near) this.scrollDown(true);
  }

  private listContext(loaded: () => void = () => undefined): ListContext {
    return {
      t: (key, values) => this.t(key, values),
      error: (code) => errorText(this.locale, code),
      base: this.base,
      locale: this.locale,
      siteName: this.settings.name || this.t("title"),
      agentRead: this.agentRead,
      retry: (key) => this.actions.retry(key),
      reply: (text) => this.actions.send(text),
      rate: (key, helpful) => this.actions.rate(key, helpful),
      loaded,
    };
  }

  private nearBottom(): boolean {
    const { body } = this;
    return body.scrollHeight - body.scrollTop - body.clientHeight < 120;
  }

  scrollDown(force = false): void {
    if (force || this.nearBottom()) this.body.scrollTop = this.body.scrollHeight;
  }

  /** Where the composer's draft lives, so a caller can restore it after an error. */
  restoreDraft(text: string): void {
    if (!this.input.value) {
      this.input.value = text;
      this.grow();
      this.sendButton.disabled = !text.trim();
    }
  }
}
