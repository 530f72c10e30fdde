import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { offeredRuntimes, runtimeLabel } from '../runtime-label';

export type Runtime = (typeof offeredRuntimes)['latest' | 'other'][number];

/** The console's own check of the name, before any request (the rules it states under the field). */
export function functionNameProblem(name: string): 'required' | 'rules' | undefined {
  if (name === '') return 'required';
  return /^[a-zA-Z0-9_-]{1,64}$/.test(name) ? undefined : 'rules';
}

type Props = {
  name: string;
  onName: (name: string) => void;
  nameProblem: 'required' | 'rules' | undefined;
  runtime: Runtime;
  onRuntime: (runtime: Runtime) => void;
};

type NameProps = Pick<Props, 'name' | 'onName' | 'nameProblem'>;

/** Function name, with the console's rules under it (Author from scratch and Use a blueprint). */
export function FunctionNameField({ name, onName, nameProblem }: NameProps) {
  const { t } = useTranslation();
  return (
    <FormField label={t('lambda.create.functionName')} description={t('lambda.create.functionNameHint')}
      constraintText={nameProblem ? undefined : t('lambda.create.functionNameRules')}
      errorText={nameProblem === 'required' ? t('lambda.create.functionNameRequired') : nameProblem ? t('lambda.create.functionNameRules') : undefined}>
      <Input value={name} placeholder="myFunctionName" onChange={({ detail }) => onName(detail.value)} />
    </FormField>
  );
}

export function BasicInformationFields({ name, onName, nameProblem, runtime, onRuntime }: Props) {
  const { t } = useTranslation();
  const option = (r: Runtime) => ({ value: r, label: runtimeLabel(r) });
  return (
    <SpaceBetween size="l">
      <FunctionNameField name={name} onName={onName} nameProblem={nameProblem} />
      <FormField label={t('lambda.create.runtime')} description={t('lambda.create.runtimeHint')}>
        <Select
          selectedOption={option(runtime)}
          onChange={({ detail }) => onRuntime(detail.selectedOption.value as Runtime)}
          options={[
            { label: t('lambda.create.latestSupported'), options: offeredRuntimes.latest.map(option) },
            { label: t('lambda.create.otherSupported'), options: offeredRuntimes.other.map(option) },
          ]}
        />
      </FormField>
      <FormField label={t('lambda.create.architecture')} description={t('lambda.create.architectureHint')}
        constraintText={t('lambda.create.arm64Simulated')}>
        <RadioGroup value="x86_64" ariaLabel={t('lambda.create.architecture')} onChange={() => undefined}
          items={[{ value: 'x86_64', label: 'x86_64' }, { value: 'arm64', label: 'arm64', disabled: true }]} />
      </FormField>
    </SpaceBetween>
  );
}
