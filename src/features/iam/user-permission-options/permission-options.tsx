import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useTranslation } from 'react-i18next';
import { PermissionsStep } from '../create-role/permissions-step';
import { GroupPicker } from './group-picker';
import type { PermissionDraft, PermissionOption } from './permission-draft';
import { UserPicker } from './user-picker';

type Props = { draft: PermissionDraft; onChange: (draft: PermissionDraft) => void; userName?: string; currentGroups?: string[] };

/** "Permissions options": Add user to group, Copy permissions, Attach policies directly (facts §4). */
export function PermissionOptions({ draft, onChange, userName, currentGroups }: Props) {
  const { t } = useTranslation();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('users.permissionsOptions')}</Header>}>
        <Tiles value={draft.option} onChange={({ detail }) => onChange({ ...draft, option: detail.value as PermissionOption })} columns={3}
          items={(['group', 'copy', 'attach'] as const).map((o) => ({ value: o, label: t(`users.options.${o}`), description: t(`users.options.${o}Help`) }))} />
      </Container>
      {draft.option === 'group' && (
        <GroupPicker selected={draft.groupNames} exclude={currentGroups} onChange={(groupNames) => onChange({ ...draft, groupNames })} />
      )}
      {draft.option === 'copy' && (
        <UserPicker selected={draft.fromUser} exclude={userName} onChange={(fromUser) => onChange({ ...draft, fromUser })} />
      )}
      {draft.option === 'attach' && (
        <PermissionsStep selectedArns={draft.policyArns} onChange={(policyArns) => onChange({ ...draft, policyArns })} />
      )}
    </SpaceBetween>
  );
}
