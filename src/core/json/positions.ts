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
 * Turns string offsets (UTF-16 indices) into positions. Asking for offsets in increasing order
 * costs O(length of the text) in total; asking for an earlier offset restarts from the beginning.
 */
export class PositionTracker {
  private offset = 0
  private line = 1
  private column = 1

  constructor(private readonly text: string) {}

  at(target: number): Position {
    if (target < this.offset) {
      this.offset = 0
      this.line = 1
      this.column = 1
    }
    const text = this.text
    const end = Math.min(target, text.length)
    let i = this.offset
    let line = this.line
    let column = this.column
    while (i < end) {
      const c = text.charCodeAt(i)
      if (c === 0x0a) {
        line++
        column = 1
        i++
      } else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) {
          // CRLF: the CR stays on its line, the LF that follows ends it.
          column++
        } else {
          line++
          column = 1
        }
        i++
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        const next = text.charCodeAt(i + 1)
        column++
        i += next >= 0xdc00 && next <= 0xdfff ? 2 : 1
      } else {
        column++
        i++
      }
    }
    this.offset = i
    this.line = line
    this.column = column
    return { line, column }
  }
}

/** The position just after `text`, as if `text` were the start of a longer one. */
export function positionAfter(text: string): Position {
  return new PositionTracker(text).at(text.length)
}
