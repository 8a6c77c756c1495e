/**
 * The bad-input harness: runs the bundled CLI as a separate process (bounded by `timeout`), and
 * checks what every probe must show: a failing exit code, one line that says what is wrong and
 * where, no stack trace, and a repository left exactly as it was.
 */
import { expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { tempDir, writeTree } from '../helpers/packets.js'

/** Bundles the CLI into a temporary folder, as scripts/build.mjs does for dist/cli.js. */
export async function bundleCli(): Promise<string> {
  const outdir = tempDir('seal-gate-hardening-cli-')
  chmodSync(outdir, 0o755)
  await build({
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" },
    logLevel: 'warning'
  })
  return join(outdir, 'cli.js')
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  timedOut: boolean
}

export interface RunOptions {
  /** Seconds before `timeout` kills the CLI (default 20). */
  seconds?: number
  env?: Record<string, string>
  /** Run as the unprivileged user `nobody` (setpriv), so that permissions apply. */
  asNobody?: boolean
  /** A command that wraps the CLI (e.g. /usr/bin/time and its options). */
  prefix?: string[]
}

/** Runs `node cli.js ...args` in `cwd` under coreutils `timeout`; never hangs the suite. */
export function runCli(cli: string, args: string[], cwd: string, options: RunOptions = {}): RunResult {
  const seconds = options.seconds ?? 20
  const node = [...(options.prefix ?? []), process.execPath, cli, ...args]
  const command = options.asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }
  const result = spawnSync('timeout', ['-k', '5', String(seconds), ...command], {
    cwd,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: (seconds + 15) * 1000
  })
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    timedOut: result.status === 124 || result.status === 137 || result.error !== undefined
  }
}

const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m

/**
 * Asserts fail-closed: exit 1 or 2 (the expected one when given), no timeout, no stack trace,
 * and exactly one output line matching `line` (the line saying what is wrong and where).
 */
export function expectFailClosed(result: RunResult, line: RegExp, code?: 1 | 2): string {
  expect(result.timedOut).toBe(false)
  expect([1, 2]).toContain(result.code)
  if (code !== undefined) expect(result.code).toBe(code)
  const output = result.stdout + result.stderr
  expect(output).not.toMatch(STACK_LINE)
  const lines = output.split('\n')
  const matching = lines.filter(l => line.test(l))
  if (matching.length !== 1) {
    throw new Error(`expected exactly one line matching ${line}, got ${matching.length}:\n${output}`)
  }
  return matching[0]
}

export type Snapshot = Map<string, string>

/** Every entry under `root` (links not followed): type, mode, size, mtime, and content or target. */
export function snapshot(root: string): Snapshot {
  const out: Snapshot = new Map()
  const pending = ['']
  while (pending.length > 0) {
    const rel = pending.pop() as string
    const abs = rel === '' ? root : join(root, rel)
    let stat
    try {
      stat = lstatSync(abs)
    } catch (e) {
      out.set(rel, `lstat failed: ${(e as NodeJS.ErrnoException).code}`)
      continue
    }
    let what = `${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs} ${stat.nlink}`
    if (stat.isSymbolicLink()) what += ` -> ${readlinkSync(abs)}`
    else if (stat.isFile() && stat.size <= 16 << 20) {
      try {
        what += ` ${createHash('sha256').update(readFileSync(abs)).digest('hex')}`
      } catch (e) {
        what += ` unreadable ${(e as NodeJS.ErrnoException).code}`
      }
    } else if (stat.isDirectory()) {
      let names: string[] = []
      try {
        names = readdirSync(abs)
      } catch (e) {
        what += ` unlistable ${(e as NodeJS.ErrnoException).code}`
      }
      for (const name of names) pending.push(rel === '' ? name : `${rel}/${name}`)
    }
    out.set(rel, what)
  }
  return out
}

/** A temporary repository (a folder holding .git) that `nobody` may enter and read. */
export function tempRepo(): string {
  const root = tempDir('seal-gate-probe-')
  chmodSync(root, 0o755)
  mkdirSync(join(root, '.git'))
  return root
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface Entry {
  path: string
  /** A reference's canonical file (docs/seal-format.md, section 7). */
  ref?: string
  sha256: string
  bytes: number
}

export function entryOf(path: string, content: string | Uint8Array): Entry {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  return { path, sha256: sha256(buf), bytes: buf.length }
}

const byteOrder = (a: Entry, b: Entry) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))

/** The tree value of docs/seal-format.md, written out independently of the core. */
export function treeOf(entries: readonly Entry[]): string {
  return sha256([...entries].sort(byteOrder).map(e => `${e.sha256}  ${e.path}\n`).join(''))
}

/** The canonical seal text for `entries`, in the order given (so that tests can break the order). */
export function sealText(entries: readonly Entry[], tree = treeOf(entries)): string {
  const files = entries.map(e => ({ path: e.path, ref: e.ref, sha256: e.sha256, bytes: e.bytes }))
  return JSON.stringify({ seal: 1, algorithm: 'sha256', tree, files }, null, 2) + '\n'
}

/** The files of the base packet every probe starts from. */
export const BASE: Record<string, string> = {
  'a.txt': 'alpha\n',
  'notes/report.md': '# Report — clone leg\n\nCafé “as delivered”.\n',
  'notes/data.json': '{\n  "status": "READY — not applied"\n}\n'
}

export const baseEntries = (): Entry[] => Object.entries(BASE).map(([p, c]) => entryOf(p, c)).sort(byteOrder)

/** Writes the base packet at `dir`, sealed correctly. */
export function writeBasePacket(dir: string): void {
  writeTree(dir, BASE)
  writeFileSync(join(dir, 'seal.json'), sealText(baseEntries()))
}
