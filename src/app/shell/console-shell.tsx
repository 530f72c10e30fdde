import AppLayout from '@cloudscape-design/components/app-layout';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AwsErrorAlert } from '../../components/aws-error-alert';
import { ErrorBoundary } from '../../components/error-boundary';
import { areaOf } from '../paths';
import { Breadcrumbs } from './breadcrumbs';
import { useFocusAfterNavigation } from './focus-after-navigation';
import { Notices } from './notices';
import { hasSideNav, SideNav } from './side-nav';
import { RoleColorStrip } from './role-color-strip';
import { labInProgress } from '../../store/lab-storage-key';
import { selectSignedOut, useConsoleStore } from '../../store/console-store';
import { TopBar } from './top-bar';

const LabsPanel = lazy(() => import('../../features/labs/labs-panel'));

/** After Sign out, every console page leads to the sign-in page, which returns here afterwards. */
export function ConsoleShell() {
  const { pathname, search } = useLocation();
  const signedOut = useConsoleStore(selectSignedOut);
  if (signedOut) return <Navigate to={`/signin?redirect_uri=${encodeURIComponent(pathname + search)}`} replace />;
  return <SignedInShell />;
}

function SignedInShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const area = areaOf(pathname);
  useFocusAfterNavigation(pathname);
  const [labsOpen, setLabsOpen] = useState(() => labInProgress());
  const [labsLoaded, setLabsLoaded] = useState(labsOpen);
  const openLabs = (open: boolean) => { setLabsOpen(open); if (open) setLabsLoaded(true); };
  return (
    <>
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopBar area={area} onLabs={() => openLabs(!labsOpen)} />
        <RoleColorStrip />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        navigation={<SideNav area={area} />}
        navigationHide={!hasSideNav(area)}
        tools={labsLoaded ? <Suspense fallback={<Spinner />}><LabsPanel /></Suspense> : null}
        toolsOpen={labsOpen}
        onToolsChange={({ detail }) => openLabs(detail.open)}
        toolsWidth={380}
        breadcrumbs={<Breadcrumbs />}
        notifications={<Notices />}
        ariaLabels={{ navigation: t('nav.navigation'), notifications: t('nav.notifications'), tools: t('labs.title'), toolsToggle: t('labs.open'), toolsClose: t('labs.exit') }}
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
