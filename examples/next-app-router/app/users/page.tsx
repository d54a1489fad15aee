import { RequireAccess } from 'react-session-kit';
import { ActiveSessions } from 'react-session-kit/sessions';
import { Header } from '../Header';
import { SignedInGate } from '../SignedInGate';

/** A gated page, rendered on the server from the kit's client components. */
export default function Users() {
  return (
    <SignedInGate returnTo="/users">
      <Header />
      <main>
        <h1>Users</h1>
        <RequireAccess
          access="account-users:r"
          fallback={<p>You cannot see the users of this account.</p>}
        >
          <p data-testid="users-allowed">You may manage the users of this account.</p>
          <ActiveSessions />
        </RequireAccess>
      </main>
    </SignedInGate>
  );
}
