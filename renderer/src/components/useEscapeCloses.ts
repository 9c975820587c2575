import { useEffect, useEffectEvent } from 'react';

const inModal = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('.ant-modal-wrap, .customer-display') !== null;

/**
 * Esc closes a side panel while it is open, wherever the focus is (antd closes a drawer on Esc only from
 * inside it). The screen's and the shell's Esc stand aside while a panel is open (isSidePanelOpen), so the
 * key closes the panel and does not also go home or step back.
 */
export function useEscapeCloses(open: boolean, onClose: () => void): void {
  const close = useEffectEvent(onClose);
  useEffect(() => {
    if (!open) return;
    const listener = (event: KeyboardEvent): void => {
      // Esc in a dialog (one open over the panel's screen) closes that dialog, not the panel
      if (event.key !== 'Escape' || inModal(event.target)) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [open]);
}
