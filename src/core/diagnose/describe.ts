import { CHARACTER_NAMES } from './substitution-classes.js'

/** "U+2014 EM DASH": a character described without echoing it. */
export function describeCharacter(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  const name = CHARACTER_NAMES[codePoint]
  return name === undefined ? `U+${hex}` : `U+${hex} ${name}`
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
