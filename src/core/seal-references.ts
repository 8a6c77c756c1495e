/**
 * The reference entries `seal-gate seal` writes (docs/seal-format.md, section 7). A re-seal keeps
 * the references of the seal it replaces (so none is lost by sealing again), adds or re-points
 * the ones asked for, drops only the ones named, and hashes every canonical file afresh. Anything
 * verification would refuse (an unsafe path, a reference into the packet, a copy present in the
 * packet, a canonical file missing, a link or not a regular file) refuses the seal instead.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ReadError, type ByteSource } from './byte-source.js'
import { pathProblem } from './paths.js'
import { insideDir, occupied } from './references.js'
import { reportPath } from './repo-root.js'
import type { SealEntry } from './seal-file.js'

export interface ReferenceOptions {
  /** References to write or re-point: in-packet path → repository path of the canonical file. */
  references?: ReadonlyMap<string, string>
  /** In-packet paths whose reference in the current seal is dropped. */
  dropReferences?: readonly string[]
  /** The repository root references are relative to (absolute). */
  repoRoot: string
}

/**
 * The reference entries of the new seal of the packet at `dir`, or the problems that refuse it.
 * `present` holds every path the packet's listing has.
 */
export async function referenceEntries(
  dir: string,
  sealFileName: string,
  present: readonly string[],
  options: ReferenceOptions,
  source: ByteSource
): Promise<{ entries: SealEntry[]; problems: string[] }> {
  const problems: string[] = []
  const wanted = new Map(await currentReferences(join(dir, sealFileName), problems))
  for (const path of options.dropReferences ?? []) {
    if (!wanted.delete(path)) problems.push(`--drop-reference ${path}: the current seal has no reference at ${path}`)
  }
  for (const [path, ref] of options.references ?? []) wanted.set(path, ref)
  if (wanted.size === 0) return { entries: [], problems }

  const packetDir = reportPath(options.repoRoot, dir)
  if (packetDir === '..' || packetDir.startsWith('../')) {
    return { entries: [], problems: [...problems, `the packet lies outside the repository root ${options.repoRoot}, which references are relative to`] }
  }
  const { files, folders } = occupied(present)
  const entries: SealEntry[] = []
  for (const [path, ref] of wanted) {
    const where = `${path} (a reference to ${ref})`
    const problem = pathProblem(path) ?? (path === sealFileName ? 'a seal may not list itself' : null)
    const refProblem = pathProblem(ref)
    if (problem !== null) problems.push(`${where}: ${problem}`)
    else if (refProblem !== null) problems.push(`${where}: ${refProblem}`)
    else if (insideDir(ref, packetDir)) {
      problems.push(`${where}: the canonical file lies inside this packet; seal the file itself instead`)
    } else if (files.has(path) || folders.has(path)) {
      problems.push(`${where}: the packet also holds ${files.has(path) ? 'a file' : 'a folder'} at ${path}; remove it, or seal it instead with --drop-reference ${path}`)
    } else {
      const missing = await source.fileProblem(options.repoRoot, ref)
      if (missing !== null) problems.push(`${where}: the canonical file ${missing}`)
      else {
        try {
          entries.push({ path, ref, ...(await source.digest(join(options.repoRoot, ref))) })
        } catch (e) {
          if (!(e instanceof ReadError)) throw e
          problems.push(`${where}: the canonical file ${e.message}`)
        }
      }
    }
  }
  return { entries, problems }
}

/**
 * The references of the seal file being replaced, read loosely (its other content does not
 * matter here): a seal that is JSON gives its `files[].ref`; one that cannot be read as JSON but
 * mentions "ref" refuses the seal, since its references could be lost without a word.
 */
async function currentReferences(sealPath: string, problems: string[]): Promise<[string, string][]> {
  let text: string
  try {
    text = await readFile(sealPath, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
    problems.push(`the current seal file cannot be read to keep its references: ${(e as Error).message}`)
    return []
  }
  const refs = referencesIn(text)
  if (refs === null && text.includes('"ref"')) {
    problems.push('the current seal file is not JSON and may hold references; remove it to seal afresh, passing every --reference again')
  }
  return refs ?? []
}

/**
 * The `[path, ref]` pairs of a seal's text, read loosely (neither the schema nor the canonical form
 * is checked: only what the seal says it references matters here), or null when it is not JSON.
 */
export function referencesIn(text: string): [string, string][] | null {
  let files: unknown
  try {
    files = (JSON.parse(text) as { files?: unknown } | null)?.files
  } catch {
    return null
  }
  if (!Array.isArray(files)) return []
  return files
    .filter((f): f is { path: string; ref: string } => typeof f?.path === 'string' && typeof f?.ref === 'string')
    .map(f => [f.path, f.ref])
}
