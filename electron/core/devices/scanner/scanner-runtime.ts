import type { LiveView, ScannerDevice } from '../../../../shared/contract/devices';
import { LineFramer } from '../line-framer';
import type { Link } from '../link';
import { deviceProblem } from '../problem';
import { DeviceRuntime, type RuntimeDeps } from '../runtime';
import { decodeScan, suffixTerminators } from './scanner';

/** The longest code the contract carries (a 2D code); a longer line is noise or a wrong line ending. */
const MAX_LINE_BYTES = 4096;

/** A serial scanner: each framed line is a code, pushed to the renderer as a `device.scan` event. */
export class ScannerRuntime extends DeviceRuntime<ScannerDevice> {
  private readonly framer: LineFramer;
  private lastScan: string | null = null;

  constructor(device: ScannerDevice, link: Link, deps: RuntimeDeps) {
    super(device, link, deps);
    // A scanner sends nothing until it scans, so the first line after opening is whole.
    this.framer = new LineFramer({
      terminators: suffixTerminators(device.suffix),
      skipFirstLine: false,
      maxLineBytes: MAX_LINE_BYTES,
      encoding: 'utf8',
    });
  }

  override liveView(afterSeq: number): LiveView {
    return { ...super.liveView(afterSeq), lastScan: this.lastScan };
  }

  protected received(chunk: Buffer): void {
    const { lines, overflow } = this.framer.push(chunk);
    if (overflow !== null)
      this.lastLineProblem = this.problem(deviceProblem('DEVICE_LINE_TOO_LONG', { bytes: overflow }));
    for (const line of lines) {
      this.lastLine = line;
      const scan = decodeScan(line, this.device.prefix);
      if (scan === null) continue;
      if ('problem' in scan) {
        this.lastLineProblem = this.problem(scan.problem);
        continue;
      }
      this.lastLineProblem = null;
      this.lastScan = scan.code;
      this.deps.emit({ type: 'device.scan', deviceId: this.device.id, code: scan.code });
    }
  }

  protected statusChanged(): void {
    this.framer.reset();
  }

  protected stopped(): void {}
}
