import { Link } from 'react-router';
import { paths } from './routes';

/** What a `RequireAccess` gate of the demo shows instead of a page the account may not see. */
export function Denied({ page, access }: { page: string; access: string }) {
  return (
    <section className="demo-card demo-denied" aria-labelledby="denied-title">
      <h1 id="denied-title">No access to {page}</h1>
      <p>
        This account lacks <code>{access}</code>, so{' '}
        <code>&lt;RequireAccess access=&quot;{access}&quot;&gt;</code> shows its{' '}
        <code>fallback</code> instead of the page.
      </p>
      <p>
        Switch to another account in the header, or log in as another demo user. The gate only hides
        UI: a real server must refuse the data too.
      </p>
      <p>
        <Link to={paths.home}>Back to the overview</Link>
      </p>
    </section>
  );
}
