import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonPolicyEditor } from '../policy-editor/json-policy-editor';
import { VisualBlock } from '../policy-editor/visual-block';
import { newBlock, type VisualBlock as Block } from '../policy-editor/visual-model';

export const MANAGED_POLICY_MAX = 6144;

type Props = {
  mode: 'visual' | 'json';
  /** False when the mode cannot be shown (JSON the visual editor cannot show). */
  setMode: (mode: 'visual' | 'json') => boolean;
  blocks: Block[];
  setBlocks: (blocks: Block[]) => void;
  json: string;
  setJson: (text: string) => void;
  accountId: string;
  /** The size limit shown by the JSON editor's counter: inline policies have their own (e.g. 2,048 for a user). */
  maxSize?: number;
};

/** Step 1 "Specify permissions": the policy editor, Visual and JSON kept in step. */
export function SpecifyPermissions({ mode, setMode, blocks, setBlocks, json, setJson, accountId, maxSize = MANAGED_POLICY_MAX }: Props) {
  const { t } = useTranslation();
  const [cannotShow, setCannotShow] = useState(false);
  const switchTo = (next: 'visual' | 'json') => setCannotShow(!setMode(next));
  const nextId = Math.max(-1, ...blocks.map((b) => b.id)) + 1;
  return (
    <Container header={
      <Header variant="h2" description={t('createPolicy.editorHelp')} actions={
        <SegmentedControl label={t('createPolicy.editorMode')} selectedId={mode} onChange={({ detail }) => switchTo(detail.selectedId as 'visual' | 'json')}
          options={[{ id: 'visual', text: t('createPolicy.visual') }, { id: 'json', text: 'JSON' }]} />
      }>
        {t('createPolicy.policyEditor')}
      </Header>
    }>
      <SpaceBetween size="m">
        {cannotShow && <Alert type="warning">{t('createPolicy.cannotShowVisual')}</Alert>}
        {mode === 'json' ? (
          <JsonPolicyEditor value={json} onChange={setJson} policyType="identity" maxSize={maxSize} ariaLabel={t('createPolicy.policyEditor')} />
        ) : (
          <>
            {blocks.map((b) => (
              <VisualBlock key={b.id} block={b} accountId={accountId}
                onChange={(changed) => setBlocks(blocks.map((x) => (x.id === b.id ? changed : x)))}
                onRemove={blocks.length > 1 ? () => setBlocks(blocks.filter((x) => x.id !== b.id)) : undefined} />
            ))}
            <Box><Button iconName="add-plus" onClick={() => setBlocks([...blocks, newBlock(nextId)])}>{t('createPolicy.addMore')}</Button></Box>
          </>
        )}
      </SpaceBetween>
    </Container>
  );
}
