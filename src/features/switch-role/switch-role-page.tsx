import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSwitchRole } from '../../api/sts/switch-role';
import { RefusalDetails } from './refusal-details';
import { DISPLAY_COLORS, formFromUrl, formProblems, type SwitchRoleForm } from './switch-role-form';

export function SwitchRolePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form, setForm] = useState<SwitchRoleForm>(() => formFromUrl(search));
  const [checked, setChecked] = useState(false);
  const switchRole = useSwitchRole();
  const problems = checked ? formProblems(form) : {};
  const set = (change: Partial<SwitchRoleForm>) => {
    setForm((f) => ({ ...f, ...change }));
    switchRole.reset();
  };
  const submit = () => {
    setChecked(true);
    if (Object.keys(formProblems(form)).length) return;
    const roleName = form.roleName.trim();
    const displayName = form.displayName.trim() || `${roleName.slice(roleName.lastIndexOf('/') + 1)} @ ${form.account.trim()}`;
    switchRole.mutate({ accountId: form.account.trim(), roleName, displayName, ...(form.color ? { color: form.color } : {}) },
      { onSuccess: () => navigate('/') });
  };
  const colors = DISPLAY_COLORS.map((c) => ({ value: c, label: t(`switchRole.colors.${c || 'none'}`) }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1" description={t('switchRole.intro')}>{t('switchRole.title')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(-1)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={switchRole.isPending}>{t('switchRole.submit')}</Button>
          </SpaceBetween>
        }
        errorText={switchRole.error ? t('switchRole.invalid') : undefined}
      >
        <SpaceBetween size="l">
          {switchRole.error ? <RefusalDetails error={switchRole.error} /> : null}
          <Container>
            <SpaceBetween size="m">
              <FormField label={t('switchRole.account')} description={t('switchRole.accountHelp')} errorText={problems.account && t(problems.account)}>
                <Input value={form.account} onChange={({ detail }) => set({ account: detail.value })} />
              </FormField>
              <FormField label={t('switchRole.roleName')} description={t('switchRole.roleNameHelp')} errorText={problems.roleName && t(problems.roleName)}>
                <Input value={form.roleName} onChange={({ detail }) => set({ roleName: detail.value })} />
              </FormField>
              <FormField label={t('switchRole.displayName')} description={t('switchRole.displayNameHelp')}>
                <Input value={form.displayName} onChange={({ detail }) => set({ displayName: detail.value })}
                  placeholder={form.roleName && form.account ? `${form.roleName} @ ${form.account}` : undefined} />
              </FormField>
              <FormField label={t('switchRole.displayColor')} description={t('switchRole.displayColorHelp')}>
                <Select selectedOption={colors.find((c) => c.value === form.color) ?? colors[0]!} options={colors}
                  onChange={({ detail }) => set({ color: detail.selectedOption.value ?? '' })} />
              </FormField>
            </SpaceBetween>
          </Container>
          <Alert type="info">{t('switchRole.note')}</Alert>
        </SpaceBetween>
      </Form>
    </form>
  );
}
