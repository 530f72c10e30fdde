import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';

/** Indexes: always empty here, since the simulator's CreateTable refuses secondary indexes. */
export function IndexesTab() {
  const { t } = useTranslation();
  const d = (key: string) => t(`dynamodb.details.${key}`);
  const empty = (title: string) => (
    <Container header={<Header variant="h2" counter="(0)">{title}</Header>}>
      <Box textAlign="center" color="inherit"><b>{d('noIndexes')}</b><Box variant="p" color="text-body-secondary">{d('indexesNote')}</Box></Box>
    </Container>
  );
  return <SpaceBetween size="l">{empty(d('gsi'))}{empty(d('lsi'))}</SpaceBetween>;
}
