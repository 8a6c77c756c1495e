import { describe, expect, it } from '@jest/globals'
import { tryCompositions } from '../../src/core/diagnose/compositions.js'
import { firstDifference, lineAt } from '../../src/core/diagnose/lines.js'
import { stripUtf8Bom } from '../../src/core/diagnose/undo-bom.js'
import { crlfToLf } from '../../src/core/diagnose/undo-crlf.js'
import { decodeJsonEscapes } from '../../src/core/diagnose/undo-ensure-ascii.js'
import { addFinalLf, removeFinalCrlf, removeFinalLf } from '../../src/core/diagnose/undo-trailing-newline.js'
import { toNfc } from '../../src/core/diagnose/undo-unicode-normalization.js'
import { digestOf } from './fixtures.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const text = (data: Uint8Array | null): string | null => (data === null ? null : new TextDecoder().decode(data))

describe('undo steps', () => {
  it('converts only CRLF pairs, keeping a lone CR', () => {
    expect(text(crlfToLf.apply(bytes('a\rb\r\nc\r\n')))).toBe('a\rb\nc\n')
    expect(crlfToLf.apply(bytes('a\rb\n'))).toBeNull()
  })

  it('decodes ensure_ascii escapes, surrogate pairs included, in either hex case', () => {
    expect(text(decodeJsonEscapes(bytes('"Zo\\u00eb \\ud83d\\ude00 \\u2014 \\u00C9"')))).toBe('"Zoë 😀 — É"')
  })

  it('keeps escapes below 0x80, lone surrogates and incomplete escapes', () => {
    expect(decodeJsonEscapes(bytes('"\\u0041 \\ud83d x \\ude00 \\u00e"'))).toBeNull()
  })

  it('never takes an escaped backslash followed by u for an escape', () => {
    expect(decodeJsonEscapes(bytes('"C:\\\\u00e9tude"'))).toBeNull()
    expect(text(decodeJsonEscapes(bytes('"\\\\\\u00e9"')))).toBe('"\\\\é"')
  })

  it('strips only a leading UTF-8 BOM', () => {
    expect(text(stripUtf8Bom.apply(bytes('\ufeffhi')))).toBe('hi')
    expect(stripUtf8Bom.apply(bytes('hi\ufeff'))).toBeNull()
  })

  it('adds or removes exactly one final newline', () => {
    expect(text(removeFinalLf.apply(bytes('a\n\n')))).toBe('a\n')
    expect(removeFinalLf.apply(bytes('a\r\n'))).toBeNull()
    expect(text(removeFinalCrlf.apply(bytes('a\r\n')))).toBe('a')
    expect(text(addFinalLf.apply(bytes('a')))).toBe('a\n')
  })

  it('does not normalize ASCII or invalid UTF-8', () => {
    expect(toNfc.apply(bytes('plain'))).toBeNull()
    expect(toNfc.apply(new Uint8Array([0x65, 0xcc]))).toBeNull()
    expect(text(toNfc.apply(bytes('e\u0301')))).toBe('\u00e9')
  })
})

describe('lines', () => {
  it('counts the line of an offset and finds the first difference', () => {
    const data = bytes('one\ntwo\nthree')
    expect(lineAt(data, 0)).toBe(1)
    expect(lineAt(data, 4)).toBe(2)
    expect(lineAt(data, data.length)).toBe(3)
    expect(firstDifference(data, bytes('one\ntwo'))).toBe(7)
    expect(firstDifference(data, bytes('one\ntwX'))).toBe(6)
  })
})

describe('compositions', () => {
  it('reports the fewest steps that restore the sealed bytes', () => {
    const sealed = digestOf(bytes('a\nb'))
    const outcome = tryCompositions(bytes('\ufeffa\r\nb\r\n'), sealed)
    expect(outcome.proven?.steps.map(step => step.cause)).toEqual(['bom', 'crlf', 'trailing-newline'])
  })

  it('remembers a composition that gives the sealed length but not the sealed bytes', () => {
    const outcome = tryCompositions(bytes('a\r\nX'), digestOf(bytes('a\nb')))
    expect(outcome.proven).toBeNull()
    expect(outcome.sameLength?.steps.map(step => step.cause)).toEqual(['crlf'])
  })
})
