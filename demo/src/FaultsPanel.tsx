import { useState } from 'react';
import { useSession, useSessionClient } from 'react-session-kit';
import type { MockBackend, MockFault } from 'react-session-kit/mock';

interface FaultChoice {
  id: string;
  label: string;
  fault: MockFault;
  explains: string;
}

const faults: readonly FaultChoice[] = [
  {
    id: 'slow',
    label: 'Slow (3 s)',
    fault: { type: 'slow', ms: 3000 },
    explains:
      'Every answer takes 3 s longer: buttons stay busy and a double click still sends one request.',
  },
  {
    id: 'failing',
    label: 'Failing (500)',
    fault: { type: 'error', status: 500 },
    explains:
      'Every call fails with 500: forms show the message, refreshes keep the last good session.',
  },
  {
    id: 'rate-limited',
    label: 'Rate limited (429)',
    fault: { type: 'rate_limited', retryAfter: 30 },
    explains: 'Every call answers 429 with Retry-After: 30.',
  },
  {
    id: 'offline',
    label: 'Offline',
    fault: { type: 'offline' },
    explains: 'Every call fails with a network error, as with no connection.',
  },
];

/**
 * Flips the in-page mock backend into failure modes so anyone can watch the kit behave. Faults
 * last until cleared or the page reloads, and affect this tab only; the server state (who is
 * signed in) is shared by every tab.
 */
export function FaultsPanel({ backend }: { backend: MockBackend }) {
  const { status, error, isFetching, refresh } = useSession();
  const client = useSessionClient();
  const [active, setActive] = useState<string | null>(null);
  const [note, setNote] = useState('No fault: the mock answers normally.');

  const choose = (choice: FaultChoice) => {
    backend.setFault(choice.fault);
    setActive(choice.id);
    setNote(choice.explains);
  };

  const clear = () => {
    backend.setFault(null);
    setActive(null);
    setNote('No fault: the mock answers normally.');
  };

  const staleSession = async () => {
    backend.bumpSession();
    setNote(
      'The server changed your data (a new alert) and marks its answers “X-Session-Status: stale”. ' +
        'The next answer tells the kit, which fetches the session again.',
    );
    // Any API call will do: its answer carries the stale mark.
    await client.getAccountChoices().catch(() => undefined);
  };

  const expireSession = async () => {
    backend.setFault({ type: 'expired', times: 1 });
    setNote(
      'The server ended your session: the next refresh answers 401 and you are sent to log in, where the form says why.',
    );
    await refresh();
  };

  const resetServer = async () => {
    backend.reset();
    setActive(null);
    setNote('The mock server forgot everything: signed out, no data changes, no fault.');
    await refresh();
  };

  return (
    <aside className="demo-card demo-faults" aria-labelledby="faults-title">
      <h2 id="faults-title">Server faults</h2>
      <p className="demo-muted">
        The demo runs on <code>react-session-kit/mock</code> inside this page. Make it misbehave:
      </p>
      <div className="demo-fault-buttons" role="group" aria-label="Faults">
        {faults.map((choice) => (
          <button
            key={choice.id}
            type="button"
            data-rsk-button="secondary"
            aria-pressed={active === choice.id}
            onClick={() => choose(choice)}
          >
            {choice.label}
          </button>
        ))}
        <button type="button" data-rsk-button="secondary" onClick={() => void staleSession()}>
          Stale session
        </button>
        <button
          type="button"
          data-rsk-button="secondary"
          disabled={status !== 'authenticated'}
          onClick={() => void expireSession()}
        >
          Expire session
        </button>
      </div>
      <div className="demo-fault-buttons">
        <button
          type="button"
          data-rsk-button="secondary"
          disabled={active === null}
          onClick={clear}
        >
          Clear fault
        </button>
        <button type="button" data-rsk-button="secondary" onClick={() => void refresh()}>
          Refresh session now
        </button>
        <button type="button" data-rsk-button="secondary" onClick={() => void resetServer()}>
          Reset server
        </button>
      </div>
      <p className="demo-fault-note" aria-live="polite">
        {note}
      </p>
      <dl className="demo-facts">
        <dt>Session</dt>
        <dd>
          <code>{status}</code>
          {isFetching ? ' · fetching…' : ''}
        </dd>
        <dt>Last refresh</dt>
        <dd>{error ? `failed: ${error.kind}` : 'ok'}</dd>
      </dl>
    </aside>
  );
}
