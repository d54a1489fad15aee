/** The elements a keyboard user can reach. */
export const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The element of the component's `root` with this `id`. Searched in the component's own tree,
 * never the page's `document`: it is found in a shadow root or an iframe too, and an element of
 * another instance or of the app is never taken for it.
 */
export const byId = (root: Element | null | undefined, id: string): HTMLElement | null =>
  [...(root?.querySelectorAll<HTMLElement>('[id]') ?? [])].find((element) => element.id === id) ??
  null;

/** Focuses where Tab would land first in `root`: a checked radio, else the first control. */
export function focusFirst(root: Element | null | undefined): void {
  (
    root?.querySelector<HTMLElement>('input:checked') ?? root?.querySelector<HTMLElement>(focusable)
  )?.focus();
}

/** True when nothing has focus: the focused element went away (or was disabled). */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/**
 * When focus was lost, after the page has had a moment to change (the app navigating after a
 * login, an unlock): focus `target`, else the page's main heading, else `<main>`. The one helper
 * that looks past the component, which is gone by then.
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
