import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePutItem } from '../../../api/dynamodb/put-item';
import { useFlash } from '../../../api/flash';
import type { DynamoItem } from '../../../cloud/core/world-dynamodb';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonCodeEditor } from '../../../components/json-code-editor';
import { dynamodbPaths } from '../dynamodb-paths';
import type { TableKeys } from '../key-attributes';
import { itemFromRows, itemJson, newRows, parseItemJson, rowsFromItem, type AttributeRow, type RowError } from './attribute-rows';
import { ItemForm } from './item-form';

type Props = { mode: 'create' | 'edit'; tableName: string; keys: TableKeys; initial?: DynamoItem };

// Korean: 항목 생성 is the console's label; 항목 편집, 양식, JSON 보기, 속성, 속성 이름, 값, 유형, 새 속성 추가 and
// 변경 사항 저장 are (unconfirmed).
/** Create item and Edit item: the Form view or the JSON view (DynamoDB JSON), then one PutItem. */
export function ItemEditor({ mode, tableName, keys, initial }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const put = usePutItem();
  const i = (key: string, values?: Record<string, string>) => t(`dynamodb.item.${key}`, values);
  const [view, setView] = useState<'form' | 'json'>('form');
  const [rows, setRows] = useState<AttributeRow[]>(() => (initial && rowsFromItem(initial, keys)) || newRows(keys));
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [json, setJson] = useState('');
  // The editor owns its text: a new number remounts it with the form's item.
  const [jsonSeed, setJsonSeed] = useState(0);
  const [jsonError, setJsonError] = useState<string>();
  const back = () => navigate(dynamodbPaths.items(tableName));

  /** The item the open view describes, or undefined after pointing out what stops it. */
  const currentItem = (): Record<string, unknown> | undefined => {
    if (view === 'form') {
      const { item, errors } = itemFromRows(rows);
      setRowErrors(errors);
      return errors.length ? undefined : item;
    }
    const parsed = parseItemJson(json);
    if ('error' in parsed) {
      setJsonError(i(parsed.error, { reason: parsed.reason ?? '' }));
      return undefined;
    }
    return parsed.item;
  };
  const switchTo = (next: 'form' | 'json') => {
    const item = currentItem();
    if (!item || next === view) return;
    if (next === 'json') {
      setJson(itemJson(item as DynamoItem));
      setJsonSeed((n) => n + 1);
      setJsonError(undefined);
    } else {
      const shown = rowsFromItem(item, keys);
      if (!shown) return setJsonError(i('cannotShowForm'));
      setRows(shown);
      setRowErrors([]);
    }
    setView(next);
  };
  const submit = () => {
    const item = currentItem();
    if (!item) return;
    // DynamoDB checks the values (a number's digits, a set's members) and answers in its own words.
    put.mutate({ tableName, item: item as DynamoItem, ...(mode === 'create' && { mustBeNew: keys.partition.name }) }, {
      onSuccess: () => {
        flash({ id: 'dynamodb-item-saved', type: 'success', key: 'dynamodb.item.saved' });
        back();
      },
    });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1" description={i('description')}>{i(mode === 'create' ? 'createTitle' : 'editTitle')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={back}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={put.isPending}>{i(mode === 'create' ? 'create' : 'save')}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={
            <Header variant="h2" actions={
              <SegmentedControl label={i('view')} selectedId={view} onChange={({ detail }) => switchTo(detail.selectedId as 'form' | 'json')}
                options={[{ id: 'form', text: i('form') }, { id: 'json', text: i('json') }]} />
            }>
              {i('attributes')}
            </Header>
          }>
            {view === 'form' ? (
              <ItemForm rows={rows} onChange={(next) => { setRows(next); put.reset(); }} errors={rowErrors} keyLocked={mode === 'edit'} />
            ) : (
              <FormField label={i('jsonLabel')} description={i('jsonHint')} errorText={jsonError} stretch>
                <JsonCodeEditor key={jsonSeed} defaultValue={json} ariaLabel={i('jsonLabel')} height={280}
                  onChange={(text) => { setJson(text); setJsonError(undefined); put.reset(); }} />
              </FormField>
            )}
          </Container>
          {put.error ? <Box><AwsErrorAlert error={put.error} /></Box> : null}
        </SpaceBetween>
      </Form>
    </form>
  );
}
