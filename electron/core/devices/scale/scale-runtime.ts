import {
  SCALE_PROTOCOL_FEATURES,
  type AcceptedWeight,
  type LiveView,
  type ScaleDevice,
  type ScaleReading,
} from '../../../../shared/contract/devices';
import { DomainError } from '../../errors';
import { LineFramer } from '../line-framer';
import type { Link } from '../link';
import { deviceProblem } from '../problem';
import { DeviceRuntime, type RuntimeDeps } from '../runtime';
import type { ScaleProtocol } from './protocol';
import { settle, UNSETTLED, verdict, type Settling, type Verdict } from './stability';

const CR = 0x0d;
const LF = 0x0a;
/** Scale lines are short; anything this long without a line end is noise. */
const MAX_LINE_BYTES = 256;

/** A scale: lines → readings → the stable-repeat rule, polling in request mode, a silence watchdog. */
export class ScaleRuntime extends DeviceRuntime<ScaleDevice> {
  private readonly framer: LineFramer;
  private settling: Settling = UNSETTLED;
  private readingAt: Date | null = null;
  private poller: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** The last reading pushed, without its time, so only changes are pushed. */
  private pushed = '';

  constructor(
    device: ScaleDevice,
    link: Link,
    deps: RuntimeDeps,
    private readonly protocol: ScaleProtocol,
  ) {
    super(device, link, deps);
    this.framer = new LineFramer({
      terminators: [CR, LF],
      skipFirstLine: device.mode === 'continuous',
      maxLineBytes: MAX_LINE_BYTES,
      encoding: 'latin1',
    });
  }

  reading(): ScaleReading {
    const judged = this.verdict();
    const last = this.settling.last;
    const weight = last?.kind === 'weight' ? last : null;
    return {
      weightMg: weight?.weightMg ?? null,
      unit: weight?.unit ?? null,
      stable: weight?.stable ?? false,
      repeats: this.settling.repeats,
      required: this.device.stableRepeat,
      accepted: judged.ok,
      problem: judged.ok ? null : this.problem(deviceProblem(judged.code, judged.details)),
      at: this.readingAt?.toISOString() ?? null,
    };
  }

  /** The weight for a sale or an intake, or a DomainError saying why there is none. */
  acceptedWeight(): AcceptedWeight {
    const judged = this.verdict();
    if (!judged.ok) throw new DomainError(judged.code, { name: this.device.name, ...judged.details });
    return {
      deviceId: this.device.id,
      weightMg: judged.weightMg,
      unit: judged.unit,
      at: (this.readingAt ?? this.deps.clock()).toISOString(),
    };
  }

  command(which: 'tare' | 'zero'): void {
    const command = this.protocol[which];
    if (command === null) {
      throw new DomainError('DEVICE_COMMAND_UNSUPPORTED', {
        protocol: SCALE_PROTOCOL_FEATURES[this.protocol.id].name,
      });
    }
    if (!this.send(`${command}\r\n`))
      throw new DomainError('DEVICE_DISCONNECTED', { name: this.device.name });
    // What was on the pan before the command says nothing about the weight after it.
    this.settling = UNSETTLED;
    this.publish();
  }

  override liveView(afterSeq: number): LiveView {
    return { ...super.liveView(afterSeq), reading: this.reading() };
  }

  protected received(chunk: Buffer): void {
    this.watchdog?.refresh();
    const { lines, overflow } = this.framer.push(chunk);
    if (overflow !== null)
      this.lastLineProblem = this.problem(deviceProblem('DEVICE_LINE_TOO_LONG', { bytes: overflow }));
    for (const line of lines) this.take(line);
  }

  protected statusChanged(): void {
    this.stopped();
    this.framer.reset();
    this.settling = UNSETTLED;
    this.readingAt = null;
    if (this.connected) this.watch();
    this.publish();
  }

  protected stopped(): void {
    if (this.poller) clearInterval(this.poller);
    if (this.watchdog) clearTimeout(this.watchdog);
    this.poller = null;
    this.watchdog = null;
  }

  private verdict(): Verdict {
    if (!this.connected) return { ok: false, code: 'DEVICE_DISCONNECTED', details: {} };
    return verdict(this.settling, this.device.stableRepeat);
  }

  private watch(): void {
    const { silenceTimeoutMs, mode, pollIntervalMs } = this.device;
    // Pulling a USB adapter closes the port, but a scale switched off behind an RS-232 cable, or one
    // whose output was switched off, only goes quiet.
    this.watchdog = setTimeout(() => {
      const seconds = silenceTimeoutMs / 1000;
      this.link.restart(deviceProblem('DEVICE_SILENT', { seconds }));
    }, silenceTimeoutMs).unref();
    const request = this.protocol.request;
    if (mode === 'request' && request !== null) {
      const ask = (): boolean => this.send(`${request}\r\n`);
      ask();
      this.poller = setInterval(ask, pollIntervalMs).unref();
    }
  }

  private take(line: string): void {
    this.lastLine = line;
    const parsed = this.protocol.parse(line);
    switch (parsed.kind) {
      case 'reply':
        this.lastLineProblem = null;
        return;
      case 'rejected':
        this.lastLineProblem = this.problem(
          deviceProblem('DEVICE_COMMAND_REJECTED', { reply: parsed.reply }),
        );
        return;
      case 'invalid':
        this.lastLineProblem = this.problem(deviceProblem(parsed.code, parsed.details));
        break;
      default:
        this.lastLineProblem = null;
    }
    this.settling = settle(this.settling, parsed, this.device.stableRepeat);
    this.readingAt = this.deps.clock();
    this.publish();
  }

  private publish(): void {
    const reading = this.reading();
    const key = JSON.stringify({ ...reading, at: null });
    if (key === this.pushed) return;
    this.pushed = key;
    this.deps.emit({ type: 'device.weight', deviceId: this.device.id, reading });
  }
}
