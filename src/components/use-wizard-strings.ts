import type { WizardProps } from '@cloudscape-design/components/wizard';
import { useTranslation } from 'react-i18next';

/** The step labels every wizard shares; Cloudscape's I18nProvider supplies the rest (Next, Previous, Cancel). */
export function useWizardStrings(): WizardProps.I18nStrings {
  const { t } = useTranslation();
  return { stepNumberLabel: (n) => t('createRole.stepNumber', { n }), collapsedStepsLabel: (n, total) => t('createRole.stepOf', { n, total }) };
}
