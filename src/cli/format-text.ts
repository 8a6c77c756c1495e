/**
 * The human-readable report of `seal-gate verify`: one line per packet, one line per finding,
 * one closing line. Every name from the repository is escaped so that it cannot move the cursor
 * or hide text on a terminal.
 */
import type { Finding } from '../core/finding.js'
import { countFindings, type Report } from '../core/report.js'
import { shardLine } from '../core/shard.js'

/** Control characters, line and paragraph separators and bidirectional controls shown as \xNN / \u{NNNN}. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, c => {
    const cp = c.charCodeAt(0)
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`
  })
}

export const short = (hash: string | null) => (hash === null ? 'unknown' : hash.slice(0, 12))

function findingLine(f: Finding): string {
  const where = f.line === null ? f.file : `${f.file}:${f.line}${f.column === undefined ? '' : `:${f.column}`}`
  const causes = f.causes.length > 0 ? ` [${f.causes.join(', ')}${f.evidence ? `; ${f.evidence}` : ''}]` : ''
  return `  ${f.kind.padEnd(9)} ${printable(where)}${causes}: ${printable(f.message)}`
}

export function formatText(report: Report): string {
  const lines: string[] = []
  for (const f of report.findings) lines.push(findingLine(f))
  for (const p of report.packets) {
    const tree =
      p.tree.sealed === p.tree.actual ? `tree ${short(p.tree.actual)}` : `tree sealed ${short(p.tree.sealed)} actual ${short(p.tree.actual)}`
    lines.push(`${p.ok ? 'PASS' : 'FAIL'} ${printable(p.dir)}  ${tree}  (${p.files} files)`)
    for (const f of p.findings) lines.push(findingLine(f))
  }
  const failed = report.packets.filter(p => !p.ok).length
  const n = countFindings(report)
  if (report.shard) lines.push(`seal-gate: ${shardLine(report.shard, report.packets.length)}`)
  lines.push(
    report.ok
      ? `seal-gate: ${report.packets.length} packet${report.packets.length === 1 ? '' : 's'} verified, all pass`
      : `seal-gate: FAIL: ${failed} of ${report.packets.length} packets failed, ${n} finding${n === 1 ? '' : 's'}`
  )
  return lines.join('\n') + '\n'
}
