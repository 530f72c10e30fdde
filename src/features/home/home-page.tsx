import Box from '@cloudscape-design/components/box';
import Cards from '@cloudscape-design/components/cards';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../components/router-link';

type Service = { id: 'iam' | 'ec2' | 's3' | 'cloudtrail' | 'cloudwatch' | 'lambda' | 'cloudformation' | 'dynamodb'; href?: string };

const services: Service[] = [
  { id: 'iam', href: '/iam/roles' },
  { id: 'ec2', href: '/ec2/instances' },
  { id: 's3', href: '/s3/buckets' },
  { id: 'cloudtrail', href: '/cloudtrail/events' },
  { id: 'cloudwatch', href: '/cloudwatch/log-groups' },
  { id: 'lambda', href: '/lambda/functions' },
  { id: 'dynamodb', href: '/dynamodb/tables' },
  { id: 'cloudformation', href: '/cloudformation/stacks' },
];

export function HomePage() {
  const { t } = useTranslation();
  return (
    <ContentLayout header={<Header variant="h1" description={t('home.description')}>{t('home.title')}</Header>}>
      <Cards
        header={<Header variant="h2">{t('home.recentlyVisited')}</Header>}
        items={services}
        trackBy="id"
        cardDefinition={{
          header: (s) => (s.href ? <RouterLink to={s.href} fontSize="heading-m">{t(`services.${s.id}`)}</RouterLink> : t(`services.${s.id}`)),
          sections: [
            { id: 'description', content: (s) => t(`services.${s.id}Long`) },
            { id: 'status', content: (s) => (s.href ? null : <Box color="text-status-inactive">{t('services.comingSoon')}</Box>) },
          ],
        }}
      />
    </ContentLayout>
  );
}
