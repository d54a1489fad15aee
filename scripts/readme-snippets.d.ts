// What the README's fragments assume the app around them has (scripts/check-readme.mjs). The kit's
// own names are imported by the check itself (in fragments); a complete example imports them itself.
import type { ComponentProps, JSX } from 'react';
import type {
  AuthenticatedSession,
  SessionClient,
  SessionAccount,
  SessionUser,
} from 'react-session-kit';

declare global {
  // The app's router and state
  const navigate: (to: string) => void;
  const apiUrl: string;
  const client: SessionClient;
  const session: AuthenticatedSession;
  const user: SessionUser;
  const account: SessionAccount;
  const access: Readonly<Record<string, string>>;
  const accountId: string;
  const setAccountId: (id: string) => void;
  const currentSessionId: string | null;
  const id: string;
  const json: unknown;
  // The app's server (Node)
  const process: { env: Record<string, string | undefined> };
  // Form values
  const username: string;
  const password: string;
  const confirmation: string;
  const email: string;
  const token: string;
  const credentials: { username: string; password: string };
  // The app's functions and components
  function show(message: string, fields: Readonly<Record<string, string>>): void;
  function showChoices(choices: AuthenticatedSession['accountChoices']): void;
  function fetchInvoices(): Promise<unknown>;
  function App(): JSX.Element;
  function LoginPage(): JSX.Element;
  function Spinner(): JSX.Element;
  function Outlet(): JSX.Element;
  function PaymentMethods(): JSX.Element;
  function InviteButton(): JSX.Element;
  function NoAccess(): JSX.Element;
  function UserList(): JSX.Element;
  function Dashboard(): JSX.Element;
  function Button(props: ComponentProps<'button'>): JSX.Element;
  function Input(props: ComponentProps<'input'>): JSX.Element;
  function Anchor(props: ComponentProps<'a'>): JSX.Element;
}
