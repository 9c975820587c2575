import { useEffect, useEffectEvent } from 'react';

/** A dialog or a side panel on show (antd keeps a closed one, hidden, until it is destroyed). */
const overlayOpen = (): boolean =>
  [...document.querySelectorAll('[role="dialog"]')].some((dialog) => dialog.checkVisibility());

const focusFell = (): boolean => document.activeElement === null || document.activeElement === document.body;

/**
 * Keeps the screen's home field (the sale's search box) focused: whenever the focus falls to the page's
 * body with no dialog or side panel open (a dialog closed and took its focused button with it, or a
 * click landed on nothing), `focusHome` runs, so ↑↓, Enter and the next scan work at once. One watcher
 * for every dialog, rather than each dialog handing the focus back on its own way out. Chromium sends
 * no event when the focused element is removed, hence the watch on the document's changes.
 */
export function useHomeFocus(focusHome: () => void): void {
  const refocus = useEffectEvent(() => {
    if (focusFell() && !overlayOpen()) focusHome();
  });

  useEffect(() => {
    const observer = new MutationObserver(() => refocus());
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style'],
    });
    const onFocusOut = (event: FocusEvent): void => {
      if (event.relatedTarget === null) queueMicrotask(() => refocus());
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
}
