/**
 * The Action: reads its inputs and the event, chooses the packets, lets the core verify them,
 * and turns the report into annotations, a check run, a job summary and outputs. Any error of
 * its own fails the step: it never passes by accident.
 */
import * as core from '@actions/core'
import { findRepoRoot } from '../core/repo-root.js'
import { countFindings, reportOk, type Report } from '../core/report.js'
import { selftest, selftestProblems, selftestSummary, type SelftestResult } from '../core/selftest.js'
import { shardLine } from '../core/shard.js'
import { verifyWithSource } from '../git/verify-committed.js'
import { allFindings, emitAnnotations } from './annotations.js'
import { withChangeBase } from './change-base.js'
import { CHECK_RUN_NAME, publishCheckRun, shouldPublish, type ChecksApi } from './check-run.js'
import { readEvent, type EventInfo } from './event.js'
import { runContext, runRepository, type RunContext } from './github-context.js'
import { readSettings, type Settings } from './inputs.js'
import { logReport } from './log-report.js'
import { ProgressLog } from './progress-log.js'
import { writeReportFile } from './report-file.js'
import { logGroup, logLine, safeText } from './safe-text.js'
import { selectPackets, type Selection } from './select.js'
import { headline, renderSummary, type AnnotationTally } from './summary.js'

export const UNTOUCHED = 'no packet touched by this pull request'

export async function run(): Promise<void> {
  try {
    const context = runContext()
    const payload = readEvent(context.eventName, context.payload, context.sha)
    const settings = readSettings(payload.name)
    const cwd = process.cwd()
    const repoRoot = findRepoRoot(cwd)
    const shard = settings.shard === null ? '' : `, shard ${settings.shard.k}/${settings.shard.n}`
    logLine(`seal-gate: event ${payload.name}, scope ${settings.scope}, seal file ${settings.sealFile}${shard}`)
    const { event, reason } = await withChangeBase(payload, cwd, settings.source === 'worktree' ? 'HEAD' : settings.ref)
    if (reason !== null) logLine(reason)

    // The self-test and the choice of packets (which only reads: git questions, the disk) run side
    // by side; nothing is verified or reported before the self-test has passed.
    const proofRun = settings.selftest ? runSelftest() : Promise.resolve(null)
    const selecting = selectPackets(settings, event, cwd, repoRoot)
    selecting.catch(() => {}) // its error, if any, is thrown below once the self-test has passed
    const proof = await proofRun
    if (proof !== null && !proof.passed) {
      core.setOutput('ok', 'false')
      core.setFailed(`seal-gate: ${selftestSummary(proof)}: this gate cannot prove it fails closed here, so it judges nothing`)
      return
    }

    const selection = await selecting
    for (const note of selection.notes) logLine(note)
    const report: Report = selection.untouched
      ? { ok: true, seal: 1, packets: [], findings: [] }
      : await verifySelection(selection, settings, event, cwd)
    logReport(report)
    if (report.shard) logLine(shardLine(report.shard, report.packets.length))
    for (const w of report.warnings ?? []) core.warning(safeText(w.message), w.file ? { file: safeText(w.file) } : {})

    const reportFile = await writeReportFile(report)
    const findings = allFindings(report)
    const tally = await annotate(report, settings, event, context)

    const summary = renderSummary(report, {
      scope: settings.scope,
      event: event.name,
      discovered: selection.discovered,
      untouched: selection.untouched,
      notes: proof === null ? selection.notes : [selftestSummary(proof), ...selection.notes],
      tally
    })
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
    else logLine('GITHUB_STEP_SUMMARY is not set: no job summary written')

    core.setOutput('ok', report.ok ? 'true' : 'false')
    core.setOutput('packets', String(report.packets.length))
    core.setOutput('findings', String(findings.length))
    core.setOutput('report', reportFile)

    if (selection.untouched) core.notice(UNTOUCHED)
    else if (report.ok && report.shard && report.packets.length === 0) core.notice(shardLine(report.shard, 0))
    if (!report.ok) core.setFailed(headline(report, selection))
    else logLine(headline(report, selection))
  } catch (error) {
    core.setOutput('ok', 'false')
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`seal-gate: ${message}`)
  }
}

/** The self-test (docs/selftest in SECURITY.md): every drift class must fail before anything is judged. */
async function runSelftest(): Promise<SelftestResult> {
  logGroup('seal-gate selftest')
  try {
    const result = await selftest({ tmpRoot: process.env.RUNNER_TEMP || undefined })
    logLine(selftestSummary(result))
    for (const problem of selftestProblems(result)) logLine(`selftest: ${problem}`)
    return result
  } finally {
    core.endGroup()
  }
}

/**
 * Verifies the selected roots with the chosen byte source. On a pull request the packets of the
 * base are append-only (git mode), unless the pull request carries the re-seal label.
 */
async function verifySelection(selection: Selection, settings: Settings, event: EventInfo, cwd: string): Promise<Report> {
  const base = settings.source === 'worktree' ? undefined : (event.appendOnlyBase ?? undefined)
  if (settings.source === 'worktree' && event.appendOnlyBase !== null) {
    logLine('source worktree: the append-only rule needs the committed bytes (source auto or git) and is not applied')
  }
  const progress = new ProgressLog()
  const report = await verifyWithSource({
    paths: selection.roots,
    cwd,
    sealFile: settings.sealFile,
    source: settings.source,
    ref: settings.ref,
    base,
    allowReseal: event.labels.includes(settings.resealLabel),
    config: settings.config ?? undefined,
    shard: settings.shard ?? undefined,
    repository: selection.repository,
    onProgress: progress.update
  }).finally(() => progress.end())
  // A change that only deleted packets leaves nothing at HEAD to find: the deletion is judged by
  // the append-only rule alone, so "no packet found" says nothing about it.
  const onlyDeletions = settings.scope === 'changed' && selection.packets.length === 0 && selection.roots.length > 0
  if (selection.findings.length === 0 && !onlyDeletions) return report
  const findings = [...selection.findings, ...report.findings.filter(f => !(onlyDeletions && f.kind === 'no-packets'))]
  const ok = onlyDeletions ? findings.length === 0 && report.packets.every(p => p.ok) : reportOk(report.packets, findings, report.shard)
  return { ...report, findings, ok }
}

/** Step annotations for the first findings, a check run for all of them when wanted and allowed. */
async function annotate(report: Report, settings: Settings, event: EventInfo, context: RunContext): Promise<AnnotationTally> {
  const findings = allFindings(report)
  const tally: AnnotationTally = { total: countFindings(report), inline: 0, checkRun: 0, checkRunUrl: null, problem: null }
  tally.inline = emitAnnotations(findings)
  if (!shouldPublish(settings.checks, findings.length, tally.inline)) {
    if (findings.length > tally.inline) tally.problem = 'check runs are turned off (`checks: false`)'
  } else if (settings.token === '') {
    tally.problem = 'no github-token was given, so no check run could be published'
  } else if (event.checkSha === null) {
    tally.problem = 'the event names no commit to attach a check run to'
  } else {
    const { owner, repo } = runRepository(context)
    // Loaded here only: the client and its HTTP stack cost every run about 25 ms to evaluate.
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(settings.token)
    const api: ChecksApi = {
      create: params => octokit.rest.checks.create(params),
      update: params => octokit.rest.checks.update(params)
    }
    const result = await publishCheckRun(api, {
      owner,
      repo,
      headSha: event.checkSha,
      findings,
      ok: report.ok,
      title: headline(report, { untouched: false }),
      name: report.shard ? `${CHECK_RUN_NAME} (shard ${report.shard.k}/${report.shard.n})` : undefined,
      summary: `${findings.length} findings; the job summary of this run lists them with their causes.`
    })
    tally.checkRunUrl = result.url
    // The check run carries every finding, including those already shown on the step.
    tally.checkRun = Math.max(0, result.published - tally.inline)
    if (result.problem) tally.problem = result.problem.message
  }
  const notAnnotated = tally.total - tally.inline - tally.checkRun
  if (notAnnotated > 0) {
    core.warning(`${notAnnotated} of ${tally.total} findings were not annotated: ${tally.problem ?? 'unknown reason'}. All are in the job summary and the report file.`)
  }
  return tally
}
