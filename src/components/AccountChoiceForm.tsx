import {
  useId,
  useState,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { AccountChoices } from '../core/schemas/accountChoices';
import type { Session } from '../core/schemas/session';
import type { SessionError } from '../core/SessionError';
import { isAuthenticated, type AuthenticatedSession } from '../useSession';
import { accountChoiceLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { toSessionError } from './internal/errors';
import { LiveRegion } from './internal/LiveRegion';
import { useControllableState } from './internal/useControllableState';
import { useSubmitGuard } from './internal/useSubmitGuard';
import { renderPart, type RenderParts } from './parts';

/** The props AccountSelect and AccountSwitcher share. */
export interface AccountChoiceProps extends Omit<
  ComponentPropsWithoutRef<'form'>,
  'children' | 'onSubmit' | 'onError' | 'defaultValue' | 'method'
> {
  /** The selected account id (controlled). */
  value?: string;
  /** The account id selected at first (uncontrolled). */
  defaultValue?: string;
  /** Called when the user picks another account in the list. */
  onValueChange?: (accountId: string) => void;
  /** Called with the new session once the chosen account is active. */
  onSuccess?: (session: AuthenticatedSession) => void;
  /** Called with every failed attempt, after the form shows it (always a `SessionError`). */
  onError?: (error: SessionError) => void;
  labels?: Partial<Labels>;
  /** Replace parts: `label`, `input` (AccountSelect's radios), `button` (AccountSwitcher: only this). */
  render?: RenderParts<'label' | 'input' | 'button'>;
}

/** The list to choose from: its data, whether it is still coming, and why it failed. */
export interface ChoicesState {
  data: AccountChoices | undefined;
  pending: boolean;
  error: SessionError | null;
  /** Asks for the list again (the "Try again" of a failed load). */
  retry: () => void;
}

interface AccountChoiceFormProps extends AccountChoiceProps {
  slot: 'account-select';
  /** Shown above the list: a heading, who is signing in. */
  intro?: ReactNode;
  formLabel: string;
  submitLabel: string;
  /** The submit button's text while the request runs ("Continuing…"). */
  pendingLabel: string;
  choices: ChoicesState;
  /** Selected when nothing else is. */
  preferred: string | null;
  send: (accountId: string) => Promise<Session>;
  formRef?: Ref<HTMLFormElement> | undefined;
}

/** The account-choice form of AccountSelect: a radio row per account and a submit button. */
export function AccountChoiceForm({
  slot,
  intro,
  labels: labelOverrides,
  formLabel,
  submitLabel,
  pendingLabel,
  choices,
  preferred,
  send,
  formRef,
  value,
  defaultValue,
  onValueChange,
  onSuccess,
  onError,
  render,
  className,
  ...props
}: AccountChoiceFormProps) {
  const labels = useLabels(accountChoiceLabels, labelOverrides);
  const [chosen, setChosen] = useControllableState(value, defaultValue, onValueChange);
  const [pending, guard] = useSubmitGuard();
  const [failure, setFailure] = useState<SessionError | null>(null);
  const id = useId();

  const accounts = choices.data?.accounts ?? [];
  const listed = (accountId: string | null | undefined) =>
    accountId != null && accounts.some((account) => account.id === accountId) ? accountId : null;
  const selected = listed(chosen) ?? listed(preferred) ?? accounts[0]?.id ?? '';
  const fieldError = failure?.fields.account_id;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selected === '') return;
    guard(async () => {
      setFailure(null);
      try {
        const session = await send(selected);
        if (isAuthenticated(session)) onSuccess?.(session);
      } catch (caught) {
        const error = toSessionError(caught);
        setFailure(error);
        onError?.(error);
      }
    });
  }

  let body: ReactNode;
  let state: string;
  if (choices.pending) {
    state = 'loading';
    body = (
      <p role="status" data-slot={`${slot}-status`}>
        {labels.loadingAccounts}
      </p>
    );
  } else if (choices.error && accounts.length === 0) {
    state = 'error';
    body = null;
  } else if (accounts.length === 0) {
    state = 'empty';
    body = (
      <p role="status" data-slot={`${slot}-status`}>
        {labels.noAccounts}
      </p>
    );
  } else {
    state = pending ? 'pending' : failure ? 'error' : 'idle';
    const errorId = `${id}-account-error`;
    const lastUsed = choices.data?.lastLogin;
    body = (
      <>
        <fieldset
          disabled={pending}
          aria-describedby={fieldError ? errorId : undefined}
          data-slot={`${slot}-field`}
          data-state={fieldError ? 'invalid' : 'valid'}
        >
          <legend data-slot={`${slot}-label`}>{labels.account}</legend>
          {accounts.map((account) => {
            const checked = account.id === selected;
            const optionId = `${id}-${account.id}`;
            return (
              <div
                key={account.id}
                data-slot={`${slot}-option`}
                data-state={checked ? 'checked' : 'unchecked'}
              >
                {renderPart(render, 'input', {
                  id: optionId,
                  type: 'radio',
                  name: 'account_id',
                  value: account.id,
                  checked,
                  onChange: () => setChosen(account.id),
                  'aria-invalid': fieldError ? true : undefined,
                  'data-slot': `${slot}-radio`,
                })}
                {renderPart(render, 'label', {
                  htmlFor: optionId,
                  'data-slot': `${slot}-option-label`,
                  children: (
                    <>
                      <bdi data-slot={`${slot}-option-title`}>{account.title}</bdi>{' '}
                      {account.id === lastUsed ? (
                        <span data-slot={`${slot}-last-used`}>{labels.lastUsed}</span>
                      ) : null}
                    </>
                  ),
                })}
              </div>
            );
          })}
          {fieldError ? (
            <p id={errorId} data-slot={`${slot}-error`}>
              {fieldError}
            </p>
          ) : null}
        </fieldset>
        {renderPart(render, 'button', {
          type: 'submit',
          'aria-disabled': pending || undefined,
          'aria-busy': pending || undefined,
          'data-slot': `${slot}-submit`,
          'data-state': pending ? 'pending' : 'idle',
          children: pending ? pendingLabel : submitLabel,
        })}
      </>
    );
  }

  const message = failure ?? (accounts.length === 0 ? choices.error : null);
  return (
    <form
      aria-label={formLabel}
      {...props}
      ref={formRef}
      method="post"
      noValidate
      aria-busy={pending || choices.pending || undefined}
      data-slot={slot}
      data-state={state}
      className={className}
      onSubmit={onSubmit}
    >
      {intro}
      {body}
      <LiveRegion role="alert" data-slot={`${slot}-message`} error={message}>
        {message ? labels.error(message) : null}
      </LiveRegion>
      {state === 'error'
        ? renderPart(render, 'button', {
            type: 'button',
            'data-slot': `${slot}-retry`,
            onClick: choices.retry,
            children: labels.retry,
          })
        : null}
    </form>
  );
}
