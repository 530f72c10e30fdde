import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCatalog } from '../../../api/catalog';
import { fillTemplate, templateFields } from './arn-template';

type Props = { catalog: ServiceCatalog; resourceTypes: string[]; accountId: string; onAdd: (arn: string) => void; onClose: () => void };

/** "Add ARNs": an ARN built field by field from the resource type's template (facts §3.2). */
export function AddArnsModal({ catalog, resourceTypes, accountId, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const [typeName, setTypeName] = useState(resourceTypes[0] ?? '');
  const template = catalog.resourceTypes[typeName]?.arnFormats[0] ?? '';
  const fields = templateFields(template);
  const [values, setValues] = useState<Record<string, string>>({ Account: accountId, Region: '' });
  const [any, setAny] = useState<Record<string, boolean>>({});
  const arn = fillTemplate(template, Object.fromEntries(fields.map((f) => [f, any[f] ? '*' : (values[f] ?? '')])));
  return (
    <Modal visible onDismiss={onClose} header={t('policyEditor.addArnsTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={!template} onClick={() => onAdd(arn)}>{t('policyEditor.addArns')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <FormField label={t('policyEditor.resourceType')}>
          <Select selectedOption={{ value: typeName, label: typeName }}
            options={resourceTypes.map((r) => ({ value: r, label: r }))}
            onChange={({ detail }) => setTypeName(detail.selectedOption.value ?? '')} />
        </FormField>
        {fields.map((field) => (
          <FormField key={field} label={field}>
            <SpaceBetween direction="horizontal" size="s">
              <Input value={any[field] ? '*' : (values[field] ?? '')} disabled={any[field]} ariaLabel={field}
                onChange={({ detail }) => setValues((v) => ({ ...v, [field]: detail.value }))} />
              <Checkbox checked={!!any[field]} onChange={({ detail }) => setAny((a) => ({ ...a, [field]: detail.checked }))}>
                {t('policyEditor.any', { field })}
              </Checkbox>
            </SpaceBetween>
          </FormField>
        ))}
        <FormField label={t('policyEditor.resourceArn')}>
          <Box variant="code">{arn}</Box>
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
