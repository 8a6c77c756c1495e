import { describe, expect, it } from '@jest/globals'
import { compileGlob, globProblem } from '../../src/core/json/glob.js'

const m = (pattern: string, path: string) => compileGlob(pattern)(path)

describe('glob matcher', () => {
  it.each([
    ['report.json', 'report.json', true],
    ['report.json', 'a/report.json', false],
    ['*.json', 'report.json', true],
    ['*.json', 'a/report.json', false],
    ['*.json', '.hidden.json', true],
    ['**/report.json', 'report.json', true],
    ['**/report.json', 'a/b/c/report.json', true],
    ['**/report.json', 'a/b/c/my-report.json', false],
    ['packets/**', 'packets/a/b.json', true],
    ['packets/**', 'packets', true],
    ['packets/**', 'other/a.json', false],
    ['packets/**/*.json', 'packets/x.json', true],
    ['packets/**/*.json', 'packets/a/b/x.json', true],
    ['packets/**/*.json', 'packets/a/b/x.jsonl', false],
    ['a/**/b/**/c.json', 'a/x/b/y/z/c.json', true],
    ['a/**/b/**/c.json', 'a/x/y/z/c.json', false],
    ['p/?.json', 'p/a.json', true],
    ['p/?.json', 'p/ab.json', false],
    ['p/?.json', 'p/é.json', true],
    ['p/*-*.json', 'p/clone-provenance.json', true],
    ['p/*.json', 'P/a.json', false],
    ['p/a*b*c', 'p/aXbYc', true],
    ['p/a*b*c', 'p/aXcYb', false]
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(m(pattern, path)).toBe(expected)
  })

  it('stays fast on patterns that make naive matchers backtrack exponentially', () => {
    // Correctness is what is asserted; a backtracking matcher would not finish this at all.
    expect(m('*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(200))).toBe(false)
    expect(m('**/**/**/**/**/**/**/**/x', `${'d/'.repeat(200)}y`)).toBe(false)
  })

  it.each([
    ['', /empty/],
    ['/abs/*.json', /relative/],
    ['a\\b.json', /backslash/],
    ['!a.json', /negation/],
    ['a/{b,c}.json', /not supported/],
    ['a/[ab].json', /not supported/],
    ['a//b.json', /empty path segment/],
    ['../a.json', /'\.\.' segment/],
    ['a/**b/c', /whole segment/]
  ])('rejects %j', (pattern, reason) => {
    expect(globProblem(pattern)).toMatch(reason)
    expect(() => compileGlob(pattern)).toThrow(reason)
  })
})
