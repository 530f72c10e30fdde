import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SEED_SIGN_IN } from '../../api/signin/sign-in';

/** The sign-in pages' frame: one narrow card, and the warning that this is a simulator. */
export function SignInFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main style={{ maxWidth: 440, margin: '0 auto', padding: '48px 16px' }}>
      <SpaceBetween size="l">
        <Box variant="h2" tagOverride="p" textAlign="center">{t('app.title')}</Box>
        <Container>{children}</Container>
        <Alert type="warning" header={t('signin.simulatorTitle')}>
          {t('signin.simulatorNote', SEED_SIGN_IN)}
        </Alert>
      </SpaceBetween>
    </main>
  );
}
