import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The account's alias (at most one: ListAccountAliases), undefined when it has none. */
export function useAccountAlias() {
  const query = useQuery(cloudQuery(useConsoleSession(), 'iam:ListAccountAliases', {}));
  return { ...query, alias: query.data?.AccountAliases[0] };
}

/** Create or Edit: CreateAccountAlias replaces any alias the account had (facts §5). */
export function useCreateAccountAlias() {
  return useMutation({ mutationFn: (alias: string) => call('iam:CreateAccountAlias', { AccountAlias: alias }) });
}

export function useDeleteAccountAlias() {
  return useMutation({ mutationFn: (alias: string) => call('iam:DeleteAccountAlias', { AccountAlias: alias }) });
}

/** The sign-in URL for IAM users: by alias or by id (facts §1.3). */
export const signInUrlFor = (idOrAlias: string) => `https://${idOrAlias}.signin.aws.amazon.com/console`;
