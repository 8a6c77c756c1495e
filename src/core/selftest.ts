/**
 * The self-test: before the gate judges anything, it proves on the machine it runs on that it is
 * able to fail. It builds, in a temporary folder of its own, a control repository (a packet that
 * also seals a canonical file of the repository by reference) and one drifted copy for each class
 * of drift the gate claims to catch, verifies each with the real verifier, and removes the folder.
 * Every drift is made here, in-process: runners need nothing but Node.
 *
 * The self-test passes only when the control passes and every drifted copy fails with its
 * expected finding (kind, file, and cause for mismatches) named in the report.
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Cause, Finding, FindingKind } from './finding.js'
import type { Report } from './report.js'
import { canonicalSealText, DEFAULT_SEAL_FILE, SealEntries, type Seal, type SealEntry } from './seal-file.js'
import { sealPacket } from './seal-packet.js'
import { verify } from './verify.js'

/** The control packet: the kinds of files the seed's packets hold, with the characters that drift. */
const CONTROL: Record<string, string> = {
  'report.md':
    '# Rehearsal report — clone leg\n\nStatus: READY_NOT_APPLIED — no clone available.\nQuotes: “as delivered” and ‘single’.\nCafé, naïve.\n',
  'report.json': JSON.stringify({ title: 'Rehearsal — clone leg', status: 'READY_NOT_APPLIED', note: 'naïve café “quoted”' }, null, 2) + '\n',
  'scripts/commands.sh': '#!/bin/sh\nset -eu\necho "OVERALL PASS"\n'
}

/** The canonical file the control packet references (docs/seal-format.md, section 7). */
const CANONICAL = { path: 'tools/validate.sh', text: '#!/bin/sh\n# Canonical validator — referenced, not duplicated.\necho "PASS"\n' }
/** Where the packet lies in the control repository and in each copy. */
const PACKET = 'packet'

interface Expected {
  kind: FindingKind
  /** The file the finding must name, relative to the copy's repository (the packet is `packet/`). */
  file: string
  /** For `mismatch`: the cause that must be named. */
  cause?: Cause
}

interface DriftClass {
  name: string
  expected: Expected
  /** Makes the drift in the copy's packet at `dir` (its repository is the folder above). */
  drift: (dir: string) => Promise<void>
}

/** Rewrites the text of `file` in `dir`. */
const edit = (file: string, change: (text: string) => string) => async (dir: string) => {
  const path = join(dir, file)
  await writeFile(path, change(await readFile(path, 'utf8')))
}

/** What Python's json.dumps(..., ensure_ascii=True) does to the text of a JSON file. */
const ensureAscii = (text: string) =>
  text.replace(/[^\u0000-\u007f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

async function readSeal(dir: string): Promise<Seal> {
  const value = JSON.parse(await readFile(join(dir, DEFAULT_SEAL_FILE), 'utf8')) as Omit<Seal, 'files'> & { files: SealEntry[] }
  return { ...value, files: SealEntries.of(value.files) }
}

export const DRIFT_CLASSES: readonly DriftClass[] = [
  {
    name: 'sha mismatch',
    expected: { kind: 'mismatch', file: `${PACKET}/scripts/commands.sh` },
    drift: edit('scripts/commands.sh', t => t.replace('OVERALL PASS', 'OVERALL FAIL'))
  },
  {
    name: 'byte-length mismatch',
    expected: { kind: 'mismatch', file: `${PACKET}/report.md`, cause: 'appended' },
    drift: edit('report.md', t => t + 'late addition\n')
  },
  {
    name: 'em dash / Unicode drift',
    expected: { kind: 'mismatch', file: `${PACKET}/report.md`, cause: 'unicode' },
    drift: edit('report.md', t => t.replace('—', '-'))
  },
  {
    name: 'ensure_ascii JSON re-encode',
    expected: { kind: 'mismatch', file: `${PACKET}/report.json`, cause: 'ensure-ascii' },
    drift: edit('report.json', ensureAscii)
  },
  {
    name: 'BOM',
    expected: { kind: 'mismatch', file: `${PACKET}/report.md`, cause: 'bom' },
    drift: edit('report.md', t => '\ufeff' + t)
  },
  {
    name: 'CRLF',
    expected: { kind: 'mismatch', file: `${PACKET}/scripts/commands.sh`, cause: 'crlf' },
    drift: edit('scripts/commands.sh', t => t.replace(/\n/g, '\r\n'))
  },
  {
    name: 'truncated file',
    expected: { kind: 'mismatch', file: `${PACKET}/report.md`, cause: 'truncated' },
    drift: edit('report.md', t => t.slice(0, t.indexOf('Quotes')))
  },
  {
    name: 'missing file',
    expected: { kind: 'missing', file: `${PACKET}/scripts/commands.sh` },
    drift: dir => unlink(join(dir, 'scripts/commands.sh'))
  },
  {
    name: 'NFD normalization',
    expected: { kind: 'mismatch', file: `${PACKET}/report.md`, cause: 'unicode' },
    drift: edit('report.md', t => t.normalize('NFD'))
  },
  {
    name: 'extra file',
    expected: { kind: 'extra', file: `${PACKET}/notes.txt` },
    drift: dir => writeFile(join(dir, 'notes.txt'), 'added after sealing\n')
  },
  {
    // The link points at the very bytes that were sealed: only a gate that never follows links fails it.
    name: 'symlink',
    expected: { kind: 'unsafe', file: `${PACKET}/report.md` },
    drift: async dir => {
      const outside = join(dirname(dir), `${dir.split(/[/\\]/).pop()}.report.md`)
      await cp(join(dir, 'report.md'), outside)
      await unlink(join(dir, 'report.md'))
      await symlink(outside, join(dir, 'report.md'))
    }
  },
  {
    name: 'non-canonical seal',
    expected: { kind: 'seal', file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async dir => writeFile(join(dir, DEFAULT_SEAL_FILE), JSON.stringify(await readSeal(dir)))
  },
  {
    // A file changed and its entry updated to match, but not the tree value.
    name: 'tree tamper',
    expected: { kind: 'tree', file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async dir => {
      const sealed = await readSeal(dir)
      const changed = Buffer.from('#!/bin/sh\nset -eu\necho "OVERALL FAIL"\n')
      await writeFile(join(dir, 'scripts/commands.sh'), changed)
      const sha256 = createHash('sha256').update(changed).digest('hex')
      const files = [...sealed.files].map(f => (f.path === 'scripts/commands.sh' ? { ...f, sha256, bytes: changed.length } : f))
      await writeFile(join(dir, DEFAULT_SEAL_FILE), canonicalSealText({ ...sealed, files: SealEntries.of(files) }))
    }
  },
  {
    // The canonical file a reference points at gets CRLF line endings: the packet itself is untouched.
    name: 'broken reference',
    expected: { kind: 'ref', file: CANONICAL.path, cause: 'crlf' },
    drift: edit(`../${CANONICAL.path}`, t => t.replace(/\n/g, '\r\n'))
  }
]

export interface SelftestClass {
  name: string
  /** The finding that must be named, in words: "mismatch of report.md, cause bom". */
  expected: string
  /** The drifted copy did not pass. */
  failedClosed: boolean
  /** The expected finding (and cause) was named. */
  named: boolean
  /** Causes named by the copy's findings (mismatches only). */
  causes: Cause[]
  /** Kinds of the copy's findings. */
  kinds: FindingKind[]
  /** Set when building or verifying the copy failed: the class proves nothing then. */
  error?: string
}

export interface SelftestResult {
  /** The control passes and every class failed closed with its expected finding named. */
  passed: boolean
  controlPassed: boolean
  classes: SelftestClass[]
}

export interface SelftestOptions {
  /** Folder the temporary folder is created in (default: the system's temporary folder). */
  tmpRoot?: string
}

/** Runs the self-test. Writes only inside a temporary folder it creates, and removes it. */
export async function selftest(options: SelftestOptions = {}): Promise<SelftestResult> {
  const root = await mkdtemp(join(options.tmpRoot ?? tmpdir(), 'seal-gate-selftest-'))
  try {
    const control = join(root, 'control')
    const files: Record<string, string | Buffer> = {
      ...Object.fromEntries(Object.entries(CONTROL).map(([path, text]) => [`${PACKET}/${path}`, text])),
      [CANONICAL.path]: CANONICAL.text
    }
    await writeRepo(control, files)
    await sealPacket(join(control, PACKET), DEFAULT_SEAL_FILE, { repoRoot: control, references: new Map([['scripts/validate.sh', CANONICAL.path]]) })
    const sealPath = `${PACKET}/${DEFAULT_SEAL_FILE}`
    files[sealPath] = await readFile(join(control, sealPath))
    const controlReport = await verifyCopy(control)
    const controlPassed = controlReport.ok && allFindings(controlReport).length === 0

    // Each class works in a copy of its own, so they run side by side: most of their time is
    // waiting for the file system, and one after another they were most of a pull request's floor.
    // A copy is written from the control's files as sealed (a recursive copy stats every file twice).
    const classes = await Promise.all(DRIFT_CLASSES.map((drift, i) => runClass(join(root, `drift-${i + 1}`), files, drift)))
    return { passed: controlPassed && classes.every(classPassed), controlPassed, classes }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Writes `files` (repository paths to bytes) into a new folder `dir`. */
async function writeRepo(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const folder of new Set(Object.keys(files).map(path => dirname(join(dir, path))))) await mkdir(folder, { recursive: true })
  await Promise.all(Object.entries(files).map(([path, bytes]) => writeFile(join(dir, path), bytes)))
}

async function runClass(copy: string, files: Record<string, string | Buffer>, drift: DriftClass): Promise<SelftestClass> {
  const { kind, file, cause } = drift.expected
  const result: SelftestClass = {
    name: drift.name,
    expected: `${kind} of ${file}${cause ? `, cause ${cause}` : ''}`,
    failedClosed: false,
    named: false,
    causes: [],
    kinds: []
  }
  try {
    await writeRepo(copy, files)
    await drift.drift(join(copy, PACKET))
    const report = await verifyCopy(copy)
    const findings = allFindings(report)
    result.failedClosed = !report.ok
    result.kinds = [...new Set(findings.map(f => f.kind))]
    result.causes = [...new Set(findings.flatMap(f => f.causes))]
    result.named = findings.some(f => f.kind === kind && f.file === file && (cause === undefined || f.causes.includes(cause)))
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e)
  }
  return result
}

/** Verifies the packet of a control repository or a copy, with that folder as the repository root. */
function verifyCopy(repo: string): Promise<Report> {
  return verify({ paths: [join(repo, PACKET)], cwd: repo, repoRoot: repo })
}

function allFindings(report: Report): Finding[] {
  return [...report.findings, ...report.packets.flatMap(p => p.findings)]
}

/** A class counts when its copy failed, its expected finding was named, and nothing went wrong. */
export function classPassed(c: SelftestClass): boolean {
  return c.failedClosed && c.named && c.error === undefined
}

/** One line for logs and summaries: "selftest 12/12 fail closed, control passes". */
export function selftestSummary(result: SelftestResult): string {
  const ok = result.classes.filter(classPassed).length
  return `selftest ${ok}/${result.classes.length} fail closed, control ${result.controlPassed ? 'passes' : 'FAILS'}`
}

/** One line per class that fell short, saying how (empty when the self-test passed). */
export function selftestProblems(result: SelftestResult): string[] {
  const lines: string[] = []
  if (!result.controlPassed) lines.push('control packet did not pass: the gate cannot be trusted to pass untouched bytes')
  for (const c of result.classes) {
    if (classPassed(c)) continue
    const why =
      c.error !== undefined
        ? `could not be checked: ${c.error}`
        : !c.failedClosed
          ? 'drifted copy PASSED'
          : `failed, but without the expected ${c.expected} (found ${c.kinds.join(', ') || 'nothing'}${c.causes.length ? `; causes ${c.causes.join(', ')}` : ''})`
    lines.push(`${c.name}: ${why}`)
  }
  return lines.map(l => l.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '))
}
