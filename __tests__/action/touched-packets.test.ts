import { expect, test } from '@jest/globals'
import { isUnder, touchedPackets } from '../../src/action/touched-packets.js'

const packets = ['docs', 'evidence', 'evidence/inner', 'evidence-2']

test('a packet is touched by a change to its seal or anything under its directory', () => {
  expect(touchedPackets(packets, ['evidence/report.md'], 'seal.json').touched).toEqual(['evidence'])
  expect(touchedPackets(packets, ['evidence-2/seal.json'], 'seal.json').touched).toEqual(['evidence-2'])
  expect(touchedPackets(packets, ['README.md', 'src/x.ts'], 'seal.json').touched).toEqual([])
})

test('a name that only starts like a packet directory does not touch it', () => {
  expect(isUnder('evidence-2/a', 'evidence')).toBe(false)
  expect(isUnder('evidencex', 'evidence')).toBe(false)
  expect(isUnder('evidence/a', 'evidence')).toBe(true)
})

test('a change inside a nested packet touches the packet that holds it too', () => {
  expect(touchedPackets(packets, ['evidence/inner/a.md'], 'seal.json').touched).toEqual(['evidence', 'evidence/inner'])
})

test('a packet at the repository root is touched by every change', () => {
  expect(touchedPackets(['.', 'docs'], ['README.md'], 'seal.json').touched).toEqual(['.'])
})

test('seal files of packets that no longer exist are reported, others are not', () => {
  const t = touchedPackets(packets, ['gone/seal.json', 'seal.json', 'evidence/seal.json', 'gone/seal.json.bak'], 'seal.json')
  expect(t.orphanSeals).toEqual(['gone/seal.json', 'seal.json'])
  expect(touchedPackets(['p'], ['q/SEAL'], 'SEAL').orphanSeals).toEqual(['q/SEAL'])
})

test('a packet whose seal references a changed file is touched; one whose references cannot be read is too', () => {
  const refs = new Map<string, string[] | null>([
    ['docs', ['tools/validate.py']],
    ['evidence', []],
    ['evidence-2', null]
  ])
  expect(touchedPackets(packets, ['tools/validate.py'], 'seal.json', refs).touched).toEqual(['docs', 'evidence-2'])
  expect(touchedPackets(packets, ['tools/validate.py.bak', 'tools'], 'seal.json', new Map([['docs', ['tools/validate.py']]])).touched).toEqual([])
})

test('a changed .gitattributes touches every packet in its folder and below it, since it can change their checked-out bytes', () => {
  expect(touchedPackets(packets, ['.gitattributes'], 'seal.json').touched).toEqual(packets)
  expect(touchedPackets(packets, ['evidence/.gitattributes'], 'seal.json').touched).toEqual(['evidence', 'evidence/inner'])
  expect(touchedPackets(packets, ['evidence/inner/.gitattributes'], 'seal.json').touched).toEqual(['evidence', 'evidence/inner'])
  expect(touchedPackets(packets, ['other/.GitAttributes'], 'seal.json').touched).toEqual([])
  expect(touchedPackets(['other/p', 'q'], ['other/.GitAttributes'], 'seal.json').touched).toEqual(['other/p'])
  // Only that exact name: a file that merely contains it is an ordinary change.
  expect(touchedPackets(packets, ['notes/.gitattributes.bak', 'x.gitattributes'], 'seal.json').touched).toEqual([])
})
