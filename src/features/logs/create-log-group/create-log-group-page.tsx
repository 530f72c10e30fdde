import Box from '@cloudscape-design/components/box';
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
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreateLogGroup } from '../../../api/logs/create-log-group';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { logsPaths } from '../logs-paths';

// CloudWatch Logs' answers about the name go under the field where it was typed.
const nameCodes = ['InvalidParameterException', 'ResourceAlreadyExistsException'];

/** Create log group: a name; retention and class are the defaults (Never expire, Standard) here. */
export function CreateLogGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateLogGroup();
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const error = create.error as AwsError | null;
  const nameError = error && nameCodes.includes(error.code) ? error.message : undefined;
  const submit = () => {
    setChecked(true);
    if (name === '') return;
    create.mutate(name, {
      onSuccess: () => {
        flash({ id: `log-group-created-${name}`, type: 'success', key: 'logs.create.created', values: { name } });
        navigate(logsPaths.groups);
      },
    });
  };
  const fixed = (label: string) => ({ value: label, label });
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1">{t('logs.create.title')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(logsPaths.groups)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={create.isPending}>{t('logs.create.create')}</Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">{t('logs.create.details')}</Header>}>
          <SpaceBetween size="l">
            <FormField label={t('logs.create.name')} constraintText={t('logs.create.nameRules')}
              errorText={checked && name === '' ? t('logs.create.nameRequired') : nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
              <Input value={name} onChange={({ detail }) => { setName(detail.value); create.reset(); }} />
            </FormField>
            <FormField label={t('logs.create.retention')}>
              <Select disabled selectedOption={fixed(t('logs.groups.neverExpire'))} options={[fixed(t('logs.groups.neverExpire'))]} onChange={() => undefined} />
            </FormField>
            <FormField label={t('logs.create.logClass')}>
              <Select disabled selectedOption={fixed(t('logs.groups.standard'))} options={[fixed(t('logs.groups.standard'))]} onChange={() => undefined} />
            </FormField>
          </SpaceBetween>
        </Container>
        {/* Below the form rather than in errorText, which Cloudscape also copies into a live region. */}
        {error && !nameError ? <Box margin={{ top: 'l' }}><AwsErrorAlert error={error} /></Box> : null}
      </Form>
    </form>
  );
}
