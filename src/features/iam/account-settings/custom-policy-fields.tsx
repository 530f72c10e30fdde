import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { PolicyDraft } from './policy-draft';

/** Custom password policy: minimum length, strength, expiration, self-service change and reuse (facts §6.2). */
export function CustomPolicyFields({ draft, onChange }: { draft: PolicyDraft; onChange: (draft: PolicyDraft) => void }) {
  const { t } = useTranslation();
  const set = (change: Partial<PolicyDraft>) => onChange({ ...draft, ...change });
  const check = (key: 'uppercase' | 'lowercase' | 'numbers' | 'symbols' | 'hardExpiry' | 'allowChange', label: string) => (
    <Checkbox checked={draft[key]} onChange={({ detail }) => set({ [key]: detail.checked })}>{label}</Checkbox>
  );
  return (
    <SpaceBetween size="l">
      <FormField label={t('accountSettings.minimumLength')} description={t('accountSettings.enforceLength')} constraintText={t('accountSettings.lengthHint')}>
        <Input type="number" inputMode="numeric" value={draft.length} onChange={({ detail }) => set({ length: detail.value })}
          ariaLabel={t('accountSettings.minimumLength')} />
      </FormField>
      <FormField label={t('accountSettings.strength')}>
        <SpaceBetween size="xxs">
          {check('uppercase', t('accountSettings.rules.uppercase'))}
          {check('lowercase', t('accountSettings.rules.lowercase'))}
          {check('numbers', t('accountSettings.rules.numbers'))}
          {check('symbols', t('accountSettings.rules.symbols'))}
        </SpaceBetween>
      </FormField>
      <FormField label={t('accountSettings.other')}>
        <SpaceBetween size="xs">
          <Checkbox checked={draft.expire} onChange={({ detail }) => set({ expire: detail.checked })}>{t('accountSettings.turnOnExpiration')}</Checkbox>
          {draft.expire ? (
            <FormField label={t('accountSettings.expireIn')} constraintText={t('accountSettings.expireHint')}>
              <Input type="number" inputMode="numeric" value={draft.days} onChange={({ detail }) => set({ days: detail.value })} />
            </FormField>
          ) : null}
          {draft.expire ? check('hardExpiry', t('accountSettings.rules.hardExpiry')) : null}
          {check('allowChange', t('accountSettings.rules.allowChange'))}
          <Checkbox checked={draft.preventReuse} onChange={({ detail }) => set({ preventReuse: detail.checked })}>{t('accountSettings.preventReuse')}</Checkbox>
          {draft.preventReuse ? (
            <FormField label={t('accountSettings.remember')} constraintText={t('accountSettings.rememberHint')}>
              <Input type="number" inputMode="numeric" value={draft.remember} onChange={({ detail }) => set({ remember: detail.value })} />
            </FormField>
          ) : null}
        </SpaceBetween>
      </FormField>
    </SpaceBetween>
  );
}
