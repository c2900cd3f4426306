import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export type Locale = 'zh-CN' | 'en'
export type Theme = 'light' | 'dark'

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = localStorage.getItem(key)
  return allowed.includes(value as T) ? (value as T) : fallback
}

export const usePrefs = defineStore('prefs', () => {
  const locale = ref<Locale>(stored('kefu.locale', ['zh-CN', 'en'] as const, 'zh-CN'))
  const theme = ref<Theme>(
    stored('kefu.theme', ['light', 'dark'] as const, matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  )
  const sound = ref(localStorage.getItem('kefu.sound') !== 'off')
  watch(locale, (value) => {
    localStorage.setItem('kefu.locale', value)
    document.documentElement.lang = value
  }, { immediate: true })
  watch(theme, (value) => {
    localStorage.setItem('kefu.theme', value)
    document.documentElement.dataset.theme = value
  }, { immediate: true })
  watch(sound, (value) => localStorage.setItem('kefu.sound', value ? 'on' : 'off'))
  return { locale, theme, sound }
})
