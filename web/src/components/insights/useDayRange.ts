// The window an insights page shows, kept in its address (?since=…&until=…) so a reload
// or a shared link shows the same days; by default the last seven days where the tenant is.
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import { lastDays, rangeOf } from './period'
import type { DayRange } from './period'

export function useDayRange() {
  const route = useRoute()
  const router = useRouter()
  const session = useSession()
  const zone = computed(() => session.me?.tenant.timezone || 'Asia/Shanghai')
  const range = computed<DayRange>(() => rangeOf(route.query) ?? lastDays(zone.value))

  function choose(next: DayRange) {
    void router.replace({ query: { ...route.query, since: next[0], until: next[1] } })
  }

  return { range, zone, choose }
}
