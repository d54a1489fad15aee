// The `alerts` scenario: how long React takes to render and commit `<AlertBanner>` under a session
// with `count` alerts, in a root of its own (no network: the session is given, as in a story).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AlertBanner } from 'react-session-kit';
import { createTestSession, MockSessionProvider } from 'react-session-kit/testing';

const sessions = new Map();
function sessionWith(count) {
  if (!sessions.has(count)) {
    const alerts = Array.from({ length: count }, (_, index) => ({
      id: `alert-${index}`,
      title: `Alert ${index}`,
      text: 'Something to look at.',
      href: `/alerts/${index}`,
      priority: (index % 3) + 1,
      timestamp: 1727348000 + index,
    }));
    sessions.set(count, createTestSession({ alerts }));
  }
  return sessions.get(count);
}

/** Mounts the banner under a session of `count` alerts, then unmounts; resolves to the ms of the mount. */
export function renderAlerts(count) {
  const session = sessionWith(count);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const started = performance.now();
  flushSync(() =>
    root.render(
      <MockSessionProvider session={session}>
        <AlertBanner />
      </MockSessionProvider>,
    ),
  );
  const ms = performance.now() - started;
  if (!container.querySelector('[data-slot]') && count > 0)
    throw new Error('bench: the alert banner rendered nothing');
  root.unmount();
  container.remove();
  return ms;
}
