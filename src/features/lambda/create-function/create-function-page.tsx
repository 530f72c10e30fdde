import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreateFunction } from '../../../api/lambda/create-function';
import type { LambdaBehaviour } from '../../../cloud/core/world';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { lambdaPaths } from '../lambda-paths';
import { BasicInformationFields, functionNameProblem, type Runtime } from './basic-information-fields';
import { ExecutionRoleFields, type RoleKind } from './execution-role-fields';

/** Lambda > Create function > Author from scratch: name, runtime, execution role, and the simulated code. */
export function CreateFunctionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateFunction();
  const [name, setName] = useState('');
  const [runtime, setRuntime] = useState<Runtime>('nodejs22.x');
  const [roleKind, setRoleKind] = useState<RoleKind>('new');
  const [roleArn, setRoleArn] = useState<string>();
  const [behaviour, setBehaviour] = useState<LambdaBehaviour>('hello');
  const [checked, setChecked] = useState(false);
  const nameProblem = checked ? functionNameProblem(name) : undefined;
  const roleMissing = checked && roleKind === 'existing' && !roleArn;
  const submit = () => {
    setChecked(true);
    if (functionNameProblem(name) || (roleKind === 'existing' && !roleArn)) return;
    const role = roleKind === 'new' ? { kind: 'new' as const } : { kind: 'existing' as const, roleArn: roleArn! };
    create.mutate({ functionName: name, runtime, behaviour, role }, {
      onSuccess: () => {
        flash({ id: `function-created-${name}`, type: 'success', key: 'lambda.create.created', values: { name } });
        navigate(lambdaPaths.function(name));
      },
    });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1" description={t('lambda.create.description')}>{t('lambda.create.title')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(lambdaPaths.functions)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={create.isPending}>{t('lambda.create.title')}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Tiles
            value="scratch"
            onChange={() => undefined}
            ariaLabel={t('lambda.create.options')}
            columns={3}
            items={[
              { value: 'scratch', label: t('lambda.create.scratch'), description: t('lambda.create.scratchHint') },
              { value: 'blueprint', label: t('lambda.create.blueprint'), description: t('lambda.create.blueprintHint'), disabled: true },
              { value: 'container', label: t('lambda.create.container'), description: t('lambda.create.containerHint'), disabled: true },
            ]}
          />
          <Container header={<Header variant="h2">{t('lambda.create.basicInformation')}</Header>}>
            <BasicInformationFields name={name} onName={(v) => { setName(v); create.reset(); }} nameProblem={nameProblem}
              runtime={runtime} onRuntime={setRuntime} />
          </Container>
          <Container header={<Header variant="h2" description={t('lambda.create.permissionsHint')}>{t('lambda.create.permissions')}</Header>}>
            <ExecutionRoleFields functionName={name} kind={roleKind} onKind={setRoleKind} roleArn={roleArn} onRole={setRoleArn}
              roleError={roleMissing ? t('lambda.create.roleRequired') : undefined} />
          </Container>
          <Container header={<Header variant="h2">{t('lambda.create.behaviour')}</Header>}>
            <SpaceBetween size="m">
              <Alert type="info">{t('lambda.create.behaviourInfo')}</Alert>
              <RadioGroup
                ariaLabel={t('lambda.create.behaviour')}
                value={behaviour}
                onChange={({ detail }) => setBehaviour(detail.value as LambdaBehaviour)}
                items={[
                  { value: 'hello', label: t('lambda.create.hello'), description: t('lambda.create.helloHint') },
                  { value: 'list-buckets', label: t('lambda.create.listBuckets'), description: t('lambda.create.listBucketsHint') },
                ]}
              />
            </SpaceBetween>
          </Container>
          {/* Here rather than in errorText, which Cloudscape also copies into a live region. */}
          {create.error ? <AwsErrorAlert error={create.error} /> : null}
        </SpaceBetween>
      </Form>
    </form>
  );
}
