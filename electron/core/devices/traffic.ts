import type { TrafficEntry } from '../../../shared/contract/devices';

const NAMED: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/** Bytes as readable text: printable ASCII as is, CR LF tab by name, anything else as \xNN. */
export function escapeBytes(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    if (byte >= 0x20 && byte < 0x7f && byte !== 0x5c) text += String.fromCharCode(byte);
    else text += NAMED[byte] ?? `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return text;
}

/** One chunk is shown up to this many bytes: a flood at the wrong baud rate must not fill the view. */
const CHUNK_BYTES = 256;

/** The recent raw traffic of one device, both ways, for the live view when setting a device up. */
export class TrafficLog {
  private readonly entries: TrafficEntry[] = [];
  private seq = 0;

  constructor(
    private readonly clock: () => Date,
    private readonly capacity = 200,
  ) {}

  get lastSeq(): number {
    return this.seq;
  }

  record(direction: TrafficEntry['direction'], bytes: Buffer): void {
    const shown = bytes.subarray(0, CHUNK_BYTES);
    const cut = bytes.length > CHUNK_BYTES ? ' …' : '';
    this.seq += 1;
    this.entries.push({
      seq: this.seq,
      at: this.clock().toISOString(),
      direction,
      hex: `${shown.toString('hex').replace(/(..)(?!$)/g, '$1 ')}${cut}`,
      text: `${escapeBytes(shown)}${cut}`,
    });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  after(seq: number): TrafficEntry[] {
    return this.entries.filter((entry) => entry.seq > seq);
  }
}
