import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useFollow, withBase } from '../../components/router-link';
import { paths, type ConsoleArea } from '../paths';

type Nav = { header: { key: string; href: string }; items: SideNavigationProps.Item[] };

function navFor(area: ConsoleArea, t: (key: string) => string): Nav | undefined {
  const link = (key: string, href: string): SideNavigationProps.Item => ({ type: 'link', text: t(key), href: withBase(href) });
  switch (area) {
    case 'iam':
      return {
        header: { key: 'iamNav.header', href: paths.iamDashboard },
        // The real console's order (sign-in facts §6.1), without the areas this console does not have.
        items: [
          link('iamNav.dashboard', paths.iamDashboard),
          {
            type: 'section',
            text: t('iamNav.accessManagement'),
            items: [link('iamNav.userGroups', paths.iamGroups), link('iamNav.users', paths.iamUsers), link('iamNav.roles', paths.iamRoles),
              link('iamNav.policies', paths.iamPolicies), link('iamNav.accountSettings', paths.iamAccountSettings)],
          },
        ],
      };
    case 'ec2':
      return {
        header: { key: 'ec2Nav.header', href: paths.ec2Instances },
        items: [{ type: 'section', text: t('ec2Nav.instancesGroup'), items: [link('ec2Nav.instances', paths.ec2Instances)] }],
      };
    case 's3':
      return { header: { key: 's3Nav.header', href: paths.s3Buckets }, items: [link('s3Nav.buckets', paths.s3Buckets)] };
    case 'cloudtrail':
      return { header: { key: 'cloudtrailNav.header', href: paths.cloudtrailEvents }, items: [link('cloudtrailNav.eventHistory', paths.cloudtrailEvents)] };
    case 'lambda':
      return { header: { key: 'lambda.nav.header', href: paths.lambdaFunctions }, items: [link('lambda.nav.functions', paths.lambdaFunctions)] };
    case 'cloudwatch':
      return {
        header: { key: 'logs.nav.header', href: paths.cloudwatchLogGroups },
        items: [{ type: 'section', text: t('logs.nav.logs'), items: [link('logs.nav.logGroups', paths.cloudwatchLogGroups)] }],
      };
    case 'cloudformation':
      return { header: { key: 'cloudformation.nav.header', href: paths.cloudformationStacks }, items: [link('cloudformation.nav.stacks', paths.cloudformationStacks)] };
    case 'dynamodb':
      return {
        header: { key: 'dynamodb.nav.header', href: paths.dynamodbTables },
        items: [link('dynamodb.nav.tables', paths.dynamodbTables), link('dynamodb.nav.exploreItems', paths.dynamodbItems)],
      };
    default:
      return undefined;
  }
}

export function hasSideNav(area: ConsoleArea) {
  return area !== 'home';
}

export function SideNav({ area }: { area: ConsoleArea }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const { pathname } = useLocation();
  const nav = navFor(area, t);
  if (!nav) return null;
  // The deepest nav link that prefixes the current path is the active one (details pages keep their list active).
  const active = withBase('/' + pathname.split('/').slice(1, 3).join('/'));
  return (
    <SideNavigation
      header={{ text: t(nav.header.key), href: withBase(nav.header.href) }}
      items={nav.items}
      activeHref={active}
      onFollow={follow}
    />
  );
}
