import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useAccountPasswordPolicy, useSavePasswordPolicy } from '../../../api/iam/account-password-policy';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { ConfirmPolicyModal } from './confirm-policy-modal';
import { CustomPolicyFields } from './custom-policy-fields';
import { draftOf, requestOf, type PolicyDraft } from './policy-draft';

/** Account settings > Edit password policy: IAM default or Custom, then a confirmation (sign-in facts §6.2). */
export function EditPasswordPolicyPage() {
  const policy = useAccountPasswordPolicy();
  if (policy.error) return <AwsErrorAlert error={policy.error} />;
  if (policy.data === undefined) return <Spinner size="large" />;
  return <EditForm initial={draftOf(policy.data)} />;
}

function EditForm({ initial }: { initial: PolicyDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const [draft, setDraft] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const save = useSavePasswordPolicy();
  const submit = () => save.mutate(requestOf(draft), {
    onSuccess: () => { flash({ id: 'password-policy', type: 'success', key: 'accountSettings.saved' }); navigate('/iam/account-settings'); },
    onSettled: () => setConfirming(false),
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); setConfirming(true); }}>
      <Form
        header={<Header variant="h1">{t('accountSettings.editTitle')}</Header>}
        errorText={save.error ? <AwsErrorAlert error={save.error} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate('/iam/account-settings')}>{t('accountSettings.cancel')}</Button>
            <Button variant="primary">{t('accountSettings.saveChanges')}</Button>
          </SpaceBetween>
        }>
        <Container header={<Header variant="h2">{t('accountSettings.policyType')}</Header>}>
          <SpaceBetween size="l">
            <Tiles value={draft.custom ? 'custom' : 'default'} onChange={({ detail }) => { setDraft({ ...draft, custom: detail.value === 'custom' }); save.reset(); }}
              items={[
                { value: 'default', label: t('accountSettings.iamDefault'), description: t('accountSettings.iamDefaultHelp') },
                { value: 'custom', label: t('accountSettings.custom'), description: t('accountSettings.customHelp') },
              ]} />
            {draft.custom ? <CustomPolicyFields draft={draft} onChange={(next) => { setDraft(next); save.reset(); }} /> : null}
          </SpaceBetween>
        </Container>
      </Form>
      {confirming ? <ConfirmPolicyModal custom={draft.custom} saving={save.isPending} onConfirm={submit} onCancel={() => setConfirming(false)} /> : null}
    </form>
  );
}
