import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useTranslation } from 'react-i18next';
import type { TableDescription } from '../../../api/dynamodb/describe-table';
import { formatConsoleDate } from '../../../components/format-date';
import { capacityLabel, partitionKeyLabel, sortKeyLabel, statusKey } from '../table-labels';

/** Overview > General information, as DescribeTable answers it. */
export function OverviewTab({ table }: { table: TableDescription }) {
  const { t, i18n } = useTranslation();
  const d = (key: string) => t(`dynamodb.details.${key}`);
  return (
    <Container header={<Header variant="h2">{d('generalInformation')}</Header>}>
      <KeyValuePairs columns={3} items={[
        { label: d('partitionKey'), value: partitionKeyLabel(t, table) },
        { label: d('sortKey'), value: sortKeyLabel(t, table) },
        { label: d('capacityMode'), value: capacityLabel(t, table) },
        {
          label: d('tableStatus'),
          value: <StatusIndicator type={table.TableStatus === 'ACTIVE' ? 'success' : 'in-progress'}>{t(statusKey(table))}</StatusIndicator>,
        },
        { label: d('deletionProtection'), value: table.DeletionProtectionEnabled ? d('on') : d('off') },
        { label: d('creationDate'), value: formatConsoleDate(new Date(table.CreationDateTime * 1000).toISOString(), i18n.language) },
        { label: d('itemCount'), value: table.ItemCount.toLocaleString(i18n.language) },
        { label: d('tableSize'), value: t('dynamodb.details.bytes', { count: table.TableSizeBytes }) },
        { label: d('arn'), value: table.TableArn },
      ]} />
    </Container>
  );
}
