import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useTranslation } from 'react-i18next';
import { useFollow, withBase } from '../../components/router-link';
import { s3Paths } from './s3-paths';

/** The path from the bucket down to a folder or object, each folder a link: bucket1 > reports/ > 2024-01.csv. */
export function FolderPath({ bucket, keyOrPrefix }: { bucket: string; keyOrPrefix: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const parts = keyOrPrefix.split('/').filter(Boolean);
  const isFolder = keyOrPrefix.endsWith('/');
  const items = [
    { text: bucket, href: withBase(s3Paths.bucket(bucket)) },
    ...parts.map((part, i) => {
      const last = i === parts.length - 1;
      const folder = !last || isFolder;
      return { text: folder ? `${part}/` : part, href: folder ? withBase(s3Paths.bucket(bucket, `${parts.slice(0, i + 1).join('/')}/`)) : '#' };
    }),
  ];
  return <BreadcrumbGroup items={items} onFollow={follow} ariaLabel={t('s3Bucket.folderPath')} />;
}
