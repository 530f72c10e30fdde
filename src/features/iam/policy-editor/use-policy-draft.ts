import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceCatalogs } from '../../../api/catalog';
import { policySize, usePolicyCheck } from '../../../api/policy/policy-findings';
import { useCurrentValue } from '../../../components/use-current-value';
import { blocksToDocument, documentToBlocks, newBlock, type VisualBlock } from './visual-model';

/**
 * The state behind a policy wizard's Specify permissions step (Visual and JSON kept in step) and the check
 * that the console makes before Next: the size limit, then the first blocking finding, of the document as
 * the editor holds it now.
 */
export function usePolicyDraft(maxSize: number, initialJson?: string) {
  const { t } = useTranslation();
  const [mode, setMode, currentMode] = useCurrentValue<'visual' | 'json'>(initialJson === undefined ? 'visual' : 'json');
  const [blocks, setBlocks, currentBlocks] = useCurrentValue<VisualBlock[]>([newBlock(0)]);
  const [jsonText, setJsonText, currentJson] = useCurrentValue(initialJson ?? '');
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string>();
  const policyCheck = usePolicyCheck('identity');
  const catalogs = useServiceCatalogs(blocks.flatMap((b) => (b.service ? [b.service] : [])));
  const document = mode === 'visual' ? blocksToDocument(blocks, catalogs) : jsonText;
  /** The document the editor holds now, even before React has re-rendered with its last change. */
  const current = () => (currentMode() === 'visual' ? blocksToDocument(currentBlocks(), catalogs) : currentJson());
  /** Visual ⇄ JSON, from the text as it is now; false when the JSON has statements the visual editor cannot show. */
  const changeMode = (next: 'visual' | 'json'): boolean => {
    if (next === 'json') setJsonText(current());
    if (next === 'visual') {
      const parsed = documentToBlocks(currentJson());
      if (!parsed) return false;
      setBlocks(parsed.length ? parsed : [newBlock(0)]);
    }
    setMode(next);
    return true;
  };
  /** The wizard's navigation: leaving step 1 forward waits for the check; its reason becomes the step's error. */
  const goTo = async (requested: number) => {
    if (step === 0 && requested > 0) {
      const text = current();
      const error = policySize(text) > maxSize ? t('createPolicy.tooLarge', { max: maxSize }) : await policyCheck.check(text);
      setStepError(error);
      if (error) return;
    }
    setStep(requested);
  };
  return {
    mode, changeMode, blocks, setBlocks, jsonText, setJsonText, document, current,
    step, goTo, stepError, checking: policyCheck.checking,
  };
}
