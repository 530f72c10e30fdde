import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A router path as a real href (with the static host's sub-path), so right-click and new tab work. */
export function withBase(path: string): string {
  return base + path;
}

/** onFollow for Cloudscape links, menus and navigation: client-side navigation for our own hrefs. */
export function useFollow() {
  const navigate = useNavigate();
  return useCallback(
    (event: CustomEvent<{ href?: string; external?: boolean }>) => {
      const href = event.detail.href;
      if (!href || event.detail.external || /^https?:/.test(href)) return;
      event.preventDefault();
      navigate(href.startsWith(base) ? href.slice(base.length) || '/' : href);
    },
    [navigate],
  );
}

export function RouterLink({ to, ...props }: Omit<LinkProps, 'href' | 'onFollow'> & { to: string }) {
  const follow = useFollow();
  return <Link {...props} href={withBase(to)} onFollow={follow} />;
}
