import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';

const INSTANCES = '/ec2/instances';

/** The launch status the console shows after RunInstances succeeds: Success, the new instance ids, the log. */
export function LaunchResult({ instanceIds }: { instanceIds: string[] }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const succeeded = <StatusIndicator type="success">{t('launchInstances.succeeded')}</StatusIndicator>;
  return (
    <ContentLayout header={<Header variant="h1">{t('launchInstances.title')}</Header>}>
      <SpaceBetween size="l">
        <Alert type="success" header={t('launchInstances.success')} data-testid="launch-success">
          {t(instanceIds.length > 1 ? 'launchInstances.successPrefixMany' : 'launchInstances.successPrefix')}
          {instanceIds.map((id, i) => (
            <Fragment key={id}>{i > 0 ? ', ' : ''}<RouterLink to={INSTANCES}>{id}</RouterLink></Fragment>
          ))}
          {t('launchInstances.successSuffix')}
        </Alert>
        <ExpandableSection variant="container" headerText={t('launchInstances.launchLog')}>
          <KeyValuePairs columns={2} items={[
            { label: t('launchInstances.initializing'), value: succeeded },
            { label: t('launchInstances.initiation'), value: succeeded },
          ]} />
        </ExpandableSection>
        <Box float="right">
          <Button variant="primary" href={withBase(INSTANCES)} onFollow={follow}>{t('launchInstances.viewInstances')}</Button>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}
