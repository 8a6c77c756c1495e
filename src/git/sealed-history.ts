/**
 * Finds a copy of a drifted file's sealed bytes in the repository's history, for diagnosis only
 * (docs/git.md, "Diagnosis from history"). Candidates, in order: the file at the base commit (when
 * a base is known), the file in the commit that last changed the packet's seal, then the file in
 * each commit that changed it, newest first, from the commit judged. Blobs are told apart by id
 * (each read once) and by size (only blobs of the sealed length are read); the first whose sha256
 * and length are the seal's is the copy. The search is bounded (HISTORY_MAX_*) and says how far it
 * went when it finds nothing. The core checks the copy again before using it.
 */
import { realpathSync } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'
import type { SealedBytesLookup, SealedCopySearch } from '../core/diagnose/from-history.js'
import { restores } from '../core/diagnose/hash.js'
import { count } from '../core/diagnose/describe.js'
import type { SealEntry } from '../core/seal-file.js'
import { DIAGNOSIS_LIMIT } from '../core/diagnose/diagnose-file.js'
import { BaseUnavailable, ensureBase } from './base-commit.js'
import { BlobReader } from './blob-reader.js'
import { checkObjectId, runGit, tryGit } from './git-command.js'

/** Commits that changed the file, walked back from the commit judged. */
export const HISTORY_MAX_COMMITS = 200
/** Distinct blobs of the sealed length read (and hashed) per file. */
export const HISTORY_MAX_BLOBS = 20
/** Drifted files searched per run; the others keep the core's diagnosis. */
export const HISTORY_MAX_FILES = 100
/** Bytes of blobs read (and hashed) per run, all files together; past it the search stops. */
export const HISTORY_MAX_BYTES = 256 << 20

export interface SealedHistoryOptions {
  /** Top of the working tree (absolute, as git reports it). */
  repoRoot: string
  /** Full id of the commit judged (git mode) or checked out (worktree mode). */
  commit: string
  /** Whether the commit's own blobs are the drifted bytes (git mode): they are then skipped unread. */
  judged: boolean
  /** The base of the change (`--base`), fetched when missing, as the append-only rule does. */
  base?: string
  sealFile: string
}

interface Candidate {
  commit: string
  where: string
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

export class SealedHistory {
  private readonly blobs: BlobReader
  private files = 0
  private bytesRead = 0
  private baseCommit: Promise<string | null> | null = null

  constructor(private readonly options: SealedHistoryOptions) {
    checkObjectId(options.commit)
    this.blobs = new BlobReader(options.repoRoot)
  }

  close(): void {
    this.blobs.close()
  }

  /** The hook handed to the core. */
  readonly lookup: SealedBytesLookup = (entry, packetDir) => this.search(entry, packetDir)

  private async search(sealed: SealEntry, packetDir: string): Promise<SealedCopySearch> {
    const packet = this.repositoryPath(packetDir)
    if (packet === null) return { bytes: null, searched: 'history not searched: the packet is outside the git repository' }
    const inPacket = (name: string) => (packet === '' ? name : `${packet}/${name}`)
    const path = inPacket(sealed.path)
    if (/[\n\r\0]/.test(path)) return { bytes: null, searched: 'history not searched: the file name holds a line break' }
    if (++this.files > HISTORY_MAX_FILES) {
      return { bytes: null, searched: `history not searched: only the first ${HISTORY_MAX_FILES} drifted files of a run are` }
    }
    if (sealed.bytes > DIAGNOSIS_LIMIT) return { bytes: null, searched: `history not searched: the sealed bytes are over ${DIAGNOSIS_LIMIT} bytes` }
    const seen = new Set<string>()
    let read = 0
    let overBudget = false
    const found = async (candidates: Candidate[]): Promise<SealedCopySearch | null> => {
      const blobs = await this.blobsAt(candidates.map(c => c.commit), path)
      for (const [i, candidate] of candidates.entries()) {
        const blob = blobs[i]
        if (blob === null || seen.has(blob.oid)) continue
        seen.add(blob.oid)
        if (blob.size !== sealed.bytes) continue
        if (read >= HISTORY_MAX_BLOBS) return null
        if (this.bytesRead + blob.size > HISTORY_MAX_BYTES) {
          overBudget = true
          return null
        }
        this.bytesRead += blob.size
        read++
        const bytes = await this.blobs.read(blob.oid, DIAGNOSIS_LIMIT)
        if (restores([bytes], sealed)) return { bytes, where: candidate.where }
      }
      return null
    }

    if (this.options.judged) {
      // The blob judged holds the drifted bytes: never a candidate.
      const [own] = await this.blobsAt([this.options.commit], path)
      if (own !== null) seen.add(own.oid)
    }
    const base = await this.base()
    const first: Candidate[] = []
    if (base !== null) first.push({ commit: base, where: `the base commit ${base.slice(0, 12)}` })
    const sealCommit = await this.lastChange(inPacket(this.options.sealFile), 1)
    if (sealCommit.length === 1) first.push({ commit: sealCommit[0], where: `commit ${sealCommit[0].slice(0, 12)}, where the seal was last changed` })
    const early = await found(first)
    if (early !== null) return early
    if (overBudget) return this.budgetSpent(read)

    const walk = await this.lastChange(path, HISTORY_MAX_COMMITS)
    const result = await found(walk.map((commit, i) => ({ commit, where: `commit ${commit.slice(0, 12)}, the ${ordinal(i + 1)} commit back that changed the file` })))
    if (result !== null) return result
    if (overBudget) return this.budgetSpent(read)
    return { bytes: null, searched: await this.notFound(walk.length, read) }
  }

  private budgetSpent(read: number): SealedCopySearch {
    return { bytes: null, searched: `history searched: ${count(read, 'blob')} of the sealed length, then stopped: the run's history budget of ${HISTORY_MAX_BYTES} bytes is spent` }
  }

  /** Why nothing was found, in words: the bounds reached, or a shallow history. */
  private async notFound(commits: number, read: number): Promise<string> {
    const blobs = count(read, 'blob')
    if (read >= HISTORY_MAX_BLOBS || commits >= HISTORY_MAX_COMMITS) {
      return `history searched: ${count(commits, 'commit')}, ${blobs} of the sealed length, no copy of the sealed bytes (the search stops at ${HISTORY_MAX_COMMITS} commits and ${HISTORY_MAX_BLOBS} blobs)`
    }
    const shallow = (await tryGit(this.options.repoRoot, ['rev-parse', '--is-shallow-repository']))?.toString('utf8').trim() === 'true'
    if (shallow) {
      const total = Number((await runGit(this.options.repoRoot, ['rev-list', '--count', this.options.commit])).toString('utf8').trim())
      return `shallow clone: history holds ${count(total, 'commit')}, no copy of the sealed bytes in it (fetch more history, e.g. fetch-depth: 0, to have the drift shown line by line)`
    }
    return `history searched: all ${count(commits, 'commit')} changing the file, ${blobs} of the sealed length, no copy of the sealed bytes`
  }

  /** The base commit, resolved (and fetched into a shallow clone) once; null without a base or when it cannot be had. */
  private base(): Promise<string | null> {
    if (this.options.base === undefined) return Promise.resolve(null)
    this.baseCommit ??= ensureBase(this.options.repoRoot, this.options.base).then(
      b => b.commit,
      e => {
        if (e instanceof BaseUnavailable) return null
        throw e
      }
    )
    return this.baseCommit
  }

  /** Up to `max` commits, newest first, from the commit judged, that changed `path`. */
  private async lastChange(path: string, max: number): Promise<string[]> {
    const out = await runGit(this.options.repoRoot, ['rev-list', `--max-count=${max}`, this.options.commit, '--', `:(literal)${path}`])
    return out.toString('utf8').split('\n').filter(line => line !== '').map(checkObjectId)
  }

  /** The blob at `path` in each commit (id and size), or null where there is none. One git process. */
  private async blobsAt(commits: string[], path: string): Promise<({ oid: string; size: number } | null)[]> {
    if (commits.length === 0) return []
    const input = Buffer.from(commits.map(c => `${checkObjectId(c)}:${path}\n`).join(''), 'utf8')
    const lines = (await runGit(this.options.repoRoot, ['cat-file', '--batch-check'], { input })).toString('utf8').split('\n')
    return commits.map((_, i) => {
      const [oid, type, size] = (lines[i] ?? '').split(' ')
      return type === 'blob' && /^\d+$/.test(size) ? { oid: checkObjectId(oid), size: Number(size) } : null
    })
  }

  /** The packet directory relative to the repository ('/'-separated, '' for its top), or null when outside it. */
  private repositoryPath(packetDir: string): string | null {
    let dir: string
    try {
      dir = realpathSync(packetDir)
    } catch {
      dir = packetDir
    }
    const rel = relative(this.options.repoRoot, dir)
    if (rel.startsWith('..') || isAbsolute(rel)) return null
    return sep === '/' ? rel : rel.split(sep).join('/')
  }
}
