// Code lists (enums) are open where the server answers them: a later server version may answer a
// code this build does not know, so such a response field is typed `string`. Requests and filters
// stay closed (the server refuses a code it does not know), so an answered code goes back only once
// narrowed to a list of the codes this build knows, e.g. `enumCodes(group)` (the codes the selects
// offer) or a page's own list of them.

/** Whether `code` is one of `codes`. */
export function isKnown<T extends string>(codes: readonly T[], code: string | null | undefined): code is T {
  const known: readonly string[] = codes
  return code != null && known.includes(code)
}

/** `code` as one of `codes`; undefined when it is none of them (or absent). */
export function known<T extends string>(codes: readonly T[], code: string | null | undefined): T | undefined {
  return isKnown(codes, code) ? code : undefined
}

/** What `map` gives for `code`; undefined for a code it does not hold (or absent), e.g. one added later. */
export function byCode<V>(map: Readonly<Partial<Record<string, V>>>, code: string | null | undefined): V | undefined {
  return code != null && Object.hasOwn(map, code) ? map[code] : undefined
}
