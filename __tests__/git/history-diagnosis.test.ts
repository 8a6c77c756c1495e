/**
 * Diagnosis from history (docs/git.md): each drift class of the core committed on top of the
 * sealed commit is proven, at its exact line, from the sealed bytes found in history, where the
 * core alone could only suspect it; the search is bounded and says so; a shallow clone says how
 * little history it holds; a candidate of the right length but other bytes is never used; the base
 * comes first. History only explains: every drifted packet still fails.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diagnose } from '../../src/core/diagnose/diagnose.js'
import type { Finding } from '../../src/core/finding.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { HISTORY_MAX_BLOBS, HISTORY_MAX_COMMITS, HISTORY_MAX_FILES } from '../../src/git/sealed-history.js'
import { verifyWithSource, type SourceOptions } from '../../src/git/verify-committed.js'
import { digestOf, NOTES } from '../diagnose/fixtures.js'
import { commitAll, committed, git, newRepo, tempDir, write, writeTree } from './repo.js'

const DATA = JSON.stringify({ title: 'Rehearsal — clone leg', note: 'naïve café', rows: 12 }, null, 2) + '\n'

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: 'pipe' })
const python = (code: string, cwd: string) => run('python3', ['-c', code], cwd)

/** Verifies and returns the one mismatch finding of `file`, after checking that the packet fails. */
async function mismatchOf(options: SourceOptions, file = 'p/notes.md'): Promise<Finding> {
  const report = await verifyWithSource(options)
  expect(report.ok).toBe(false)
  const found = report.packets.flatMap(p => p.findings).filter(f => f.file === file)
  expect(found.map(f => f.kind)).toEqual(['mismatch'])
  return found[0]
}

describe('each drift class committed on top of the sealed commit', () => {
  let repo: string
  let sealed: string
  beforeAll(async () => {
    repo = newRepo()
    writeTree(join(repo, 'p'), { 'notes.md': NOTES, 'data.json': DATA })
    await sealPacket(join(repo, 'p'))
    sealed = commitAll(repo, 'seal p')
  })

  /** Commits `drift` (run in the packet) on top of the sealed commit; returns the commit. */
  function commitDrift(name: string, drift: (packet: string) => void): string {
    git(repo, 'checkout', '-q', '-f', '--detach', sealed)
    drift(join(repo, 'p'))
    return commitAll(repo, name)
  }

  /** Whether the core alone, without history, proves the drift of `path` in `commit`. */
  function coreEvidence(commit: string, path: string) {
    return diagnose(committed(repo, commit, path), digestOf(committed(repo, sealed, path))).evidence
  }

  const fromSeal = () => `(proven: compared with the sealed bytes found in commit ${sealed.slice(0, 12)}, where the seal was last changed)`

  const HISTORY_CASES: { name: string; drift: (p: string) => void; causes: string[]; line: number; says: string }[] = [
    {
      name: 'em dashes replaced by hyphens (sed)',
      drift: p => run('sed', ['-i', 's/—/-/g', 'notes.md'], p),
      causes: ['unicode'],
      line: 12,
      says: "Line 12: U+2014 EM DASH became U+002D HYPHEN-MINUS '-'; 2 lines of the file differ from the sealed bytes"
    },
    {
      name: "an em dash between hyphens replaced by one hyphen (sed 's/—/-/'), and a later edit",
      drift: p => run('sed', ['-i', '-e', '25s/—/-/', '-e', '28s/plain/Plain/', 'notes.md'], p),
      causes: ['unicode', 'edited'],
      line: 25,
      says: "Line 25: U+2014 EM DASH became U+002D HYPHEN-MINUS '-'; 2 lines of the file differ"
    },
    {
      name: "em dashes replaced by two hyphens (sed 's/—/--/g')",
      drift: p => run('sed', ['-i', 's/—/--/g', 'notes.md'], p),
      causes: ['unicode'],
      line: 12,
      says: "Line 12: U+2014 EM DASH became U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-'; 2 lines of the file differ"
    },
    {
      name: 'smart quotes made straight (Python)',
      drift: p => python('t=open("notes.md",encoding="utf-8").read(); open("notes.md","w",encoding="utf-8").write(t.translate({0x201c:34,0x201d:34,0x2018:39,0x2019:39}))', p),
      causes: ['unicode'],
      line: 15,
      says: `Line 15: U+201C LEFT DOUBLE QUOTATION MARK became U+0022 QUOTATION MARK '"'; 1 line of the file differs`
    },
    {
      name: 'one digit edited in place (same length)',
      drift: p => run('sed', ['-i', 's/1234 rows/1235 rows/', 'notes.md'], p),
      causes: ['edited'],
      line: 20,
      says: "Line 20: U+0034 '4' became U+0035 '5'; 1 line of the file differs"
    },
    {
      name: 'a truncation (truncate -s)',
      drift: p => run('truncate', ['-s', String(Buffer.byteLength(NOTES.slice(0, NOTES.indexOf('Total') + 3))), 'notes.md'], p),
      causes: ['truncated'],
      line: 20,
      says: 'The file ends at line 20; the sealed bytes went on for '
    },
    {
      name: 'a line inserted in the middle (sed)',
      drift: p => run('sed', ['-i', '18i an inserted line', 'notes.md'], p),
      causes: ['edited'],
      line: 18,
      says: 'Line 18: 1 line (17 bytes) inserted that the sealed bytes do not have; 1 line of the file differs'
    },
    {
      name: 'CRLF by unix2dos on top of replaced em dashes',
      drift: p => {
        run('sed', ['-i', 's/—/-/g', 'notes.md'], p)
        run('unix2dos', ['-q', 'notes.md'], p)
      },
      causes: ['crlf', 'unicode'],
      line: 1,
      says: 'Line 1: the LF line ending became CRLF; 30 lines of the file differ'
    }
  ]

  it.each(HISTORY_CASES)('$name: proven from history at its line, where the core only suspected', async c => {
    const drifted = commitDrift(c.name, c.drift)
    expect(coreEvidence(drifted, 'p/notes.md')).toBe('suspected')
    const f = await mismatchOf({ cwd: repo, source: 'git', ref: drifted })
    expect(f).toMatchObject({ causes: c.causes, evidence: 'proven', line: c.line })
    expect(f.message).toContain(c.says)
    expect(f.message).toContain(fromSeal())
  })

  const CORE_CASES: { name: string; drift: (p: string) => void; file: string; causes: string[]; line: number }[] = [
    { name: 'CRLF by unix2dos', drift: p => run('unix2dos', ['-q', 'notes.md'], p), file: 'p/notes.md', causes: ['crlf'], line: 1 },
    {
      name: 'a byte order mark (utf-8-sig)',
      drift: p => python('t=open("notes.md",encoding="utf-8").read(); open("notes.md","w",encoding="utf-8-sig",newline="").write(t)', p),
      file: 'p/notes.md',
      causes: ['bom'],
      line: 1
    },
    {
      name: "JSON re-dumped by Python's json.dumps (ensure_ascii)",
      drift: p => python('import json; v=json.load(open("data.json",encoding="utf-8")); open("data.json","w").write(json.dumps(v, indent=2) + "\\n")', p),
      file: 'p/data.json',
      causes: ['ensure-ascii'],
      line: 2
    }
  ]

  it.each(CORE_CASES)('$name: proven by the core itself, history not needed', async c => {
    const drifted = commitDrift(c.name, c.drift)
    const f = await mismatchOf({ cwd: repo, source: 'git', ref: drifted }, c.file)
    expect(f).toMatchObject({ causes: c.causes, evidence: 'proven', line: c.line })
    expect(f.message).not.toContain('compared with the sealed bytes')
  })

  it('json.dumps with ensure_ascii and a changed value: both proven from history', async () => {
    const drifted = commitDrift('json and value', p =>
      python('import json; v=json.load(open("data.json",encoding="utf-8")); v["rows"]=13; open("data.json","w").write(json.dumps(v, indent=2) + "\\n")', p)
    )
    const f = await mismatchOf({ cwd: repo, source: 'git', ref: drifted }, 'p/data.json')
    expect(f).toMatchObject({ causes: ['ensure-ascii', 'edited'], evidence: 'proven', line: 2 })
    expect(f.message).toContain('Line 2: U+2014 EM DASH became the JSON escape \\u2014; 3 lines of the file differ')
  })

  it('source worktree inside the repository: a drift on disk is proven from HEAD', async () => {
    git(repo, 'checkout', '-q', '-f', '--detach', sealed)
    run('sed', ['-i', 's/—/-/g', 'notes.md'], join(repo, 'p'))
    const f = await mismatchOf({ cwd: repo, source: 'worktree' })
    expect(f).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: 12 })
    expect(f.message).toContain(fromSeal())
  })

  it('a shallow clone (--depth 1) of the drift says how little history it holds', async () => {
    const drifted = commitDrift('em dash for the clone', p => run('sed', ['-i', 's/—/-/g', 'notes.md'], p))
    git(repo, 'branch', '-f', 'drifted', drifted)
    const shallow = join(tempDir('seal-gate-shallow-'), 'c')
    git(repo, 'clone', '-q', '--depth=1', '--branch', 'drifted', `file://${repo}`, shallow)
    const f = await mismatchOf({ cwd: shallow, source: 'git' })
    expect(f).toMatchObject({ causes: ['unicode', 'truncated'], evidence: 'suspected', line: null })
    expect(f.message).toContain('shallow clone: history holds 1 commit, no copy of the sealed bytes in it')
  })
})

/**
 * Builds history with git fast-import: one commit per element, each writing the given files.
 * Returns the commit ids, oldest first.
 */
function fastImport(repo: string, commits: Record<string, string>[]): string[] {
  const parts: string[] = []
  commits.forEach((files, i) => {
    const message = `commit ${i}`
    parts.push(`commit refs/heads/main\nmark :${i + 1}\ncommitter T <t@example.invalid> ${1700000000 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`)
    for (const [path, content] of Object.entries(files)) {
      parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`)
    }
  })
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: parts.join('') })
  git(repo, 'checkout', '-q', '-f', 'main')
  return git(repo, 'rev-list', '--reverse', 'main').split('\n')
}

/** A seal of `notes.md` holding NOTES, made by seal-gate in a scratch packet. */
async function sealOfNotes(): Promise<string> {
  const dir = tempDir('seal-gate-seal-')
  writeTree(dir, { 'notes.md': NOTES })
  await sealPacket(dir)
  return readFileSync(join(dir, 'seal.json'), 'utf8')
}

/** NOTES with its row count replaced: the same length for four digits. */
const rows = (n: number | string) => NOTES.replace('1234 rows', `${n} rows`)

describe('the search is bounded and says so', () => {
  it(`stops after ${HISTORY_MAX_BLOBS} blobs of the sealed length, and finds the copy when fewer stand in the way`, async () => {
    const repo = newRepo()
    const seal = await sealOfNotes()
    // The sealed bytes are committed first; the seal arrives later with an edited file, then 20 more edits of the same length.
    const history: Record<string, string>[] = [{ 'p/notes.md': NOTES }, { 'p/notes.md': rows(2000), 'p/seal.json': seal }]
    for (let i = 1; i <= HISTORY_MAX_BLOBS; i++) history.push({ 'p/notes.md': rows(2000 + i) })
    const ids = fastImport(repo, history)
    const head = await mismatchOf({ cwd: repo, source: 'git' })
    expect(head).toMatchObject({ causes: ['unknown'], evidence: 'suspected' })
    expect(head.message).toContain(
      `history searched: ${ids.length} commits, ${HISTORY_MAX_BLOBS} blobs of the sealed length, no copy of the sealed bytes (the search stops at ${HISTORY_MAX_COMMITS} commits and ${HISTORY_MAX_BLOBS} blobs)`
    )
    // Two edits fewer on top: the sealed bytes are within reach.
    const earlier = await mismatchOf({ cwd: repo, source: 'git', ref: ids[ids.length - 3] })
    expect(earlier).toMatchObject({ causes: ['edited'], evidence: 'proven', line: 20 })
    // The walk starts at the commit judged (skipped: it holds the drifted bytes), so the sealed commit is the 20th back.
    expect(earlier.message).toContain(`found in commit ${ids[0].slice(0, 12)}, the ${ids.length - 2}th commit back that changed the file)`)
  })

  it(`stops after ${HISTORY_MAX_COMMITS} commits changing the file`, async () => {
    const repo = newRepo()
    const seal = await sealOfNotes()
    // Sealed bytes, then the seal with other bytes, then 199 more changes and a cut: the sealed bytes are 202 changes back.
    const history: Record<string, string>[] = [{ 'p/notes.md': NOTES }, { 'p/notes.md': `${NOTES}x`, 'p/seal.json': seal }]
    for (let i = 1; i < HISTORY_MAX_COMMITS; i++) history.push({ 'p/notes.md': `${NOTES}${'y'.repeat(i)}` })
    history.push({ 'p/notes.md': NOTES.slice(0, 100) })
    fastImport(repo, history)
    const f = await mismatchOf({ cwd: repo, source: 'git' })
    expect(f).toMatchObject({ causes: ['truncated'], evidence: 'suspected' })
    expect(f.message).toContain(`history searched: ${HISTORY_MAX_COMMITS} commits, 0 blobs of the sealed length, no copy of the sealed bytes`)
  })

  it(`looks up the first ${HISTORY_MAX_FILES} drifted files of a run, and says so for the others`, async () => {
    const repo = newRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i <= HISTORY_MAX_FILES; i++) files[`f${String(i).padStart(3, '0')}.txt`] = `file ${i}\nsecond line\n`
    writeTree(join(repo, 'p'), files)
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'seal')
    for (const name of Object.keys(files)) run('truncate', ['-s', '5', name], join(repo, 'p'))
    commitAll(repo, 'cut every file')
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(false)
    const found = report.packets[0].findings
    expect(found).toHaveLength(HISTORY_MAX_FILES + 1)
    expect(found.filter(f => f.evidence === 'proven' && f.message.includes('compared with the sealed bytes'))).toHaveLength(HISTORY_MAX_FILES)
    const last = found[found.length - 1]
    expect(last).toMatchObject({ causes: ['truncated'], evidence: 'suspected' })
    expect(last.message).toContain(`history not searched: only the first ${HISTORY_MAX_FILES} drifted files of a run are`)
  })
})

describe('which copy is used', () => {
  /** main: the sealed commit, then a same-length edit; branch pr from it: another same-length edit. */
  async function repoWithBase() {
    const repo = newRepo()
    writeTree(join(repo, 'p'), { 'notes.md': NOTES })
    await sealPacket(join(repo, 'p'))
    const sealedCommit = commitAll(repo, 'seal')
    write(repo, 'p/notes.md', rows(1236))
    const base = commitAll(repo, 'same length, other bytes')
    git(repo, 'switch', '-q', '-c', 'pr')
    write(repo, 'p/notes.md', rows(1235))
    commitAll(repo, 'the change under review')
    return { repo, sealedCommit, base }
  }

  it('a candidate with the sealed length but other bytes is never used', async () => {
    const { repo, sealedCommit, base } = await repoWithBase()
    const f = await mismatchOf({ cwd: repo, source: 'git', base })
    expect(f).toMatchObject({ causes: ['edited'], evidence: 'proven', line: 20 })
    // Against the sealed '4', not the base's '6'.
    expect(f.message).toContain("Line 20: U+0034 '4' became U+0035 '5'")
    expect(f.message).toContain(`found in commit ${sealedCommit.slice(0, 12)}, where the seal was last changed`)
  })

  it('the base comes first when it holds the sealed bytes', async () => {
    const { repo, sealedCommit } = await repoWithBase()
    const withBase = await mismatchOf({ cwd: repo, source: 'git', base: sealedCommit })
    expect(withBase.message).toContain(`found in the base commit ${sealedCommit.slice(0, 12)})`)
    const without = await mismatchOf({ cwd: repo, source: 'git' })
    expect(without.message).toContain(`found in commit ${sealedCommit.slice(0, 12)}, where the seal was last changed`)
  })
})

describe('names git could read as options, pathspec magic or globs', () => {
  // The packet folder ':p' is pathspec magic for 'p', '-n*[1].md' starts like an option and is a
  // glob that '-na1.md' matches: each reaches git only as a literal path. A decoy packet 'p' holds
  // files of the sealed length with other bytes under the names git would otherwise match.
  it('a drifted file named like an option and a glob, in a folder named like magic, is proven from its own history', async () => {
    const repo = newRepo()
    writeTree(join(repo, ':p'), { '-n*[1].md': NOTES })
    writeTree(join(repo, 'p'), { '-na1.md': rows(1236), '-n*[1].md': rows(1236) })
    await sealPacket(join(repo, ':p'))
    await sealPacket(join(repo, 'p'))
    const sealedCommit = commitAll(repo, 'seal both')
    write(repo, ':p/-n*[1].md', rows(1235))
    commitAll(repo, 'same-length edit')
    const f = await mismatchOf({ cwd: repo, source: 'git', paths: [':p'] }, ':p/-n*[1].md')
    expect(f).toMatchObject({ evidence: 'proven', line: 20 })
    expect(f.message).toContain("Line 20: U+0034 '4' became U+0035 '5'")
    expect(f.message).toContain(`found in commit ${sealedCommit.slice(0, 12)}, where the seal was last changed`)
  })
})
