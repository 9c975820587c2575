/** A code read by a scanner: typed by a keyboard-wedge scanner, or sent by a serial one. */
export interface Scan {
  code: string;
  source: 'keyboard' | 'serial';
  /** The serial scanner's device id; null for a keyboard-wedge scanner. */
  deviceId: number | null;
}

export type ScanHandler = (scan: Scan) => void;

/**
 * The screens and dialogs that take scans, newest last. A scan goes to the one registered last: the
 * screen on show, or a dialog opened over it, which hands scans back to the screen when it closes.
 */
export class ScanRegistry {
  private readonly handlers: ScanHandler[] = [];

  register(handler: ScanHandler): () => void {
    this.handlers.push(handler);
    return () => {
      const index = this.handlers.lastIndexOf(handler);
      if (index >= 0) this.handlers.splice(index, 1);
    };
  }

  /** False when nothing on screen takes scans. */
  dispatch(scan: Scan): boolean {
    const handler = this.handlers.at(-1);
    handler?.(scan);
    return handler !== undefined;
  }
}
