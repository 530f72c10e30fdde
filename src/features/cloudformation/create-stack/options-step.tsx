import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor from '@cloudscape-design/components/tag-editor';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../api/cloudformation/validate-template';
import { useListRoles } from '../../../api/iam/list-roles';
import { CapabilitiesSection } from './capabilities-section';
import type { StackDraft } from './stack-draft';

type Props = { draft: StackDraft; update: (change: Partial<StackDraft>) => void; summary: TemplateSummary | undefined };

const messageOf = (error: unknown) => (error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error));

/**
 * Step 3, Configure stack options: Tags, Permissions, Stack failure options, then Capabilities at the bottom
 * when the template needs one (facts §2, step 3). Advanced options are not simulated and left out.
 */
export function OptionsStep({ draft, update, summary }: Props) {
  const { t } = useTranslation();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" description={t('cloudformation.create.tagsHint')}>{t('cloudformation.create.tags')}</Header>}>
        <TagEditor
          tags={draft.tags.map((tag) => ({ ...tag, existing: false }))}
          onChange={({ detail }) => update({ tags: detail.tags.filter((tag) => !tag.markedForRemoval).map(({ key, value }) => ({ key, value })) })}
          tagLimit={50}
        />
      </Container>
      <Container header={<Header variant="h2" description={t('cloudformation.create.permissionsHint')}>{t('cloudformation.create.permissions')}</Header>}>
        <RoleField draft={draft} update={update} />
      </Container>
      <Container header={<Header variant="h2">{t('cloudformation.create.failureOptions')}</Header>}>
        <FormField label={t('cloudformation.create.onFailure')} description={t('cloudformation.create.onFailureHint')}>
          <RadioGroup
            value={draft.onFailure}
            onChange={({ detail }) => update({ onFailure: detail.value as StackDraft['onFailure'] })}
            items={[
              { value: 'ROLLBACK', label: t('cloudformation.create.rollBack'), description: t('cloudformation.create.rollBackHint') },
              { value: 'DO_NOTHING', label: t('cloudformation.create.preserve'), description: t('cloudformation.create.preserveHint') },
            ]}
          />
        </FormField>
      </Container>
      {summary?.Capabilities?.length ? (
        <CapabilitiesSection summary={summary} acknowledged={draft.acknowledged} onChange={(acknowledged) => update({ acknowledged })} />
      ) : null}
    </SpaceBetween>
  );
}

/** "IAM role - optional": the account's roles by name (ListRoles as the console identity), or none. */
function RoleField({ draft, update }: Omit<Props, 'summary'>) {
  const { t } = useTranslation();
  const { data, isPending, error } = useListRoles();
  const options = (data?.Roles ?? []).map((r) => ({ value: r.Arn, label: r.RoleName }));
  return (
    <FormField label={t('cloudformation.create.iamRole')} description={t('cloudformation.create.iamRoleHint')}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ flex: '0 1 480px' }}>
          <Select
            selectedOption={draft.role ? { value: draft.role.arn, label: draft.role.name } : null}
            options={options}
            filteringType="auto"
            placeholder={t('cloudformation.create.iamRolePlaceholder')}
            statusType={isPending ? 'loading' : error ? 'error' : 'finished'}
            loadingText={t('app.loading')}
            errorText={error ? messageOf(error) : undefined}
            empty={t('cloudformation.create.noRoles')}
            onChange={({ detail }) => update({ role: { arn: detail.selectedOption.value ?? '', name: detail.selectedOption.label ?? '' } })}
          />
        </div>
        {/* Kept on one line: a Korean label would otherwise wrap letter by letter. */}
        <div style={{ flex: 'none' }}>
          <Button disabled={!draft.role} onClick={() => update({ role: undefined })}>{t('cloudformation.create.removeRole')}</Button>
        </div>
      </div>
    </FormField>
  );
}
