/**
 * The job summary (GITHUB_STEP_SUMMARY): a table of packets with their verdict, sealed and
 * actual tree and file count, then the findings grouped by packet with their causes in plain
 * words. GitHub accepts at most 1 MiB per step; the summary is kept under SUMMARY_BUDGET bytes
 * and says how much it left out. All repository text is escaped: a file name may hold `|`, `<`,
 * backticks or line breaks.
 */
import type { Finding } from '../core/finding.js'
import { countFindings, type PacketReport, type Report } from '../core/report.js'
import { shardLine } from '../core/shard.js'
import { annotationTitle } from './annotations.js'
import { causeWords, kindWords } from './plain-words.js'

export const SUMMARY_BUDGET = 512 * 1024

export interface AnnotationTally {
  total: number
  /** Shown as step annotations. */
  inline: number
  /** Carried by the check run. */
  checkRun: number
  checkRunUrl: string | null
  /** Why some findings carry no annotation, when some do not. */
  problem: string | null
}

export interface SummaryContext {
  scope: string
  event: string
  discovered: number
  untouched: boolean
  notes: readonly string[]
  tally: AnnotationTally
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu

/**
 * Text safe in Markdown and in HTML: invisible characters shown as \u{NNNN}, and every ASCII
 * character that means something to Markdown or HTML written as a numeric character reference.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(INVISIBLE, ch => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`)
    .replace(/[^A-Za-z0-9 .,/()=+\-\u0080-\u{10ffff}]/gu, ch => `&#${ch.charCodeAt(0)};`)
}

export const shortTree = (hash: string | null) => (hash === null ? 'unknown' : hash.slice(0, 12))

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function findingItem(f: Finding): string {
  const where = f.line === null ? f.file : `${f.file}:${f.line}`
  const causes =
    f.causes.length > 0
      ? ` — ${f.causes.map(c => escapeMarkup(causeWords(c))).join('; ')}${f.evidence ? ` (${escapeMarkup(f.evidence)})` : ''}`
      : ''
  return (
    `<li><code>${escapeMarkup(where)}</code> <b>${escapeMarkup(annotationTitle(f))}</b>: ` +
    `${escapeMarkup(kindWords(f.kind))}${causes}<br>${escapeMarkup(f.message)}</li>`
  )
}

function packetRow(p: PacketReport): string {
  const verdict = p.ok ? '✅ pass' : '❌ fail'
  return (
    `<tr><td><code>${escapeMarkup(p.dir)}</code></td><td>${verdict}</td><td><code>${shortTree(p.tree.sealed)}</code></td>` +
    `<td><code>${shortTree(p.tree.actual)}</code></td><td>${p.files}</td></tr>`
  )
}

export function headline(report: Report, ctx: Pick<SummaryContext, 'untouched'>): string {
  const n = countFindings(report)
  if (ctx.untouched) return 'seal-gate: PASS: no packet touched by this pull request'
  const shard = report.shard ? ` (${shardLine(report.shard, report.packets.length)})` : ''
  if (report.ok && report.shard && report.packets.length === 0) return `seal-gate: PASS: ${shardLine(report.shard, 0)}`
  if (report.ok) return `seal-gate: PASS: ${plural(report.packets.length, 'packet')} verified${shard}`
  const failed = report.packets.filter(p => !p.ok).length
  return `seal-gate: FAIL: ${failed} of ${plural(report.packets.length, 'packet')} failed, ${plural(n, 'finding')}${shard}`
}

export function renderSummary(report: Report, ctx: SummaryContext, budget = SUMMARY_BUDGET): string {
  const blocks: string[] = [`## ${escapeMarkup(headline(report, ctx))}`]
  const scope =
    ctx.scope === 'changed'
      ? `Scope: packets changed by this ${escapeMarkup(ctx.event)} (${report.packets.length} of ${ctx.discovered} found).`
      : `Scope: all packets (${ctx.discovered} found), event ${escapeMarkup(ctx.event)}.`
  blocks.push(`<p>${scope}</p>`)
  if (report.shard) {
    blocks.push(`<p>This job verified ${escapeMarkup(shardLine(report.shard, report.packets.length))}; the other shards verify the rest.</p>`)
  }
  for (const note of ctx.notes) blocks.push(`<p>${escapeMarkup(note)}</p>`)
  const t = ctx.tally
  if (t.total > 0) {
    const missing = t.total - t.inline - t.checkRun
    let line = `${plural(t.total, 'finding')}: ${t.inline} shown as annotations on this step`
    if (t.checkRun > 0) line += `, ${t.checkRun} more in the check run${t.checkRunUrl ? ` <a href="${escapeMarkup(t.checkRunUrl)}">seal-gate findings</a>` : ''}`
    if (missing > 0) line += `. <b>${plural(missing, 'finding')} not annotated</b>${t.problem ? `: ${escapeMarkup(t.problem)}` : ''}; all are listed below and in the report file`
    blocks.push(`<p>${line}.</p>`)
  }

  let used = blocks.reduce((n, b) => n + bytes(b) + 2, 0)
  const reserve = 1024
  // The packet table: at most half of what is left, so that findings always have room.
  if (report.packets.length > 0) {
    const rows: string[] = []
    const tableBudget = (budget - used - reserve) / 2
    let size = 0
    for (const p of report.packets) {
      const row = packetRow(p)
      if (size + bytes(row) > tableBudget) break
      rows.push(row)
      size += bytes(row) + 1
    }
    const head = '<table><thead><tr><th>Packet</th><th>Verdict</th><th>Sealed tree</th><th>Actual tree</th><th>Files</th></tr></thead><tbody>'
    blocks.push([head, ...rows, '</tbody></table>'].join('\n'))
    const left = report.packets.length - rows.length
    if (left > 0) blocks.push(`<p>${plural(left, 'more packet')} left out of this table to stay under the summary size limit.</p>`)
    used += size + bytes(head) + 40
  }

  const groups: { title: string; findings: Finding[] }[] = []
  if (report.findings.length > 0) groups.push({ title: 'Run', findings: report.findings })
  for (const p of report.packets) if (p.findings.length > 0) groups.push({ title: `Packet ${p.dir}`, findings: p.findings })
  let shown = 0
  let full = false
  const total = groups.reduce((n, g) => n + g.findings.length, 0)
  if (total > 0) blocks.push('### Findings')
  for (const g of groups) {
    if (full) break
    const items: string[] = []
    const title = `<h4>${escapeMarkup(g.title)}</h4>`
    used += bytes(title) + 20
    for (const f of g.findings) {
      const item = findingItem(f)
      if (used + bytes(item) > budget - reserve) {
        full = true
        break
      }
      items.push(item)
      used += bytes(item) + 1
      shown++
    }
    if (items.length > 0) blocks.push(`${title}\n<ul>\n${items.join('\n')}\n</ul>`)
  }
  if (shown < total) {
    blocks.push(
      `<p><b>${plural(total - shown, 'finding')} left out</b> to keep this summary under GitHub's size limit; ` +
        'every finding is in the JSON report (output <code>report</code>).</p>'
    )
  }
  return blocks.join('\n\n') + '\n'
}
