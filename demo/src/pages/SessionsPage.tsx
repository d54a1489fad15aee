import { useNavigate } from 'react-router';
import { ActiveSessions } from 'react-session-kit/sessions';
import { paths } from '../routes';

/** The user's signed-in devices, with sign-out per device and for all the others. */
export function SessionsPage() {
  const navigate = useNavigate();
  return (
    <section className="demo-card" aria-labelledby="sessions-title">
      <h1 id="sessions-title">Where you are signed in</h1>
      <p className="demo-muted">
        <code>&lt;ActiveSessions&gt;</code> lists your sessions from the sessions API. Signing out
        of this device logs you out here too.
      </p>
      <ActiveSessions
        onRevoke={({ signedOut }) => {
          if (signedOut) void navigate(paths.login);
        }}
      />
    </section>
  );
}
