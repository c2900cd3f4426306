// What the knowledge drawers (FAQ entry, help article) share: reading the item when the
// address names it, and a save refused as 409 version_conflict — the version saved meanwhile
// shown beside the user's edits, which they may save over it or drop.
import { ref } from 'vue'
import type { Ref } from 'vue'
import { http } from '@/api/http'
import { confirm, describe, reportError } from '@/composables/feedback'
import { i18n } from '@/i18n'
import type { useKnowledgeForm } from './useKnowledgeForm'

interface Options<T> {
  /** The collection, e.g. `/knowledge/entries`. */
  path: string
  form: ReturnType<typeof useKnowledgeForm>
  /** Fill the draft from the item (null: a new one) and take it as the unchanged state. */
  reset: (item: T | null) => void
  save: () => Promise<void>
}

export function useVersionedDrawer<T extends { id: string; version: number }>({ path, form, reset, save }: Options<T>) {
  const base = ref(null) as Ref<T | null>
  const loading = ref(false)
  const loadFailure = ref<string | null>(null)
  const tab = ref<'edit' | 'history'>('edit')
  const theirs = ref(null) as Ref<T | null>
  const cleaned = ref(false)
  /** The id of the item just created here: the address changes to it, the form stays. */
  let created: string | null = null

  async function open(id: string | null) {
    form.clear()
    theirs.value = null
    loadFailure.value = null
    if (id === null) return // closing; read afresh when opened again
    if (id === created) {
      created = null
      return
    }
    if (id === 'new') {
      base.value = null
      cleaned.value = false
      tab.value = 'edit'
      reset(null)
      return
    }
    cleaned.value = false
    tab.value = 'edit'
    loading.value = true
    try {
      base.value = await http.get<T>(`${path}/${id}`)
      reset(base.value)
    } catch (error) {
      base.value = null
      loadFailure.value = describe(error)
    } finally {
      loading.value = false
    }
  }

  async function loadTheirs(id: string) {
    try {
      theirs.value = await http.get<T>(`${path}/${id}`)
    } catch (error) {
      reportError(error)
    }
  }

  /** After a save: the saved item is the new base (`wasNew`: its id is about to be in the address). */
  function accept(saved: T, wasNew: boolean, wasCleaned: boolean) {
    cleaned.value = wasCleaned
    theirs.value = null
    if (wasNew) created = saved.id
    base.value = saved
    reset(saved)
  }

  /** Keep my edits and save them over the version saved meanwhile. */
  async function overwrite() {
    if (!theirs.value) return
    base.value = theirs.value
    await save()
  }

  /** Drop my edits and take the version saved meanwhile. */
  async function takeTheirs() {
    const t = i18n.global.t
    if (!theirs.value || !(await confirm(t('knowledge.conflict.discardTitle'), t('knowledge.conflict.discardText')))) return
    base.value = theirs.value
    theirs.value = null
    form.clear()
    reset(base.value)
  }

  return { base, loading, loadFailure, tab, theirs, cleaned, open, loadTheirs, accept, overwrite, takeTheirs }
}
