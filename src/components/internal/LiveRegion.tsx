import type { CSSProperties, ReactNode } from 'react';
import type { SessionError } from '../../core/SessionError';
import { errorTone } from './errors';

/**
 * Hidden on screen, read by screen readers. Only on the kit's own spans and divs, which have no
 * margin, padding or border to reset.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export interface LiveRegionProps {
  role: 'status' | 'alert';
  'data-slot': string;
  /** The failure it shows, as `data-kind` and `data-tone` (see `errorTone`). */
  error?: SessionError | null | undefined;
  /** `visuallyHidden` for a region that is read, never shown (the screen says it another way). */
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * The one live region of the components. It is in the tree from the first render and empty
 * until there is something to say, so each message is read as it arrives (a region created with
 * its text may go unread). styles.css has one rule for it: empty, it takes no room but stays in
 * the accessibility tree.
 */
export function LiveRegion({ error, ...props }: LiveRegionProps) {
  return <div {...props} data-kind={error?.kind} data-tone={error && errorTone(error)} />;
}

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
