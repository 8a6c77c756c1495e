/**
 * Writing a seal (`seal-gate seal DIR`): lists the packet, refuses anything that verification
 * would refuse (links, special files, unsafe or colliding names, broken references), hashes every
 * file and referenced canonical file, and writes the canonical seal file atomically (a temporary
 * file renamed over the old one).
 */
import { rename, writeFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { FsSource } from './fs-source.js'
import { mapLimit } from './map-limit.js'
import { findRepoRoot } from './repo-root.js'
import { referenceEntries, type ReferenceOptions } from './seal-references.js'
import { collisions, compareBytewise } from './paths.js'
import { canonicalSealText, DEFAULT_SEAL_FILE, SealEntries, type Seal, type SealEntry } from './seal-file.js'
import { treeHash } from './tree-hash.js'

export class SealRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`refused to seal: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`)
    this.name = 'SealRefused'
  }
}

/** References to write, keep or drop (seal-references.ts); the root defaults to the repository around `dir`. */
export type SealOptions = Partial<ReferenceOptions>

/**
 * Builds the seal of the packet at `dir` (absolute) without writing it. The references of the
 * seal file it would replace are kept (seal-references.ts).
 */
export async function buildSeal(dir: string, sealFileName = DEFAULT_SEAL_FILE, source = new FsSource(), options: SealOptions = {}): Promise<Seal> {
  const listing = await source.list(dir, sealFileName)
  const problems = listing.problems.map(p => `${p.path}: ${p.message}`)
  const present = [...listing.files, ...listing.problems].map(f => f.path)
  const refs = await referenceEntries(dir, sealFileName, present, { ...options, repoRoot: options.repoRoot ?? findRepoRoot(dir) }, source)
  problems.push(...refs.problems)
  const named = [...listing.files.map(f => f.path), ...refs.entries.map(e => e.path)]
  for (const [i, j] of collisions(named.length, i => named[i])) {
    problems.push(`${named[i]}: collides with ${named[j]} under case folding or Unicode normalization`)
  }
  if (problems.length > 0) throw new SealRefused(problems)
  const paths = listing.files.map(f => f.path)
  const digested: SealEntry[] = await mapLimit(paths, 8, async path => ({ path, ...(await source.digest(join(dir, path))) }))
  const files = [...digested, ...refs.entries].sort((a, b) => compareBytewise(a.path, b.path))
  return { seal: 1, algorithm: 'sha256', tree: treeHash(files), files: SealEntries.of(files) }
}

/** Writes or refreshes `dir/<sealFileName>`; returns the seal written. */
export async function sealPacket(dir: string, sealFileName = DEFAULT_SEAL_FILE, options: SealOptions = {}): Promise<Seal> {
  const seal = await buildSeal(dir, sealFileName, new FsSource(), options)
  const target = join(dir, sealFileName)
  const temp = `${target}.${process.pid}.tmp`
  try {
    await writeFile(temp, canonicalSealText(seal), { flag: 'wx' })
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
  return seal
}
