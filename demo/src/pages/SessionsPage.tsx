import { useNavigate } from 'react-router';
import { ActiveSessions } from 'react-session-kit/sessions';
import { paths } from '../routes';

/** The user's signed-in devices, with sign-out per device and for all the others. */
export function SessionsPage() {
  const navigate = useNavigate();
  return (
    <div className="demo-page">
      <ActiveSessions
        headingLevel={1}
        onRevoke={({ signedOut }) => {
          if (signedOut) void navigate(paths.login);
        }}
      />
      <p className="demo-muted">
        <code>&lt;ActiveSessions&gt;</code> lists your sessions from the sessions API. Signing out
        of this device logs you out here too.
      </p>
    </div>
  );
}
