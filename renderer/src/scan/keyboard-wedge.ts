import { isCodeField } from './code-field';
import { createWedgeRecogniser, WEDGE_TIMING, type WedgeKey } from './wedge';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The focused field as it was when a possible scan began. */
interface FieldSnapshot {
  field: TextField;
  value: string;
  start: number;
  end: number;
}

/** A focused field whose text can be edited from here (number inputs have no selection to edit). */
function focusedTextField(): TextField | null {
  const field = document.activeElement;
  const editable = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
  return editable && field.selectionStart !== null ? field : null;
}

/**
 * Changes the text as typing would, so React's onChange sees it: the value is set past React's own
 * value tracker (setRangeText) and an input event is sent.
 */
function replaceText(field: TextField, text: string, start: number, end: number): void {
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function snapshot(): FieldSnapshot | null {
  const field = focusedTextField();
  if (!field) return null;
  return { field, value: field.value, start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
}

/** Takes back the first keys of a scan that reached the field before the burst was recognised. */
function restore(saved: FieldSnapshot, composing: boolean): void {
  const { field } = saved;
  if (document.activeElement !== field) return;
  // An input method composing the leaked keys would commit them later; leaving the field ends that.
  if (composing) {
    field.blur();
    field.focus();
  }
  if (field.value === saved.value) return;
  replaceText(field, saved.value, 0, field.value.length);
  field.setSelectionRange(saved.start, saved.end);
}

/** Where the keys of a possible scan would go: see WedgeKey.target. */
function targetOf(event: KeyboardEvent, composing: boolean): WedgeKey['target'] {
  if (document.querySelector('[data-pin-pad]')) return 'pin';
  const field = focusedTextField();
  // An input method composes its keys whatever the page does with keydown: those cannot be held.
  if (!field || composing || event.key === 'Process') return 'other';
  return isCodeField(field) ? 'code' : 'field';
}

/** Types characters held from a burst that turned out not to be a scan into the focused field. */
function giveBack(text: string): void {
  const field = focusedTextField();
  if (text && field) replaceText(field, text, field.selectionStart ?? 0, field.selectionEnd ?? 0);
}

/**
 * Watches the keyboard for keyboard-wedge scans. The listener sits on the window in the capture phase,
 * so it sees each key before any field, shortcut or PIN pad does, and stops the keys of a scan there.
 * A burst is told by each key's event.timeStamp (when the key went down), never by when this runs: on
 * a busy page keys queue up and come late but keep their times. The timer that gives back a burst
 * which stopped is only a guess that it stopped; a key that comes after it, timed within the burst,
 * still joins it (see WedgeRecogniser.flush). A scan while a field that takes codes has the focus
 * (isCodeField) is typed into that field whole; any other scan goes to `onScan`.
 */
export function listenForWedgeScans(onScan: (code: string) => void): () => void {
  const recogniser = createWedgeRecogniser();
  let saved: FieldSnapshot | null = null;
  let composing = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    clearTimeout(flushTimer);
    const verdict = recogniser.key({
      key: event.key,
      code: event.code,
      shift: event.shiftKey,
      command: event.ctrlKey || event.altKey || event.metaKey,
      repeat: event.repeat,
      time: event.timeStamp,
      target: targetOf(event, composing),
    });
    if (verdict.action === 'pass') {
      giveBack(verdict.release);
      if (verdict.first) saved = snapshot();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (verdict.action === 'hold') {
      // A burst that stops without Enter or Tab was typing after all (or a scanner set up without a
      // suffix): what it held goes to the field once it is clearly over.
      flushTimer = setTimeout(() => giveBack(recogniser.flush()), WEDGE_TIMING.maxGapMs * 2);
      return;
    }
    const into = saved;
    saved = null;
    if (into) restore(into, composing);
    if (into && isCodeField(into.field) && document.activeElement === into.field) {
      replaceText(into.field, verdict.code, into.start, into.end);
      return;
    }
    onScan(verdict.code);
  };
  const onCompositionStart = (): void => {
    composing = true;
  };
  const onCompositionEnd = (): void => {
    composing = false;
  };

  window.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('compositionstart', onCompositionStart, { capture: true });
  window.addEventListener('compositionend', onCompositionEnd, { capture: true });
  return () => {
    clearTimeout(flushTimer);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    window.removeEventListener('compositionstart', onCompositionStart, { capture: true });
    window.removeEventListener('compositionend', onCompositionEnd, { capture: true });
  };
}
