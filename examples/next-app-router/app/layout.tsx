import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { SessionProvider } from 'react-session-kit';
import { fetchSession } from 'react-session-kit/server';
import 'react-session-kit/styles.css';

export const metadata = {
  title: 'react-session-kit on the Next.js App Router',
  icons: { icon: 'data:,' },
};

/** The session of the request's cookie, so the server HTML is already signed in. */
async function Session({ children }: { children: ReactNode }) {
  const requestHeaders = await headers();
  const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8787';
  // The API down: render without it, and the browser loads the session itself. SERVER_SESSION=off
  // renders as an app whose server never receives the session cookie (the API on another site).
  const session =
    process.env.SERVER_SESSION === 'off'
      ? undefined
      : await fetchSession({ apiUrl, headers: requestHeaders }).catch(() => undefined);
  return (
    <SessionProvider apiUrl={apiUrl} initialSession={session}>
      {children}
    </SessionProvider>
  );
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="light">
      <body>
        <Suspense fallback={<p>…</p>}>
          <Session>{children}</Session>
        </Suspense>
      </body>
    </html>
  );
}
