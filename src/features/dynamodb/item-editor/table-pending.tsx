import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type Props = { titleKey: 'createTitle' | 'editTitle'; pending: boolean; error: unknown; missing?: boolean };

/** The item page before it can show its form: loading the table (and item), AWS's error, or no such item. */
export function TablePending({ titleKey, pending, error, missing = false }: Props) {
  const { t } = useTranslation();
  let content;
  if (error) content = <AwsErrorAlert error={error} />;
  else if (missing) content = <Alert type="warning">{t('dynamodb.item.notFound')}</Alert>;
  else content = pending ? <Spinner size="large" /> : null;
  return <ContentLayout header={<Header variant="h1">{t(`dynamodb.item.${titleKey}`)}</Header>}>{content}</ContentLayout>;
}
