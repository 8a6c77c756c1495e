/**
 * The Action's inputs, read once at the edge into a typed settings object. Nothing else in the
 * Action calls `core.getInput`. Every invalid value is a one-line error naming the input.
 */
import * as core from '@actions/core'
import { parseShard, type Shard } from '../core/shard.js'
import { UsageError } from '../core/usage-error.js'
import { SOURCE_MODES, type SourceMode } from '../git/verify-committed.js'

export type Scope = 'changed' | 'all'
/** `auto`: publish a check run only when there are more findings than the step can annotate. */
export type ChecksMode = 'auto' | 'always' | 'never'

export interface Settings {
  /** Packet directories or search roots, possibly globs, relative to the workspace. */
  paths: string[]
  sealFile: string
  scope: Scope
  /** Empty when no token was given: no check run can be published. */
  token: string
  checks: ChecksMode
  /** Where the bytes come from: the commit (`git`), the disk (`worktree`), or `auto`. */
  source: SourceMode
  /** Commit judged in git mode. */
  ref: string
  /** Pull request label that allows changing a packet that exists on the base branch. */
  resealLabel: string
  /** JSON validation configuration, relative to the workspace; null for the default (optional) file. */
  config: string | null
  /** Prove, before judging anything, that the gate fails on every drift class it claims to catch. */
  selftest: boolean
  /** Verify only this slice of the packets (`K/N`); null: every packet. */
  shard: Shard | null
}

export const INPUT_NAMES = ['path', 'seal-file', 'scope', 'github-token', 'checks', 'source', 'ref', 'reseal-label', 'config', 'selftest', 'shard'] as const
export type InputName = (typeof INPUT_NAMES)[number]

/**
 * Events whose default scope is the packets touched by the change under review. Not
 * pull_request_target: it checks out the base branch, whose diff with the base is empty, so a
 * default scope of `changed` there would verify nothing and pass.
 */
export const PULL_REQUEST_EVENTS = new Set(['pull_request'])

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

const show = (value: string) => JSON.stringify(value)

/** Parses raw input values (as the runner passes them: strings, '' when unset). */
export function parseSettings(read: (name: InputName) => string, eventName: string): Settings {
  return {
    paths: parsePaths(read('path')),
    sealFile: parseSealFile(read('seal-file').trim()),
    scope: parseScope(read('scope').trim(), eventName),
    token: read('github-token').trim(),
    checks: parseChecks(read('checks').trim()),
    source: parseSource(read('source').trim()),
    ref: parseRef(read('ref').trim()),
    resealLabel: parseLabel(read('reseal-label').trim()),
    config: parseConfig(read('config').trim()),
    selftest: parseBoolean('selftest', read('selftest').trim(), true),
    shard: parseShardInput(read('shard').trim())
  }
}

/** Reads every input once from the runner's environment. */
export function readSettings(eventName: string): Settings {
  return parseSettings(name => core.getInput(name), eventName)
}

function parsePaths(raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(line)) throw new InputError(`input path: ${show(line)} contains a control character`)
  }
  return lines.length > 0 ? lines : ['.']
}

function parseSealFile(value: string): string {
  if (value === '') return 'seal.json'
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(value) || value === '.' || value === '..') {
    throw new InputError(`input seal-file must be a plain file name (no '/', '\\' or control characters), got ${show(value)}`)
  }
  return value
}

function parseScope(value: string, eventName: string): Scope {
  if (value === '') return PULL_REQUEST_EVENTS.has(eventName) ? 'changed' : 'all'
  if (value === 'changed' || value === 'all') return value
  throw new InputError(`input scope must be "changed" or "all", got ${show(value)}`)
}

function parseChecks(value: string): ChecksMode {
  if (value === '' || value === 'auto') return 'auto'
  // The spellings YAML 1.2 and core.getBooleanInput accept.
  if (['true', 'True', 'TRUE'].includes(value)) return 'always'
  if (['false', 'False', 'FALSE'].includes(value)) return 'never'
  throw new InputError(`input checks must be "auto", "true" or "false", got ${show(value)}`)
}

function parseSource(value: string): SourceMode {
  if (value === '') return 'auto'
  if ((SOURCE_MODES as readonly string[]).includes(value)) return value as SourceMode
  throw new InputError(`input source must be "auto", "git" or "worktree", got ${show(value)}`)
}

function parseRef(value: string): string {
  if (value === '') return 'HEAD'
  // Handed to git as an argument: it may never look like an option; git resolves the rest.
  // eslint-disable-next-line no-control-regex
  if (value.startsWith('-') || /[\u0000-\u0020\u007f]/.test(value)) {
    throw new InputError(`input ref must be a branch, tag or commit id, got ${show(value)}`)
  }
  return value
}

function parseLabel(value: string): string {
  if (value === '') return 'reseal-approved'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(`input reseal-label contains a control character`)
  return value
}

function parseConfig(value: string): string | null {
  if (value === '') return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(`input config contains a control character`)
  return value
}

function parseShardInput(value: string): Shard | null {
  if (value === '') return null
  try {
    return parseShard(value)
  } catch (e) {
    if (e instanceof UsageError) throw new InputError(`input ${e.message}`)
    throw e
  }
}

function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input ${name} must be "true" or "false", got ${show(value)}`)
}
