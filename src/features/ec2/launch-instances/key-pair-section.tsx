import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useDescribeKeyPairs } from '../../../api/ec2/describe-key-pairs';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { NO_KEY_PAIR } from './launch-draft';

const NOT_AUTHORIZED = 'You are not authorized to perform this operation.';

/** This panel shows only EC2's first sentence of a denial, as the console does (facts §6.3); the engine's reason stays. */
function shortDenial(error: unknown): unknown {
  const e = error as Partial<AwsError> | null;
  return e?.code === 'UnauthorizedOperation' ? { ...e, message: NOT_AUTHORIZED } : error;
}

type Props = { value: string | undefined; problem?: string; onChange: (keyPair: string) => void };

/** Key pair (login): the region's key pairs, or proceed without one. */
export function KeyPairSection({ value, problem, onChange }: Props) {
  const { t } = useTranslation();
  const { data, isPending, error } = useDescribeKeyPairs();
  const none: SelectProps.Option = { value: NO_KEY_PAIR, label: t('launchInstances.noKeyPair'), labelTag: t('launchInstances.defaultValue') };
  const pairs: SelectProps.Option[] = (data?.KeyPairs ?? []).map((k) => ({
    value: k.KeyName, label: k.KeyName, description: t('launchInstances.keyType', { type: k.KeyType }),
  }));
  const options = [none, ...pairs];
  const selected = value === undefined ? null : options.find((o) => o.value === value) ?? { value, label: value };
  return (
    <Container header={<Header variant="h2" description={t('launchInstances.keyPairHelp')}>{t('launchInstances.keyPair')}</Header>}>
      <SpaceBetween size="s">
        <FormField label={t('launchInstances.keyPairName')} errorText={problem && t(problem)} stretch>
          <Select
            selectedOption={selected}
            placeholder={t('launchInstances.select')}
            options={options}
            statusType={isPending ? 'loading' : 'finished'}
            loadingText={t('launchInstances.loadingKeyPairs')}
            onChange={({ detail }) => detail.selectedOption.value && onChange(detail.selectedOption.value)}
          />
        </FormField>
        {error ? <div data-testid="key-pair-error"><AwsErrorAlert error={shortDenial(error)} /></div> : null}
      </SpaceBetween>
    </Container>
  );
}
