import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../components/router-link';
import { paths } from './paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h1">{t('errors.notFoundTitle')}</Header>}>
      <Box variant="p">{t('errors.notFoundBody')}</Box>
      <RouterLink to={paths.home}>{t('errors.backHome')}</RouterLink>
    </Container>
  );
}
