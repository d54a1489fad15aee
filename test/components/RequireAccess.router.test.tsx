// RequireAccess with React Router 7 and the README's login page: a signed-in user without the
// access does not bounce between the page and the login page, and a logout drops `returnTo`.
import { screen, waitFor } from '@testing-library/react';
import {
  createMemoryRouter,
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useSearchParams,
} from 'react-router';
import { describe, expect, it } from 'vitest';
import { LoginFlow, RequireAccess, safeReturnTo, useLogout } from '../../src';
import { renderWithSession, signedInBackend, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

function Layout() {
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <>
      <button
        type="button"
        onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/login') })}
      >
        Log out
      </button>
      <Outlet />
    </>
  );
}

/** The trial's gate: `access` and `redirectTo` together. */
function UsersPage() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <RequireAccess
      access="account-users:r"
      redirectTo="/login"
      returnTo={location.pathname + location.search}
      navigate={(to) => void navigate(to)}
      fallback={<p>You do not have access to Users.</p>}
    >
      <h1>Users</h1>
    </RequireAccess>
  );
}

/** The README's login page, reading `returnTo` from the router. */
function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo')) ?? '/';
  return (
    <RequireAccess when="signed-out" redirectTo={returnTo} navigate={(to) => void navigate(to)}>
      <LoginFlow onAuthenticated={() => void navigate(returnTo)} />
    </RequireAccess>
  );
}

function renderApp(initialPath: string) {
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: '/', element: <h1>Home</h1> },
          { path: '/users', element: <UsersPage /> },
          { path: '/login', element: <LoginPage /> },
        ],
      },
    ],
    { initialEntries: [initialPath] },
  );
  const visited: string[] = [];
  router.subscribe((state) => visited.push(state.location.pathname + state.location.search));
  const here = () => router.state.location.pathname + router.state.location.search;
  return { ...renderWithSession(<RouterProvider router={router} />), here, visited };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('RequireAccess in a router', () => {
  it('sends a signed-in user without the access nowhere: the fallback, no loop', async () => {
    startBackend(server);
    const { user, here, visited } = renderApp('/users');
    await waitFor(() => expect(here()).toBe('/login?returnTo=%2Fusers'));
    await user.type(await screen.findByLabelText('Username'), 'restricted');
    await user.type(screen.getByLabelText('Password'), 'password');
    const before = visited.length;
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('You do not have access to Users.')).toBeInTheDocument();
    await settle();
    expect(here()).toBe('/users');
    expect(visited.slice(before).filter((path) => path.startsWith('/login'))).toEqual([]);
  });

  it('after a logout on a gated page, the next user does not land on that page', async () => {
    const backend = await signedInBackend(server, 'single');
    const { user, here } = renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(backend.state.stage).toBe('signed_out'));
    await settle();
    expect(here()).toBe('/login');
    await user.type(await screen.findByLabelText('Username'), 'restricted');
    await user.type(screen.getByLabelText('Password'), 'password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(here()).toBe('/');
  });

  it('when the server ends the session, keeps returnTo: the same user comes back', async () => {
    const backend = await signedInBackend(server, 'single');
    const { here, queryClient } = renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
    backend.reset(); // the server forgets the session: the next refresh answers "signed out"
    await queryClient.refetchQueries();
    await waitFor(() => expect(here()).toBe('/login?returnTo=%2Fusers'));
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
  });
});
