/**
 * Entry point. `<script src="https://HOST/widget.js" data-site="SITE" async></script>` embeds
 * the launcher; `data-mode="page"` makes the full-page H5 chat. `window.KefuWidget.init()`
 * does the same from code.
 */

import { Chat, type ChatOptions } from "./chat";

export interface InitOptions {
  site: string;
  mode?: "widget" | "page";
  base?: string;
  identityToken?: string | (() => string | Promise<string>);
  entry?: string;
  campaign?: string;
  locale?: string;
  mount?: HTMLElement;
}

const started = new Map<string, Chat>();

/** The H5 page without a chat (unknown site, server down): say so instead of a blank page. */
function unavailable(mount: HTMLElement): void {
  const note = document.createElement("p");
  note.style.cssText = "margin:0;padding:64px 24px;text-align:center;color:#4e5969;font:15px/1.6 sans-serif";
  note.textContent = /^zh/i.test(navigator.language)
    ? "在线客服暂时无法使用，请稍后再试。"
    : "Chat is unavailable right now. Please try again later.";
  mount.appendChild(note);
}

function scriptBase(script: HTMLScriptElement | null): string {
  try {
    if (script?.src) return new URL(script.src, location.href).origin;
  } catch {
    // Fall through to the page's own origin.
  }
  return location.origin;
}

const current = document.currentScript as HTMLScriptElement | null;
const defaultBase = scriptBase(current);

export function init(options: InitOptions): Chat | null {
  if (!options.site) return null;
  const key = `${options.site}|${options.mode ?? "widget"}`;
  const existing = started.get(key);
  if (existing) return existing;
  const campaign = options.campaign ?? new URLSearchParams(location.search).get("utm_campaign") ?? undefined;
  const chatOptions: ChatOptions = {
    site: options.site,
    base: (options.base ?? defaultBase).replace(/\/$/, ""),
    mode: options.mode === "page" ? "page" : "widget",
    identityToken: options.identityToken,
    entry: options.entry,
    campaign,
    locale: options.locale,
    mount: options.mount,
  };
  const chat = new Chat(chatOptions);
  started.set(key, chat);
  const run = (): void => {
    chat.init().catch((error: unknown) => {
      started.delete(key);
      console.warn("[kefu] the chat widget could not start:", error);
      if (chatOptions.mode === "page") unavailable(chatOptions.mount ?? document.body);
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
  else run();
  return chat;
}

declare global {
  interface Window {
    KefuWidget?: { init: typeof init };
  }
}

window.KefuWidget = { init };

if (current?.dataset.site) {
  const data = current.dataset;
  init({
    site: data.site ?? "",
    mode: data.mode === "page" ? "page" : "widget",
    identityToken: data.identityToken,
    entry: data.entry,
    campaign: data.campaign,
    locale: data.locale,
  });
}
