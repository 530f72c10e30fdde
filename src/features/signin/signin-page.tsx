import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { afterSignInPath, startSession } from '../../api/console-session';
import { checkSignIn, rememberAccount, useRememberedAccount, type SignedInUser, type SignInRequest } from '../../api/signin/sign-in';
import { ChangePasswordForm } from './change-password-form';
import { ChooseUserType, type UserType } from './choose-user-type';
import { IamUserForm } from './iam-user-form';
import { RootPasswordForm } from './root-password-form';
import { SignInFrame } from './sign-in-frame';

type Step =
  | { kind: 'choose'; type: UserType }
  | { kind: 'root'; email: string }
  | { kind: 'iam'; account: string }
  | { kind: 'change'; user: SignedInUser; accountLabel: string };

type Attempt = { request: SignInRequest; rememberAccount?: string };

/**
 * The sign-in page (signin.aws.amazon.com). `?account=ID_OR_ALIAS` plays the account's sign-in URL and opens
 * the IAM user form with the account filled in, as does a remembered account; `?redirect_uri=` is the
 * console page to return to.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const remembered = useRememberedAccount();
  const initialAccount = params.get('account') ?? remembered;
  const [step, setStep] = useState<Step>(initialAccount ? { kind: 'iam', account: initialAccount } : { kind: 'choose', type: 'root' });
  const enter = (signedIn: Parameters<typeof startSession>[0]) => {
    startSession(signedIn);
    void navigate(afterSignInPath(params.get('redirect_uri')), { replace: true });
  };
  const signIn = useMutation({
    mutationFn: ({ request }: Attempt) => checkSignIn(request),
    onSuccess: ({ signedIn, passwordResetRequired }, { request, rememberAccount: remember }) => {
      if (request.kind === 'iam') rememberAccount(remember);
      if (passwordResetRequired && signedIn.type === 'user') setStep({ kind: 'change', user: signedIn, accountLabel: request.kind === 'iam' ? request.account : '' });
      else enter(signedIn);
    },
  });
  const submit = { run: (request: SignInRequest, rememberAccount?: string) => signIn.mutate({ request, rememberAccount }), pending: signIn.isPending, failed: signIn.isError };
  const go = (next: Step) => { signIn.reset(); setStep(next); };
  return (
    <SignInFrame>
      {step.kind === 'choose' ? (
        <ChooseUserType initialType={step.type} onNext={(type, value) => go(type === 'root' ? { kind: 'root', email: value } : { kind: 'iam', account: value })} />
      ) : step.kind === 'root' ? (
        <RootPasswordForm email={step.email} submit={submit} onBack={() => go({ kind: 'choose', type: 'iam' })} />
      ) : step.kind === 'iam' ? (
        <IamUserForm account={step.account} remember={!!remembered} submit={submit} onRootEmail={() => go({ kind: 'choose', type: 'root' })} />
      ) : (
        <ChangePasswordForm user={step.user} accountLabel={step.accountLabel} onChanged={() => enter(step.user)} />
      )}
    </SignInFrame>
  );
}
