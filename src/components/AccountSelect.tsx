import { useSelectAccount } from '../useSelectAccount';
import { useLoginAccounts } from '../useLoginAccounts';
import { AccountChoiceForm, type AccountChoiceProps } from './AccountChoiceForm';
import { useLabels } from './LabelsContext';
import { preferredAccount } from '../logic/preferredAccount';

export type AccountSelectProps = AccountChoiceProps;

/**
 * The account choice of a multi-account login (`POST /app/login-account`): a `<select>` labelled
 * "Account" listing the accounts of the login answer — or of `GET /app/login-account` when it is
 * mounted on a page of its own — with the last-used account pre-selected, and "Continue".
 * Controlled (`value` + `onValueChange`) or uncontrolled (`defaultValue`).
 *
 * @example
 * <AccountSelect onSuccess={(session) => navigate('/')} />
 */
export function AccountSelect({ labels: labelOverrides, ...props }: AccountSelectProps) {
  const labels = useLabels(labelOverrides);
  const choices = useLoginAccounts();
  const selectAccount = useSelectAccount();
  return (
    <AccountChoiceForm
      {...props}
      slot="account-select"
      labels={labels}
      formLabel={labels.accountSelectForm}
      submitLabel={labels.continue}
      choices={choices}
      preferred={preferredAccount(choices.data)}
      current={null}
      send={(accountId) => selectAccount.mutateAsync(accountId)}
    />
  );
}
