import type { ReactNode } from 'react';
import { RequireAccess } from 'react-session-kit';
import { Denied } from '../Denied';
import { Loading } from '../Loading';

/** A page behind `<RequireAccess access=…>`: its content, or the denied card. */
export function GatedPage({
  title,
  access,
  children,
}: {
  title: string;
  access: string;
  children: ReactNode;
}) {
  return (
    <RequireAccess access={access} loading={<Loading />} fallback={<Denied page={title} />}>
      <section className="demo-card" aria-labelledby="page-title">
        <h1 id="page-title">{title}</h1>
        <p className="demo-muted">
          Shown because the account grants <code>{access}</code>.
        </p>
        {children}
      </section>
    </RequireAccess>
  );
}
