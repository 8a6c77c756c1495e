import { describe, expect, it } from '@jest/globals'
import { treeHash, treeLines } from '../../src/core/tree-hash.js'
import { buildSeal } from '../../src/core/seal-packet.js'
import { coreutilsTree, SAMPLE_PACKET, tempDir, writeTree } from '../helpers/packets.js'

describe('tree hash (seal format v1)', () => {
  it('equals what coreutils computes over the same files', async () => {
    const dir = tempDir()
    // Names whose UTF-8 byte order differs from JavaScript's UTF-16 order (U+FF5E vs U+1F600),
    // upper/lower case, and nested folders: the order must be `LC_ALL=C sort`'s.
    writeTree(dir, {
      ...SAMPLE_PACKET,
      'a\uff5e.txt': 'fullwidth tilde\n',
      'a\u{1f600}.txt': 'emoji\n',
      'B.md': 'upper\n',
      'a-b/c.txt': 'dash folder\n',
      'a/b.txt': 'slash\n'
    })
    const seal = await buildSeal(dir)
    expect(seal.tree).toBe(coreutilsTree(dir))
    expect(seal.tree).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is the sha256sum lines, sorted by UTF-8 bytes, hashed again', () => {
    const entries = [
      { path: 'b', sha256: '1'.repeat(64) },
      { path: 'a\u{1f600}', sha256: '2'.repeat(64) },
      { path: 'a\uff5e', sha256: '3'.repeat(64) }
    ]
    expect(treeLines(entries)).toBe(`${'3'.repeat(64)}  a\uff5e\n${'2'.repeat(64)}  a\u{1f600}\n${'1'.repeat(64)}  b\n`)
    expect(treeHash(entries)).toBe(treeHash([...entries].reverse()))
    // The empty packet hashes the empty string.
    expect(treeHash([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
