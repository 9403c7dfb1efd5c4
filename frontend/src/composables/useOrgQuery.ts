import { ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router'

/** The organization named by the address's `org_id`, if it names one. */
export function queryOrgId(value: LocationQueryValue | LocationQueryValue[] | undefined): number | null {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null
}

/**
 * The organization a page's list is filtered by. It lives in the address (`org_id`, which the
 * tree on the left sets), `fallback()` when the address names none; `pickOrg` puts another there.
 */
export function useOrgQuery(name: string, fallback: () => number | null = () => null) {
  const route = useRoute()
  const router = useRouter()
  const orgId = ref(queryOrgId(route.query.org_id) ?? fallback())

  watch(
    () => route.query.org_id,
    (id) => {
      // Leaving for another page (`name` is this one) changes the address too: that is no pick.
      if (route.name === name) orgId.value = queryOrgId(id) ?? fallback()
    },
  )

  function pickOrg(id: number | null) {
    const next = { ...route.query }
    delete next.org_id
    void router.replace({ query: id == null ? next : { ...next, org_id: id } })
  }

  return { orgId, pickOrg }
}
