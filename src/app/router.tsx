import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { ConsoleShell } from './shell/console-shell';
import type { Crumb } from './shell/breadcrumbs';
import { consoleRoutes, standaloneRoutes } from './route-table';

export type RouteHandle = { crumbs: Crumb[] };

const children: RouteObject[] = consoleRoutes.map((route) => {
  const path = route.path === '' ? undefined : route.path;
  const index = route.path === '';
  if ('redirect' in route) return { path, element: <Navigate to={route.redirect} replace /> };
  const handle: RouteHandle | undefined = route.crumbs && { crumbs: route.crumbs };
  const lazy = async () => ({ Component: await route.load() });
  return index ? { index: true, lazy } : { path, handle, lazy };
});

const standalone: RouteObject[] = standaloneRoutes.map((route) =>
  'redirect' in route ? { path: route.path, element: <Navigate to={route.redirect} replace /> }
    : { path: route.path, lazy: async () => ({ Component: await route.load() }) });

const routes: RouteObject[] = [
  ...standalone,
  {
    element: <ConsoleShell />,
    children: [...children, { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) }],
  },
];

export const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
