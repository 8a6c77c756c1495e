import { CHARACTER_NAMES } from './substitution-classes.js'

/** Names of the other characters a drift involves: what the typographic ones become, line endings, the BOM. */
const MORE_NAMES: Readonly<Record<number, string>> = {
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x0020: 'SPACE',
  0x0022: 'QUOTATION MARK',
  0x0027: 'APOSTROPHE',
  0x002d: 'HYPHEN-MINUS',
  0x002e: 'FULL STOP',
  0x005c: 'REVERSE SOLIDUS',
  0x0301: 'COMBINING ACUTE ACCENT',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
}

/**
 * "U+2014 EM DASH": a character described without echoing it. With `quote`, a printable ASCII
 * character is also shown, alone between single quotes ("U+002D HYPHEN-MINUS '-'"): one character
 * can never spell a workflow command.
 */
export function describeCharacter(codePoint: number, quote = false): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  const name = CHARACTER_NAMES[codePoint] ?? MORE_NAMES[codePoint]
  const shown = quote && codePoint >= 0x20 && codePoint < 0x7f ? ` '${String.fromCharCode(codePoint)}'` : ''
  return `${name === undefined ? `U+${hex}` : `U+${hex} ${name}`}${shown}`
}

/** "1 byte", "3 bytes". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** How the actual length compares with the sealed one, e.g. "12 bytes longer than sealed". */
export function sizeDifference(actual: number, sealed: number): string {
  if (actual === sealed) return 'the same length as sealed'
  return actual > sealed ? `${count(actual - sealed, 'byte')} longer than sealed` : `${count(sealed - actual, 'byte')} shorter than sealed`
}

/** The text with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
