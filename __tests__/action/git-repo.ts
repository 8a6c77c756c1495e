/** Temporary git repositories built with the git CLI, and the bundle built once per test file. */
import { afterAll, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' }
  }).trim()
}

export function newRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seal-gate-repo-'))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.email', 'gate@example.com')
  git(dir, 'config', 'user.name', 'gate')
  git(dir, 'config', 'core.autocrlf', 'false')
  return dir
}

export function write(root: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** Builds dist/index.js and dist/cli.js into a temporary folder; returns that folder. */
export function buildBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'seal-gate-bundle-'))
  execFileSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'inherit' })
  return out
}

/**
 * For a test file that runs the bundles: builds them before its tests (beforeAll) and hands them
 * to `built`; after its tests (afterAll) removes them and every directory pushed onto the list
 * returned. Call at the top level of the test file.
 */
export function bundleForTests(built: (bundle: string) => void): string[] {
  const cleanup: string[] = []
  beforeAll(() => {
    const bundle = buildBundle()
    cleanup.push(bundle)
    built(bundle)
  })
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
  })
  return cleanup
}

export function seal(bundle: string, cwd: string, ...dirs: string[]): void {
  execFileSync(process.execPath, [join(bundle, 'cli.js'), 'seal', ...dirs], { cwd, encoding: 'utf8' })
}

/** LF line endings to CRLF, the conversion unix2dos and editors perform. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

/**
 * A pull request as GitHub checks it out: `base` on main, the PR's commits on a branch, and the
 * merge commit of the two checked out (refs/pull/N/merge). With `onMain`, main moves on after
 * `base` (other pull requests merged) before GitHub makes the merge commit, whose first parent is
 * then main's new tip, not `base`. Returns the commits.
 */
export function pullRequest(dir: string, change: () => void, onMain?: () => void): { base: string; head: string; merge: string } {
  const base = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'topic')
  change()
  const head = commitAll(dir, 'change under review')
  git(dir, 'checkout', '-q', 'main')
  onMain?.()
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge topic into main', 'topic')
  return { base, head, merge: git(dir, 'rev-parse', 'HEAD') }
}
