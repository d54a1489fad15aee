'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { UserAvatar, useLogout, useSession } from 'react-session-kit';

export function Header() {
  const { status, session } = useSession();
  const logout = useLogout();
  const router = useRouter();
  if (status !== 'authenticated') return null;
  return (
    <header>
      <UserAvatar /> <span data-testid="user">{session.user.name}</span> of{' '}
      <span data-testid="account">{session.account.title}</span>{' '}
      <nav>
        <Link href="/">Home</Link> <Link href="/users">Users</Link>
      </nav>
      <button
        type="button"
        onClick={() => logout.mutate(undefined, { onSuccess: () => router.push('/login') })}
      >
        Log out
      </button>
    </header>
  );
}
