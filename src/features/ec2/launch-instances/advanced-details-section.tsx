import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Link from '@cloudscape-design/components/link';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useListInstanceProfiles } from '../../../api/iam/list-instance-profiles';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { withBase } from '../../../components/router-link';
import { NO_PROFILE } from './launch-draft';

// The IAM Create role page; the console opens it in a new tab (fine here too: the world is shared across tabs).
const CREATE_ROLE = '/iam/roles/create';

type Props = { value: string | undefined; onChange: (profile: string) => void };

/** Advanced details: the IAM instance profile, listed with iam:ListInstanceProfiles. */
export function AdvancedDetailsSection({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { data, isPending, isFetching, error, refetch } = useListInstanceProfiles();
  const none: SelectProps.Option = { value: NO_PROFILE, label: t('launchInstances.noRole') };
  const profiles: SelectProps.Option[] = (data?.InstanceProfiles ?? []).map((p) => ({
    value: p.Arn, label: p.InstanceProfileName, description: p.Arn,
  }));
  const options = [none, ...profiles];
  const selected = value === undefined ? null : options.find((o) => o.value === value) ?? { value, label: value };
  return (
    <ExpandableSection variant="container" headerText={t('launchInstances.advanced')}>
      <SpaceBetween size="s">
        <FormField
          label={t('launchInstances.instanceProfile')}
          description={t('launchInstances.instanceProfileHelp')}
          secondaryControl={
            <SpaceBetween direction="horizontal" size="s" alignItems="center">
              <Button iconName="refresh" ariaLabel={t('launchInstances.refresh')} loading={isFetching} onClick={() => void refetch()} />
              <Link external href={withBase(CREATE_ROLE)}>{t('launchInstances.createProfile')}</Link>
            </SpaceBetween>
          }
        >
          <Select
            selectedOption={selected}
            placeholder={t('launchInstances.select')}
            options={options}
            statusType={isPending ? 'loading' : 'finished'}
            loadingText={t('launchInstances.loadingProfiles')}
            onChange={({ detail }) => detail.selectedOption.value && onChange(detail.selectedOption.value)}
          />
        </FormField>
        {error ? <AwsErrorAlert error={error} /> : null}
      </SpaceBetween>
    </ExpandableSection>
  );
}
