/**
 * Naming why a working-tree file differs from the committed one, with what git knows: the
 * attributes that apply (`git check-attr`, which only reads .gitattributes files), `core.autocrlf`,
 * and a comparison of both byte strings. Nothing here runs a filter.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runGit, splitNul, tryGit } from './git-command.js'

export const CHECKOUT_ATTRIBUTES = ['text', 'eol', 'filter', 'working-tree-encoding'] as const
export type Attributes = Partial<Record<(typeof CHECKOUT_ATTRIBUTES)[number], string>>

/** Attributes that are set (anything but `unspecified`) for each path. */
export async function checkoutAttributes(repoRoot: string, paths: readonly string[]): Promise<Map<string, Attributes>> {
  const result = new Map<string, Attributes>(paths.map(p => [p, {}]))
  if (paths.length === 0) return result
  const input = Buffer.from(paths.map(p => `${p}\0`).join(''), 'utf8')
  const out = await runGit(repoRoot, ['check-attr', '-z', '--stdin', ...CHECKOUT_ATTRIBUTES], { input })
  const fields = splitNul(out).map(b => b.toString('utf8'))
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [path, name, value] = [fields[i], fields[i + 1], fields[i + 2]]
    if (value !== 'unspecified') (result.get(path) ?? {})[name as keyof Attributes] = value
  }
  return result
}

export async function autocrlf(repoRoot: string): Promise<string | null> {
  const out = await tryGit(repoRoot, ['config', '--get', 'core.autocrlf'])
  return out === null ? null : out.toString('utf8').trim()
}

const lfToCrlf = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1')
const crlfToLf = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')

/**
 * The cause, in words, of a working-tree file whose bytes are not the committed ones.
 * `committed` and the file are compared when both are at hand; the attributes name the setting.
 */
export async function describeWorktreeDifference(
  repoRoot: string,
  path: string,
  committed: Buffer | null,
  attrs: Attributes,
  autocrlfValue: string | null
): Promise<string> {
  let worktree: Buffer | null = null
  if (committed !== null) {
    try {
      worktree = await readFile(join(repoRoot, path))
    } catch {
      worktree = null
    }
  }
  const setting =
    attrs.eol !== undefined
      ? `eol=${attrs.eol} in .gitattributes`
      : autocrlfValue !== null && autocrlfValue !== 'false'
        ? `core.autocrlf=${autocrlfValue}`
        : attrs.text !== undefined
          ? `text=${attrs.text} in .gitattributes`
          : 'a checkout setting'
  if (committed !== null && worktree !== null) {
    if (!committed.equals(worktree) && lfToCrlf(committed).equals(worktree)) {
      return `eol conversion on checkout (LF in the commit, CRLF in the working tree: ${setting})`
    }
    if (!committed.equals(worktree) && crlfToLf(committed).equals(worktree)) {
      return `eol conversion (CRLF in the commit, LF in the working tree: ${setting})`
    }
  }
  if (attrs.filter !== undefined && attrs.filter !== 'unset') {
    return `filter "${attrs.filter}" from .gitattributes (the working tree holds what its smudge step wrote; seal-gate never runs filters)`
  }
  if (attrs['working-tree-encoding'] !== undefined) {
    return `working-tree-encoding=${attrs['working-tree-encoding']} from .gitattributes (re-encoded on checkout)`
  }
  if (attrs.eol !== undefined || (autocrlfValue !== null && autocrlfValue !== 'false')) {
    return `local edit, or eol conversion (${setting}) together with other changes`
  }
  return 'local edit (the file was changed after checkout; no checkout conversion applies to it)'
}
