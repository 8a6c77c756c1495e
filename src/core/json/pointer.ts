/** JSON Pointer (RFC 6901) helpers. The root is the empty pointer ''. */

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${typeof token === 'number' ? String(token) : escapePointerToken(token)}`
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map(unescapePointerToken)
}

/** The value at `pointer` inside `root`, or undefined when there is none. Own properties only. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined
      current = current[Number(token)]
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined
      current = (current as Record<string, unknown>)[token]
    } else {
      return undefined
    }
  }
  return current
}

/** How a pointer is shown in messages: the pointer itself, or '(root)' for the whole document. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '(root)' : pointer
}
