import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ApiError, http, onTokens, request, setTokens } from '@/api/http'
import type { Schema } from '@/api/http'
import { socket } from '@/api/socket'

export type Me = Schema<'MeOut'>
export type Permission = Schema<'Permission'>

export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const permissions = computed(() => new Set<string>(me.value?.permissions ?? []))
  const user = computed(() => me.value?.user ?? null)

  function can(...wanted: string[]): boolean {
    return wanted.some((permission) => permissions.value.has(permission))
  }

  async function load(): Promise<Me | null> {
    try {
      me.value = await http.get<Me>('/me')
      // The live socket serves conversations; the server refuses it (4403) to anyone who
      // may not read them, such as analysts, whose pages poll instead.
      if (can('conversations:read')) socket.start()
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error
      me.value = null
    }
    return me.value
  }

  async function login(tenant: string, login: string, password: string): Promise<void> {
    const tokens = await request<Schema<'TokenOut'>>('POST', '/auth/login', {
      body: { tenant, login, password },
    })
    setTokens({ ...tokens, tenant })
    await load()
  }

  async function logout(): Promise<void> {
    try {
      await http.post('/auth/logout')
    } finally {
      setTokens(null)
    }
  }

  onTokens((tokens) => {
    if (tokens) return
    me.value = null
    socket.stop()
  })

  return { me, user, permissions, can, load, login, logout }
})
