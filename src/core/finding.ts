/**
 * Findings are the core's only way of saying that something is wrong. They are plain data:
 * the adapters (CLI, Action) turn them into exit codes, annotations and summaries.
 */

/** What kind of problem a finding reports. See docs/report-format.md. */
export type FindingKind =
  | 'missing' // listed in the seal, absent on disk
  | 'extra' // present on disk, not listed in the seal
  | 'mismatch' // listed and present, but other bytes or another length
  | 'tree' // the seal's tree value does not match its own file list
  | 'seal' // seal file invalid, unparsable, unknown version, or not canonical
  | 'unsafe' // symlink, special file, unsafe name, duplicate, collision, file changed while read
  | 'unreadable' // a file or directory that cannot be read (permissions, I/O error)
  | 'json' // a .json file of the packet is not strict JSON
  | 'schema' // a JSON file violates its schema
  | 'config' // the gate's configuration is broken
  | 'no-packets' // nothing was found to verify
  | 'internal' // the gate itself failed: never a pass
  | 'reseal' // a change edited, re-sealed or deleted a packet that existed at its base (docs/git.md)
  | 'ref' // a reference's canonical file is missing, unsafe or has other bytes, or the reference is misplaced

/** Why the bytes of a mismatched file drifted. See docs/drift-causes.md. */
export type Cause =
  | 'bom'
  | 'crlf'
  | 'ensure-ascii'
  | 'unicode'
  | 'trailing-newline'
  | 'truncated'
  | 'appended'
  | 'edited' // proven by the sealed bytes found in history: a change no drift class explains
  | 'unknown'

export const ALL_CAUSES: readonly Cause[] = [
  'bom',
  'crlf',
  'ensure-ascii',
  'unicode',
  'trailing-newline',
  'truncated',
  'appended',
  'edited',
  'unknown'
]

export interface Finding {
  kind: FindingKind
  /** Path relative to the repository root (or the current directory outside git), '/'-separated. */
  file: string
  /** 1-based line of the first drifted byte, when it can be known; otherwise null. */
  line: number | null
  /** 1-based column, when known (JSON findings). */
  column?: number
  /** Drift causes, for `mismatch` and `ref` findings (other bytes); empty for every other kind. */
  causes: Cause[]
  /** Whether the causes were proven (undoing them restores the sealed sha256) or only suspected. */
  evidence?: 'proven' | 'suspected'
  /** One line, plain words. Never contains a newline. */
  message: string
}

/** Collapses any line break or control character so that a message is always one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
}

export function finding(
  kind: FindingKind,
  file: string,
  message: string,
  extra: Partial<Pick<Finding, 'line' | 'column' | 'causes' | 'evidence'>> = {}
): Finding {
  const out: Finding = {
    kind,
    file,
    line: extra.line ?? null,
    causes: extra.causes ?? [],
    message: oneLine(message)
  }
  if (extra.column !== undefined) out.column = extra.column
  if (extra.evidence !== undefined) out.evidence = extra.evidence
  return out
}
