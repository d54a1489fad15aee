/** Hidden on screen, read by screen readers. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
} as const;

let announcer: HTMLElement | null = null;

/**
 * Reads `message` politely from a live region on `<body>`, so it is heard even when the
 * component that says it unmounts at once (a finished login, an unlock).
 */
export function announce(message: string): void {
  if (typeof document === 'undefined') return;
  if (!announcer?.isConnected) {
    announcer = document.createElement('div');
    announcer.setAttribute('aria-live', 'polite');
    announcer.dataset.slot = 'session-kit-announcer';
    Object.assign(announcer.style, visuallyHidden);
    document.body.append(announcer);
  }
  const region = announcer;
  region.textContent = '';
  // A region that exists before its text changes is read; one created with its text may not be.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** The elements a keyboard user can reach. */
export const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** True when nothing has focus: the focused element went away (or was disabled). */
export const focusLost = () =>
  document.activeElement === null || document.activeElement === document.body;

/**
 * When focus was lost, after the page has had a moment to change (the app navigating after a
 * login, an unlock): focus `target`, else the page's main heading, else `<main>`.
 */
export function rescueFocus(target?: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    if (!focusLost()) return;
    const next =
      target?.() ??
      ['main h1', 'h1', 'main']
        .map((selector) => document.querySelector<HTMLElement>(selector))
        .find(Boolean);
    if (!next) return;
    if (!next.matches(focusable)) next.tabIndex = -1;
    next.focus();
  }, 0);
}
