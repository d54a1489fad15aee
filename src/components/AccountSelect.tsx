import { forwardRef, type ForwardedRef, useState } from 'react';
import { preferredAccount, type AccountChoices } from '../core/schemas/accountChoices';
import { useLoginAccounts } from '../useLoginAccounts';
import { useSelectAccount } from '../useSelectAccount';
import { useSession } from '../useSession';
import { AccountChoiceForm, type AccountChoiceProps } from './AccountChoiceForm';
import { accountSelectLabels } from './labels';
import { useLabels } from './LabelsContext';
import { isolate } from './internal/isolate';

export type AccountSelectProps = AccountChoiceProps;

/**
 * The account choice of a multi-account login (`POST /app/login-account`), as a step of its own:
 * the heading "Choose an account", who is signing in, and a radio group "Account" with a row per
 * account of the login answer — or of `GET /app/login-account` when the session does not carry
 * them (a page of its own) — the last-used one marked and pre-selected, and "Continue".
 * Controlled (`value` + `onValueChange`) or uncontrolled (`defaultValue`).
 *
 * @example
 * <AccountSelect onSuccess={(session) => navigate('/')} />
 */
export const AccountSelect = /* @__PURE__ */ forwardRef(function AccountSelect(
  { labels: labelOverrides, ...props }: AccountSelectProps,
  ref: ForwardedRef<HTMLFormElement>,
) {
  const labels = useLabels(accountSelectLabels, labelOverrides);
  const status = useSession((session) => session.status);
  const fromSession = useSession((session) => session.accountChoices);
  // Ask the server only when the session is known, not signed in, and carries no choices.
  const fetched = useLoginAccounts({ enabled: fromSession === null && status !== 'authenticated' });
  // Once the choice is made the session drops its choices: keep showing the list until unmounted.
  const [shown, setShown] = useState<AccountChoices | null>(fromSession ?? null);
  if (fromSession && fromSession !== shown) setShown(fromSession);
  const selectAccount = useSelectAccount();
  const user = useSession((session) => session.user);
  const who = user?.name || user?.username || user?.email;

  const data = fromSession ?? fetched.data ?? shown ?? undefined;
  const choices = {
    data,
    pending: data === undefined && (status === undefined || fetched.isFetching),
    error: data === undefined ? fetched.error : null,
    retry: () => void fetched.refetch(),
  };
  return (
    <AccountChoiceForm
      {...props}
      formRef={ref}
      slot="account-select"
      intro={
        <>
          <h2 data-slot="account-select-title">{labels.accountSelectForm}</h2>
          {who ? <p data-slot="account-select-user">{isolate(labels.signedInAs, who)}</p> : null}
        </>
      }
      labels={labelOverrides}
      formLabel={labels.accountSelectForm}
      submitLabel={labels.continue}
      pendingLabel={labels.continuing}
      choices={choices}
      preferred={preferredAccount(data)}
      send={(accountId) => selectAccount.mutateAsync(accountId)}
    />
  );
});
