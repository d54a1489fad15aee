'use client';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { RequireAccess } from 'react-session-kit';

/** Signed-out visitors go to /login, and come back to `returnTo` after it. */
export function SignedInGate({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <RequireAccess
      redirectTo="/login"
      returnTo={returnTo}
      navigate={router.push}
      loading={<p role="status">Loading…</p>}
    >
      {children}
    </RequireAccess>
  );
}
