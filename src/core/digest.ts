/** The pair that seals one file: its sha256 (lowercase hex) and its length in bytes. */
export interface Digest {
  sha256: string
  bytes: number
}
