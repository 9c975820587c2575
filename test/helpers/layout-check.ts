import type { Page } from 'playwright-core';

/** The two screens a till is sold with: a 1366×768 laptop or monitor, and an older 1024×768 one. */
export const TILL_VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/**
 * What is wrong with the layout of the page as it stands, measured from the boxes the browser laid out
 * (not from a picture): each problem is one line naming the element by its tag, classes and text.
 *
 * - `outside`: a visible element reaches past the viewport (the page would have to scroll to show it).
 *   With `pageScrolls`, for a screen that is a long list or form, the page may run on downwards (never
 *   sideways).
 * - `clipped`: an element is cut off by an ancestor that hides its overflow, or that must be scrolled
 *   sideways to show it (a list scrolls up and down, never sideways, at a till).
 * - `overlap`: two visible elements that are neither ancestor nor descendant of each other cover each other.
 * - `lone`: a text of several characters wraps leaving one character alone on a line (a title squeezed to
 *   a column stacks one character per line; a store name wraps leaving 店 alone).
 * - `broken`: a word or code without spaces or Chinese breaks over lines (a receipt number at its dashes).
 *
 * Only what a person reads or presses is measured: elements with text of their own, form controls,
 * buttons, images and icons. Content scrolled out of sight inside a scrolling box is not a fault (the box
 * scrolls), but the box itself must fit. While a dialog or a drawer is open, only what it holds is
 * checked: the screen behind is covered on purpose.
 */
export async function layoutProblems(page: Page, options: { pageScrolls?: boolean } = {}): Promise<string[]> {
  // Everything below runs in the page, so it is written without helpers from this file.
  return page.evaluate((pageScrolls) => {
    const SLACK = 1.5; // px: sub-pixel rounding and antd's 1 px borders that meet
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const overlays = Array.from(
      document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer'),
    ).filter(
      (overlay) => overlay.getClientRects().length > 0 && getComputedStyle(overlay).display !== 'none',
    );
    const roots: Element[] = overlays.length > 0 ? overlays : [document.body];

    const name = (element: Element): string => {
      const classes = Array.from(element.classList)
        .filter((c) => !/^(ant-|css-)/.test(c) || /^ant-(btn|tag|typography|input|select)$/.test(c))
        .slice(0, 3);
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return `<${element.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}>${text ? ` "${text}"` : ''}`;
    };

    const shown = (element: Element): boolean => {
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || style.display === 'contents') return false;
      for (let at: Element | null = element; at; at = at.parentElement) {
        if (Number(getComputedStyle(at).opacity) === 0) return false;
      }
      const box = element.getBoundingClientRect();
      // screen-reader-only text is laid out in a 1 px box
      return box.width > 1 && box.height > 1;
    };

    const ownText = (element: Element): Text[] =>
      Array.from(element.childNodes).filter(
        (node): node is Text => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );

    const isControl = (element: Element): boolean =>
      element.matches(
        'button, input:not([type="hidden"]), select, textarea, img, canvas, video, [role="button"], [role="switch"], [role="checkbox"], [role="radio"], .anticon, .ant-select, .ant-picker',
      );

    /**
     * The box a reader sees: the whole control, or the text's own lines, each as tall as its line box (the
     * font's ascent and descent reach past it, but the glyphs do not).
     */
    const boxOf = (element: Element): DOMRect => {
      const texts = ownText(element);
      if (isControl(element) || texts.length === 0) return element.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
      const range = document.createRange();
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      for (const text of texts) {
        range.selectNodeContents(text);
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0) continue;
          const inset = Number.isNaN(lineHeight) ? 0 : Math.max(0, (rect.height - lineHeight) / 2);
          left = Math.min(left, rect.left);
          top = Math.min(top, rect.top + inset);
          right = Math.max(right, rect.right);
          bottom = Math.max(bottom, rect.bottom - inset);
        }
      }
      const own = element.getBoundingClientRect();
      if (left === Infinity) return own;
      // a text cut short with an ellipsis shows only what fits its box
      if (getComputedStyle(element).textOverflow === 'ellipsis') {
        left = Math.max(left, own.left);
        right = Math.min(right, own.right);
      }
      return new DOMRect(left, top, right - left, bottom - top);
    };

    /**
     * The ancestor that cuts the element off, if any. A list that scrolls up and down is how a long list
     * fits; one that must be scrolled sideways to show a row's end (a void button) cuts it off.
     */
    const clipFor = (element: Element, box: DOMRect): string | null => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        const outer = at.getBoundingClientRect();
        const pastX = box.left < outer.left - SLACK || box.right > outer.right + SLACK;
        const pastY = box.top < outer.top - SLACK || box.bottom > outer.bottom + SLACK;
        if (pastY && /auto|scroll/.test(style.overflowY)) return null;
        if ((pastX && style.overflowX !== 'visible') || (pastY && /hidden|clip/.test(style.overflowY)))
          return name(at);
      }
      return null;
    };

    /** Whether the element lies above or below what a scrolling list shows (scrolled away). */
    const scrolledAway = (element: Element, box: DOMRect): boolean => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        if (!/auto|scroll/.test(getComputedStyle(at).overflowY)) continue;
        const outer = at.getBoundingClientRect();
        if (box.bottom <= outer.top || box.top >= outer.bottom) return true;
      }
      return false;
    };

    /** A code or a word (no space, no Chinese) broken over lines: T01-20261205-0002 split at its dashes. */
    const brokenWord = (element: Element): boolean =>
      ownText(element).some((text) => {
        const content = (text.textContent ?? '').trim();
        if (content.length < 2 || /\s|[\u3000-\u9fff\uff00-\uffef]/.test(content)) return false;
        const range = document.createRange();
        range.selectNodeContents(text);
        const tops = new Set(
          Array.from(range.getClientRects())
            .filter((rect) => rect.width > 0)
            .map((rect) => Math.round(rect.top)),
        );
        return tops.size > 1;
      });

    /** Characters left alone on a line, found by where each character's box starts. */
    const loneCharacter = (element: Element): boolean => {
      const range = document.createRange();
      for (const text of ownText(element)) {
        const content = text.textContent ?? '';
        const lines = new Map<number, number>();
        for (let i = 0; i < content.length; i++) {
          if (/\s/.test(content[i] ?? '')) continue;
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const line = Math.round(rect.top);
          lines.set(line, (lines.get(line) ?? 0) + 1);
        }
        if (lines.size > 1 && [...lines.values()].some((count) => count === 1)) return true;
      }
      return false;
    };

    const problems: string[] = [];
    const measured: { element: Element; box: DOMRect; label: string }[] = [];
    for (const root of roots) {
      for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (!(isControl(element) || ownText(element).length > 0) || !shown(element)) continue;
        // the parts of a control are the control's business
        if (
          element.parentElement?.closest(
            'button, [role="button"], .ant-select, .ant-picker, .ant-input-number',
          )
        )
          continue;
        const box = boxOf(element);
        if (scrolledAway(element, box)) continue;
        const label = name(element);
        if (
          box.left < -SLACK ||
          box.top < -SLACK ||
          box.right > viewport.width + SLACK ||
          (!pageScrolls && box.bottom > viewport.height + SLACK)
        )
          problems.push(
            `outside: ${label} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
          );
        const clip = clipFor(element, box);
        if (clip) problems.push(`clipped: ${label} by ${clip}`);
        if (loneCharacter(element)) problems.push(`lone: ${label} wraps leaving one character on a line`);
        else if (brokenWord(element)) problems.push(`broken: ${label} breaks a word or code over lines`);
        measured.push({ element, box, label });
      }
    }
    measured.forEach((a, i) => {
      for (const b of measured.slice(i + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > SLACK && height > SLACK) problems.push(`overlap: ${a.label} and ${b.label}`);
      }
    });
    return problems;
  }, options.pageScrolls ?? false);
}
