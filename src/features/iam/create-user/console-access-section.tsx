import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsolePasswordFields } from '../console-password/console-password-fields';
import type { PasswordDraft } from '../console-password/password-draft';

/** Create user's console access as typed: off, Identity Center (explained, not built) or an IAM user's password. */
export type ConsoleAccessDraft = { provide: boolean; userType: 'identity-center' | 'iam'; password: PasswordDraft };

type Props = { draft: ConsoleAccessDraft; onChange: (draft: ConsoleAccessDraft) => void; passwordError?: ReactNode };

/** "Provide user access to the AWS Management Console - optional" and what it opens (sign-in facts §3.1). */
export function ConsoleAccessSection({ draft, onChange, passwordError }: Props) {
  const { t } = useTranslation();
  const set = (change: Partial<ConsoleAccessDraft>) => onChange({ ...draft, ...change });
  return (
    <SpaceBetween size="m">
      <Checkbox checked={draft.provide} onChange={({ detail }) => set({ provide: detail.checked })}>{t('consoleAccess.provide')}</Checkbox>
      {draft.provide ? (
        <SpaceBetween size="m">
          <Alert type="info">{t('consoleAccess.provideHelp')}</Alert>
          <FormField label={t('consoleAccess.toPerson')}>
            <RadioGroup value={draft.userType} onChange={({ detail }) => set({ userType: detail.value as ConsoleAccessDraft['userType'] })} items={[
              { value: 'identity-center', label: t('consoleAccess.identityCenter'), description: t('consoleAccess.identityCenterHelp') },
              { value: 'iam', label: t('consoleAccess.iamUser'), description: t('consoleAccess.iamUserHelp') },
            ]} />
          </FormField>
          {draft.userType === 'identity-center'
            ? <Alert type="warning">{t('consoleAccess.identityCenterNote')}</Alert>
            : <ConsolePasswordFields draft={draft.password} onChange={(password) => set({ password })} errorText={passwordError} />}
        </SpaceBetween>
      ) : null}
    </SpaceBetween>
  );
}
