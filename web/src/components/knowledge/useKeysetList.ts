// The knowledge lists (FAQ entries, help articles): filtered by q / enabled / category, read
// a keyset page at a time (more on scroll), each load numbered so a slower earlier answer
// never overwrites a later one.
import { onMounted, ref, watch } from 'vue'
import type { Ref } from 'vue'
import { http } from '@/api/http'
import { describe } from '@/composables/feedback'
import type { Page } from './model'

const PAGE = 100

export function useKeysetList<T extends { id: string }>(path: string) {
  const q = ref('')
  const enabled = ref<'all' | 'on' | 'off'>('all')
  const category = ref<string | null>(null)
  const items = ref([]) as Ref<T[]>
  const next = ref<string | null>(null)
  const loading = ref(false)
  const failure = ref<string | null>(null)
  let generation = 0

  async function load(more = false) {
    const mine = ++generation
    loading.value = true
    failure.value = null
    try {
      const page = await http.get<Page<T>>(path, {
        q: q.value.trim() || null,
        enabled: enabled.value === 'all' ? null : enabled.value === 'on',
        category_id: category.value,
        limit: PAGE,
        cursor: more ? next.value : null,
      })
      if (mine !== generation) return
      items.value = more ? [...items.value, ...page.items] : page.items
      next.value = page.items.length ? page.next_cursor ?? null : null
    } catch (error) {
      if (mine === generation) failure.value = describe(error)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  watch(q, () => {
    clearTimeout(typing)
    typing = setTimeout(() => void load(), 300)
  })
  watch([enabled, category], () => void load())
  onMounted(() => void load())

  /** Near the bottom of what is loaded: the next page. */
  function onScroll(event: Event) {
    const box = event.target as HTMLElement
    if (next.value && !loading.value && box.scrollTop + box.clientHeight > box.scrollHeight - 400) void load(true)
  }

  /** Put a saved row in its place. */
  const replace = (row: T) => (items.value = items.value.map((old) => (old.id === row.id ? row : old)))
  /** Take a deleted row out. */
  const drop = (id: string) => (items.value = items.value.filter((old) => old.id !== id))

  return { q, enabled, category, items, next, loading, failure, load, onScroll, replace, drop }
}
