/**
 * Publishing every finding as a check run annotation through the Checks API, for the findings a
 * step cannot show (the runner keeps 10 error annotations per step). The run is created first,
 * then updated with at most 50 annotations per request (the API's limit); the last update
 * completes it. A token that may not write checks (a fork's read-only token, `permissions`
 * without `checks: write`) is not an error of the gate: it is reported, never fatal, and never
 * turns a failure into a pass.
 */
import type { Finding } from '../core/finding.js'
import { annotationTitle } from './annotations.js'

export const ANNOTATIONS_PER_REQUEST = 50
export const CHECK_RUN_NAME = 'seal-gate findings'
const MESSAGE_LIMIT = 4096
const TITLE_LIMIT = 255
const SUMMARY_LIMIT = 60000

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure'
  message: string
  title: string
}

export interface CheckOutput {
  title: string
  summary: string
  annotations?: CheckAnnotation[]
}

/** The part of the Checks API this module uses (octokit.rest.checks fits it). */
export interface ChecksApi {
  create(params: {
    owner: string
    repo: string
    name: string
    head_sha: string
    status: 'in_progress'
    started_at: string
    output: CheckOutput
  }): Promise<{ data: { id: number; html_url?: string | null } }>
  update(params: {
    owner: string
    repo: string
    check_run_id: number
    output: CheckOutput
    status?: 'completed'
    conclusion?: 'success' | 'failure'
    completed_at?: string
  }): Promise<unknown>
}

export interface CheckRunRequest {
  owner: string
  repo: string
  headSha: string
  findings: readonly Finding[]
  ok: boolean
  title: string
  summary: string
  /** Name of the check run (default CHECK_RUN_NAME); shards add their own, so that none hides another. */
  name?: string
}

export interface CheckRunResult {
  /** Annotations the API accepted. */
  published: number
  url: string | null
  /** Why publishing stopped, when it did; `denied` is true when the token lacked the right. */
  problem: { denied: boolean; message: string } | null
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`
}

export function toCheckAnnotation(f: Finding): CheckAnnotation {
  const line = f.line !== null && f.line >= 1 ? f.line : 1
  const a: CheckAnnotation = {
    path: f.file === '' ? '.' : f.file,
    start_line: line,
    end_line: line,
    annotation_level: 'failure',
    message: clip(f.message, MESSAGE_LIMIT),
    title: clip(annotationTitle(f), TITLE_LIMIT)
  }
  if (f.line !== null && f.column !== undefined && f.column >= 1) {
    a.start_column = f.column
    a.end_column = f.column
  }
  return a
}

export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (size < 1) throw new RangeError('batch size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** HTTP status of an octokit error, if it has one. */
function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export async function publishCheckRun(api: ChecksApi, req: CheckRunRequest, now = () => new Date().toISOString()): Promise<CheckRunResult> {
  const output = { title: clip(req.title, TITLE_LIMIT), summary: clip(req.summary, SUMMARY_LIMIT) }
  let published = 0
  let url: string | null = null
  try {
    const created = await api.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name ?? CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: 'in_progress',
      started_at: now(),
      output
    })
    url = created.data.html_url ?? null
    const parts = batches(req.findings.map(toCheckAnnotation))
    if (parts.length === 0) parts.push([])
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1
      await api.update({
        owner: req.owner,
        repo: req.repo,
        check_run_id: created.data.id,
        output: parts[i].length > 0 ? { ...output, annotations: parts[i] } : output,
        ...(last ? { status: 'completed' as const, conclusion: req.ok ? ('success' as const) : ('failure' as const), completed_at: now() } : {})
      })
      published += parts[i].length
    }
    return { published, url, problem: null }
  } catch (e) {
    const status = statusOf(e)
    const denied = status === 401 || status === 403 || status === 404
    const message = denied
      ? `the token may not write check runs (HTTP ${status}); grant \`checks: write\` to publish them`
      : `publishing the check run failed: ${(e as Error).message}`
    return { published, url, problem: { denied, message } }
  }
}

/**
 * Whether to publish a check run: `always` (checks: true) does, `never` (checks: false) does
 * not, `auto` does only when the step could not annotate every finding.
 */
export function shouldPublish(mode: 'auto' | 'always' | 'never', findings: number, inline: number): boolean {
  if (mode === 'never') return false
  if (mode === 'always') return true
  return findings > inline
}
