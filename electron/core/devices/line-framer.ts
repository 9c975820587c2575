export interface LineFramerOptions {
  /** Bytes that end a line; empty lines (the LF of a CR LF) are dropped. */
  terminators: readonly number[];
  /** A streaming device is joined mid-line: what comes before the first line end is a fragment. */
  skipFirstLine: boolean;
  /** More than this without a line end means a wrong baud rate or line ending: the bytes are dropped. */
  maxLineBytes: number;
  /** Scales speak ASCII plus binary status bytes (latin1 keeps every byte); scanners may send UTF-8. */
  encoding: 'latin1' | 'utf8';
}

export interface Framed {
  lines: string[];
  /** How many bytes were dropped for want of a line end, if any. */
  overflow: number | null;
}

const EMPTY = Buffer.alloc(0);
// Control characters are never part of a reading or a code: NUL from a plug-in glitch, STX/ETX
// framing, A&D's ACK. A CAS lamp byte may go with them; its field is not read.
const CONTROL = /\p{Cc}/gu;

/**
 * Bytes in, complete lines out. Chunks split anywhere (mid-line, mid-CR LF) because the OS hands
 * over whatever arrived; the partial tail waits for the next chunk.
 */
export class LineFramer {
  private pending: Buffer = EMPTY;
  private skipping: boolean;

  constructor(private readonly options: LineFramerOptions) {
    this.skipping = options.skipFirstLine;
  }

  /** After a (re)connect: nothing from the old connection belongs to the new one. */
  reset(): void {
    this.pending = EMPTY;
    this.skipping = this.options.skipFirstLine;
  }

  push(chunk: Buffer): Framed {
    const data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const lines: string[] = [];
    let start = 0;
    for (let index = 0; index < data.length; index += 1) {
      if (!this.options.terminators.includes(data[index] ?? -1)) continue;
      const line = data.toString(this.options.encoding, start, index).replace(CONTROL, '');
      start = index + 1;
      if (this.skipping) {
        this.skipping = false;
        continue;
      }
      if (line.trim() !== '') lines.push(line);
    }
    this.pending = data.subarray(start);
    if (this.pending.length <= this.options.maxLineBytes) return { lines, overflow: null };
    const overflow = this.pending.length;
    // The next line end closes a line whose start was thrown away: skip it too.
    this.pending = EMPTY;
    this.skipping = true;
    return { lines, overflow };
  }
}
