/** The report in the step log: one line per packet and per finding, all through the guard. */
import type { Finding } from '../core/finding.js'
import type { Report } from '../core/report.js'
import { annotationTitle } from './annotations.js'
import { logLine } from './safe-text.js'
import { shortTree } from './summary.js'

export function findingLine(f: Finding): string {
  const where = f.line === null ? f.file : `${f.file}:${f.line}`
  return `  ${annotationTitle(f)}  ${where}: ${f.message}`
}

export function reportLines(report: Report): string[] {
  const lines = report.findings.map(findingLine)
  for (const p of report.packets) {
    const tree =
      p.tree.sealed === p.tree.actual ? `tree ${shortTree(p.tree.actual)}` : `tree sealed ${shortTree(p.tree.sealed)}, actual ${shortTree(p.tree.actual)}`
    lines.push(`${p.ok ? 'PASS' : 'FAIL'} ${p.dir}  ${tree}  (${p.files} files)`)
    for (const f of p.findings) lines.push(findingLine(f))
  }
  return lines
}

export function logReport(report: Report): void {
  for (const line of reportLines(report)) logLine(line)
}
