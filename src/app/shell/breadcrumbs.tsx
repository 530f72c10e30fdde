import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useTranslation } from 'react-i18next';
import { useMatches, useParams } from 'react-router';
import { useFollow, withBase } from '../../components/router-link';

/** A breadcrumb is a translated label or a route parameter (e.g. the role name). */
export type Crumb = { textKey?: string; param?: string; href?: string };

/** Fills `:param` placeholders of a crumb's href from the current URL. */
export function crumbHref(href: string, params: Readonly<Record<string, string | undefined>>): string {
  return href.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

// A policy's crumb is its name, not its whole ARN.
const lastSegment = (value: string) => (value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value);

export function Breadcrumbs() {
  const { t } = useTranslation();
  const follow = useFollow();
  const params = useParams();
  const matches = useMatches();
  const crumbs = [...matches].reverse().map((m) => (m.handle as { crumbs?: Crumb[] } | undefined)?.crumbs).find(Boolean);
  if (!crumbs) return null;
  // The last crumb is the current page, which Cloudscape renders as plain text.
  const items = crumbs.map((c) => ({
    text: c.param ? lastSegment(params[c.param] ?? '') : t(c.textKey ?? ''),
    href: c.href ? withBase(crumbHref(c.href, params)) : '#',
  }));
  // Its own landmark name: the side navigation is already "Navigation" (axe: landmark-unique).
  return <BreadcrumbGroup items={items} onFollow={follow} ariaLabel={t('a11y.breadcrumbs')} />;
}
