/**
 * The widget's state and the protocol around it: session, conversation, outbox, receipts.
 * The view only draws; this module decides.
 */

import { ApiError, WidgetApi, type SessionRequest } from "./api";
import { chooseLocale, errorText, formatBytes, normaliseLocale, translate } from "./i18n";
import type { Item } from "./messages";
import { Link, type LinkState } from "./socket";
import { SiteStore, uuid } from "./store";
import { SurveyCard } from "./survey";
import type { Attachment, ConversationRef, Frame, Locale, Message, MessageKind, Session, SiteSettings, SurveyAnswer, SurveyForm } from "./types";
import { View, type Mode, type Screen } from "./view";

export interface ChatOptions {
  site: string;
  base: string;
  mode: Mode;
  /** A token string, or a function the widget calls for a fresh one whenever it needs it. */
  identityToken?: string | (() => string | Promise<string>);
  entry?: string;
  campaign?: string;
  locale?: string;
  mount?: HTMLElement;
}

/** What the widget remembers per conversation: the highest seq and a window of history. */
interface ConversationCache {
  seq: number;
  read: number;
  agentRead: number;
  messages: Message[];
}

/** A message sent but not yet acknowledged; resent after a reconnect with the same id. */
interface Outgoing {
  client_msg_id: string;
  kind: MessageKind;
  body: string;
  attachment: Attachment | null;
  created_at: string;
}

const HISTORY = 100;
const TYPING_EVERY = 3000;
const TYPING_EXPIRES = 6000;
const SETTINGS_FRESH = 30_000;
const ENDED = new Set(["resolved", "closed"]);

function emptyCache(): ConversationCache {
  return { seq: 0, read: 0, agentRead: 0, messages: [] };
}

function device(): "mobile" | "desktop" {
  const coarse = window.matchMedia?.("(pointer: coarse)").matches;
  return (coarse && Math.min(screen.width, screen.height) < 768) || /Mobi|Android|iPhone/i.test(navigator.userAgent)
    ? "mobile"
    : "desktop";
}

const WEB = /^https?:\/\//i;

/** Where the visitor is: only what the server accepts (web addresses, a bounded title). */
function page(): SessionRequest["page"] {
  const where: SessionRequest["page"] = {};
  if (WEB.test(location.href) && location.href.length <= 2048) where.url = location.href;
  if (WEB.test(document.referrer) && document.referrer.length <= 2048) where.referrer = document.referrer;
  const title = document.title.trim().slice(0, 300);
  if (title) where.title = title;
  return where;
}

export class Chat {
  private readonly api: WidgetApi;
  private readonly store: SiteStore;
  private view: View | null = null;
  private link: Link | null = null;
  private settings!: SiteSettings;
  private settingsAt = 0;
  private locale: Locale = "zh-CN";
  private session: Session | null = null;
  private sessionExpires = 0;
  private sessionCall: Promise<Session> | null = null;
  private conversation: ConversationRef | null = null;
  private cache: ConversationCache = emptyCache();
  private subscribed = false;
  private readonly items = new Map<string, Item>();
  private outbox: Outgoing[] = [];
  private readonly files = new Map<string, File>();
  private starting: Record<string, string> | null = null;
  private waiters: { resolve: (id: string) => void; reject: (error: ApiError) => void }[] = [];
  private typingSent = 0;
  private agentTypingTimer = 0;
  private renderQueued = false;
  /** The visitor's ratings of bot answers, by message id, kept across reloads. */
  private ratings: Record<string, "up" | "down"> = {};
  /** The ended conversation whose satisfaction survey is asked for or shown. */
  private surveyFor = "";

  constructor(private readonly options: ChatOptions) {
    this.api = new WidgetApi(options.base, options.site);
    this.store = new SiteStore(options.site);
  }

  async init(): Promise<void> {
    this.settings = await this.api.settings();
    this.settingsAt = Date.now();
    this.locale = chooseLocale(this.store.get<string>("locale") ?? this.options.locale ?? null, this.settings.locale);
    const view = new View(this.options.mode, this.settings, this.locale, this.options.base, {
      open: () => this.open(),
      close: () => this.close(),
      send: (text) => this.sendText(text),
      rate: (key, helpful) => void this.rate(key, helpful),
      typing: () => this.typing(),
      file: (file) => void this.sendFile(file),
      retry: (key) => this.retry(key),
      prechat: (values) => this.submitPrechat(values),
      leave: (values) => void this.leave(values),
      locale: (locale) => this.setLocale(locale),
      visible: () => {
        this.markRead();
        this.link?.nudge();
      },
    });
    this.view = view;
    if (this.options.mode === "page" && this.settings.name) document.title = this.settings.name;
    (this.options.mount ?? document.body).appendChild(view.host);
    this.outbox = this.store.get<Outgoing[]>("outbox") ?? [];
    this.ratings = this.store.get<Record<string, "up" | "down">>("ratings") ?? {};
    for (const entry of this.outbox) this.items.set(`c:${entry.client_msg_id}`, this.pendingItem(entry, "sending"));
    window.addEventListener("online", () => this.link?.nudge());
    if (this.options.mode === "page") {
      this.open();
    } else if (this.store.get<string>("visitor") || this.outbox.length) {
      // A returning visitor: reconnect to an open conversation so the badge counts replies.
      try {
        const session = await this.ensureSession();
        if (session.active_conversation) {
          this.adopt(session.active_conversation);
          this.connect();
        }
      } catch {
        // Offline or refused: opening the panel tries again.
      }
    }
    this.render();
  }

  // ---- sessions and the socket ----------------------------------------------------------

  private ensureSession(fresh = false): Promise<Session> {
    if (this.session && !fresh && Date.now() < this.sessionExpires) return Promise.resolve(this.session);
    if (!this.sessionCall) {
      const request: SessionRequest = {
        locale: this.locale,
        page: page(),
        device: device(),
      };
      const visitor = this.store.get<string>("visitor");
      if (visitor) request.visitor_id = visitor;
      if (this.options.entry) request.entry = this.options.entry;
      if (this.options.campaign) request.campaign = this.options.campaign;
      const identity = this.options.identityToken;
      this.sessionCall = Promise.resolve(typeof identity === "function" ? identity() : identity)
        .then((token) => {
          if (token) request.identity_token = token;
          return this.api.startSession(request);
        })
        .then((session) => {
          this.session = session;
          // Renew a minute early: a token must not expire between here and `auth`.
          this.sessionExpires = Date.now() + Math.max(60, session.expires_in - 60) * 1000;
          this.store.set("visitor", session.visitor_id);
          return session;
        })
        .finally(() => {
          this.sessionCall = null;
        });
    }
    return this.sessionCall;
  }

  private connect(): void {
    if (!this.link) {
      const url = new URL("/api/v1/ws", this.options.base);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      this.link = new Link(url.href, {
        token: async (fresh) => {
          try {
            return (await this.ensureSession(fresh)).token;
          } catch (error) {
            if (error instanceof ApiError && error.status !== 0) this.view?.showNotice(error.code);
            throw error;
          }
        },
        ready: (frame) => this.ready(frame),
        frame: (frame) => this.receive(frame),
        state: (state: LinkState) => this.view?.setLink(state),
      });
    }
    this.link.start();
  }

  private send(frame: Frame): boolean {
    return this.link?.send(frame) ?? false;
  }

  private ready(frame: Frame): void {
    const active = frame.active_conversation as ConversationRef | null | undefined;
    if (active) this.adopt(active);
    else if (this.conversation && !ENDED.has(this.conversation.status)) this.conversation.status = "resolved";
    if (this.conversation && !ENDED.has(this.conversation.status)) this.subscribe();
    if (this.starting) this.sendStart();
    this.route();
    this.render();
  }

  private subscribe(): void {
    if (!this.conversation) return;
    this.subscribed = false;
    this.send({ type: "subscribe", ref: "sub", conversation_id: this.conversation.id, after_seq: this.cache.seq });
  }

  /** Make `conversation` the one on screen, with its cached history. */
  private adopt(conversation: ConversationRef): void {
    if (this.conversation?.id === conversation.id) {
      this.conversation.status = conversation.status;
    } else {
      // The ended conversation's messages stay on screen above the new one.
      for (const item of this.items.values()) {
        if (item.seq === null || item.archived) continue;
        item.archived = true;
        item.wasRead = item.mine && item.seq <= this.cache.agentRead;
      }
      this.conversation = { id: conversation.id, status: conversation.status };
      if (this.surveyFor && this.surveyFor !== conversation.id) this.dropSurvey(true);
      this.cache = this.store.get<ConversationCache>(`c:${conversation.id}`) ?? emptyCache();
      this.subscribed = false;
      for (const message of this.cache.messages) this.items.set(this.keyOf(message), this.fromMessage(message));
    }
    this.agentReadUpTo(conversation.agent_read_seq);
  }

  private agentReadUpTo(seq: number | undefined): void {
    if (seq && seq > this.cache.agentRead) {
      this.cache.agentRead = seq;
      this.saveCache();
    }
  }

  private get active(): boolean {
    return this.conversation !== null && !ENDED.has(this.conversation.status);
  }

  // ---- frames -------------------------------------------------------------------------

  private receive(frame: Frame): void {
    switch (frame.type) {
      case "message":
        this.message(frame.message as Message);
        break;
      case "subscribed":
        if (frame.conversation_id === this.conversation?.id) {
          this.subscribed = true;
          this.flush();
          this.markRead();
        }
        break;
      case "ack": // a resend's: a new message is acknowledged by its own copy (above)
        this.ack(frame);
        break;
      case "conversation":
        this.conversationFrame(frame);
        break;
      case "typing":
        this.agentTyping(frame);
        break;
      case "read":
        if (frame.by === "agent" && frame.conversation_id === this.conversation?.id) {
          this.agentReadUpTo(Number(frame.seq) || 0);
          this.render();
        }
        break;
      case "queue":
        if (frame.conversation_id === this.conversation?.id) {
          const position = typeof frame.position === "number" ? frame.position : null;
          const wait = typeof frame.expected_wait === "number" ? frame.expected_wait : null;
          this.view?.setQueue(position, wait);
        }
        break;
      case "error":
        this.refused(frame);
        break;
    }
  }

  private keyOf(message: Message): string {
    return message.sender.type === "customer" && message.client_msg_id ? `c:${message.client_msg_id}` : `m:${message.id}`;
  }

  private fromMessage(message: Message): Item {
    return {
      key: this.keyOf(message),
      seq: message.seq,
      mine: message.sender.type === "customer",
      sender: message.sender,
      kind: message.kind,
      body: message.body ?? "",
      attachment: message.attachment,
      card: message.card,
      rating: this.ratings[message.id],
      createdAt: message.created_at,
      state: "sent",
      progress: 1,
      error: null,
      errorText: null,
      rev: 0,
    };
  }

  private message(message: Message): void {
    if (!message || message.conversation_id !== this.conversation?.id || message.private) return;
    // The stored message replaces the optimistic one (or the cached copy), whatever came first.
    const key = this.keyOf(message);
    const known = this.items.get(key);
    const item = this.fromMessage(message);
    item.rev = (known?.rev ?? 0) + 1;
    this.items.set(key, item);
    if (message.client_msg_id) this.settle(message.client_msg_id);
    if (message.seq > this.cache.seq) {
      this.cache.seq = message.seq;
      this.cache.messages.push(message);
      if (this.cache.messages.length > HISTORY) this.cache.messages.splice(0, this.cache.messages.length - HISTORY);
      this.saveCache();
    }
    if (!item.mine) this.setAgentTyping(null);
    this.markRead();
    this.render();
  }

  private ack(frame: Frame): void {
    const id = String(frame.client_msg_id ?? "");
    const item = this.items.get(`c:${id}`);
    this.settle(id);
    if (item && item.state !== "sent") {
      item.seq = Number(frame.seq);
      item.state = "sent";
      item.rev += 1;
      this.render();
    }
  }

  /** The message is stored: it leaves the outbox for good. */
  private settle(clientMsgId: string): void {
    const before = this.outbox.length;
    this.outbox = this.outbox.filter((entry) => entry.client_msg_id !== clientMsgId);
    if (this.outbox.length !== before) this.store.set("outbox", this.outbox);
    this.files.delete(clientMsgId);
  }

  private conversationFrame(frame: Frame): void {
    const conversation = (frame.conversation ?? frame) as ConversationRef;
    if (!conversation || typeof conversation.id !== "string") return;
    if (frame.ref === "start") {
      this.starting = null;
      this.store.set("prechat", true);
      this.adopt(conversation);
      this.subscribe();
      for (const waiter of this.waiters.splice(0)) waiter.resolve(conversation.id);
      this.view?.prechatForm.busy(false);
      if (this.view?.current === "prechat") this.view.show("chat");
    } else if (conversation.id === this.conversation?.id) {
      this.conversation.status = conversation.status;
    }
    if (conversation.id === this.conversation?.id) this.agentReadUpTo(conversation.agent_read_seq);
    this.render();
  }

  private agentTyping(frame: Frame): void {
    const from = (frame.from ?? {}) as { type?: string; name?: string };
    if (frame.conversation_id !== this.conversation?.id || from.type === "customer") return;
    const name = from.name || translate(this.locale, from.type === "bot" ? "bot" : "agent");
    this.setAgentTyping(frame.on ? name : null);
  }

  private setAgentTyping(name: string | null): void {
    window.clearTimeout(this.agentTypingTimer);
    this.view?.setTyping(name);
    if (name) this.agentTypingTimer = window.setTimeout(() => this.view?.setTyping(null), TYPING_EXPIRES);
  }

  private refused(frame: Frame): void {
    const code = String(frame.code ?? "bad_frame");
    const ref = typeof frame.ref === "string" ? frame.ref : "";
    const error = new ApiError(0, code, String(frame.message ?? ""), frame.details);
    if (ref === "start") {
      this.starting = null;
      this.failWaiters(error);
      return;
    }
    if (ref === "sub") {
      // The conversation is gone for us (closed and purged, or not ours): start afresh.
      if (this.conversation) this.conversation.status = "closed";
      this.route();
      this.render();
      return;
    }
    const item = this.items.get(`c:${ref}`);
    if (item) {
      this.outbox = this.outbox.filter((entry) => entry.client_msg_id !== ref);
      this.store.set("outbox", this.outbox);
      item.state = "failed";
      item.error = code;
      item.errorText = null;
      item.rev += 1;
      if (code === "conversation_closed" && this.conversation) this.conversation.status = "closed";
      this.render();
      return;
    }
    if (ref) this.view?.showNotice(code);
  }

  private failWaiters(error: ApiError): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
    this.view?.prechatForm.error(errorText(this.locale, error.code, error.message));
    for (const item of this.items.values()) {
      if (item.state === "sending" && item.seq === null && this.outbox.some((e) => `c:${e.client_msg_id}` === item.key)) {
        item.state = "failed";
        item.error = error.code;
        item.rev += 1;
      }
    }
    this.outbox = [];
    this.store.set("outbox", this.outbox);
    this.render();
  }

  // ---- starting a conversation ------------------------------------------------------------

  private conversationId(): Promise<string> {
    if (this.conversation && this.active) return Promise.resolve(this.conversation.id);
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.starting) this.start({});
    });
  }

  private start(prechat: Record<string, string>): void {
    this.starting = prechat;
    this.connect();
    if (this.link?.ready) this.sendStart();
  }

  private sendStart(): void {
    this.send({ type: "start", ref: "start", prechat: this.starting ?? {}, page: page(), language: this.locale });
  }

  private submitPrechat(values: Record<string, string>): void {
    const prechat: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) if (value) prechat[key] = value;
    this.start(prechat);
  }

  // ---- sending ----------------------------------------------------------------------

  private pendingItem(entry: Outgoing, state: Item["state"]): Item {
    return {
      key: `c:${entry.client_msg_id}`,
      seq: null,
      mine: true,
      sender: { type: "customer" },
      kind: entry.kind,
      body: entry.body,
      attachment: entry.attachment,
      card: null,
      createdAt: entry.created_at,
      state,
      progress: 0,
      error: null,
      errorText: null,
      rev: 1,
    };
  }

  private sendText(text: string): void {
    const entry: Outgoing = { client_msg_id: uuid(), kind: "text", body: text, attachment: null, created_at: new Date().toISOString() };
    this.items.set(`c:${entry.client_msg_id}`, this.pendingItem(entry, "sending"));
    this.queue(entry);
    this.stopTyping();
    this.render();
  }

  private queue(entry: Outgoing): void {
    this.outbox.push(entry);
    this.store.set("outbox", this.outbox);
    if (this.active && this.subscribed) this.transmit(entry);
    else this.conversationId().catch(() => undefined); // sent by flush() once subscribed
  }

  private transmit(entry: Outgoing): void {
    if (!this.conversation) return;
    const frame: Frame = {
      type: "send",
      ref: entry.client_msg_id,
      conversation_id: this.conversation.id,
      client_msg_id: entry.client_msg_id,
      kind: entry.kind,
    };
    if (entry.kind === "text") frame.body = entry.body;
    if (entry.attachment) frame.attachment_id = entry.attachment.id;
    this.send(frame);
  }

  /** After (re)subscribing: everything not acknowledged goes again, with its original id. */
  private flush(): void {
    for (const entry of this.outbox) this.transmit(entry);
  }

  private retry(key: string): void {
    const item = this.items.get(key);
    if (!item || item.state !== "failed") return;
    const clientMsgId = key.slice(2);
    const file = this.files.get(clientMsgId);
    if (file && !item.attachment) {
      this.items.delete(key);
      this.files.delete(clientMsgId);
      void this.sendFile(file);
      return;
    }
    item.state = "sending";
    item.error = null;
    item.rev += 1;
    this.queue({ client_msg_id: clientMsgId, kind: item.kind as MessageKind, body: item.body, attachment: item.attachment, created_at: item.createdAt });
    this.render();
  }

  private async sendFile(file: File): Promise<void> {
    const { uploads } = this.settings;
    if (uploads.types.length && file.type && !uploads.types.includes(file.type)) {
      this.view?.showNotice(null, `${file.name}: ${translate(this.locale, "typeNotAllowed")}`);
      return;
    }
    if (file.size > uploads.max_bytes) {
      this.view?.showNotice(null, `${file.name}: ${translate(this.locale, "fileTooLarge", { size: formatBytes(uploads.max_bytes) })}`);
      return;
    }
    const kind: MessageKind = file.type.startsWith("image/") ? "image" : "file";
    const entry: Outgoing = { client_msg_id: uuid(), kind, body: file.name, attachment: null, created_at: new Date().toISOString() };
    const item = this.pendingItem(entry, "uploading");
    this.items.set(item.key, item);
    this.files.set(entry.client_msg_id, file);
    this.render();
    try {
      const conversationId = await this.conversationId();
      entry.attachment = await this.api.upload(conversationId, file, (fraction) => {
        item.progress = fraction;
        item.rev += 1;
        this.render();
      });
    } catch (error) {
      item.state = "failed";
      item.error = error instanceof ApiError ? error.code : "generic";
      item.rev += 1;
      this.render();
      return;
    }
    item.attachment = entry.attachment;
    item.state = "sending";
    item.rev += 1;
    this.queue(entry);
    this.render();
  }

  private typing(): void {
    if (!this.active || !this.subscribed || !this.conversation) return;
    const now = Date.now();
    if (now - this.typingSent < TYPING_EVERY) return;
    this.typingSent = now;
    this.send({ type: "typing", conversation_id: this.conversation.id, on: true });
  }

  private stopTyping(): void {
    if (this.conversation && Date.now() - this.typingSent < TYPING_EXPIRES) {
      this.send({ type: "typing", conversation_id: this.conversation.id, on: false });
    }
    this.typingSent = 0;
  }

  /** Tell the server what the visitor has seen: only while the panel shows on screen. */
  private markRead(): void {
    if (!this.view?.visible || !this.conversation || !this.subscribed) return;
    if (this.cache.seq > this.cache.read) {
      if (!this.send({ type: "read", conversation_id: this.conversation.id, seq: this.cache.seq })) return;
      this.cache.read = this.cache.seq;
      this.saveCache();
    }
    this.render();
  }

  private saveCache(): void {
    if (this.conversation) this.store.set(`c:${this.conversation.id}`, this.cache);
  }

  // ---- the panel --------------------------------------------------------------------

  open(): void {
    if (!this.view) return;
    // After a reload: the last ended conversation's survey, still to answer or answered.
    const ended = this.store.get<string>("survey");
    if (ended && !this.active) this.askSurvey(ended);
    this.route();
    this.view.setOpen(true);
    if (Date.now() - this.settingsAt > SETTINGS_FRESH) void this.refreshSettings();
    if (this.view.current !== "leave" || this.active) this.connect();
    this.markRead();
    this.render();
  }

  close(): void {
    this.view?.setOpen(false);
    this.render();
  }

  private async refreshSettings(): Promise<void> {
    try {
      this.settings = await this.api.settings();
      this.settingsAt = Date.now();
      this.view?.applySettings(this.settings);
      this.route();
    } catch {
      // Keep the settings we have.
    }
  }

  /** Which screen fits: the chat once there is one, else leave-a-message or the pre-chat form. */
  private route(): void {
    const view = this.view;
    if (!view) return;
    let screen: Screen = "chat";
    const history = this.items.size > 0;
    if (this.active || this.starting) screen = "chat";
    else if (!this.settings.available) screen = history ? "chat" : "leave";
    else if (this.settings.prechat.enabled && this.settings.prechat.fields.length && !this.store.get("prechat") && !history) screen = "prechat";
    if (view.current === "leave" && screen !== "leave" && !this.active) return; // never yank a form being filled
    if (screen !== view.current) view.show(screen);
  }

  private async leave(values: Record<string, string>): Promise<void> {
    const form = this.view?.leaveForm;
    try {
      await this.ensureSession();
      const message: Record<string, string> = { body: values.body ?? "" };
      for (const key of ["name", "phone", "email"]) if (values[key]) message[key] = values[key]!;
      await this.api.leaveMessage(message as { body: string });
      form?.done(translate(this.locale, "leaveThanks"), "leaveAgain", () => form.clear("body"));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : "generic";
      form?.error(errorText(this.locale, code, error instanceof ApiError ? error.message : undefined));
    }
  }

  /** Rate a bot answer; shown at once, taken back if the server refuses. */
  private async rate(key: string, helpful: boolean): Promise<void> {
    const item = this.items.get(key);
    const conversationId = this.conversation?.id;
    if (!item || !conversationId || !key.startsWith("m:")) return;
    const id = key.slice(2);
    const before = item.rating;
    const show = (rating: "up" | "down" | undefined): void => {
      item.rating = rating;
      if (rating) this.ratings[id] = rating;
      else delete this.ratings[id];
      item.rev += 1;
      this.render();
    };
    show(helpful ? "up" : "down");
    try {
      await this.api.rate(conversationId, id, helpful);
      this.store.set("ratings", this.ratings);
    } catch {
      show(before);
    }
  }

  // ---- the satisfaction survey ----------------------------------------------------------

  private askSurvey(id: string): void {
    if (this.surveyFor === id) return;
    this.surveyFor = id;
    this.store.set("survey", id);
    this.ensureSession()
      .then(() => this.api.survey(id))
      .then((form) => {
        if (this.surveyFor !== id) return;
        if (form.state !== "open" && form.state !== "answered") return this.dropSurvey(false);
        this.view?.setSurvey(new SurveyCard(form, (answer) => this.answerSurvey(id, answer)));
      })
      .catch((error: unknown) => {
        if (this.surveyFor !== id) return;
        // Not this visitor's (any more): never again. Offline: the next redraw asks again.
        if (error instanceof ApiError && error.status === 404) this.dropSurvey(false);
        else this.surveyFor = "";
      });
  }

  private async answerSurvey(id: string, answer: SurveyAnswer): Promise<SurveyForm> {
    try {
      return await this.api.survey(id, { ...answer, language: this.locale });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : "generic";
      if (code === "survey_answered") return this.api.survey(id); // answered elsewhere: show it
      throw new Error(errorText(this.locale, code));
    }
  }

  /** No card; `again`: ask anew once this conversation ends (again). */
  private dropSurvey(again: boolean): void {
    if (again) this.surveyFor = "";
    this.store.remove("survey");
    this.view?.setSurvey(null);
  }

  private setLocale(locale: Locale): void {
    this.locale = normaliseLocale(locale) ?? "zh-CN";
    this.store.set("locale", this.locale);
    this.view?.setLocale(this.locale);
  }

  /** Batch redraws: many frames in one task draw once. */
  private render(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.draw();
    });
  }

  private draw(): void {
    const view = this.view;
    if (!view) return;
    if (this.conversation) {
      if (!this.active) this.askSurvey(this.conversation.id);
      else if (this.surveyFor === this.conversation.id) this.dropSurvey(true); // written to again
    }
    const items = [...this.items.values()].sort((a, b) => {
      if (a.archived !== b.archived) return a.archived ? -1 : 1;
      if (a.archived) return a.createdAt.localeCompare(b.createdAt);
      if (a.seq !== null && b.seq !== null) return a.seq - b.seq;
      if (a.seq !== null) return -1;
      if (b.seq !== null) return 1;
      return a.createdAt.localeCompare(b.createdAt);
    });
    const ended = this.conversation !== null && !this.active && items.length > 0;
    view.setItems(items, this.cache.agentRead, ended, true);
    const unread = items.filter(
      (item) => !item.mine && !item.archived && item.seq !== null && item.seq > this.cache.read && item.sender.type !== "system",
    );
    view.setBadge(view.isOpen ? 0 : unread.length);
    view.setPreview(unread[unread.length - 1] ?? null);
  }
}
