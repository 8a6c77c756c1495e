const LF = 0x0a

/** 1-based line number of the byte at `offset`: the number of '\n' bytes before it, plus one. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  const end = Math.min(offset, bytes.length)
  let line = 1
  let at = bytes.indexOf(LF)
  while (at !== -1 && at < end) {
    line++
    at = bytes.indexOf(LF, at + 1)
  }
  return line
}

/** Offset of the first byte where `a` and `b` differ; the shorter length when one is a prefix of the other. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const end = Math.min(a.length, b.length)
  for (let i = 0; i < end; i++) if (a[i] !== b[i]) return i
  return end
}
