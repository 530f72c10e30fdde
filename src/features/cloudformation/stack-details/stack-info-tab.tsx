import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import type { StackDescription } from '../../../api/cloudformation/stack-status';
import { formatConsoleDate } from '../../../components/format-date';
import { RouterLink } from '../../../components/router-link';
import { resourceHref } from '../cloudformation-paths';
import { StackStatus } from '../stack-status';

/** Stack info: Overview (the IAM role is the stack's service role, "-" when it runs as its creator) and Tags. */
export function StackInfoTab({ stack }: { stack: StackDescription }) {
  const { t, i18n } = useTranslation();
  const role = stack.RoleARN;
  const roleName = role?.slice(role.lastIndexOf('/') + 1);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('cloudformation.details.overview')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('cloudformation.details.stackId'), value: stack.StackId },
          { label: t('cloudformation.details.description'), value: stack.Description || '-' },
          { label: t('cloudformation.details.status'), value: <span data-testid="stack-status"><StackStatus status={stack.StackStatus} /></span> },
          { label: t('cloudformation.details.statusReason'), value: stack.StackStatusReason || '-' },
          { label: t('cloudformation.details.createdTime'), value: formatConsoleDate(stack.CreationTime, i18n.language, 'second') },
          { label: t('cloudformation.details.deletedTime'), value: stack.DeletionTime ? formatConsoleDate(stack.DeletionTime, i18n.language, 'second') : '-' },
          { label: t('cloudformation.details.iamRole'),
            value: role && roleName ? <RouterLink to={resourceHref('AWS::IAM::Role', roleName) ?? ''}>{role}</RouterLink> : '-' },
          { label: t('cloudformation.details.terminationProtection'), value: t('cloudformation.details.deactivated') },
          { label: t('cloudformation.details.driftStatus'), value: stack.DriftInformation?.StackDriftStatus ?? '-' },
        ]} />
      </Container>
      <Table
        header={<Header variant="h2" counter={`(${stack.Tags?.length ?? 0})`}>{t('cloudformation.details.tags')}</Header>}
        items={stack.Tags ?? []}
        columnDefinitions={[
          { id: 'key', header: t('cloudformation.details.key'), cell: (tag) => tag.Key, isRowHeader: true },
          { id: 'value', header: t('cloudformation.details.value'), cell: (tag) => tag.Value || '-' },
        ]}
        empty={t('cloudformation.details.noTags')}
      />
    </SpaceBetween>
  );
}
