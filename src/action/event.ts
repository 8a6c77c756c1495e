/**
 * What the triggering event says about the change under review, read from the payload of the
 * run's context (github-context.ts). Pure: the caller passes the event name, payload and sha.
 *
 * - pull_request: the diff starts at `pull_request.base.sha`, or, when the checkout is GitHub's
 *   merge commit of `pull_request.head.sha`, at its first parent (src/action/change-base.ts
 *   decides). The files verified are those at HEAD. Check runs attach to `pull_request.head.sha`,
 *   the commit the pull request shows.
 * - merge_group: the diff starts at `merge_group.base_sha`; check runs attach to `head_sha`.
 * - push: the diff starts at `before` (none for a new branch).
 * - workflow_dispatch, schedule and anything else (pull_request_target too, which checks out the
 *   base branch): no base; every packet at the checked-out ref.
 */
import { isObjectId } from '../git/object-id.js'
import { PULL_REQUEST_EVENTS } from './inputs.js'

export interface EventInfo {
  name: string
  /** Commit the change starts from, when the event has one. */
  base: string | null
  /** Commit a check run attaches to. */
  checkSha: string | null
  /**
   * Commit whose packets are append-only for this change: the pull request's base. Only
   * pull_request has one: on push and merge_group the change was already reviewed (and its
   * re-seal approved by label) in its pull request.
   */
  appendOnlyBase: string | null
  /** Names of the pull request's labels (empty for other events). */
  labels: string[]
  /** `pull_request.head.sha`: the second parent of GitHub's merge commit (null for other events). */
  prHead: string | null
}

/** A full lowercase hex object id, or null (never anything git could read as an option). */
export function commitId(value: unknown): string | null {
  return isObjectId(value) && !/^0+$/.test(value) ? value : null
}

type Payload = Record<string, unknown>
const field = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' ? (o as Payload)[key] : undefined)

export function readEvent(name: string, payload: unknown, sha: string | undefined): EventInfo {
  const current = commitId(sha)
  if (PULL_REQUEST_EVENTS.has(name)) {
    const pr = field(payload, 'pull_request')
    const base = commitId(field(field(pr, 'base'), 'sha'))
    const head = commitId(field(field(pr, 'head'), 'sha'))
    const labels = field(pr, 'labels')
    return {
      name,
      base,
      checkSha: head ?? current,
      appendOnlyBase: base,
      labels: Array.isArray(labels) ? labels.map(l => field(l, 'name')).filter((n): n is string => typeof n === 'string') : [],
      prHead: head
    }
  }
  if (name === 'merge_group') {
    const group = field(payload, 'merge_group')
    return { name, base: commitId(field(group, 'base_sha')), checkSha: commitId(field(group, 'head_sha')) ?? current, appendOnlyBase: null, labels: [], prHead: null }
  }
  if (name === 'push') {
    return {
      name,
      base: field(payload, 'created') === true ? null : commitId(field(payload, 'before')),
      checkSha: commitId(field(payload, 'after')) ?? current,
      appendOnlyBase: null,
      labels: [],
      prHead: null
    }
  }
  return { name, base: null, checkSha: current, appendOnlyBase: null, labels: [], prHead: null }
}
