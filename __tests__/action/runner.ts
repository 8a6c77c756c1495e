/**
 * Test helpers that stand in for the Actions runner: a parser for workflow commands written the
 * way the runner parses them (actions/runner, ActionCommand.cs: the `::name props::data` form
 * after leading whitespace, and the legacy `##[name props]data` form anywhere in a line), a
 * function that runs the bundled Action with the environment the runner gives it, and a parser
 * for the GITHUB_OUTPUT file.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface WorkflowCommand {
  form: 'v2' | 'v1'
  name: string
  properties: Record<string, string>
  data: string
  line: string
}

const unescape = (s: string, pairs: [string, string][]) => pairs.reduce((t, [from, to]) => t.split(from).join(to), s)
const DATA: [string, string][] = [['%0D', '\r'], ['%0A', '\n'], ['%25', '%']]
const PROPERTY: [string, string][] = [['%0D', '\r'], ['%0A', '\n'], ['%3A', ':'], ['%2C', ','], ['%25', '%']]
const LEGACY: [string, string][] = [['%3B', ';'], ['%0D', '\r'], ['%0A', '\n'], ['%5D', ']'], ['%25', '%']]

/**
 * Every line that the runner could take for a command, whatever its name (the runner acts only
 * on registered names, but a test that wants "no command" must see every candidate).
 */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const v2 = parseV2(line)
    if (v2) {
      out.push(v2)
      continue
    }
    const v1 = parseV1(line)
    if (v1) out.push(v1)
  }
  return out
}

function parseV2(raw: string): WorkflowCommand | null {
  const line = raw.trimStart()
  if (!line.startsWith('::')) return null
  const end = line.indexOf('::', 2)
  if (end < 0) return null
  const info = line.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (name === '') return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',').filter(p => p !== '')) {
      const eq = part.indexOf('=')
      if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq)] = unescape(part.slice(eq + 1), PROPERTY)
    }
  }
  return { form: 'v2', name: name.toLowerCase(), properties, data: unescape(line.slice(end + 2), DATA), line: raw }
}

function parseV1(line: string): WorkflowCommand | null {
  const start = line.indexOf('##[')
  if (start < 0) return null
  const rb = line.indexOf(']', start)
  if (rb < 0) return null
  const info = line.slice(start + 3, rb)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (name === '') return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const part of info.slice(space + 1).split(';').filter(p => p !== '')) {
      const eq = part.indexOf('=')
      if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq)] = unescape(part.slice(eq + 1), LEGACY)
    }
  }
  return { form: 'v1', name: name.toLowerCase(), properties, data: unescape(line.slice(rb + 1), LEGACY), line }
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  commands: WorkflowCommand[]
  outputs: Record<string, string>
  summary: string
}

export interface RunOptions {
  bundle: string
  workspace: string
  eventName: string
  event: unknown
  sha: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/** Runs `node <bundle>` as the runner does: INPUT_* variables, GITHUB_* files, cwd = workspace. */
export function runAction(opts: RunOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'seal-gate-runner-'))
  const eventPath = join(files, 'event.json')
  const outputPath = join(files, 'output')
  const summaryPath = join(files, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: opts.sha,
    GITHUB_REPOSITORY: 'octo-org/packets',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: files,
    // Nothing reaches the network: an unset API address would be api.github.com.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    ...opts.env
  }
  // The runner's naming: INPUT_ + the name upper-cased, spaces as '_', dashes kept.
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return new Promise(resolve => {
    execFile(process.execPath, [opts.bundle], { cwd: opts.workspace, env, timeout: 60_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({
        code,
        stdout,
        stderr,
        commands: parseCommands(stdout),
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8')
      })
    })
  })
}

/** A real pull_request payload from @octokit/webhooks-examples, pointed at the given commits. */
export function pullRequestEvent(base: string, head: string, labels?: string[]): Record<string, unknown> {
  const index = JSON.parse(
    readFileSync(join(process.cwd(), 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
  ) as { name: string; examples: { action?: string }[] }[]
  const example = index.find(e => e.name === 'pull_request')?.examples.find(x => x.action === 'synchronize')
  if (!example) throw new Error('no pull_request synchronize example in @octokit/webhooks-examples')
  const event = structuredClone(example) as Record<string, any>
  event.pull_request.base.sha = base
  event.pull_request.head.sha = head
  if (labels !== undefined) event.pull_request.labels = labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false }))
  event.repository.name = 'packets'
  event.repository.full_name = 'octo-org/packets'
  event.repository.owner.login = 'octo-org'
  return event
}
