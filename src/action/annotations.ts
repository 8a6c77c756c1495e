/**
 * Findings as error annotations. The runner shows at most 10 error annotations per step (and 50
 * per job), so at most STEP_ERROR_LIMIT are emitted; the rest go to a check run (check-run.ts) or
 * are counted in the log and summary. @actions/core escapes the message (`%`, CR, LF) and the
 * properties (also `:` and `,`), so repository text inside an annotation cannot end it early.
 */
import * as core from '@actions/core'
import { oneLine, type Finding } from '../core/finding.js'
import type { Report } from '../core/report.js'

export const STEP_ERROR_LIMIT = 10

/** Run-level findings first, then each packet's, in report order. */
export function allFindings(report: Report): Finding[] {
  return [...report.findings, ...report.packets.flatMap(p => p.findings)]
}

/** `mismatch: crlf, unicode (proven)`, or just the kind. */
export function annotationTitle(f: Finding): string {
  if (f.causes.length === 0) return f.kind
  return `${f.kind}: ${f.causes.join(', ')}${f.evidence ? ` (${f.evidence})` : ''}`
}

export function annotationProperties(f: Finding): core.AnnotationProperties {
  const props: core.AnnotationProperties = { title: annotationTitle(f) }
  if (f.file !== '.' && f.file !== '') props.file = f.file
  if (props.file !== undefined && f.line !== null) {
    props.startLine = f.line
    if (f.column !== undefined) props.startColumn = f.column
  }
  return props
}

/** Emits the first `limit` findings as error annotations; returns how many were emitted. */
export function emitAnnotations(findings: readonly Finding[], limit = STEP_ERROR_LIMIT): number {
  const shown = findings.slice(0, Math.max(0, limit))
  for (const f of shown) core.error(oneLine(f.message), annotationProperties(f))
  return shown.length
}
