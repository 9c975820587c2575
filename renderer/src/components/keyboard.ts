/** Fields where typed characters belong to the field, not to a screen's shortcuts or a PIN pad. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

export function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, [role="button"]') !== null;
}

export function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/** Escape inside an open dialog belongs to the dialog (it closes itself), not to the screen behind. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], .ant-modal-wrap') !== null;
}

/** A side panel (the device simulator, the print jobs) is open: Esc closes it, and only it. */
export function isSidePanelOpen(): boolean {
  return document.querySelector('.ant-drawer-open') !== null;
}
