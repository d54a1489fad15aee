// Compiled against @types/react 18.3 and the built dist/ by test/react18/tsconfig.json, and against
// 19 and src/ by the root tsconfig: every component takes a ref to its root element, and the
// README's React 18 input fits a render part.
import { createRef, forwardRef, type ComponentPropsWithoutRef } from 'react';
import {
  AccountSelect,
  AccountSwitcher,
  AlertBanner,
  LoginFlow,
  LoginForm,
  RequireAccess,
  UserAvatar,
  type LoginFlowProps,
} from 'react-session-kit';
import { ActiveSessions } from 'react-session-kit/sessions';

const Input = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>((props, ref) => (
  <input {...props} ref={ref} className="my-input" />
));

export function AllComponents() {
  const form = createRef<HTMLFormElement>();
  const section = createRef<HTMLElement>();
  return (
    <>
      <UserAvatar ref={createRef<HTMLSpanElement>()} user={{ name: 'Ada Lovelace' }} />
      <LoginFlow
        ref={createRef<HTMLDivElement>()}
        render={{ input: (props) => <Input {...props} /> }}
      />
      <LoginForm ref={form} />
      <AccountSelect ref={form} />
      <AccountSwitcher ref={(node: HTMLFormElement | null) => void node} />
      <AlertBanner ref={section} />
      <ActiveSessions ref={section} />
      <RequireAccess access="account-users:r" redirectTo="/login" forbiddenRedirectTo="/no-access">
        <p>Users</p>
      </RequireAccess>
    </>
  );
}

/** A wrapper passing the props type on. */
export function MyLoginFlow(props: LoginFlowProps) {
  return <LoginFlow {...props} />;
}

// @ts-expect-error a span's ref does not fit the flow's div
export const wrongElement = <LoginFlow ref={createRef<HTMLSpanElement>()} />;
