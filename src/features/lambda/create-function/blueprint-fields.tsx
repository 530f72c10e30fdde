import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { functionSource } from '../../../api/lambda/get-function';
import type { LambdaBehaviour } from '../../../cloud/core/world';
import { runtimeLabel } from '../runtime-label';
import type { Runtime } from './basic-information-fields';

export type Blueprint = { id: string; nameKey: 'hello' | 'dynamodb'; runtime: Runtime; behaviour: LambdaBehaviour };

/**
 * Use a blueprint: the console's blueprints whose code the simulator runs, each in its Node.js and Python
 * variant (the names are the console's [obs]; the ids are the blueprints' old names). The DynamoDB one stands
 * in for "Create a microservice that interacts with a DDB table": see function-code.ts for how it is reduced.
 */
export const BLUEPRINTS: readonly Blueprint[] = [
  { id: 'hello-world', nameKey: 'hello', runtime: 'nodejs22.x', behaviour: 'hello' },
  { id: 'hello-world-python', nameKey: 'hello', runtime: 'python3.13', behaviour: 'hello' },
  { id: 'microservice-http-endpoint', nameKey: 'dynamodb', runtime: 'nodejs22.x', behaviour: 'dynamodb-put-get' },
  { id: 'microservice-http-endpoint-python', nameKey: 'dynamodb', runtime: 'python3.13', behaviour: 'dynamodb-put-get' },
];

export const blueprintById = (id: string) => BLUEPRINTS.find((b) => b.id === id) ?? BLUEPRINTS[0]!;

/** Basic information > Blueprint name: the blueprint and its runtime. */
export function BlueprintNameField({ blueprint, onBlueprint }: { blueprint: Blueprint; onBlueprint: (b: Blueprint) => void }) {
  const { t } = useTranslation();
  const option = (b: Blueprint) => ({ value: b.id, label: t(`lambda.create.blueprints.${b.nameKey}`), labelTag: runtimeLabel(b.runtime) });
  return (
    <FormField label={t('lambda.create.blueprintName')} description={t('lambda.create.blueprintNameHint')}>
      <Select selectedOption={option(blueprint)} options={BLUEPRINTS.map(option)} triggerVariant="option"
        onChange={({ detail }) => onBlueprint(blueprintById(detail.selectedOption.value ?? ''))} />
    </FormField>
  );
}

/** The blueprint's code, read-only until the function exists, and what the simulator leaves out of it. */
export function BlueprintCode({ blueprint }: { blueprint: Blueprint }) {
  const { t } = useTranslation();
  const source = functionSource(blueprint.runtime, blueprint.behaviour);
  return (
    <Container header={<Header variant="h2" description={t('lambda.create.blueprintCodeHint')}>{t('lambda.create.blueprintCode')}</Header>}>
      <SpaceBetween size="s">
        {blueprint.behaviour === 'dynamodb-put-get' ? <Alert type="info">{t('lambda.create.dynamodbBlueprintNote')}</Alert> : null}
        <Box variant="awsui-key-label">{source.fileName}</Box>
        <Box variant="code">
          <pre data-testid="blueprint-code" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{source.code}</pre>
        </Box>
      </SpaceBetween>
    </Container>
  );
}
