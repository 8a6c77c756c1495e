/**
 * The repository files of one commit, read by repository path: where the JSON step reads its
 * configuration and schemas in git mode (docs/json-validation.md, "Where configuration and
 * schemas come from"), so that a workflow step that rewrites them on disk changes nothing, and
 * `--ref` of another commit is judged with that commit's own rules.
 *
 * The same rules as on disk: a symbolic link (mode 120000) or a submodule (160000) anywhere along
 * the path is refused, a folder or any other mode is not a regular file, a file over the limit is
 * refused. Modes and sizes come from the commit's tree listing; bytes from `git cat-file blob`,
 * raw as committed (no eol conversion, no filter). The read is synchronous: a run reads only the
 * configuration and the few schemas it needs, each once (kept here), and the schema registry
 * resolves `$ref`s synchronously.
 */
import { checkRepoPath, inWhere, MAX_REPO_FILE_BYTES, readRepoFile, RepoFileError, tooLarge, type RepoFiles } from '../core/json/repo-files.js'
import type { Warning } from '../core/report.js'
import { checkObjectId, runGitSync } from './git-command.js'
import { lookUpCommitted } from './committed-path.js'
import { listTree, type TreeListing } from './tree-listing.js'
import { autocrlf, checkoutAttributes, describeWorktreeDifference } from './worktree-cause.js'

export class CommitFiles implements RepoFiles {
  readonly where: string
  /** Every path read: its committed bytes, or null when the commit does not hold it. */
  private readonly bytes = new Map<string, Uint8Array | null>()

  /** The files of `commit` (a full object id), from its whole tree listing (kept by listTree for the run). */
  static async open(repoRoot: string, commit: string): Promise<CommitFiles> {
    return new CommitFiles(repoRoot, commit, await listTree(repoRoot, commit))
  }

  /** `tree` is the whole listing of `commit` (a full object id) in the repository at `repoRoot`. */
  constructor(
    private readonly repoRoot: string,
    commit: string,
    private readonly tree: TreeListing
  ) {
    checkObjectId(commit)
    this.where = `commit ${commit.slice(0, 12)}`
  }

  read(path: string, limit = MAX_REPO_FILE_BYTES): Uint8Array | null {
    checkRepoPath(path)
    const found = lookUpCommitted(this.tree, path)
    if (found.at === 'below') {
      const { step, entry } = found
      if (entry.kind === 'symlink') throw new RepoFileError(`${step} is committed as a symbolic link (mode 120000); schemas and configuration must be regular files`)
      if (entry.kind === 'submodule') throw new RepoFileError(`${step} is committed as a submodule (mode 160000); schemas and configuration must be regular files`)
      return null // a file where a folder would be: nothing below it exists
    }
    if (found.at === 'folder') throw new RepoFileError(`${path} is not a regular file`)
    if (found.at === 'absent') {
      this.bytes.set(path, null)
      return null
    }
    const { entry } = found
    if (entry.kind === 'symlink') throw new RepoFileError(`${path} is committed as a symbolic link (mode 120000); schemas and configuration must be regular files`)
    if (entry.kind !== 'file') throw new RepoFileError(`${path} is not a regular file (committed with mode ${entry.mode})`)
    if (entry.size > limit) throw new RepoFileError(tooLarge(path, limit))
    const known = this.bytes.get(path)
    if (known != null) return known
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(runGitSync(this.repoRoot, ['cat-file', 'blob', checkObjectId(entry.oid)], entry.size + 1))
    } catch (e) {
      throw new RepoFileError(`${path} cannot be read${inWhere(this)}: ${(e as Error).message}`)
    }
    if (bytes.length !== entry.size) throw new RepoFileError(`${path} cannot be read${inWhere(this)}: git returned ${bytes.length} bytes, the tree lists ${entry.size}`)
    this.bytes.set(path, bytes)
    return bytes
  }

  /**
   * For the commit that is checked out: a warning for each file read (or looked for) whose
   * working-tree copy differs from the commit, naming the cause git knows. The verdict used the
   * committed file; the warning says why an edit on disk changed nothing.
   */
  async worktreeWarnings(): Promise<Warning[]> {
    const differing: Array<{ path: string; committed: Uint8Array | null; disk: Uint8Array | null | 'unsafe' }> = []
    for (const [path, committed] of [...this.bytes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      let disk: Uint8Array | null | 'unsafe'
      try {
        disk = readRepoFile(this.repoRoot, path, Math.max(committed?.length ?? 0, MAX_REPO_FILE_BYTES))
      } catch {
        disk = 'unsafe'
      }
      if (committed === null ? disk !== null : disk === 'unsafe' || disk === null || !Buffer.from(disk).equals(committed)) {
        differing.push({ path, committed, disk })
      }
    }
    if (differing.length === 0) return []
    const attributes = await checkoutAttributes(this.repoRoot, differing.map(d => d.path))
    const crlf = await autocrlf(this.repoRoot)
    const out: Warning[] = []
    for (const { path, committed, disk } of differing) {
      if (committed === null) {
        out.push({ file: path, message: `${path}: on disk but not in ${this.where}, so the JSON checks ran without it (commit it, or verify the disk with source worktree)` })
        continue
      }
      const cause =
        disk === null
          ? 'absent from the working tree'
          : disk === 'unsafe'
            ? 'not readable in the working tree as a regular file (a link, a folder, or too large)'
            : await describeWorktreeDifference(this.repoRoot, path, Buffer.from(committed), attributes.get(path) ?? {}, crlf)
      out.push({ file: path, message: `${path}: the working tree differs from ${this.where}: ${cause}; the JSON checks use the committed file` })
    }
    return out
  }
}
