/** The message list: keyed, so an update rebuilds one bubble and images are not reloaded. */

import { ICONS, h, icon, safeUrl } from "./dom";
import { formatBytes, type StringKey } from "./i18n";
import type { Attachment, Card, Message } from "./types";

export type ItemState = "uploading" | "sending" | "sent" | "failed";

/** One bubble: a stored message, or the visitor's own one on its way. */
export interface Item {
  key: string;
  seq: number | null;
  mine: boolean;
  sender: Message["sender"];
  kind: string;
  body: string;
  attachment: Attachment | null;
  card: Card | null;
  createdAt: string;
  state: ItemState;
  progress: number;
  /** A server error code, or a local one (`file_too_large` …) */
  error: string | null;
  /** Already translated detail for local refusals (the size limit …). */
  errorText: string | null;
  rev: number;
  /** From an earlier conversation that has ended, shown above the current one. */
  archived?: boolean;
  /** For an archived message of the visitor's: whether the agent had read it. */
  wasRead?: boolean;
  /** The visitor's rating of a bot answer (its feedback buttons). */
  rating?: "up" | "down";
}

export interface ListContext {
  t(key: StringKey, values?: Record<string, string | number>): string;
  error(code: string): string;
  base: string;
  locale: string;
  siteName: string;
  agentRead: number;
  retry(key: string): void;
  reply(text: string): void;
  rate(key: string, helpful: boolean): void;
  loaded(): void;
}

interface Rendered {
  signature: string;
  el: HTMLElement;
}

const GROUP_MS = 3 * 60 * 1000;

function senderKey(item: Item): string {
  return item.mine ? "me" : `${item.sender.type}:${item.sender.id ?? item.sender.name ?? ""}`;
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}

export function dayOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

function dayLabel(iso: string, ctx: ListContext): string {
  const d = new Date(iso);
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  if (dayOf(iso) === dayOf(today.toISOString())) return ctx.t("today");
  if (dayOf(iso) === dayOf(yesterday.toISOString())) return ctx.t("yesterday");
  return ctx.locale === "zh-CN"
    ? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
    : d.toLocaleDateString("en", { year: "numeric", month: "short", day: "numeric" });
}

export function displayName(item: Item, ctx: ListContext): string {
  const name = item.sender.name?.trim();
  if (name) return name;
  return item.sender.type === "bot" ? ctx.t("bot") : ctx.t("agent");
}

export class MessageList {
  readonly el = h("div", { class: "list", role: "log", "aria-live": "polite" });
  private rendered = new Map<string, Rendered>();
  private days = new Map<string, HTMLElement>();
  private greeting: HTMLElement | null = null;
  private notes = new Map<string, HTMLElement>();

  /** `tail`: drawn after everything else (the survey card). */
  render(items: Item[], greeting: string, ended: boolean, ctx: ListContext, tail: HTMLElement | null = null): void {
    const wanted: HTMLElement[] = [];
    const divider = (iso: string): void => {
      const el = this.dayDivider(iso, ctx);
      if (!wanted.includes(el)) wanted.push(el);
    };
    const keep = new Set<string>();
    const first = items[0]?.createdAt ?? new Date().toISOString();
    if (greeting) {
      const sig = `${greeting}|${ctx.siteName}|${ctx.locale}`;
      if (!this.greeting || this.greeting.dataset.sig !== sig) {
        this.greeting = this.row(false, false, ctx.siteName, h("div", { class: "bubble", text: greeting }), null);
        this.greeting.classList.add("greeting");
        this.greeting.dataset.sig = sig;
      }
      divider(first);
      wanted.push(this.greeting);
    }
    let previous: Item | null = null;
    for (const item of items) {
      if (previous?.archived && !item.archived) wanted.push(this.endedNote(ctx, "endedBefore"));
      if (!previous ? !greeting : dayOf(previous.createdAt) !== dayOf(item.createdAt)) {
        divider(item.createdAt);
      }
      const cont =
        previous !== null &&
        senderKey(previous) === senderKey(item) &&
        dayOf(previous.createdAt) === dayOf(item.createdAt) &&
        Date.parse(item.createdAt) - Date.parse(previous.createdAt) < GROUP_MS;
      const read = item.archived ? Boolean(item.wasRead) : item.mine && item.seq !== null && item.seq <= ctx.agentRead;
      const signature = `${item.rev}|${cont}|${read}|${ctx.locale}`;
      let rendered = this.rendered.get(item.key);
      if (!rendered || rendered.signature !== signature) {
        rendered = { signature, el: this.item(item, cont, read, ctx) };
        this.rendered.set(item.key, rendered);
      }
      keep.add(item.key);
      wanted.push(rendered.el);
      previous = item;
    }
    if (ended && !previous?.archived) wanted.push(this.endedNote(ctx, "ended"));
    if (tail) wanted.push(tail);
    for (const key of this.rendered.keys()) if (!keep.has(key)) this.rendered.delete(key);
    // Reconcile in place: existing nodes move, nothing else is touched.
    wanted.forEach((node, index) => {
      if (this.el.children[index] !== node) this.el.insertBefore(node, this.el.children[index] ?? null);
    });
    while (this.el.children.length > wanted.length) this.el.lastElementChild?.remove();
  }

  private endedNote(ctx: ListContext, key: "ended" | "endedBefore"): HTMLElement {
    const sig = `${key}|${ctx.locale}`;
    let note = this.notes.get(sig);
    if (!note) {
      note = h("div", { class: `system ended ${key}`, text: ctx.t(key) });
      this.notes.set(sig, note);
    }
    return note;
  }

  private dayDivider(iso: string, ctx: ListContext): HTMLElement {
    const key = `${dayOf(iso)}|${ctx.locale}`;
    let el = this.days.get(key);
    if (!el) {
      el = h("div", { class: "day", text: dayLabel(iso, ctx) });
      this.days.set(key, el);
    }
    return el;
  }

  private row(mine: boolean, cont: boolean, name: string | null, content: HTMLElement, meta: HTMLElement | null): HTMLElement {
    const stack = h("div", { class: "stack" }, !mine && !cont && name ? h("div", { class: "name", text: name }) : null, content, meta);
    const classes = ["row", mine ? "mine" : "theirs", cont ? "cont" : ""].filter(Boolean).join(" ");
    return h("div", { class: classes }, mine ? null : h("div", { class: "avatar", text: initial(name ?? "?") }), stack);
  }

  private item(item: Item, cont: boolean, read: boolean, ctx: ListContext): HTMLElement {
    if (item.sender.type === "system") {
      return h("div", { class: "system", text: item.body });
    }
    const content = this.content(item, ctx);
    const meta = this.meta(item, read, ctx);
    const row = this.row(item.mine, cont, item.mine ? null : displayName(item, ctx), content, meta);
    row.dataset.key = item.key;
    if (item.seq !== null) row.dataset.seq = String(item.seq);
    row.classList.add(item.state === "sent" ? "sent" : item.state === "failed" ? "failed" : "pending");
    return row;
  }

  private content(item: Item, ctx: ListContext): HTMLElement {
    const attachment = item.attachment;
    const url = safeUrl(attachment?.url, ctx.base);
    if (item.kind === "image" && attachment && url) {
      const img = h("img", { class: "image", src: url, alt: attachment.name, loading: "lazy" });
      img.addEventListener("load", () => ctx.loaded());
      return h("div", { class: "bubble media" }, h("a", { href: url, target: "_blank", rel: "noopener noreferrer", title: ctx.t("openImage") }, img));
    }
    if ((item.kind === "file" || item.kind === "image") && (attachment || item.state === "uploading")) {
      const name = attachment?.name ?? item.body;
      const size = attachment ? formatBytes(attachment.size) : ctx.t("uploading", { n: Math.round(item.progress * 100) });
      const inner = [
        h("span", { class: "file-icon" }, icon(ICONS.file, 20)),
        h("span", {}, h("div", { class: "file-name", text: name }), h("div", { class: "file-size", text: size })),
      ];
      const card = url
        ? h("a", { class: "file", href: url, target: "_blank", rel: "noopener noreferrer", download: name }, ...inner)
        : h("div", { class: "file" }, ...inner);
      const bubble = h("div", { class: "bubble media" }, card);
      if (item.state === "uploading") {
        const bar = h("div");
        bar.style.width = `${Math.round(item.progress * 100)}%`;
        bubble.appendChild(h("div", { class: "progress" }, bar));
      }
      return bubble;
    }
    if (item.card) return this.card(item, item.card, ctx);
    return h("div", { class: "bubble", text: item.body });
  }

  private card(item: Item, card: Card, ctx: ListContext): HTMLElement {
    const image = safeUrl(card.image_url, ctx.base);
    const all = card.buttons ?? [];
    const buttons = all.filter((b) => b.action !== "feedback").map((button) => {
      if (button.action === "link") {
        const href = safeUrl(button.value, ctx.base);
        return href ? h("a", { href, target: "_blank", rel: "noopener noreferrer", text: button.label }) : null;
      }
      const el = h("button", { type: "button", text: button.label });
      el.addEventListener("click", () => ctx.reply(button.value || button.label));
      return el;
    });
    // A bot answer's 👍 / 👎: one row, the visitor's choice pressed.
    const rates = all.filter((b) => b.action === "feedback").map((button) => {
      const up = button.value === "up";
      const chosen = item.rating === (up ? "up" : "down");
      const el = h(
        "button",
        { type: "button", class: chosen ? "chosen" : null, "aria-pressed": chosen ? "true" : "false", "data-rate": up ? "up" : "down" },
        `${up ? "👍" : "👎"} ${button.label}`,
      );
      el.addEventListener("click", () => ctx.rate(item.key, up));
      return el;
    });
    return h(
      "div",
      { class: "bubble card" },
      image ? h("img", { src: image, alt: "" }) : null,
      h(
        "div",
        { class: "card-body" },
        card.title ? h("div", { class: "card-title", text: card.title }) : null,
        h("div", { class: "card-text", text: card.text ?? item.body }),
      ),
      buttons.length ? h("div", { class: "card-buttons" }, ...buttons) : null,
      rates.length ? h("div", { class: "card-rate" }, ...rates) : null,
    );
  }

  private meta(item: Item, read: boolean, ctx: ListContext): HTMLElement {
    if (item.state === "failed") {
      const retry = h("button", { class: "retry", type: "button", text: ctx.t("retry") });
      retry.addEventListener("click", () => ctx.retry(item.key));
      return h("div", { class: "meta error", role: "alert" }, icon(ICONS.alert, 13), h("span", { class: "error-text", text: item.errorText ?? ctx.error(item.error ?? "generic") }), retry);
    }
    const parts: (HTMLElement | string)[] = [clock(item.createdAt)];
    if (item.mine) {
      if (item.state === "sent") {
        parts.push(h("span", { class: read ? "receipt ok" : "receipt", text: ctx.t(read ? "read" : "unread") }));
      } else if (item.state === "sending") {
        parts.push(h("span", { class: "receipt", text: `${ctx.t("sending")}…` }));
      }
    }
    return h("div", { class: "meta" }, ...parts.flatMap((part, index) => (index ? ["·", part] : [part])));
  }
}
