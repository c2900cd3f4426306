// The knowledge base's category tree, shared by the FAQ, the articles and their editors;
// read once when the knowledge pages open and again after each change to it.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { http } from '@/api/http'
import type { Category } from '@/components/knowledge/model'

export const useKnowledge = defineStore('knowledge', () => {
  const categories = ref<Category[]>([])
  const loaded = ref(false)
  const byId = computed(() => new Map(categories.value.map((category) => [category.id, category])))

  async function loadCategories(): Promise<void> {
    categories.value = await http.get<Category[]>('/knowledge/categories')
    loaded.value = true
  }

  /** A category's path ("售后/退款"), or '' for none and for one deleted meanwhile. */
  function pathOf(id: string | null | undefined): string {
    return id ? (byId.value.get(id)?.path ?? '') : ''
  }

  return { categories, loaded, byId, loadCategories, pathOf }
})
