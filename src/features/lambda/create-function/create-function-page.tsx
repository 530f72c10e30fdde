import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
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
import { BasicInformationFields, FunctionNameField, functionNameProblem, type Runtime } from './basic-information-fields';
import { BlueprintCode, BlueprintNameField, BLUEPRINTS, type Blueprint } from './blueprint-fields';
import { ExecutionRoleFields, type RoleKind } from './execution-role-fields';
import { SimulatedCodeFields } from './simulated-code-fields';

type CreateOption = 'scratch' | 'blueprint';

/**
 * Lambda > Create function: Author from scratch (name, runtime, and the simulated code chosen here), or Use a
 * blueprint (the blueprint fixes runtime and code); then the execution role.
 */
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
  const [option, setOption] = useState<CreateOption>('scratch');
  const [blueprint, setBlueprint] = useState<Blueprint>(BLUEPRINTS[0]!);
  const [checked, setChecked] = useState(false);
  const nameProblem = checked ? functionNameProblem(name) : undefined;
  const roleMissing = checked && roleKind === 'existing' && !roleArn;
  const onName = (v: string) => { setName(v); create.reset(); };
  const submit = () => {
    setChecked(true);
    if (functionNameProblem(name) || (roleKind === 'existing' && !roleArn)) return;
    const role = roleKind === 'new' ? { kind: 'new' as const } : { kind: 'existing' as const, roleArn: roleArn! };
    const code = option === 'blueprint' ? { runtime: blueprint.runtime, behaviour: blueprint.behaviour } : { runtime, behaviour };
    create.mutate({ functionName: name, ...code, role }, {
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
            value={option}
            onChange={({ detail }) => setOption(detail.value as CreateOption)}
            ariaLabel={t('lambda.create.options')}
            columns={3}
            items={[
              { value: 'scratch', label: t('lambda.create.scratch'), description: t('lambda.create.scratchHint') },
              { value: 'blueprint', label: t('lambda.create.blueprint'), description: t('lambda.create.blueprintHint') },
              { value: 'container', label: t('lambda.create.container'), description: t('lambda.create.containerHint'), disabled: true },
            ]}
          />
          <Container header={<Header variant="h2">{t('lambda.create.basicInformation')}</Header>}>
            {option === 'blueprint' ? (
              <SpaceBetween size="l">
                <BlueprintNameField blueprint={blueprint} onBlueprint={setBlueprint} />
                <FunctionNameField name={name} onName={onName} nameProblem={nameProblem} />
              </SpaceBetween>
            ) : (
              <BasicInformationFields name={name} onName={onName} nameProblem={nameProblem} runtime={runtime} onRuntime={setRuntime} />
            )}
          </Container>
          <Container header={<Header variant="h2" description={t('lambda.create.permissionsHint')}>{t('lambda.create.permissions')}</Header>}>
            <ExecutionRoleFields functionName={name} kind={roleKind} onKind={setRoleKind} roleArn={roleArn} onRole={setRoleArn}
              roleError={roleMissing ? t('lambda.create.roleRequired') : undefined} />
          </Container>
          {option === 'blueprint' ? <BlueprintCode blueprint={blueprint} /> : <SimulatedCodeFields behaviour={behaviour} onBehaviour={setBehaviour} />}
          {/* Here rather than in errorText, which Cloudscape also copies into a live region. */}
          {create.error ? <AwsErrorAlert error={create.error} /> : null}
        </SpaceBetween>
      </Form>
    </form>
  );
}
