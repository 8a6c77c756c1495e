/**
 * Files committed as Git LFS pointers where the base of the change committed their content
 * (docs/git.md, "Git LFS"). A pointer stands for the content it names, so a sealed file replaced by
 * a pointer naming its sha256 and size still verifies; but the commit no longer holds the sealed
 * bytes, and nothing says an LFS store does. For a packet sealed at the base (or a canonical file
 * one references) that is a change like a re-seal: the append-only rule's `reseal`, which the
 * pull request's label may allow. A pointer kept from the base, or in a new packet, is no change.
 */
import { finding, type Finding } from '../core/finding.js'
import { LFS_POINTER_MAX, parseLfsPointer } from '../core/lfs-pointer.js'
import type { BlobReader } from './blob-reader.js'
import type { TreeEntry } from './tree-listing.js'

export interface LfsSinceBase {
  /** Repository paths (files and canonical files) whose committed blob at head is a pointer. */
  pointers: readonly string[]
  /** Packet directories sealed at the base ('.' for the top), in this shard. */
  basePackets: ReadonlySet<string>
  /** Packet directories verified at head. */
  headPackets: readonly string[]
  /** The base's tree entries of the paths asked for. */
  baseEntries: (paths: string[]) => Promise<ReadonlyMap<string, TreeEntry>>
  blobs: BlobReader
  /** "base 0123456789ab", for messages. */
  baseName: string
}

const under = (path: string, dir: string) => dir === '.' || path.startsWith(`${dir}/`)

/** One finding per such file, with the base packet it belongs to (the deepest), or null for a canonical file outside every packet. */
export async function lfsSinceBase(ctx: LfsSinceBase): Promise<{ dir: string | null; finding: Finding }[]> {
  const holder = (path: string) => [...ctx.basePackets].filter(dir => under(path, dir)).sort((a, b) => b.length - a.length)[0] ?? null
  // A pointer in a packet that is new since the base is welcome, like the packet.
  const judged = ctx.pointers.filter(path => holder(path) !== null || !ctx.headPackets.some(dir => under(path, dir)))
  if (judged.length === 0) return []
  const base = await ctx.baseEntries(judged)
  const out: { dir: string | null; finding: Finding }[] = []
  for (const path of judged) {
    const was = base.get(path)
    if (was === undefined || was.kind !== 'file') continue // new since the base: judged as any new file
    if (was.size < LFS_POINTER_MAX && parseLfsPointer(await ctx.blobs.read(was.oid, LFS_POINTER_MAX)) !== null) continue
    const dir = holder(path)
    const name = dir === null || dir === '.' ? path : path.slice(dir.length + 1)
    const message = `${name}: committed as a Git LFS pointer, at ${ctx.baseName} as its content: the commit no longer holds the sealed bytes, only their sha256`
    out.push({ dir, finding: finding('reseal', path, message) })
  }
  return out
}
