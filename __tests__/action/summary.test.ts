import { expect, test } from '@jest/globals'
import type { Finding } from '../../src/core/finding.js'
import type { Report } from '../../src/core/report.js'
import { escapeMarkup, headline, renderSummary, SUMMARY_BUDGET, type SummaryContext } from '../../src/action/summary.js'

const ctx: SummaryContext = {
  scope: 'all',
  event: 'workflow_dispatch',
  discovered: 1,
  untouched: false,
  notes: [],
  tally: { total: 0, inline: 0, checkRun: 0, checkRunUrl: null, problem: null }
}

function mismatch(file: string, line = 1): Finding {
  return { kind: 'mismatch', file, line, causes: ['crlf', 'unicode'], evidence: 'proven', message: `${file}: drifted from its seal` }
}

function report(packets: number, findingsPerPacket: number, name = (i: number) => `packets/p${i}`): Report {
  return {
    ok: findingsPerPacket === 0,
    seal: 1,
    findings: [],
    packets: Array.from({ length: packets }, (_, i) => ({
      dir: name(i),
      ok: findingsPerPacket === 0,
      tree: { sealed: 'a'.repeat(64), actual: findingsPerPacket === 0 ? 'a'.repeat(64) : 'b'.repeat(64) },
      files: 3,
      bytes: 10,
      findings: Array.from({ length: findingsPerPacket }, (_, j) => mismatch(`${name(i)}/file-${j}-${'x'.repeat(40)}.md`, j + 1))
    }))
  }
}

test('repository text cannot open a tag, a table cell, code or a link', () => {
  const hostile = 'a|b <img src=x onerror=alert(1)> `code` [l](http://x) *e* _u_ \\ &amp; @user\n## h'
  const out = escapeMarkup(hostile)
  // Outside the numeric references themselves, no character that Markdown or HTML acts on is left.
  expect(out.replace(/&#\d+;/g, '')).not.toMatch(/[<>|`[\]*_\\&@#:\n]/)
  expect(out).toContain('&#60;img')
  expect(out).toContain('&#124;')
  expect(out).toContain('&#96;code&#96;')
  expect(out).toContain('&#92;u&#123;a&#125;')
  // Entities decode back to the same text: nothing is lost, only made inert.
  const decoded = out.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
  expect(decoded).toBe(hostile.replace('\n', '\\u{a}'))
})

test('the table shows verdict, short sealed and actual tree, file count; findings are grouped with causes in words', () => {
  const out = renderSummary(report(2, 1), { ...ctx, discovered: 2, tally: { ...ctx.tally, total: 2, inline: 2 } })
  expect(out).toContain('<tr><td><code>packets/p0</code></td><td>❌ fail</td><td><code>aaaaaaaaaaaa</code></td><td><code>bbbbbbbbbbbb</code></td><td>3</td></tr>')
  expect(out).toContain('<h4>Packet packets/p1</h4>')
  expect(out).toContain('line endings were changed to CRLF; characters were substituted')
  expect(out).not.toContain('left out')
})

test('a file name with | < and backticks keeps the table intact', () => {
  const out = renderSummary(report(1, 1, () => 'we|rd/<b>`x`'), ctx)
  const row = out.split('\n').find(l => l.startsWith('<tr><td>')) as string
  expect(row.match(/<td>/g)).toHaveLength(5)
  expect(row).not.toContain('<b>')
  expect(out.split('\n').filter(l => l.includes('|'))).toEqual([])
})

test('a huge failure stays under the budget and says exactly how many findings were left out', () => {
  const huge = report(200, 100)
  const out = renderSummary(huge, { ...ctx, discovered: 200 })
  expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_BUDGET)
  expect(Buffer.byteLength(out)).toBeLessThan(1 << 20)
  const shown = (out.match(/<li>/g) ?? []).length
  expect(shown).toBeGreaterThan(100)
  expect(out).toContain(`${20000 - shown} findings left out`)
})

test('a huge number of packets truncates the table too, and says so', () => {
  const many = report(20000, 0)
  const out = renderSummary(many, { ...ctx, discovered: 20000 })
  expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_BUDGET)
  const rows = (out.match(/<tr><td>/g) ?? []).length
  expect(rows).toBeGreaterThan(100)
  expect(out).toContain(`${20000 - rows} more packets left out of this table`)
})

test('findings that were not annotated are counted with the reason', () => {
  const out = renderSummary(report(1, 30), { ...ctx, tally: { total: 30, inline: 10, checkRun: 0, checkRunUrl: null, problem: 'the token may not write check runs (HTTP 403)' } })
  expect(out).toContain('<b>20 findings not annotated</b>: the token may not write check runs (HTTP 403)')
})

test('an untouched pull request says so', () => {
  const out = renderSummary({ ok: true, seal: 1, packets: [], findings: [] }, { ...ctx, scope: 'changed', event: 'pull_request', untouched: true })
  expect(out).toContain('no packet touched by this pull request')
})

test('a shard says which one it is and how many packets the run has in all', () => {
  const failing = { ...report(3, 1), shard: { k: 2, n: 4, total: 12 } }
  expect(headline(failing, ctx)).toBe('seal-gate: FAIL: 3 of 3 packets failed, 3 findings (shard 2/4: 3 of 12 packets in all)')
  const passing = { ...report(3, 0), shard: { k: 2, n: 4, total: 12 } }
  expect(headline(passing, ctx)).toBe('seal-gate: PASS: 3 packets verified (shard 2/4: 3 of 12 packets in all)')
  const empty: Report = { ok: true, seal: 1, packets: [], findings: [], shard: { k: 4, n: 4, total: 2 } }
  expect(headline(empty, ctx)).toBe('seal-gate: PASS: shard 4/4: no packet in this slice (2 packets in all)')
  expect(renderSummary(empty, ctx)).toContain('This job verified shard 4/4&#58; no packet in this slice (2 packets in all)')
  expect(renderSummary(report(3, 0), ctx)).not.toContain('shard')
})
