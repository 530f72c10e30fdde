import AppLayout from '@cloudscape-design/components/app-layout';
import Spinner from '@cloudscape-design/components/spinner';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AwsErrorAlert } from '../../components/aws-error-alert';
import { ErrorBoundary } from '../../components/error-boundary';
import { areaOf } from '../paths';
import { Breadcrumbs } from './breadcrumbs';
import { Notices } from './notices';
import { hasSideNav, SideNav } from './side-nav';
import { RoleColorStrip } from './role-color-strip';
import { TopBar } from './top-bar';

export function ConsoleShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const area = areaOf(pathname);
  return (
    <>
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopBar area={area} />
        <RoleColorStrip />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        navigation={<SideNav area={area} />}
        navigationHide={!hasSideNav(area)}
        toolsHide
        breadcrumbs={<Breadcrumbs />}
        notifications={<Notices />}
        ariaLabels={{ navigation: t('nav.navigation'), notifications: t('nav.notifications') }}
        content={
          <ErrorBoundary resetKey={pathname} fallback={(error) => <AwsErrorAlert error={error} />}>
            <Suspense fallback={<Spinner size="large" />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        }
      />
    </>
  );
}
