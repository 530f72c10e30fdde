import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceList, useServiceCatalog } from '../../../api/catalog';
import { ActionPicker } from './action-picker';
import { AddArnsModal } from './add-arns-modal';
import { supportsResources, type VisualBlock as Block } from './visual-model';

type Props = { block: Block; accountId: string; onChange: (block: Block) => void; onRemove?: () => void };

export function VisualBlock({ block, accountId, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const services = useMemo(() => serviceList().map((s) => ({ value: s.prefix, label: s.name, tags: [s.prefix] })), []);
  const { data: catalog } = useServiceCatalog(block.service);
  const [adding, setAdding] = useState(false);
  const chosen = catalog ? (block.actions === 'all' ? Object.values(catalog.actions).map((a) => a.name) : block.actions) : [];
  const scoped = catalog ? chosen.filter((a) => supportsResources(catalog, a)) : [];
  const resourceTypes = catalog
    ? [...new Set(scoped.flatMap((a) => catalog.actions[a.toLowerCase()]?.resourceTypes.map((r) => r.name) ?? []))]
    : [];
  return (
    <Container
      header={
        <Header variant="h3" actions={
          <SpaceBetween direction="horizontal" size="xs">
            <SegmentedControl label={t('policyEditor.effect')} selectedId={block.effect}
              onChange={({ detail }) => onChange({ ...block, effect: detail.selectedId as Block['effect'] })}
              options={[{ id: 'Allow', text: t('policyEditor.allow') }, { id: 'Deny', text: t('policyEditor.deny') }]} />
            {onRemove && <Button onClick={onRemove}>{t('policyEditor.remove')}</Button>}
          </SpaceBetween>
        }>
          {catalog?.name ?? t('policyEditor.selectService')}
        </Header>
      }>
      <SpaceBetween size="l">
        <FormField label={t('policyEditor.service')}>
          <Select filteringType="auto" placeholder={t('policyEditor.chooseService')}
            selectedOption={services.find((s) => s.value === block.service) ?? null}
            options={services}
            onChange={({ detail }) => onChange({ ...block, service: detail.selectedOption.value, actions: [], resources: 'all' })} />
        </FormField>
        {catalog && (
          // Not a FormField: its label would be appended to every action checkbox's accessible name.
          <SpaceBetween size="xs">
            <Header variant="h3" description={t('policyEditor.actionsHelp')}>{t('policyEditor.actionsAllowed')}</Header>
            <ActionPicker catalog={catalog} actions={block.actions} onChange={(actions) => onChange({ ...block, actions })} />
          </SpaceBetween>
        )}
        {catalog && scoped.length > 0 && (
          <FormField label={t('policyEditor.resources')} stretch>
            <SpaceBetween size="s">
              <RadioGroup value={block.resources === 'all' ? 'all' : 'specific'}
                onChange={({ detail }) => onChange({ ...block, resources: detail.value === 'all' ? 'all' : [] })}
                items={[{ value: 'specific', label: t('policyEditor.specific') }, { value: 'all', label: t('policyEditor.all') }]} />
              {block.resources !== 'all' && (
                <>
                  <TokenGroup items={block.resources.map((arn) => ({ label: arn, dismissLabel: t('policyEditor.removeArn', { arn }) }))}
                    onDismiss={({ detail }) => onChange({ ...block, resources: (block.resources as string[]).filter((_, i) => i !== detail.itemIndex) })} />
                  <Box><Button onClick={() => setAdding(true)}>{t('policyEditor.addArns')}</Button></Box>
                </>
              )}
            </SpaceBetween>
          </FormField>
        )}
      </SpaceBetween>
      {adding && catalog && (
        <AddArnsModal catalog={catalog} resourceTypes={resourceTypes} accountId={accountId} onClose={() => setAdding(false)}
          onAdd={(arn) => {
            setAdding(false);
            onChange({ ...block, resources: [...(block.resources === 'all' ? [] : block.resources), arn] });
          }} />
      )}
    </Container>
  );
}
