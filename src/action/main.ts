/**
 * The Action: reads its inputs and the event, chooses the packets, lets the core verify them,
 * and turns the report into annotations, a check run, a job summary and outputs. Any error of
 * its own fails the step: it never passes by accident.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { verifyPackets } from '../core/verify.js'
import { findRepoRoot } from '../core/repo-root.js'
import type { Report } from '../core/report.js'
import { countFindings } from '../core/report.js'
import { allFindings, emitAnnotations } from './annotations.js'
import { publishCheckRun, shouldPublish, type ChecksApi } from './check-run.js'
import { readEvent, type EventInfo } from './event.js'
import { readSettings, type Settings } from './inputs.js'
import { logReport } from './log-report.js'
import { writeReportFile } from './report-file.js'
import { logLine } from './safe-text.js'
import { selectPackets } from './select.js'
import { headline, renderSummary, type AnnotationTally } from './summary.js'

export const UNTOUCHED = 'no packet touched by this pull request'

export async function run(): Promise<void> {
  try {
    const event = readEvent(github.context.eventName, github.context.payload, github.context.sha)
    const settings = readSettings(event.name)
    const cwd = process.cwd()
    const repoRoot = findRepoRoot(cwd)
    logLine(`seal-gate: event ${event.name}, scope ${settings.scope}, seal file ${settings.sealFile}`)

    const selection = await selectPackets(settings, event, cwd, repoRoot)
    for (const note of selection.notes) logLine(note)
    const report: Report = selection.untouched
      ? { ok: true, seal: 1, packets: [], findings: [] }
      : await verifyPackets(selection.packets, { cwd, repoRoot, sealFile: settings.sealFile }, selection.findings)
    logReport(report)

    const reportFile = await writeReportFile(report)
    const findings = allFindings(report)
    const tally = await annotate(report, settings, event)

    const summary = renderSummary(report, {
      scope: settings.scope,
      event: event.name,
      discovered: selection.discovered,
      untouched: selection.untouched,
      notes: selection.notes,
      tally
    })
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
    else logLine('GITHUB_STEP_SUMMARY is not set: no job summary written')

    core.setOutput('ok', report.ok ? 'true' : 'false')
    core.setOutput('packets', String(report.packets.length))
    core.setOutput('findings', String(findings.length))
    core.setOutput('report', reportFile)

    if (selection.untouched) core.notice(UNTOUCHED)
    if (!report.ok) core.setFailed(headline(report, selection))
    else logLine(headline(report, selection))
  } catch (error) {
    core.setOutput('ok', 'false')
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`seal-gate: ${message}`)
  }
}

/** Step annotations for the first findings, a check run for all of them when wanted and allowed. */
async function annotate(report: Report, settings: Settings, event: EventInfo): Promise<AnnotationTally> {
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
    const octokit = github.getOctokit(settings.token)
    const api: ChecksApi = {
      create: params => octokit.rest.checks.create(params),
      update: params => octokit.rest.checks.update(params)
    }
    const { owner, repo } = github.context.repo
    const result = await publishCheckRun(api, {
      owner,
      repo,
      headSha: event.checkSha,
      findings,
      ok: report.ok,
      title: headline(report, { untouched: false }),
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
