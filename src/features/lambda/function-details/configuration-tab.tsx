import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { RouterLink } from '../../../components/router-link';
import { lambdaPaths, roleNameOf } from '../lambda-paths';

/** Configuration: General configuration, and Permissions with the execution role linking to IAM. */
export function ConfigurationTab({ config }: { config: FunctionConfiguration }) {
  const { t } = useTranslation();
  const role = roleNameOf(config.Role);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('lambda.details.generalConfiguration')}</Header>}>
        <KeyValuePairs columns={4} items={[
          { label: t('lambda.details.description'), value: config.Description || '-' },
          { label: t('lambda.details.memory'), value: t('lambda.details.megabytes', { value: config.MemorySize }) },
          { label: t('lambda.details.ephemeralStorage'), value: t('lambda.details.megabytes', { value: config.EphemeralStorage.Size }) },
          { label: t('lambda.details.timeout'), value: t('lambda.details.timeoutValue', { min: Math.floor(config.Timeout / 60), sec: config.Timeout % 60 }) },
        ]} />
      </Container>
      <Container header={<Header variant="h2">{t('lambda.details.permissions')}</Header>}>
        <KeyValuePairs columns={2} items={[
          { label: t('lambda.details.roleName'), value: <RouterLink to={lambdaPaths.role(role)}>{role}</RouterLink> },
          { label: t('lambda.details.executionRole'), value: config.Role },
        ]} />
      </Container>
    </SpaceBetween>
  );
}
