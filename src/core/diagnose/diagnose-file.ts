/**
 * Diagnosing a drifted file as the verifier meets it: read again through the run's byte source (at
 * most DIAGNOSIS_LIMIT bytes) and explained by `diagnose`. Shared by the files of a packet and the
 * canonical files that seals reference, so both say the same thing in the same words.
 */
import type { ByteSource } from '../byte-source.js'
import type { Digest } from '../digest.js'
import { diagnose, type Diagnosis } from './diagnose.js'

/** Largest drifted file read whole for diagnosis; a larger one is reported with cause `unknown`. */
export const DIAGNOSIS_LIMIT = 64 << 20

/**
 * Most bytes of drifted files read and diagnosed in one run (four files of DIAGNOSIS_LIMIT), so
 * that many large drifted files cannot make the gate read and hash without end (copies of sealed
 * bytes read from history have their own budget, src/git/sealed-history.ts). Past it, files are
 * reported with cause `unknown`; the verdict is the same, only the explanation is missing.
 */
export const DIAGNOSIS_BUDGET = 256 << 20

/** Bytes of diagnosis already spent per run, keyed by the run's byte source (one per run). */
const spent = new WeakMap<ByteSource, number>()

/** How the drifted bytes differ from the sealed ones in length, in words. */
export function lengthDrift(sealed: Digest, actual: Digest): string {
  return sealed.bytes === actual.bytes
    ? `same length (${actual.bytes} bytes), other bytes`
    : `${actual.bytes} bytes where the seal has ${sealed.bytes}`
}

export interface FileDiagnosis {
  diagnosis: Diagnosis
  /** The drifted bytes that were diagnosed; null when they were too large or could not be read. */
  bytes: Buffer | null
}

/** Reads the file at `abs` again and diagnoses it against its sealed digest; never throws for a read. */
export async function diagnoseFile(source: ByteSource, abs: string, sealed: Digest, actual: Digest): Promise<FileDiagnosis> {
  const unknown = (detail: string): FileDiagnosis => ({
    diagnosis: { causes: ['unknown'], evidence: 'suspected', line: null, detail },
    bytes: null
  })
  if (actual.bytes > DIAGNOSIS_LIMIT) return unknown(`too large to diagnose (over ${DIAGNOSIS_LIMIT} bytes)`)
  const used = spent.get(source) ?? 0
  if (used + actual.bytes > DIAGNOSIS_BUDGET) return unknown(`not diagnosed: the run's diagnosis budget of ${DIAGNOSIS_BUDGET} bytes is spent`)
  spent.set(source, used + actual.bytes)
  let bytes: Buffer
  try {
    bytes = await source.read(abs, DIAGNOSIS_LIMIT)
  } catch (e) {
    return unknown(`could not be read again to diagnose: ${(e as Error).message}`)
  }
  return { diagnosis: diagnose(bytes, sealed), bytes }
}
