import { useAccountChoices } from '../useAccountChoices';
import { useChangeAccount } from '../useChangeAccount';
import { useSession } from '../useSession';
import { AccountChoiceForm, type AccountChoiceProps } from './AccountChoiceForm';
import { accountSwitcherLabels } from './labels';
import { useLabels } from './LabelsContext';

export type AccountSwitcherProps = AccountChoiceProps;

/**
 * Switches a signed-in user to another of their accounts (`POST /user/change-account`): a
 * `<select>` labelled "Account" (the current one marked) and "Switch account". The new session
 * replaces the old one everywhere, and queries scoped to the old account are dropped. Renders
 * nothing while signed out or when the user has a single account.
 *
 * @example
 * <AccountSwitcher onSuccess={(session) => toast(`Now in ${session.account.title}`)} />
 */
export function AccountSwitcher({ labels: labelOverrides, ...props }: AccountSwitcherProps) {
  const labels = useLabels(accountSwitcherLabels, labelOverrides);
  const currentAccount = useSession((session) =>
    session.status === 'authenticated' ? session.account?.id : undefined,
  );
  const choices = useAccountChoices();
  const changeAccount = useChangeAccount();
  if (currentAccount === undefined) return null;
  if (choices.isSuccess && choices.data.accounts.length < 2) return null;
  return (
    <AccountChoiceForm
      {...props}
      slot="account-switcher"
      list="select"
      labels={labelOverrides}
      formLabel={labels.switchAccount}
      submitLabel={labels.switchAccount}
      pendingLabel={labels.switching}
      choices={{
        data: choices.data,
        pending: choices.isPending,
        error: choices.error,
        retry: () => void choices.refetch(),
      }}
      preferred={currentAccount}
      current={currentAccount}
      send={(accountId) => changeAccount.mutateAsync(accountId)}
      announce={(session) => labels.switchedAccount(session.account.title ?? session.account.id)}
    />
  );
}
