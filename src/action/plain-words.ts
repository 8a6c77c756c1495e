/** Finding kinds and drift causes in plain words, for the job summary and the check run. */
import type { Cause, FindingKind } from '../core/finding.js'

/** Kinds added later fall back to their name (kindWords). */
export const KIND_WORDS: Partial<Record<FindingKind, string>> = {
  missing: 'listed in the seal but absent',
  extra: 'present but not listed in the seal',
  mismatch: 'bytes differ from the seal',
  tree: 'the seal’s tree value does not match its file list',
  seal: 'the seal file is invalid',
  unsafe: 'unsafe entry (link, special file, unsafe or colliding name)',
  unreadable: 'cannot be read',
  json: 'not strict JSON',
  schema: 'violates its JSON schema',
  config: 'broken configuration',
  'no-packets': 'no packet found',
  internal: 'the gate itself failed',
  reseal: 'a packet that existed at the base was edited, re-sealed or deleted',
  ref: 'a referenced canonical file is missing, unsafe or has other bytes'
}

export const CAUSE_WORDS: Record<Cause, string> = {
  bom: 'a byte order mark was added',
  crlf: 'line endings were changed to CRLF',
  'ensure-ascii': 'JSON was re-encoded with non-ASCII characters escaped as \\uXXXX',
  unicode: 'characters were substituted (e.g. an em dash became "-", smart quotes, NBSP, NFC/NFD)',
  'trailing-newline': 'the final newline was added or removed',
  truncated: 'the file was cut short',
  appended: 'bytes were appended',
  edited: 'the content was edited (shown against the sealed bytes found in history)',
  unknown: 'the cause could not be determined'
}

export function kindWords(kind: string): string {
  return (KIND_WORDS as Record<string, string>)[kind] ?? kind
}

export function causeWords(cause: string): string {
  return (CAUSE_WORDS as Record<string, string>)[cause] ?? cause
}
