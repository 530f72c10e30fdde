import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FolderPath } from '../folder-path';
import { displayName } from '../s3-paths';
import { BucketPermissionsTab } from './bucket-permissions-tab';
import { BucketPropertiesTab } from './bucket-properties-tab';
import { ObjectsTab } from './objects-tab';

/** A bucket: Objects | Properties | Permissions; inside a folder (?prefix=), that folder's objects. */
export function BucketDetailsPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const [search, setSearch] = useSearchParams();
  const prefix = search.get('prefix') ?? '';
  if (prefix) {
    return (
      <SpaceBetween size="l">
        <FolderPath bucket={bucket} keyOrPrefix={prefix} />
        <Header variant="h1">{displayName(prefix)}</Header>
        <ObjectsTab key={prefix} bucket={bucket} prefix={prefix} />
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{bucket}</Header>
      <Tabs
        ariaLabel={t('s3Bucket.tabs.label')}
        activeTabId={search.get('tab') ?? 'objects'}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={[
          { id: 'objects', label: t('s3Bucket.tabs.objects'), content: <ObjectsTab bucket={bucket} prefix="" /> },
          { id: 'properties', label: t('s3Bucket.tabs.properties'), content: <BucketPropertiesTab bucket={bucket} /> },
          { id: 'permissions', label: t('s3Bucket.tabs.permissions'), content: <BucketPermissionsTab bucket={bucket} /> },
        ]}
      />
    </SpaceBetween>
  );
}
