/**
 * The WebSocket link (docs/protocol.md §2): auth, heartbeats with a jittered first ping,
 * reconnection with backoff (0.5 s doubling to 15 s, with jitter), a fresh token after 4401.
 */

import type { Frame } from "./types";

export type LinkState = "idle" | "connecting" | "open" | "reconnecting";

export interface LinkHooks {
  /** The visitor token; `fresh` asks for a new session (after 4401 or expiry). */
  token(fresh: boolean): Promise<string>;
  ready(frame: Frame): void;
  frame(frame: Frame): void;
  state(state: LinkState): void;
}

const BASE_DELAY = 500;
const MAX_DELAY = 15_000;
const AUTH_FAILED = 4401;

export function backoff(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY, BASE_DELAY * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

export class Link {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private freshToken = false;
  private retryTimer = 0;
  private pingTimer = 0;
  private lastHeard = 0;
  private stopped = true;
  private busy = false;
  state: LinkState = "idle";

  constructor(
    private readonly url: string,
    private readonly hooks: LinkHooks,
  ) {}

  get ready(): boolean {
    return this.state === "open" && this.ws?.readyState === WebSocket.OPEN;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.drop();
    this.setState("idle");
  }

  /** Frames are only sent on an authenticated socket; the caller keeps what must survive. */
  send(frame: Frame): boolean {
    if (!this.ready || !this.ws) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** Reconnect now instead of waiting out the backoff (the network came back, the tab shows). */
  nudge(): void {
    if (this.stopped || this.ws || this.busy) return;
    window.clearTimeout(this.retryTimer);
    void this.connect();
  }

  private setState(state: LinkState): void {
    if (state === this.state) return;
    this.state = state;
    this.hooks.state(state);
  }

  private async connect(): Promise<void> {
    this.setState(this.attempt === 0 && this.state !== "reconnecting" ? "connecting" : "reconnecting");
    let token: string;
    this.busy = true;
    try {
      token = await this.hooks.token(this.freshToken);
      this.freshToken = false;
    } catch {
      this.busy = false;
      this.retry();
      return;
    }
    this.busy = false;
    if (this.stopped) return;
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "auth", token, ref: "auth" }));
    ws.onmessage = (event) => this.receive(event);
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      this.drop();
      if (event.code === AUTH_FAILED) {
        // The token is refused: the next attempt asks for a fresh session first. Only the
        // first retry is immediate, so a site that keeps refusing is not hammered.
        this.freshToken = true;
        if (this.attempt === 0) {
          this.attempt = 1;
          void this.connect();
          return;
        }
      }
      this.retry();
    };
  }

  private receive(event: MessageEvent): void {
    this.lastHeard = Date.now();
    let frame: Frame;
    try {
      frame = JSON.parse(String(event.data)) as Frame;
    } catch {
      return;
    }
    if (!frame || typeof frame.type !== "string") return;
    if (frame.type === "pong") return;
    if (frame.type === "ready") {
      this.attempt = 0;
      this.setState("open");
      this.beat(Number(frame.heartbeat) || 25);
      this.hooks.ready(frame);
      return;
    }
    this.hooks.frame(frame);
  }

  /** The first ping waits a random part of the interval so sockets do not ping in step. */
  private beat(seconds: number): void {
    const interval = seconds * 1000;
    const tick = (): void => {
      if (Date.now() - this.lastHeard > 3 * interval) {
        // Silent for three heartbeats: the socket is dead even if the browser has not noticed.
        this.drop();
        this.retry();
        return;
      }
      this.ws?.send(JSON.stringify({ type: "ping" }));
      this.pingTimer = window.setTimeout(tick, interval);
    };
    this.pingTimer = window.setTimeout(tick, Math.random() * interval);
  }

  private drop(): void {
    window.clearTimeout(this.pingTimer);
    window.clearTimeout(this.retryTimer);
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = null;
      if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close();
    }
    if (this.state === "open") this.setState("reconnecting");
  }

  private retry(): void {
    if (this.stopped) return;
    this.setState("reconnecting");
    const delay = backoff(this.attempt);
    this.attempt += 1;
    this.retryTimer = window.setTimeout(() => void this.connect(), delay);
  }
}
