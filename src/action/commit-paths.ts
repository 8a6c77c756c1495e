/**
 * The `path` input in git mode (docs/action.md): each line matched against the folders, seal files
 * and links of the commit judged, not against the disk, so that a packet a sparse checkout or an
 * earlier step left off the disk is still chosen. Patterns are read as @actions/glob reads them
 * (minimatch with its options: `*`, `?`, `[...]`, `**`, dot names matched, no braces, no extglobs;
 * `!` excludes; a trailing `/` matches folders only), relative to the workspace. The literal part
 * before the first wildcard is resolved on disk where it exists (a link on disk, the workspace's own
 * spelling), as on disk; everything after it is matched in the commit alone, links never followed.
 */
import { realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { escape, Minimatch } from 'minimatch'
import { entriesUnder, type TreeEntry, type TreeListing } from '../git/tree-listing.js'
import { InputError } from './inputs.js'

/** What @actions/glob hands minimatch (internal-pattern.js), on the platforms runners use. */
const OPTIONS = { dot: true, nobrace: true, nocase: process.platform === 'win32', nocomment: true, noext: true, nonegate: true }

export interface CommitRoots {
  /** Repository-relative roots ('.' for the top), without duplicates, in the order found. */
  roots: string[]
  /** Roots that are committed links: never followed, a finding as on disk. */
  links: string[]
}

interface Line {
  text: string
  negate: boolean
  /** Repository-relative literal path (no wildcard), or a matcher over repository-relative paths. */
  literal: string | null
  matcher: Minimatch | null
  foldersOnly: boolean
  globstarLast: boolean
}

/** Whether `path` is `root` or lies under it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
}

/** The real path of `path`: its deepest part that exists on disk resolved, the rest kept as written. */
function diskSpelling(path: string): string {
  let head = path
  let tail = ''
  for (;;) {
    try {
      return join(realpathSync(head), tail)
    } catch {
      const up = dirname(head)
      if (up === head) return path
      tail = join(head.slice(up.length + (up.endsWith(sep) ? 0 : 1)), tail)
      head = up
    }
  }
}

function readLine(raw: string, cwd: string, top: string): Line {
  let text = raw.trim()
  let negate = false
  while (text.startsWith('!')) {
    negate = !negate
    text = text.slice(1).trim()
  }
  if (text === '') throw new InputError(`input path: ${JSON.stringify(raw)} is not a usable pattern: it is empty`)
  // A positive line is resolved against the workspace first, as on disk, which drops a trailing
  // '/'; a negation keeps it (@actions/glob: folders only).
  const foldersOnly = negate && text.endsWith('/')
  const abs = resolve(cwd, text)
  const parts = abs.split('/').slice(1)
  const set = new Minimatch(abs, OPTIONS).set[0] ?? []
  let fixed = set.findIndex(p => typeof p !== 'string')
  if (fixed < 0) fixed = set.length
  // set[0] starts with '' for the root of an absolute pattern; the literal segments follow it.
  const literalCount = Math.max(0, fixed - 1)
  const prefix = `/${(set.slice(1, 1 + literalCount) as string[]).join('/')}`
  // A prefix above the workspace (`/*`) may still match inside it: each match is checked too.
  const reaches = !isInside(cwd, prefix) && (literalCount === parts.length || !isInside(prefix, cwd))
  if (reaches && !negate) throw new InputError(`input path: ${JSON.stringify(raw)} reaches outside the workspace (${prefix})`)
  const relPrefix = relative(top, diskSpelling(prefix)).split(sep).join('/')
  const outside = relPrefix === '..' || relPrefix.startsWith('../') || isAbsolute(relPrefix)
  if (outside && !negate) {
    const where = isInside(cwd, prefix) ? `lies outside the git repository ${top}: nothing there is committed` : `reaches outside the workspace (${prefix})`
    throw new InputError(`input path: ${JSON.stringify(raw)} ${where}`)
  }
  const rest = parts.slice(literalCount)
  if (rest.length === 0) return { text: raw, negate, literal: outside ? null : relPrefix, matcher: null, foldersOnly, globstarLast: false }
  const pattern = [...(relPrefix === '' ? [] : [escape(relPrefix, { windowsPathsNoEscape: false })]), ...rest].join('/')
  return { text: raw, negate, literal: null, matcher: outside ? null : new Minimatch(pattern, OPTIONS), foldersOnly, globstarLast: rest[rest.length - 1] === '**' }
}

function matches(line: Line, rel: string, folder: boolean): boolean {
  if (line.foldersOnly && !folder) return false
  if (line.literal !== null) return line.literal === rel
  if (line.matcher === null || rel === '') return false
  return line.matcher.match(line.globstarLast ? `${rel}/` : rel)
}

/**
 * The roots each positive line of `patterns` selects in `tree`, minus what any `!` line excludes.
 * A line that selects nothing, or reaches outside the workspace, is an InputError. `cwd` and
 * `top` are real paths (no link in them).
 */
export function commitRoots(patterns: readonly string[], cwd: string, top: string, tree: TreeListing, sealFile: string): CommitRoots {
  const lines = patterns.map(p => readLine(p, cwd, top))
  const negations = lines.filter(l => l.negate)
  const roots = new Set<string>()
  const links = new Set<string>()
  const keep = (line: Line, rel: string, folder: boolean) => matches(line, rel, folder) && !negations.some(n => matches(n, rel, folder))
  const every = lazyCandidates(tree, sealFile)
  for (const line of lines.filter(l => !l.negate)) {
    let usable = 0
    const found = (rel: string) => {
      if (!isInside(cwd, resolve(top, rel))) throw new InputError(`input path: ${JSON.stringify(line.text)} reaches outside the workspace (${resolve(top, rel)})`)
      roots.add(rel === '' ? '.' : rel)
      usable++
    }
    // A literal line can select its own path only: looked up, without walking the whole commit.
    const { folders, files } = line.literal === null ? every() : literalCandidates(line.literal, tree, sealFile)
    for (const rel of folders) if (keep(line, rel, true)) found(rel)
    for (const [rel, kind] of files) {
      if (!keep(line, rel, false)) continue
      found(rel)
      if (kind === 'link') links.add(rel)
    }
    if (usable === 0) throw new InputError(`input path: ${JSON.stringify(line.text)} matched no directory or ${sealFile} in the commit judged`)
  }
  return { roots: [...roots], links: [...links] }
}

interface Candidates {
  /** Folders of the commit ('' for its top). */
  folders: Iterable<string>
  /** Seal files and links of the commit. */
  files: Iterable<[string, 'seal' | 'link']>
}

/** Every folder, seal file and link of the commit, collected once when a line with a wildcard needs them. */
function lazyCandidates(tree: TreeListing, sealFile: string): () => { folders: Set<string>; files: Map<string, 'seal' | 'link'> } {
  let all: { folders: Set<string>; files: Map<string, 'seal' | 'link'> } | null = null
  return () => {
    if (all !== null) return all
    const folders = new Set<string>([''])
    const files = new Map<string, 'seal' | 'link'>()
    for (const name of [...tree.entries.keys(), ...tree.undecodable]) {
      for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) folders.add(name.slice(0, i))
    }
    for (const entry of tree.entries.values()) {
      const kind = fileKind(entry.path, entry.kind, sealFile)
      if (kind !== null) files.set(entry.path, kind)
    }
    all = { folders, files }
    return all
  }
}

/** What a literal path is in the commit: the top, a folder, a seal file or a link (or nothing). */
function literalCandidates(rel: string, tree: TreeListing, sealFile: string): Candidates {
  const entry = tree.entries.get(rel)
  const kind = entry === undefined ? null : fileKind(rel, entry.kind, sealFile)
  // The top is always a folder (the default `path` . needs nothing more); any other is one when some path lies under it.
  const under = `${rel}/`
  const folder = rel === '' || entriesUnder(tree, under).next().done !== true || tree.undecodable.some(name => name.startsWith(under))
  return { folders: folder ? [rel] : [], files: kind === null ? [] : [[rel, kind]] }
}

function fileKind(path: string, kind: TreeEntry['kind'], sealFile: string): 'seal' | 'link' | null {
  if (kind === 'symlink') return 'link'
  return path === sealFile || path.endsWith(`/${sealFile}`) ? 'seal' : null
}
