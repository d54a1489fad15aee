import { Link } from 'react-router';
import { paths } from '../routes';

export function NotFoundPage() {
  return (
    <section className="demo-card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        <Link to={paths.home}>Go to the overview</Link>
      </p>
    </section>
  );
}
