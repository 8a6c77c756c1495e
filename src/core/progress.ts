/**
 * Progress of a long verification, as data: how many packets, files and bytes are done, and the
 * totals once they are known. The core only counts; the adapters decide how (and whether) to show
 * it: the CLI on a terminal only, the Action as a log line every few seconds.
 */

export interface ProgressEvent {
  packets: { done: number; total: number }
  /** `total` is null until every packet has been listed (packets are verified one after another). */
  files: { done: number; total: number | null }
  /**
   * `total` is also null while a packet listed without sizes (a folder on disk, where sizes are
   * learned by hashing) is not done; the final event then gives the bytes hashed as the total.
   */
  bytes: { done: number; total: number | null }
  /** Milliseconds since the verification started. */
  elapsedMs: number
  /** True on the last event of a run (everything done). */
  final: boolean
}

export type ProgressCallback = (event: ProgressEvent) => void

/** Least time between two events; the final event is always sent. */
export const PROGRESS_INTERVAL_MS = 250

/** What verifyPacket reports about one packet. */
export interface PacketProgress {
  /**
   * The packet's files were listed: `files` regular files holding `bytes` bytes in all, or null
   * when the listing does not tell sizes (a folder on disk: they are known as the files are hashed).
   */
  listed(files: number, bytes: number | null): void
  /** One file was hashed (or failed to be), `bytes` long. */
  hashed(bytes: number): void
}

/**
 * Counts a whole run and calls `callback` at most every `intervalMs`. Callback errors are not the
 * verifier's business: a renderer that throws never changes a verdict, so they are swallowed.
 */
export class ProgressTracker {
  private readonly started = Date.now()
  private last = 0
  private packetsDone = 0
  private packetsListed = 0
  private filesDone = 0
  private filesListed = 0
  private bytesDone = 0
  /** Null once a packet was listed without sizes: the total is then known only at the end. */
  private bytesListed: number | null = 0

  constructor(
    private readonly callback: ProgressCallback,
    private readonly packetsTotal: number,
    private readonly intervalMs = PROGRESS_INTERVAL_MS
  ) {}

  /** The counter one packet reports to. */
  packet(): PacketProgress {
    return {
      listed: (files, bytes) => {
        this.packetsListed++
        this.filesListed += files
        this.bytesListed = this.bytesListed === null || bytes === null ? null : this.bytesListed + bytes
        this.emit(false)
      },
      hashed: bytes => {
        this.filesDone++
        this.bytesDone += bytes
        this.emit(false)
      }
    }
  }

  packetDone(): void {
    this.packetsDone++
    this.emit(false)
  }

  finish(): void {
    this.emit(true)
  }

  private emit(final: boolean): void {
    const now = Date.now()
    if (!final && now - this.last < this.intervalMs) return
    this.last = now
    const known = this.packetsListed >= this.packetsTotal
    try {
      this.callback({
        packets: { done: this.packetsDone, total: this.packetsTotal },
        files: { done: this.filesDone, total: known ? this.filesListed : null },
        bytes: { done: this.bytesDone, total: known && this.bytesListed !== null ? this.bytesListed : final ? this.bytesDone : null },
        elapsedMs: now - this.started,
        final
      })
    } catch {
      // A progress renderer must never change the outcome.
    }
  }
}
