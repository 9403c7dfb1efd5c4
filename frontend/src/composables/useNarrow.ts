import { readonly, ref } from 'vue'

/**
 * Phones: below Element Plus's `sm` breakpoint (768 px) the menu and the organization tree go
 * into drawers, descriptions take one column and dialogs the whole screen. One media query for
 * the whole app.
 */
export const PHONE_QUERY = '(max-width: 767px)'

const query = window.matchMedia(PHONE_QUERY)
const narrow = ref(query.matches)
query.addEventListener('change', (event) => (narrow.value = event.matches))

/** Whether the window is phone-sized now (follows resizing and rotation). */
export function useNarrow() {
  return readonly(narrow)
}
