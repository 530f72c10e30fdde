import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceCatalogs } from '../../../api/catalog';
import { policySize, usePolicyFindings } from '../../../api/policy/policy-findings';
import { blocksToDocument, newBlock, type VisualBlock } from './visual-model';

/**
 * The state behind a Specify permissions step (Visual and JSON kept in step) and the check that the
 * console makes before Next: the size limit, then the first blocking finding.
 */
export function usePolicyDraft(initialJson?: string) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'visual' | 'json'>(initialJson === undefined ? 'visual' : 'json');
  const [blocks, setBlocks] = useState<VisualBlock[]>([newBlock(0)]);
  const [jsonText, setJsonText] = useState(initialJson ?? '');
  const catalogs = useServiceCatalogs(blocks.flatMap((b) => (b.service ? [b.service] : [])));
  const document = mode === 'visual' ? blocksToDocument(blocks, catalogs) : jsonText;
  const { data: findings } = usePolicyFindings(document, 'identity');
  const changeMode = (next: 'visual' | 'json') => {
    if (next === 'json') setJsonText(document);
    setMode(next);
  };
  /** The message that keeps the user on step 1, or undefined when the document may go on. */
  const blockingError = (max: number): string | undefined => {
    if (policySize(document) > max) return t('createPolicy.tooLarge', { max });
    const blocking = findings?.find((f) => f.severity === 'error');
    return blocking ? `${blocking.title}: ${blocking.message}` : undefined;
  };
  return { mode, changeMode, blocks, setBlocks, jsonText, setJsonText, document, blockingError };
}
