import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useLambdaExecutionRoles } from '../../../api/lambda/list-execution-roles';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { RouterLink } from '../../../components/router-link';
import { lambdaPaths, roleNameOf } from '../lambda-paths';

export type RoleKind = 'new' | 'existing';

type Props = {
  functionName: string;
  kind: RoleKind;
  onKind: (kind: RoleKind) => void;
  roleArn: string | undefined;
  onRole: (arn: string) => void;
  roleError?: string;
};

/** Permissions > Change default execution role: a new basic role (the default) or an existing one trusting Lambda. */
export function ExecutionRoleFields({ functionName, kind, onKind, roleArn, onRole, roleError }: Props) {
  const { t } = useTranslation();
  return (
    <ExpandableSection headerText={t('lambda.create.changeDefaultRole')} defaultExpanded={kind !== 'new'}>
      <SpaceBetween size="l">
        <FormField label={t('lambda.create.executionRole')} description={t('lambda.create.executionRoleHint')}>
          <RadioGroup
            value={kind}
            onChange={({ detail }) => onKind(detail.value as RoleKind)}
            items={[
              { value: 'new', label: t('lambda.create.newRole') },
              { value: 'existing', label: t('lambda.create.existingRole') },
              // Policy templates are not simulated.
              { value: 'template', label: t('lambda.create.templateRole'), disabled: true },
            ]}
          />
        </FormField>
        {kind === 'new' ? (
          <Alert type="info">
            <SpaceBetween size="xs">
              <Box>{t('lambda.create.newRoleNote', { name: functionName || 'myFunctionName' })}</Box>
              <Box>{t('lambda.create.newRoleWait')}</Box>
            </SpaceBetween>
          </Alert>
        ) : (
          <ExistingRole roleArn={roleArn} onRole={onRole} roleError={roleError} />
        )}
      </SpaceBetween>
    </ExpandableSection>
  );
}

function ExistingRole({ roleArn, onRole, roleError }: Pick<Props, 'roleArn' | 'onRole' | 'roleError'>) {
  const { t } = useTranslation();
  const { roles, isPending, error } = useLambdaExecutionRoles();
  if (error) return <AwsErrorAlert error={error} />;
  const options = (roles ?? []).map((r) => ({ value: r.Arn, label: r.RoleName }));
  const selected = options.find((o) => o.value === roleArn) ?? null;
  return (
    <FormField label={t('lambda.create.existingRoleLabel')} description={t('lambda.create.existingRoleHint')} errorText={roleError}
      constraintText={!isPending && options.length === 0 ? t('lambda.create.noRoles') : undefined}>
      <SpaceBetween size="xs">
        <Select selectedOption={selected} options={options} placeholder={t('lambda.create.chooseRole')} statusType={isPending ? 'loading' : 'finished'}
          loadingText={t('app.loading')} filteringType="auto" onChange={({ detail }) => onRole(detail.selectedOption.value ?? '')} />
        {roleArn ? (
          <RouterLink to={lambdaPaths.role(roleNameOf(roleArn))} external>{t('lambda.create.viewRole', { name: roleNameOf(roleArn) })}</RouterLink>
        ) : null}
      </SpaceBetween>
    </FormField>
  );
}
