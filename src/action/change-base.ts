/**
 * The base of a pull request's change (docs/git.md, "The base of a pull request"). On
 * `pull_request`, actions/checkout checks out GitHub's merge commit (refs/pull/N/merge): its first
 * parent is the tip of the base branch when GitHub made it, its second `pull_request.head.sha`. The
 * payload's `pull_request.base.sha` may be older than that first parent (the base branch moved on),
 * and a diff from it would hold the changes of every pull request merged since. So when the commit
 * judged is that merge commit, its first parent is the base; otherwise (a checkout of the head
 * itself, or any other commit) the base stays `pull_request.base.sha`. The one base chosen here
 * serves the scope diff, the append-only rule and history diagnosis alike. The parents are read
 * from the commit object, so a shallow clone works; a base missing from the clone is fetched (or
 * the run fails closed) where it is used, as before.
 */
import { readCommit } from '../git/base-commit.js'
import type { EventInfo } from './event.js'
import { PULL_REQUEST_EVENTS } from './inputs.js'

export interface BaseChoice {
  /** The base of the change, null when there is none. */
  base: string | null
  /** One line for the log: which base and why (commit ids only, no repository text). */
  reason: string
}

const short = (id: string) => id.slice(0, 12)

/**
 * Pure: the base, given the payload's base and head, the commit judged (null when it could not be
 * read) and the parents its object names (null when it could not be read).
 */
export function pickBase(payloadBase: string | null, prHead: string | null, judged: string | null, parents: string[] | null): BaseChoice {
  if (judged !== null && parents !== null && prHead !== null && parents.length === 2 && parents[1] === prHead) {
    const first = parents[0]
    const why =
      first === payloadBase
        ? `pull_request.base.sha, the first parent of the merge commit ${short(judged)} checked out`
        : `the first parent of the merge commit ${short(judged)} checked out (the base branch when GitHub made it), ` +
          `not pull_request.base.sha ${payloadBase === null ? '(absent)' : short(payloadBase)}`
    return { base: first, reason: `base of the change ${short(first)}: ${why}` }
  }
  let checkout: string
  if (prHead === null) checkout = 'the event names no pull_request.head.sha'
  else if (judged === null || parents === null) checkout = 'the commit checked out could not be read'
  else if (judged === prHead) checkout = `the checkout is pull_request.head.sha ${short(prHead)} itself`
  else if (parents.length !== 2) checkout = `${short(judged)} checked out is no merge of pull_request.head.sha: it has ${parents.length} parent${parents.length === 1 ? '' : 's'}`
  else checkout = `${short(judged)} checked out is no merge of pull_request.head.sha ${short(prHead)}: its second parent is ${short(parents[1])}`
  if (payloadBase === null) return { base: null, reason: `no base of the change: pull_request.base.sha is absent and ${checkout}` }
  return { base: payloadBase, reason: `base of the change ${short(payloadBase)}: pull_request.base.sha (${checkout})` }
}

/**
 * The event with its base chosen as above, for pull_request; other events unchanged (their bases
 * are not stale: see docs/action.md, "Events"). `ref` names the commit judged.
 */
export async function withChangeBase(event: EventInfo, cwd: string, ref: string): Promise<{ event: EventInfo; reason: string | null }> {
  if (!PULL_REQUEST_EVENTS.has(event.name)) return { event, reason: null }
  const judged = await readCommit(cwd, ref)
  const choice = pickBase(event.base, event.prHead, judged?.id ?? null, judged?.parents ?? null)
  return { event: { ...event, base: choice.base, appendOnlyBase: choice.base }, reason: choice.reason }
}
