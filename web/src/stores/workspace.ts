// The agent workspace's state: conversations by id (lists are views of it, kept live by
// the socket), the open conversation's messages, typing, and what the agent is sending;
// what the bot did before a person took over, and agent assist's suggested answers.
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowReactive } from 'vue'
import { http } from '@/api/http'
import type { Schema } from '@/api/http'
import { socket } from '@/api/socket'
import type { Assist, Conversation, Frame, Message } from '@/api/socket'
import { useSession } from './session'

export type Tab = 'mine' | 'queue' | 'all'
export type Directory = Schema<'DirectoryOut'>
export type BotTurn = Schema<'BotTurnOut'>

/** A message as shown: stored ones, and the agent's own still on their way. */
export interface Shown extends Message {
  state?: 'sending' | 'failed'
  error?: string
}

interface Paging {
  cursor: string | null
  done: boolean
  loading: boolean
  started: boolean
}

const ACTIVE = new Set(['queued', 'open', 'pending', 'bot'])
const QUERIES: Record<Tab, Record<string, string>> = {
  mine: { assignee: 'me' },
  queue: { status: 'queued', assignee: 'none', group: 'mine' },
  all: {},
}

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '')
}

export const useWorkspace = defineStore('workspace', () => {
  const session = useSession()
  const byId = reactive(new Map<string, Conversation>())
  const paging = reactive<Record<Tab, Paging>>({
    mine: { cursor: null, done: false, loading: false, started: false },
    queue: { cursor: null, done: false, loading: false, started: false },
    all: { cursor: null, done: false, loading: false, started: false },
  })
  const messages = shallowReactive(new Map<string, Shown[]>())
  const typing = reactive(new Map<string, { name: string; until: number }>())
  const current = ref<string | null>(null)
  /** The bot's turns, for conversations whose messages showed the bot (GET /bot-turns). */
  const botTurns = shallowReactive(new Map<string, BotTurn[]>())
  /** Agent assist: answers for each conversation's latest customer message. */
  const assist = shallowReactive(new Map<string, Assist>())
  const turnTimers = new Map<string, number>()
  const directory = ref<Directory | null>(null)
  const myGroups = computed(() => {
    const me = directory.value?.agents.find((a) => a.user_id === session.user?.id)
    return new Set(me?.group_ids ?? [])
  })
  /** Called with a conversation that just became the agent's or joined their queue. */
  let onArrival: ((conversation: Conversation, why: 'assigned' | 'queued') => void) | null = null

  function inTab(conversation: Conversation, tab: Tab): boolean {
    if (tab === 'all') return true
    if (tab === 'mine') return conversation.assignee_id === session.user?.id && ACTIVE.has(conversation.status)
    if (conversation.status !== 'queued' || conversation.assignee_id) return false
    const group = conversation.group_id
    return !group || myGroups.value.size === 0 || myGroups.value.has(group)
  }

  function list(tab: Tab): Conversation[] {
    const out: Conversation[] = []
    for (const conversation of byId.values()) if (inTab(conversation, tab)) out.push(conversation)
    // The queue serves the longest waiting first; the others show the latest activity first.
    if (tab === 'queue') return out.sort((a, b) => (a.waiting_since ?? a.created_at).localeCompare(b.waiting_since ?? b.created_at))
    return out.sort((a, b) => b.last_activity_at.localeCompare(a.last_activity_at) || b.id.localeCompare(a.id))
  }

  const lists = computed(() => ({ mine: list('mine'), queue: list('queue'), all: list('all') }))
  const unread = (c: Conversation) => (c.id === current.value ? 0 : Math.max(0, c.last_seq - c.agent_read_seq))

  function upsert(conversation: Conversation): Conversation {
    const known = byId.get(conversation.id)
    // A list page can be older than a frame already applied: keep the newer of the two.
    if (known && known.last_seq > conversation.last_seq) {
      conversation = { ...conversation, last_seq: known.last_seq, last_message_preview: known.last_message_preview ?? null, last_activity_at: known.last_activity_at }
    }
    byId.set(conversation.id, conversation)
    return conversation
  }

  async function loadMore(tab: Tab): Promise<void> {
    const page = paging[tab]
    if (page.loading || page.done) return
    page.loading = true
    page.started = true
    try {
      const answer = await http.get<Schema<'ConversationPage'>>('/conversations', { ...QUERIES[tab], limit: 100, cursor: page.cursor })
      answer.items.forEach(upsert)
      page.cursor = answer.next_cursor ?? null
      page.done = !answer.next_cursor || answer.items.length === 0
    } finally {
      page.loading = false
    }
  }

  async function start(arrival: typeof onArrival): Promise<void> {
    onArrival = arrival
    const work: Promise<unknown>[] = [loadMore('mine'), loadMore('queue')]
    if (session.can('conversations:reply')) work.push(loadDirectory())
    await Promise.all(work)
  }

  async function loadDirectory(): Promise<void> {
    directory.value = await http.get<Directory>('/routing/directory')
  }

  async function fetchOne(id: string): Promise<Conversation> {
    return upsert(await http.get<Conversation>(`/conversations/${id}`))
  }

  function open(id: string | null): void {
    if (current.value === id) return
    if (current.value) socket.unsubscribe(current.value)
    current.value = id
    if (!id) return
    const cached = messages.get(id)
    if (!cached) messages.set(id, [])
    const stored = (cached ?? []).filter((m) => !m.state)
    socket.subscribe(id, stored.length ? stored[stored.length - 1].seq : 0)
    if (!byId.has(id)) void fetchOne(id)
    // The replay loads the bot's turns when it shows a bot message; a cached list may be old.
    if (botTurns.has(id)) refreshBotTurns(id)
    void loadAssist(id)
  }

  // Both are help beside the conversation: when one cannot be read, the panel stays empty
  // rather than interrupting the agent with an error.
  async function loadBotTurns(id: string): Promise<void> {
    try {
      botTurns.set(id, await http.get<BotTurn[]>(`/conversations/${id}/bot-turns`))
    } catch {
      /* shown as no transcript */
    }
  }

  /** Reads the turns again shortly, once for a burst of bot messages (a replay, a turn). */
  function refreshBotTurns(id: string): void {
    window.clearTimeout(turnTimers.get(id))
    turnTimers.set(id, window.setTimeout(() => {
      turnTimers.delete(id)
      void loadBotTurns(id)
    }, 300))
  }

  /** Keeps the suggestions of the newest customer message only. */
  function setAssist(id: string, next: Assist): void {
    const known = assist.get(id)
    if (known?.seq != null && next.seq != null && known.seq > next.seq) return
    assist.set(id, next)
  }

  async function loadAssist(id: string): Promise<void> {
    if (!session.can('conversations:reply')) return
    try {
      setAssist(id, await http.get<Assist>(`/conversations/${id}/assist`))
    } catch {
      /* shown as no suggestions */
    }
  }

  function markRead(id: string): void {
    const conversation = byId.get(id)
    if (!conversation || !session.can('conversations:reply')) return
    if (conversation.last_seq > conversation.agent_read_seq) {
      conversation.agent_read_seq = conversation.last_seq
      socket.read(id, conversation.last_seq)
    }
  }

  function addMessage(message: Message): void {
    const shown = messages.get(message.conversation_id)
    if (!shown) return
    const mine = message.client_msg_id ? shown.findIndex((m) => m.state && m.client_msg_id === message.client_msg_id) : -1
    const next = shown.filter((_, index) => index !== mine)
    if (!next.some((m) => !m.state && m.seq === message.seq)) {
      // In seq order, the agent's unsent ones last.
      const at = next.findIndex((m) => m.state || m.seq > message.seq)
      if (at === -1) next.push(message)
      else next.splice(at, 0, message)
    }
    messages.set(message.conversation_id, next)
  }

  /** Resolves true once the server stored the message, false when it refused it. */
  async function send(id: string, body: string, options: { note?: boolean; attachment?: Schema<'AttachmentOut'> } = {}): Promise<boolean> {
    const user = session.user
    const attachment = options.attachment ?? null
    const kind = attachment ? (attachment.content_type.startsWith('image/') ? 'image' : 'file') : 'text'
    const local: Shown = {
      id: newId(),
      seq: Number.MAX_SAFE_INTEGER,
      conversation_id: id,
      client_msg_id: newId(),
      sender: { type: 'agent', id: user?.id ?? null, name: user?.name ?? null },
      kind,
      body: attachment && !body ? attachment.name : body,
      private: !!options.note,
      attachment,
      card: null,
      created_at: new Date().toISOString(),
      state: 'sending',
    }
    messages.set(id, [...(messages.get(id) ?? []), local])
    const frame: Frame & { client_msg_id: string } = {
      type: 'send',
      conversation_id: id,
      client_msg_id: local.client_msg_id!,
      kind,
      body: local.body,
      private: local.private,
      attachment_id: attachment?.id ?? null,
    }
    try {
      const answer = await socket.send(frame)
      if (answer.type === 'ack') {
        // Not subscribed any more (the agent moved on): the list learns it from the ack.
        const conversation = byId.get(id)
        if (conversation && Number(answer.seq) > conversation.last_seq) conversation.last_seq = Number(answer.seq)
        messages.set(id, (messages.get(id) ?? []).filter((m) => m !== local))
      }
      return true
    } catch (error) {
      const failed = error as { code?: string; message?: string }
      messages.set(id, (messages.get(id) ?? []).map((m) => (m === local ? { ...m, state: 'failed', error: failed.code ?? 'unavailable' } : m)))
      return false
    }
  }

  function discard(id: string, message: Shown): void {
    messages.set(id, (messages.get(id) ?? []).filter((m) => m !== message))
  }

  async function act(id: string, action: 'resolve' | 'reopen' | 'close'): Promise<void> {
    upsert(await http.post<Conversation>(`/conversations/${id}/${action}`))
  }

  async function accept(id: string): Promise<void> {
    upsert(await http.post<Conversation>(`/conversations/${id}/assign`, { user_id: session.user?.id }))
  }

  async function transfer(id: string, target: { user_id?: string; group_id?: string }, note: string): Promise<void> {
    upsert(await http.post<Conversation>(`/conversations/${id}/transfer`, { ...target, note: note || null }))
  }

  async function invite(id: string, userId: string, note: string): Promise<void> {
    await http.post(`/conversations/${id}/invite`, { user_id: userId, note: note || null })
  }

  // --- live frames ------------------------------------------------------------------------

  socket.on('conversation', (frame) => {
    const next = frame.conversation as Conversation
    const before = byId.get(next.id)
    const me = session.user?.id
    upsert(next)
    if (next.assignee_id === me && before?.assignee_id !== me && ACTIVE.has(next.status)) onArrival?.(next, 'assigned')
    else if (!before && inTab(next, 'queue')) onArrival?.(next, 'queued')
  })

  socket.on('activity', (frame) => {
    const conversation = byId.get(String(frame.conversation_id))
    if (!conversation) {
      void fetchOne(String(frame.conversation_id))
      return
    }
    conversation.last_seq = Math.max(conversation.last_seq, Number(frame.last_seq))
    conversation.last_message_preview = frame.last_message_preview as string | null
    conversation.last_activity_at = String(frame.last_activity_at)
    if (frame.sender === 'customer') conversation.waiting_since ??= String(frame.last_activity_at)
    else if (frame.sender === 'agent') conversation.waiting_since = null
  })

  socket.on('message', (frame) => {
    const message = frame.message as Message
    addMessage(message)
    const id = message.conversation_id
    // The bot's messages and its handover note come with a turn written beside them.
    if (message.sender.type === 'bot' || (message.sender.type === 'system' && message.private)) refreshBotTurns(id)
    if (message.sender.type === 'customer' && message.kind === 'text' && !message.private) {
      // A newer question: the suggestions for the last one no longer apply; its own follow.
      const known = assist.get(id)
      if (known && (known.seq ?? 0) < message.seq) assist.set(id, { seq: message.seq, suggestions: [] })
    }
    const conversation = byId.get(message.conversation_id)
    if (!conversation || message.private) return
    conversation.last_seq = Math.max(conversation.last_seq, message.seq)
    conversation.last_message_preview = message.body.slice(0, 200)
    conversation.last_activity_at = message.created_at
    if (message.sender.type === 'customer') conversation.waiting_since ??= message.created_at
    else if (message.sender.type === 'agent') conversation.waiting_since = null
    if (message.conversation_id === current.value && document.visibilityState === 'visible') markRead(message.conversation_id)
  })

  socket.on('assist', (frame) => {
    setAssist(String(frame.conversation_id), { seq: Number(frame.seq), suggestions: (frame.suggestions ?? []) as Assist['suggestions'] })
  })

  socket.on('typing', (frame) => {
    const id = String(frame.conversation_id)
    const from = frame.from as { type: string; name?: string }
    if (from.type !== 'customer' || !frame.on) typing.delete(id)
    else typing.set(id, { name: from.name ?? '', until: Date.now() + 6000 })
  })

  socket.on('read', (frame) => {
    const conversation = byId.get(String(frame.conversation_id))
    if (conversation && frame.by === 'customer') conversation.customer_read_seq = Math.max(conversation.customer_read_seq, Number(frame.seq))
  })

  socket.on('agent_state', (frame) => {
    const agent = directory.value?.agents.find((a) => a.user_id === frame.user_id)
    if (!agent) return
    agent.status = String(frame.status)
    agent.active = Number(frame.active)
    agent.max_concurrent = Number(frame.max_concurrent)
  })

  // After a reconnection the lists may have missed frames: read them again.
  let connected = socket.state === 'open'
  socket.onState((state) => {
    if (state !== 'open') return
    if (!connected) {
      connected = true
      return
    }
    for (const tab of ['mine', 'queue'] as const) {
      if (!paging[tab].started) continue
      Object.assign(paging[tab], { cursor: null, done: false })
      void loadMore(tab)
    }
  })

  return {
    byId, paging, messages, typing, current, directory, lists, unread, botTurns, assist,
    start, loadMore, loadDirectory, fetchOne, open, markRead, send, discard, act, accept, transfer, invite,
  }
})
