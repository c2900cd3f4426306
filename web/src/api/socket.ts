// The agent's WebSocket (docs/protocol.md): auth, heartbeats with jitter, reconnection with
// backoff, resubscription from the last seq seen, and resending what was not acknowledged.
import { API, currentTokens, refresh } from './http'
import type { Schema } from './http'

export type Message = Schema<'MessageOut'>
export type Conversation = Schema<'ConversationOut'>
/** Knowledge-base answers for a customer message (agent assist), as `assist` frames and
 * `GET /conversations/{id}/assist` give them. */
export type Assist = Schema<'AssistOut'>
export type Suggestion = Schema<'Suggestion'>

export interface Frame {
  type: string
  ref?: string
  conversation_id?: string
  [key: string]: unknown
}

export type SocketState = 'connecting' | 'open' | 'closed'
type Handler = (frame: Frame) => void

interface Outgoing {
  frame: Frame
  resolve: (frame: Frame) => void
  reject: (error: Frame) => void
}

export class AgentSocket {
  state: SocketState = 'closed'
  private ws: WebSocket | null = null
  private handlers = new Map<string, Set<Handler>>()
  private stateHandlers = new Set<(state: SocketState) => void>()
  private subscriptions = new Map<string, number>() // conversation → highest seq seen
  private pending = new Map<string, Outgoing>() // client_msg_id → unacknowledged send
  private waiting = new Map<string, Outgoing>() // ref → a request awaiting its answer
  private heartbeat = 25
  private pingTimer: number | undefined
  private retryTimer: number | undefined
  private attempt = 0
  private stopped = true
  private refs = 0

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.connect()
  }

  stop(): void {
    this.stopped = true
    window.clearTimeout(this.retryTimer)
    window.clearTimeout(this.pingTimer)
    this.ws?.close(1000)
    this.ws = null
    this.setState('closed')
  }

  on(type: string, handler: Handler): () => void {
    let set = this.handlers.get(type)
    if (!set) this.handlers.set(type, (set = new Set()))
    set.add(handler)
    return () => set.delete(handler)
  }

  onState(handler: (state: SocketState) => void): () => void {
    this.stateHandlers.add(handler)
    return () => this.stateHandlers.delete(handler)
  }

  /** Replays messages after `afterSeq`, then live ones; kept across reconnections. */
  subscribe(conversationId: string, afterSeq: number): void {
    this.subscriptions.set(conversationId, afterSeq)
    this.write({ type: 'subscribe', conversation_id: conversationId, after_seq: afterSeq })
  }

  unsubscribe(conversationId: string): void {
    if (!this.subscriptions.delete(conversationId)) return
    this.write({ type: 'unsubscribe', conversation_id: conversationId })
  }

  /** Resolves with the stored message (or its ack) once the server has stored it. */
  send(frame: Frame & { client_msg_id: string }): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const outgoing = { frame: { ...frame, type: 'send', ref: this.ref() }, resolve, reject }
      this.pending.set(frame.client_msg_id, outgoing)
      this.write(outgoing.frame)
    })
  }

  /** A frame whose answer carries its `ref` (start, subscribe); rejects on an error frame. */
  ask(frame: Frame): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const ref = this.ref()
      this.waiting.set(ref, { frame, resolve, reject })
      if (!this.write({ ...frame, ref })) {
        this.waiting.delete(ref)
        reject({ type: 'error', code: 'unavailable', message: 'offline' })
      }
    })
  }

  typing(conversationId: string, on: boolean): void {
    this.write({ type: 'typing', conversation_id: conversationId, on })
  }

  read(conversationId: string, seq: number): void {
    this.write({ type: 'read', conversation_id: conversationId, seq })
  }

  private ref(): string {
    this.refs += 1
    return `c${this.refs}`
  }

  private setState(state: SocketState): void {
    this.state = state
    for (const handler of this.stateHandlers) handler(state)
  }

  private write(frame: Frame): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN || this.state !== 'open') return false
    this.ws.send(JSON.stringify(frame))
    return true
  }

  private connect(): void {
    const tokens = currentTokens()
    if (!tokens) return
    this.setState('connecting')
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
    const ws = new WebSocket(`${scheme}://${location.host}${API}/ws`)
    this.ws = ws
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token: tokens.access_token }))
    ws.onmessage = (event) => this.receive(JSON.parse(String(event.data)) as Frame)
    ws.onclose = (event) => {
      if (this.ws !== ws) return
      window.clearTimeout(this.pingTimer)
      this.ws = null
      this.setState('closed')
      for (const [ref, waiting] of this.waiting) {
        waiting.reject({ type: 'error', code: 'unavailable', message: 'connection lost' })
        this.waiting.delete(ref)
      }
      if (this.stopped || event.code === 4403) return
      if (event.code === 4401) {
        // The access token expired or was revoked: a refresh tells which.
        void refresh().then((ok) => ok && !this.stopped && this.retry())
        return
      }
      this.retry()
    }
  }

  private retry(): void {
    const delay = Math.min(15000, 500 * 2 ** this.attempt) * (0.5 + Math.random() / 2)
    this.attempt += 1
    this.retryTimer = window.setTimeout(() => this.connect(), delay)
  }

  private ping(first: boolean): void {
    const seconds = first ? this.heartbeat * Math.random() : this.heartbeat
    this.pingTimer = window.setTimeout(() => {
      this.write({ type: 'ping' })
      this.ping(false)
    }, seconds * 1000)
  }

  private receive(frame: Frame): void {
    if (frame.type === 'ready') {
      this.attempt = 0
      this.heartbeat = Number(frame.heartbeat ?? 25)
      this.setState('open')
      this.ping(true)
      for (const [id, seq] of this.subscriptions) {
        this.write({ type: 'subscribe', conversation_id: id, after_seq: seq })
      }
      for (const outgoing of this.pending.values()) this.write(outgoing.frame)
    } else if (frame.type === 'message') {
      const message = frame.message as Message
      const seen = this.subscriptions.get(message.conversation_id)
      if (seen !== undefined) {
        if (message.seq <= seen) return // a replay overlapping what we had: drop it
        this.subscriptions.set(message.conversation_id, message.seq)
      }
      this.acknowledge(message.client_msg_id, frame)
    } else if (frame.type === 'ack') {
      this.acknowledge(frame.client_msg_id as string | undefined, frame)
    } else if (frame.type === 'error' && frame.ref) {
      for (const [id, outgoing] of this.pending) {
        if (outgoing.frame.ref === frame.ref) {
          this.pending.delete(id)
          outgoing.reject(frame)
        }
      }
    }
    if (frame.ref && this.waiting.has(frame.ref)) {
      const waiting = this.waiting.get(frame.ref)!
      this.waiting.delete(frame.ref)
      if (frame.type === 'error') waiting.reject(frame)
      else waiting.resolve(frame)
    }
    for (const handler of this.handlers.get(frame.type) ?? []) handler(frame)
    for (const handler of this.handlers.get('*') ?? []) handler(frame)
  }

  private acknowledge(clientMsgId: string | null | undefined, frame: Frame): void {
    if (!clientMsgId) return
    const outgoing = this.pending.get(clientMsgId)
    if (!outgoing) return
    this.pending.delete(clientMsgId)
    outgoing.resolve(frame)
  }
}

export const socket = new AgentSocket()
