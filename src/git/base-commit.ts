/**
 * The base of a change, for the scope diff, the append-only rule and history diagnosis (docs/git.md,
 * section "Shallow clones"). A shallow checkout usually lacks it: one commit is fetched from
 * `origin` (no tags, no history), and when even that fails the run fails closed with a message
 * that says how to fix the workflow.
 * Also the parents a commit object names, which is how GitHub's merge commit is recognised.
 */
import { checkObjectId, GitError, runGit, tryGit } from './git-command.js'
import { isObjectId } from './object-id.js'

export class BaseUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BaseUnavailable'
  }
}

/**
 * Commits known to be present, by repository: a full id that once named a commit here still does
 * (objects are only added during a run), so the several steps that ask about the same base or head
 * start one `git rev-parse` between them. Only "present" is remembered, never "absent" (a fetch may
 * bring the object), and a name other than a full id (HEAD, a branch) is always asked again.
 */
const presentCommits = new Set<string>()

/** Full id of the commit `ref` names, or null when it names none here. */
export async function resolveCommit(repoRoot: string, ref: string): Promise<string | null> {
  if (presentCommits.has(`${repoRoot}\0${ref}`)) return ref
  const out = await tryGit(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  const id = out?.toString('utf8').trim() ?? ''
  if (!isObjectId(id)) return null
  presentCommits.add(`${repoRoot}\0${id}`)
  return id
}

/**
 * The parent ids written in the commit object `commit` (a full id), in order; null when the object
 * cannot be read. Read from the object itself (`git cat-file`), not from the history: in a shallow
 * clone (`fetch-depth: 1`) the parents are absent but the object still names them.
 */
export async function commitParents(repoRoot: string, commit: string): Promise<string[] | null> {
  return (await readCommit(repoRoot, checkObjectId(commit)))?.parents ?? null
}

/**
 * The commit `ref` names, its full id and the parents its object names, from one `git cat-file
 * --batch` (the name goes to git on standard input, never as an option); null when it names no
 * commit here or the object cannot be read.
 */
export async function readCommit(repoRoot: string, ref: string): Promise<{ id: string; parents: string[] } | null> {
  if (/[\n\r\0]/.test(ref)) return null
  const out = await tryGit(repoRoot, ['cat-file', '--batch'], Buffer.from(`${ref}^{commit}\n`, 'utf8'))
  if (out === null) return null
  const text = out.toString('latin1')
  const eol = text.indexOf('\n')
  const [id, type, size] = text.slice(0, eol < 0 ? text.length : eol).split(' ')
  if (eol < 0 || type !== 'commit' || !isObjectId(id) || !/^\d+$/.test(size) || text.length !== eol + 1 + Number(size) + 1) return null
  const object = text.slice(eol + 1, eol + 1 + Number(size))
  const end = object.indexOf('\n\n')
  const header = (end < 0 ? object : object.slice(0, end)).split('\n')
  // The parents are the `parent` lines right after `tree`, as git reads them: a `parent` line
  // anywhere else in the header is no parent to git, so it is none here either.
  if (!header[0].startsWith('tree ')) return null
  const parents: string[] = []
  for (let i = 1; i < header.length && header[i].startsWith('parent '); i++) {
    const parent = header[i].slice('parent '.length)
    if (!isObjectId(parent)) return null
    parents.push(parent)
  }
  presentCommits.add(`${repoRoot}\0${id}`)
  return { id, parents }
}

/** Remembers that the full id `id` names a commit in `repoRoot` (learnt by a caller's own git question). */
export function knownCommit(repoRoot: string, id: string): void {
  if (isObjectId(id)) presentCommits.add(`${repoRoot}\0${id}`)
}

/** The base commit's full id, fetched from `origin` first when it is a full id missing from a shallow clone. */
export async function ensureBase(repoRoot: string, base: string): Promise<{ commit: string; fetched: boolean }> {
  const present = await resolveCommit(repoRoot, base)
  if (present !== null) return { commit: present, fetched: false }
  const fix =
    'Check out with history (actions/checkout with `fetch-depth: 0`), or fetch the base before the gate ' +
    '(`git fetch --no-tags --depth=1 origin <base sha>`); locally, pass a --base that exists in the clone.'
  if (!isObjectId(base)) {
    throw new BaseUnavailable(`the base ${JSON.stringify(base)} names no commit in this clone, so the change cannot be compared with its base. ${fix}`)
  }
  let reason = ''
  try {
    await runGit(repoRoot, ['fetch', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', base])
  } catch (e) {
    reason = e instanceof GitError ? ` (${e.message})` : ` (${String(e)})`
  }
  const fetched = await resolveCommit(repoRoot, base)
  if (fetched !== null) return { commit: fetched, fetched: true }
  throw new BaseUnavailable(
    `the base commit ${base} is not in this clone and could not be fetched from origin${reason}, so the change cannot be compared with its base. ${fix}`
  )
}
