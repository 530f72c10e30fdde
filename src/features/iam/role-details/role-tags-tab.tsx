import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveRoleTags } from '../../../api/iam/role-edits';
import type { GetRoleOutput } from '../../../cloud/services/iam/get-role';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

// IAM allows 50 tags per role; keys up to 128 characters, values up to 256 (facts Appendix A).
// TagEditor checks these lengths and AWS's tag characters itself, and shows its errors at the field.
const TAG_LIMIT = 50;

type Role = GetRoleOutput['Role'];

function fromRole(role: Role): TagEditorProps.Tag[] {
  return (role.Tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value, existing: true }));
}

/** Tags: the console's tag editor, saved as UntagRole (removed keys) then TagRole (new and changed). */
export function RoleTagsTab({ role }: { role: Role }) {
  const { t } = useTranslation();
  const save = useSaveRoleTags();
  const [tags, setTags] = useState(() => fromRole(role));
  const [valid, setValid] = useState(true);
  const stored = new Map((role.Tags ?? []).map((tag) => [tag.Key, tag.Value]));
  const removedKeys = tags.filter((tag) => tag.existing && tag.markedForRemoval).map((tag) => tag.key);
  const changed = tags.filter((tag) => !tag.markedForRemoval && stored.get(tag.key) !== tag.value)
    .map((tag) => ({ Key: tag.key, Value: tag.value }));
  // IAM's answers about the tags themselves go under the editor; a denial gets the full alert.
  const code = (save.error as { code?: string } | null)?.code;
  const inputError = code && ['ValidationError', 'InvalidInput', 'LimitExceeded'].includes(code) ? (save.error as { message: string }).message : undefined;
  const dirty = removedKeys.length > 0 || changed.length > 0;
  const submit = () =>
    save.mutate({ roleName: role.RoleName, removedKeys, tags: changed }, {
      // Kept tags become "existing" and removed ones disappear, as after a reload.
      onSuccess: () => setTags((current) => current.filter((tag) => !tag.markedForRemoval).map((tag) => ({ ...tag, existing: true }))),
    });
  return (
    <Container header={
      <Header variant="h2" counter={`(${role.Tags?.length ?? 0})`} description={t('roleEdit.tagsHelp')} actions={
        <Button variant="primary" disabled={!dirty || !valid} loading={save.isPending} onClick={submit}>{t('roleEdit.saveChanges')}</Button>
      }>
        {t('roleEdit.tags')}
      </Header>
    }>
      <SpaceBetween size="m">
        <FormField stretch label={t('roleEdit.tags')} errorText={inputError}>
          <TagEditor tags={tags} tagLimit={TAG_LIMIT}
            onChange={({ detail }) => { setTags([...detail.tags]); setValid(detail.valid); save.reset(); }} />
        </FormField>
        {save.error && !inputError ? <AwsErrorAlert error={save.error} /> : null}
      </SpaceBetween>
    </Container>
  );
}
