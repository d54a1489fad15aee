'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { LoginFlow, RequireAccess, safeReturnTo } from 'react-session-kit';

// Client components are prerendered: read the query with useSearchParams (in <Suspense>), never
// with `location` at render.
function Login() {
  const router = useRouter();
  const returnTo = safeReturnTo(useSearchParams().get('returnTo')) ?? '/';
  return (
    <RequireAccess when="signed-out" redirectTo={returnTo} navigate={router.push}>
      <LoginFlow />
    </RequireAccess>
  );
}

export default function LoginPage() {
  return (
    <main>
      <Suspense>
        <Login />
      </Suspense>
    </main>
  );
}
