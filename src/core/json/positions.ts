/**
 * Line and column bookkeeping for JSON findings.
 *
 * Lines and columns are 1-based. A line ends at LF, at CRLF (one break, not two) or at a lone CR.
 * Columns count Unicode code points from the start of the line, so an em dash or an emoji before
 * the spot counts as one column, whatever its size in bytes or UTF-16 units.
 */

export interface Position {
  line: number
  column: number
}

/**
 * Turns byte offsets in well-formed UTF-8 into positions: a code point is counted at its first
 * byte (every byte but a continuation byte, 10xxxxxx). Asking for offsets in increasing order
 * costs O(length of the bytes) in total; asking for an earlier offset restarts from the beginning.
 */
export class PositionTracker {
  private offset = 0
  private line = 1
  private column = 1

  constructor(private readonly bytes: Uint8Array) {}

  at(target: number): Position {
    if (target < this.offset) {
      this.offset = 0
      this.line = 1
      this.column = 1
    }
    const b = this.bytes
    const end = Math.min(target, b.length)
    let i = this.offset
    let line = this.line
    let column = this.column
    for (; i < end; i++) {
      const c = b[i]
      if (c === 0x0a) {
        line++
        column = 1
      } else if (c === 0x0d) {
        if (b[i + 1] === 0x0a) {
          // CRLF: the CR stays on its line, the LF that follows ends it.
          column++
        } else {
          line++
          column = 1
        }
      } else if ((c & 0xc0) !== 0x80) {
        column++
      }
    }
    this.offset = i
    this.line = line
    this.column = column
    return { line, column }
  }
}
