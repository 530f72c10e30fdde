import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import Button from '@cloudscape-design/components/button';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from '../../../components/json-block';
import type { RoleDraft } from './role-draft';

type Props = {
  draft: RoleDraft;
  update: (change: Partial<RoleDraft>) => void;
  trustPolicy: string;
  errors: { roleName?: string; description?: string };
  goTo: (step: number) => void;
};

export function ReviewStep({ draft, update, trustPolicy, errors, goTo }: Props) {
  const { t } = useTranslation();
  const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('createRole.roleDetails')}</Header>}>
        <SpaceBetween size="m">
          <FormField label={t('roles.roleName')} description={t('createRole.roleNameHelp')} constraintText={t('createRole.roleNameHint')}
            errorText={errors.roleName}>
            <Input value={draft.roleName} onChange={({ detail }) => update({ roleName: detail.value })} ariaRequired />
          </FormField>
          <FormField label={t('createRole.description')} constraintText={t('createRole.descriptionHint')} errorText={errors.description}>
            <Textarea value={draft.description} onChange={({ detail }) => update({ description: detail.value })} rows={3} />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2" actions={<Button onClick={() => goTo(0)}>{t('createRole.edit')}</Button>}>{t('createRole.step1Review')}</Header>}>
        <JsonBlock text={trustPolicy} />
      </Container>
      <Table
        header={<Header variant="h2" actions={<Button onClick={() => goTo(1)}>{t('createRole.edit')}</Button>}>{t('createRole.step2Review')}</Header>}
        items={draft.policyArns}
        columnDefinitions={[
          { id: 'name', header: t('policies.policyName'), cell: policyName, isRowHeader: true },
          { id: 'type', header: t('policies.type'), cell: (arn) => t(arn.startsWith('arn:aws:iam::aws:') ? 'policies.awsManaged' : 'policies.customerManaged') },
          { id: 'as', header: t('createRole.attachedAs'), cell: () => t('createRole.permissionsPolicy') },
        ]}
        empty={t('createRole.noPolicies')}
      />
      <Container header={<Header variant="h2" description={t('createRole.tagsHelp')}>{t('createRole.tags')}</Header>}>
        <TagEditor
          tags={draft.tags.map((tag) => ({ ...tag, existing: false }))}
          onChange={({ detail }) => update({ tags: detail.tags.filter((tag) => !tag.markedForRemoval).map(({ key, value }) => ({ key, value })) })}
          tagLimit={50}
        />
      </Container>
    </SpaceBetween>
  );
}
