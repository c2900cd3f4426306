// The signed-in agent's routing state (online, busy, break, wrap-up) and load, kept live by
// the socket's agent_state frames.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { http } from '@/api/http'
import type { Schema } from '@/api/http'
import { socket } from '@/api/socket'
import { useSession } from './session'

export type MyState = Schema<'MyStateOut'>

export const useAgent = defineStore('agent', () => {
  const state = ref<MyState | null>(null)
  const session = useSession()

  async function load(): Promise<void> {
    if (!session.can('conversations:reply')) return
    state.value = await http.get<MyState>('/routing/me')
  }

  async function set(status: string, reason: string | null = null): Promise<void> {
    state.value = await http.put<MyState>('/routing/me/state', { status, reason })
  }

  socket.on('agent_state', (frame) => {
    if (!state.value || frame.user_id !== session.user?.id) return
    state.value = {
      ...state.value,
      status: frame.status as string,
      reason: (frame.reason as string | null) ?? null,
      active: frame.active as number,
      max_concurrent: frame.max_concurrent as number,
    }
  })

  return { state, load, set }
})
