/**
 * Whether a JSON number survives being read into an IEEE 754 double.
 *
 * - An integer literal (no fraction, no exponent) must be a safe integer: within ±(2^53 − 1).
 *   Beyond that, neighbouring integers read as the same double (2^53 + 1 reads as 2^53).
 * - Any other literal must round-trip: the shortest decimal that reads back as the same double
 *   must denote the same decimal value as the literal (trailing zeros and exponent style aside).
 *   0.1 passes; 0.1000000000000000000001 and 1e400 do not.
 */

interface Decimal {
  negative: boolean
  /** Significant digits, without leading or trailing zeros; '' for zero. */
  digits: string
  exponent: bigint
}

function toDecimal(text: string): Decimal {
  let s = text
  let negative = false
  if (s.startsWith('-')) {
    negative = true
    s = s.slice(1)
  }
  const e = s.search(/[eE]/)
  const mantissa = e === -1 ? s : s.slice(0, e)
  let exponent = e === -1 ? 0n : BigInt(s.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const whole = dot === -1 ? mantissa : mantissa.slice(0, dot)
  const fraction = dot === -1 ? '' : mantissa.slice(dot + 1)
  let digits = (whole + fraction).replace(/^0+/, '')
  exponent -= BigInt(fraction.length)
  const trimmed = digits.replace(/0+$/, '')
  exponent += BigInt(digits.length - trimmed.length)
  digits = trimmed
  if (digits === '') return { negative: false, digits: '', exponent: 0n }
  return { negative, digits, exponent }
}

/**
 * Returns null when the literal `text` (valid JSON number syntax) reads exactly, otherwise a
 * plain-words reason.
 */
export function numberPrecisionLoss(text: string): string | null {
  return fewDigits(text) ? null : exactPrecisionLoss(text)
}

/**
 * At most 15 digits and no exponent: such a decimal always reads exactly (a double holds any 15
 * significant decimal digits, and it lies between 1e-15 and 1e15, so it is finite and not zero
 * unless it is written as zero). Most numbers in reports are so, and need no more work.
 */
function fewDigits(text: string): boolean {
  if (text.length > 17) return false
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) digits++
    else if (c !== 0x2d && c !== 0x2e) return false
  }
  return digits <= 15
}

/** `numberPrecisionLoss` worked out in full, for every literal (the reference `fewDigits` is tested against). */
export function exactPrecisionLoss(text: string): string | null {
  const value = Number(text)
  if (!/[.eE]/.test(text)) {
    if (Number.isSafeInteger(value)) return null
    return `integer ${text} is beyond ±(2^53−1) and loses precision as a double (it reads as ${String(value)}); write it as a string`
  }
  if (!Number.isFinite(value)) return `number ${text} is too large for a double`
  if (value === 0) {
    // Checked before any exponent arithmetic, so that an absurd exponent costs nothing.
    return /[1-9]/.test(text.split(/[eE]/)[0]) ? `number ${text} is too small for a double (it reads as 0)` : null
  }
  const a = toDecimal(text)
  const b = toDecimal(String(value))
  if (a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent) return null
  return `number ${text} does not survive a double (it reads as ${String(value)}); write it as a string`
}
