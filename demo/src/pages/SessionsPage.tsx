// ACTIVE SESSIONS — `<ActiveSessions>` (issue 4) is not exported from react-session-kit yet.
// Once it is: import { ActiveSessions } from 'react-session-kit' and render it in place of the
// placeholder below (the mock backend answers the sessions API too).

export function SessionsPage() {
  return (
    <section className="demo-card" aria-labelledby="sessions-title">
      <h1 id="sessions-title">Active sessions</h1>
      <p className="demo-muted" data-testid="active-sessions-placeholder">
        The list of your signed-in devices, with “Sign out of all other sessions”, appears here once{' '}
        <code>&lt;ActiveSessions&gt;</code> ships.
      </p>
    </section>
  );
}
