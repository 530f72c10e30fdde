import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Instance } from './instance-row';

export const modifyIamRolePath = (instanceId: string) => `/ec2/instances/${encodeURIComponent(instanceId)}/modify-iam-role`;

/**
 * Actions ▾ with the console's submenus (facts §6.1). Only Security > Modify IAM role is simulated;
 * the other entries are shown, disabled, so the menu reads like the real one.
 */
export function InstanceActionsMenu({ selected }: { selected: Instance[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const one = selected.length === 1 ? selected[0] : undefined;
  const off = (id: string) => ({ id, text: t(`instances.actionsMenu.${id}`), disabled: true });
  return (
    <ButtonDropdown
      disabled={!one}
      expandableGroups
      items={[
        off('connect'),
        off('manageState'),
        off('instanceSettings'),
        off('networking'),
        {
          id: 'security',
          text: t('instances.actionsMenu.security'),
          items: [
            off('changeSecurityGroups'),
            off('getWindowsPassword'),
            { id: 'modifyIamRole', text: t('instances.actionsMenu.modifyIamRole') },
          ],
        },
        off('imagesTemplates'),
        off('monitor'),
      ]}
      onItemClick={({ detail }) => {
        if (detail.id === 'modifyIamRole' && one) navigate(modifyIamRolePath(one.InstanceId));
      }}
    >
      {t('instances.actions')}
    </ButtonDropdown>
  );
}
