import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateTable, type KeyAttributeInput } from '../../../api/dynamodb/create-table';
import { useFlash } from '../../../api/flash';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { dynamodbPaths } from '../dynamodb-paths';
import { KeyField } from './key-field';
import { fieldOfError } from './field-of-error';
import { TableSettings } from './table-settings';

// Korean: 테이블 생성, 파티션 키 and 정렬 키 - 선택 사항 are the console's labels; 테이블 세부 정보, 테이블 이름,
// 테이블 설정, 기본 설정, 설정 사용자 지정 and the hints under the fields are (unconfirmed).
/** Create table: a name, the partition key and an optional sort key; Default settings (on-demand). */
export function CreateTablePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateTable();
  const [tableName, setTableName] = useState('');
  const [partitionKey, setPartitionKey] = useState<KeyAttributeInput>({ name: '', type: 'S' });
  const [sortKey, setSortKey] = useState<KeyAttributeInput>({ name: '', type: 'S' });
  const [checked, setChecked] = useState(false);
  const error = create.error as AwsError | null;
  const field = error ? fieldOfError(error) : undefined;
  // DynamoDB's answer goes under the field it is about; the errorText is marked so tests can read AWS's words.
  const apiError = (which: typeof field) => (error && field === which ? <span data-testid="aws-error-message">{error.message}</span> : undefined);
  const edited = <T,>(set: (value: T) => void) => (value: T) => { set(value); create.reset(); };
  const submit = () => {
    setChecked(true);
    if (tableName === '' || partitionKey.name === '') return;
    create.mutate({ tableName, partitionKey, sortKey }, {
      onSuccess: () => {
        flash({ id: `dynamodb-table-created-${tableName}`, type: 'success', key: 'dynamodb.tables.created', values: { name: tableName } });
        navigate(dynamodbPaths.tables);
      },
    });
  };
  const c = (key: string) => t(`dynamodb.create.${key}`);
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1">{c('title')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(dynamodbPaths.tables)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={create.isPending}>{c('create')}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2" description={c('tableDetailsInfo')}>{c('tableDetails')}</Header>}>
            <SpaceBetween size="l">
              <FormField label={c('tableName')} description={c('tableNameHint')} constraintText={c('tableNameRules')}
                errorText={checked && tableName === '' ? c('tableNameRequired') : apiError('tableName')}>
                <Input value={tableName} onChange={({ detail }) => edited(setTableName)(detail.value)} />
              </FormField>
              <KeyField which="partition" value={partitionKey} onChange={edited(setPartitionKey)}
                errorText={checked && partitionKey.name === '' ? c('keyRequired') : apiError('partitionKey')} />
              <KeyField which="sort" value={sortKey} onChange={edited(setSortKey)} errorText={apiError('sortKey')} />
            </SpaceBetween>
          </Container>
          <TableSettings />
          {/* Below the form rather than in errorText, which Cloudscape also copies into a live region. */}
          {error && !field ? <Box><AwsErrorAlert error={error} /></Box> : null}
        </SpaceBetween>
      </Form>
    </form>
  );
}
