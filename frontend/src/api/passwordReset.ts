import { quietApi } from './client'

/**
 * 重置密码 (`create_password_reset`): the security administrator sets a one-time password for a
 * forgotten one; the account's sessions end, a login lock goes, and a person must choose a new
 * password at the next login. The refusal, if any, is in `error`.
 */
export function resetPassword(id: number, password: string) {
  return quietApi.POST('/api/v1/users/{id}/password-reset', { params: { path: { id } }, body: { password } })
}

/**
 * A one-time password that follows the default rules (12 characters from all four classes, no
 * look-alike characters), for the administrator to pass on; it may be typed over.
 */
export function oneTimePassword(): string {
  const classes = ['abcdefghjkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!@#$%&*?']
  const random = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0] % n
  const pick = (set: string) => set[random(set.length)]
  const all = classes.join('')
  const chars = [...classes.map(pick), ...Array.from({ length: 8 }, () => pick(all))]
  // Shuffle, so the classes do not always come in the same places.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}
