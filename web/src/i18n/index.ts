// Messages live beside the features in i18n/messages/*.ts, each holding both languages;
// they are merged here. zh-CN is the default and the fallback.
import { createI18n } from 'vue-i18n'

type Tree = { [key: string]: string | Tree }
type Module = { default: Record<'zh-CN' | 'en', Tree> }

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key]
    target[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value
  }
  return target
}

const modules = import.meta.glob<Module>('./messages/*.ts', { eager: true })
const messages: Record<'zh-CN' | 'en', Tree> = { 'zh-CN': {}, en: {} }
for (const module of Object.values(modules)) {
  merge(messages['zh-CN'], module.default['zh-CN'])
  merge(messages.en, module.default.en)
}

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages,
})

/** The API's error `code` in the user's language, else the API's own message. */
export function errorText(code: string, fallback: string): string {
  const key = `errors.${code}`
  return i18n.global.te(key) ? i18n.global.t(key) : fallback
}
