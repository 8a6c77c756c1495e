/**
 * What the runner says about the run: the event's name and payload, the commit and the
 * repository, from its environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA,
 * GITHUB_REPOSITORY), as @actions/github's `context` reads them. Read here so that a run loads
 * @actions/github, its HTTP client and undici only when it posts a check run: evaluating them was
 * about 25 ms of every run. An event file that is named but cannot be read or parsed fails the
 * run (the context would print a line and judge an empty payload).
 */
import { readFileSync } from 'node:fs'

export interface RunContext {
  /** Empty when GITHUB_EVENT_NAME is not set (an event without a base then). */
  eventName: string
  payload: Record<string, unknown>
  sha: string | undefined
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, unknown> = {}
  const path = env.GITHUB_EVENT_PATH
  if (path) {
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'))
    } catch (e) {
      throw new Error(`the event file GITHUB_EVENT_PATH names cannot be read as JSON: ${(e as Error).message}`)
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the event file GITHUB_EVENT_PATH names holds no JSON object')
    payload = parsed as Record<string, unknown>
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? '', payload, sha: env.GITHUB_SHA }
}

/** The repository's owner and name, from GITHUB_REPOSITORY (`owner/repo`), else from the payload. */
export function runRepository(context: RunContext, env: NodeJS.ProcessEnv = process.env): { owner: string; repo: string } {
  if (env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/')
    return { owner, repo }
  }
  const repository = context.payload.repository as { owner?: { login?: unknown }; name?: unknown } | undefined
  if (typeof repository?.owner?.login === 'string' && typeof repository.name === 'string') return { owner: repository.owner.login, repo: repository.name }
  throw new Error("the repository is unknown: GITHUB_REPOSITORY (like 'owner/repo') is not set")
}
