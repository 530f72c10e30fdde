import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import type { PermissionDraft } from './permission-draft';

type Row = { name: string; typeKey: string; usedKey: string };

/** The Review step's "Permissions summary" for the chosen option. */
export function PermissionsReview({ draft }: { draft: PermissionDraft }) {
  const { t } = useTranslation();
  if (draft.option === 'copy') {
    return <Box data-testid="copy-review">{t('userEdit.copyReview', { name: draft.fromUser ?? '' })}</Box>;
  }
  const rows: Row[] = draft.option === 'group'
    ? draft.groupNames.map((name) => ({ name, typeKey: 'userEdit.group', usedKey: 'userEdit.permissionsGroup' }))
    : draft.policyArns.map((arn) => ({
      name: arn.slice(arn.lastIndexOf('/') + 1),
      typeKey: arn.startsWith('arn:aws:iam::aws:') ? 'policies.awsManaged' : 'policies.customerManaged',
      usedKey: 'createRole.permissionsPolicy',
    }));
  return (
    <Table
      header={<Header variant="h2" description={t(draft.option === 'group' ? 'userEdit.groupReviewHelp' : 'users.reviewHelp')}>{t('users.permissionsSummary')}</Header>}
      items={rows}
      columnDefinitions={[
        { id: 'name', header: t('userEdit.name'), cell: (r) => r.name, isRowHeader: true },
        { id: 'type', header: t('policies.type'), cell: (r) => t(r.typeKey) },
        { id: 'used', header: t('policies.usedAs'), cell: (r) => t(r.usedKey) },
      ]}
      empty={t('userEdit.noPermissionsChosen')}
    />
  );
}
