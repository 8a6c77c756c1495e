/** Test helpers: real git repositories built with the git CLI, isolated from the machine's git config. */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sealPacket } from '../../src/core/seal-packet.js'
import { SAMPLE_PACKET, tempDir, writeTree } from '../helpers/packets.js'

// Neither the machine's nor the user's git configuration may change what these tests see.
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = '/dev/null'

const IDENTITY = ['-c', 'user.name=Seal Test', '-c', 'user.email=seal-test@example.invalid', '-c', 'commit.gpgsign=false']

/** Runs git in `cwd` and returns its trimmed standard output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** A new repository on branch main. */
export function newRepo(): string {
  const dir = tempDir('seal-gate-git-')
  git(dir, 'init', '-q', '-b', 'main')
  return dir
}

/** Writes the sample packet at `repo/dir`, seals it and commits everything; returns the commit id. */
export async function commitSealedPacket(repo: string, dir = 'p', files: Record<string, string | Uint8Array> = SAMPLE_PACKET): Promise<string> {
  writeTree(join(repo, dir), files)
  await sealPacket(join(repo, dir))
  return commitAll(repo, `seal ${dir}`)
}

export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

export const read = (repo: string, path: string) => readFileSync(join(repo, path))
export const write = (repo: string, path: string, content: string | Uint8Array) => writeFileSync(join(repo, path), content)

/** The bytes of `path` in `commit`, as committed. */
export function committed(repo: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], { cwd: repo })
}

export { tempDir, writeTree, SAMPLE_PACKET }
