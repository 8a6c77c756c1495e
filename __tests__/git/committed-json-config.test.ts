/**
 * In git mode the JSON step reads its configuration and schemas from the commit judged, like the
 * packets (docs/json-validation.md, "Where configuration and schemas come from"): an edit on disk
 * changes nothing, `--ref` of an older commit is judged with that commit's schema, a link or a
 * submodule on the way is refused as on disk, and a configuration only on disk is not used (and
 * said so in a warning). Worktree mode keeps reading the disk.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../../src/core/json/config-error.js'
import { CommitFiles } from '../../src/git/commit-files.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, commitSealedPacket, git, newRepo, read, tempDir, write, writeTree } from './repo.js'

const CONFIG = 'version: 1\njson:\n  rules:\n    - files: "p/report.json"\n      schema: schemas/report.schema.json\n'

/** The sample packet's report.json has status READY_NOT_APPLIED: this schema rejects it. */
const STRICT = JSON.stringify(
  {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['title', 'status'],
    properties: { status: { enum: ['PASS', 'FAIL'] } }
  },
  null,
  2
) + '\n'
const LOOSE = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }, null, 2) + '\n'

type Report = Awaited<ReturnType<typeof verifyWithSource>>
const schemaFindings = (r: Report) => r.packets.flatMap(p => p.findings.filter(f => f.kind === 'schema').map(f => `${f.file}: ${f.message}`))
const STATUS_FINDING = 'p/report.json: /status: must be one of PASS, FAIL (got "READY_NOT_APPLIED")'

/** A repository whose commit holds the sealed sample packet `p`, `files` beside it. */
async function repoWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const repo = newRepo()
  writeTree(repo, files)
  await commitSealedPacket(repo)
  return repo
}

async function configError(run: Promise<unknown>): Promise<ConfigError> {
  try {
    await run
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
  throw new Error('expected a ConfigError')
}

describe('an edit on disk after the commit', () => {
  it('a schema loosened on disk: git mode still fails the bad JSON, worktree mode follows the disk', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG, 'schemas/report.schema.json': STRICT })
    expect(schemaFindings(await verifyWithSource({ cwd: repo, source: 'git' }))).toEqual([STATUS_FINDING])

    write(repo, 'schemas/report.schema.json', LOOSE) // e.g. an earlier workflow step
    const git = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(git.ok).toBe(false)
    expect(schemaFindings(git)).toEqual([STATUS_FINDING])
    expect(git.warnings?.find(w => w.file === 'schemas/report.schema.json')?.message).toMatch(
      /^schemas\/report\.schema\.json: the working tree differs from commit [0-9a-f]{12}: local edit .*; the JSON checks use the committed file$/
    )
    expect(schemaFindings(await verifyWithSource({ cwd: repo }))).toEqual([STATUS_FINDING]) // auto is git in a repository

    const disk = await verifyWithSource({ cwd: repo, source: 'worktree' })
    expect(schemaFindings(disk)).toEqual([])
    expect(disk.ok).toBe(true)
  })

  it('a configuration loosened on disk (its rule removed): git mode still applies the committed rule', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG, 'schemas/report.schema.json': STRICT })
    write(repo, '.github/seal-gate.yml', 'version: 1\n')
    const git = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(schemaFindings(git)).toEqual([STATUS_FINDING])
    expect(git.warnings?.map(w => w.file)).toContain('.github/seal-gate.yml')
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(true)
  })

  it('a schema committed as a file and replaced on disk by a link to a loose one: git mode judges with the committed file and warns', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG, 'schemas/report.schema.json': STRICT, 'loose.json': LOOSE })
    rmSync(join(repo, 'schemas/report.schema.json'))
    symlinkSync('../loose.json', join(repo, 'schemas/report.schema.json'))
    const git = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(schemaFindings(git)).toEqual([STATUS_FINDING])
    expect(git.warnings?.find(w => w.file === 'schemas/report.schema.json')?.message).toContain('not readable in the working tree as a regular file')
    expect((await configError(verifyWithSource({ cwd: repo, source: 'worktree' }))).message).toMatch(/symbolic link/)
  })

  it('a configuration broken on disk is no ConfigError in git mode, and is one in worktree mode', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG, 'schemas/report.schema.json': STRICT })
    write(repo, '.github/seal-gate.yml', 'version: 1\njson:\n  rulez: []\n')
    expect(schemaFindings(await verifyWithSource({ cwd: repo, source: 'git' }))).toEqual([STATUS_FINDING])
    expect((await configError(verifyWithSource({ cwd: repo, source: 'worktree' }))).message).toMatch(/rulez/)
  })
})

describe('checkout conversions of a schema', () => {
  it('a schema checked out with CRLF by eol=crlf: the committed LF bytes are read, parse, and still judge', async () => {
    const origin = await repoWith({
      '.gitattributes': 'schemas/*.json text eol=crlf\n',
      '.github/seal-gate.yml': CONFIG,
      'schemas/report.schema.json': STRICT
    })
    const clone = join(tempDir('seal-gate-clone-'), 'c')
    git(origin, 'clone', '-q', origin, clone)
    expect(read(clone, 'schemas/report.schema.json').includes('\r\n')).toBe(true) // the checkout converted
    const report = await verifyWithSource({ cwd: clone, source: 'git' })
    expect(schemaFindings(report)).toEqual([STATUS_FINDING])
    expect(report.warnings?.find(w => w.file === 'schemas/report.schema.json')?.message).toContain(
      'eol conversion on checkout (LF in the commit, CRLF in the working tree: eol=crlf in .gitattributes)'
    )
  })

  it('a schema checked out as UTF-16 (working-tree-encoding): git mode reads the committed UTF-8, worktree mode cannot', async () => {
    // Written in the encoding the attribute names; git stores it as UTF-8.
    const origin = await repoWith({
      '.gitattributes': 'schemas/*.json text working-tree-encoding=UTF-16LE-BOM\n',
      '.github/seal-gate.yml': CONFIG,
      'schemas/report.schema.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STRICT, 'utf16le')])
    })
    expect(git(origin, 'cat-file', 'blob', 'HEAD:schemas/report.schema.json')).toBe(STRICT.trim()) // stored as UTF-8
    const clone = join(tempDir('seal-gate-clone-'), 'c')
    git(origin, 'clone', '-q', origin, clone)
    expect(read(clone, 'schemas/report.schema.json').subarray(0, 4)).toEqual(Buffer.from([0xff, 0xfe, 0x7b, 0x00])) // BOM, '{'
    expect(schemaFindings(await verifyWithSource({ cwd: clone, source: 'git' }))).toEqual([STATUS_FINDING])
    expect((await configError(verifyWithSource({ cwd: clone, source: 'worktree' }))).message).toMatch(/schema is not strict JSON/)
  })
})

describe('--ref of another commit', () => {
  it('an older commit is validated against that commit\'s schema, not the one on disk or at HEAD', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG, 'schemas/report.schema.json': STRICT })
    const strict = git(repo, 'rev-parse', 'HEAD')
    write(repo, 'schemas/report.schema.json', LOOSE)
    commitAll(repo, 'loosen the report schema')
    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(true)
    const old = await verifyWithSource({ cwd: repo, source: 'git', ref: strict })
    expect(old.ok).toBe(false)
    expect(schemaFindings(old)).toEqual([STATUS_FINDING])
    expect(old.warnings ?? []).toEqual([]) // the disk is HEAD's business, not the older commit's
  })
})

describe('links and submodules in the commit are refused as on disk', () => {
  it('a configuration committed as a symbolic link is a ConfigError, even with a regular file on disk now', async () => {
    const repo = newRepo()
    writeTree(repo, { 'ci/gate.yml': CONFIG, 'schemas/report.schema.json': STRICT })
    mkdirSync(join(repo, '.github'))
    symlinkSync('../ci/gate.yml', join(repo, '.github/seal-gate.yml'))
    await commitSealedPacket(repo)
    expect(git(repo, 'ls-tree', 'HEAD', '.github/seal-gate.yml')).toMatch(/^120000 /)
    rmSync(join(repo, '.github/seal-gate.yml'))
    write(repo, '.github/seal-gate.yml', CONFIG)
    const error = await configError(verifyWithSource({ cwd: repo, source: 'git' }))
    expect(error.message).toBe(
      '.github/seal-gate.yml: configuration file: .github/seal-gate.yml is committed as a symbolic link (mode 120000); schemas and configuration must be regular files'
    )
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(false) // the regular file on disk is used
  })

  it('a schema committed as a symbolic link, or below a linked folder, is a ConfigError', async () => {
    const repo = newRepo()
    writeTree(repo, { '.github/seal-gate.yml': CONFIG, 'real/report.schema.json': STRICT })
    symlinkSync('real', join(repo, 'schemas'))
    await commitSealedPacket(repo)
    expect((await configError(verifyWithSource({ cwd: repo, source: 'git' }))).message).toMatch(
      /rule for p\/report\.json: schemas is committed as a symbolic link \(mode 120000\)/
    )
    rmSync(join(repo, 'schemas'))
    mkdirSync(join(repo, 'schemas'))
    symlinkSync('../real/report.schema.json', join(repo, 'schemas/report.schema.json'))
    commitAll(repo, 'link the file, not the folder')
    expect((await configError(verifyWithSource({ cwd: repo, source: 'git' }))).message).toMatch(
      /rule for p\/report\.json: schemas\/report\.schema\.json is committed as a symbolic link \(mode 120000\)/
    )
  })

  it('a schema below a committed submodule is a ConfigError', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG.replace('schemas/report', 'vendor/schemas/report') })
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(repo, 'rev-parse', 'HEAD')},vendor`)
    git(repo, 'commit', '-q', '-m', 'vendor as a submodule')
    expect((await configError(verifyWithSource({ cwd: repo, source: 'git' }))).message).toMatch(
      /vendor is committed as a submodule \(mode 160000\); schemas and configuration must be regular files/
    )
  })
})

describe('a configuration on disk but not in the commit', () => {
  it('is absent in git mode: no rule applies, and a warning names it; worktree mode uses it', async () => {
    const repo = await repoWith({ 'schemas/report.schema.json': STRICT })
    writeTree(repo, { '.github/seal-gate.yml': CONFIG })
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(true)
    expect(schemaFindings(report)).toEqual([])
    expect(report.warnings?.find(w => w.file === '.github/seal-gate.yml')?.message).toMatch(
      /^\.github\/seal-gate\.yml: on disk but not in commit [0-9a-f]{12}, so the JSON checks ran without it \(commit it, or verify the disk with source worktree\)$/
    )
    expect(schemaFindings(await verifyWithSource({ cwd: repo, source: 'worktree' }))).toEqual([STATUS_FINDING])
  })

  it('named explicitly (--config), it must be in the commit: a ConfigError that says which commit', async () => {
    const repo = await repoWith({ 'schemas/report.schema.json': STRICT })
    writeTree(repo, { 'ci/gate.yml': CONFIG })
    const error = await configError(verifyWithSource({ cwd: repo, source: 'git', config: 'ci/gate.yml' }))
    expect(error.message).toMatch(/^ci\/gate\.yml: configuration file not found in commit [0-9a-f]{12}$/)
    expect(schemaFindings(await verifyWithSource({ cwd: repo, source: 'worktree', config: 'ci/gate.yml' }))).toEqual([STATUS_FINDING])
  })

  it('a schema the committed configuration names that is only on disk is a ConfigError naming the commit', async () => {
    const repo = await repoWith({ '.github/seal-gate.yml': CONFIG })
    writeTree(repo, { 'schemas/report.schema.json': STRICT })
    expect((await configError(verifyWithSource({ cwd: repo, source: 'git' }))).message).toMatch(
      /schema file schemas\/report\.schema\.json not found in commit [0-9a-f]{12}$/
    )
  })
})

describe('CommitFiles', () => {
  it('reads a regular file; absent, below a file, a folder, too large are told apart', async () => {
    const repo = await repoWith({ 'schemas/report.schema.json': STRICT, 'docs/a/b.txt': 'b' })
    const commit = git(repo, 'rev-parse', 'HEAD')
    const files = await CommitFiles.open(repo, commit)
    expect(Buffer.from(files.read('schemas/report.schema.json') as Uint8Array).toString('utf8')).toBe(STRICT)
    expect(files.read('schemas/none.json')).toBeNull()
    expect(files.read('docs/a/b.txt/c')).toBeNull()
    expect(() => files.read('docs/a')).toThrow('docs/a is not a regular file')
    expect(() => files.read('schemas/report.schema.json', 10)).toThrow(`schemas/report.schema.json is larger than 10 bytes`)
    expect(() => files.read('../x')).toThrow(/must not contain a '\.\.' segment/)
  })
})
