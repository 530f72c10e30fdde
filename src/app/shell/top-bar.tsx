import TopNavigation, { type TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useTranslation } from 'react-i18next';
import { useFollow, withBase } from '../../components/router-link';
import { signOut, signOutAll, switchBack, switchSession, turnOnMultiSession } from '../../api/console-session';
import { selectLanguage, selectRegion, selectSession, useConsoleStore } from '../../store/console-store';
import { accountMenuItems, accountMenuLabel } from './account-menu';
import { paths, type ConsoleArea } from '../paths';
import { formatAccountId } from './identity-label';

const HOUR = 3_600_000;
const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1', 'ap-northeast-2'];

export function TopBar({ area, onLabs }: { area: ConsoleArea; onLabs: () => void }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const session = useConsoleStore(selectSession);
  const identity = session.identity;
  const region = useConsoleStore(selectRegion);
  const language = useConsoleStore(selectLanguage);
  const { setSession, chooseLanguage, reset, advanceClock, flash } = useConsoleStore.getState();

  const services: TopNavigationProps.Utility = {
    type: 'menu-dropdown',
    text: t('nav.services'),
    items: [
      { id: 'iam', text: t('services.iam'), href: withBase(paths.iamRoles) },
      { id: 'ec2', text: t('services.ec2'), href: withBase(paths.ec2Instances) },
      { id: 's3', text: t('services.s3'), href: withBase(paths.s3Buckets) },
      { id: 'cloudtrail', text: t('services.cloudtrail'), href: withBase(paths.cloudtrailEvents) },
      { id: 'cloudwatch', text: t('services.cloudwatch'), href: withBase(paths.cloudwatchLogGroups) },
      { id: 'lambda', text: t('services.lambda'), href: withBase(paths.lambdaFunctions) },
      { id: 'dynamodb', text: t('services.dynamodb'), href: withBase(paths.dynamodbTables) },
      { id: 'cloudformation', text: t('services.cloudformation'), href: withBase(paths.cloudformationStacks) },
    ],
    onItemFollow: follow,
  };
  const labs: TopNavigationProps.Utility = { type: 'button', iconName: 'suggestions', text: t('labs.open'), onClick: onLabs };
  const cloudShell: TopNavigationProps.Utility = {
    type: 'button', iconName: 'script', title: 'CloudShell', ariaLabel: 'CloudShell', href: withBase('/cloudshell'), onFollow: follow,
  };
  // IAM is global: the console shows "Global" and offers no region there.
  const regionMenu: TopNavigationProps.Utility =
    area === 'iam'
      ? { type: 'menu-dropdown', text: t('nav.global'), title: t('nav.region'), items: regions.map((r) => ({ id: r, text: `${t(`regions.${r}`)} ${r}`, disabled: true })) }
      : {
          type: 'menu-dropdown',
          text: t(`regions.${region}`, { defaultValue: region }),
          title: t('nav.region'),
          ariaLabel: `${t('nav.region')}: ${region}`,
          items: regions.map((r) => ({ id: r, text: `${t(`regions.${r}`)} ${r}`, checked: r === region, itemType: 'checkbox' as const })),
          onItemClick: ({ detail }) => setSession({ region: detail.id }),
        };
  const languageMenu: TopNavigationProps.Utility = {
    type: 'menu-dropdown',
    text: language === 'ko' ? '한국어' : 'English',
    title: t('nav.language'),
    ariaLabel: `${t('nav.language')}: ${language === 'ko' ? '한국어' : 'English'}`,
    items: [
      { id: 'en', text: 'English', lang: 'en', checked: language === 'en', itemType: 'checkbox' as const },
      { id: 'ko', text: '한국어', lang: 'ko', checked: language === 'ko', itemType: 'checkbox' as const },
    ],
    onItemClick: ({ detail }) => chooseLanguage(detail.id === 'ko' ? 'ko' : 'en'),
  };
  const accountMenu: TopNavigationProps.Utility = {
    type: 'menu-dropdown',
    text: accountMenuLabel(session),
    description: `${t('nav.accountId')}: ${formatAccountId(identity.accountId)}`,
    items: accountMenuItems(session, t, {
      switchRole: withBase('/switchrole'), signIn: withBase('/signin'), securityCredentials: withBase(paths.iamSecurityCredentials),
    }),
    onItemFollow: follow,
    onItemClick: ({ detail }) => {
      if (detail.id === 'reset') reset();
      // Loaded on demand, as switching is: recording ExitRole needs dispatch.
      if (detail.id === 'switch-back') {
        import('../../api/sts/switch-role').then(({ exitRole }) => exitRole()).catch(() => switchBack());
      }
      if (detail.id === 'advance-clock') advanceClock(HOUR);
      if (detail.id === 'sign-out') signOut();
      if (detail.id === 'sign-out-all') signOutAll();
      if (detail.id === 'multi-session-on') {
        turnOnMultiSession();
        flash({ id: 'multi-session', type: 'info', key: 'nav.multiSessionOn' });
      }
      const other = /^session-(\d+)$/.exec(detail.id);
      if (other) switchSession(Number(other[1]));
      if (detail.id === 'copy-account') void navigator.clipboard?.writeText(identity.accountId).catch(() => undefined);
      const history = /^history-(\d+)$/.exec(detail.id);
      const role = history ? session.roleHistory[Number(history[1])] : undefined;
      if (role) {
        // Loaded on demand: switching needs dispatch and the engine, which the shell does not.
        import('../../api/sts/switch-role').then(({ switchRole }) => switchRole(role)).catch((error: { message?: string }) =>
          flash({ id: 'switch-failed', type: 'error', key: 'switchRole.invalid', detail: error.message }));
      }
    },
  };

  return (
    <TopNavigation
      identity={{ href: withBase(paths.home), title: t('app.title'), onFollow: (e) => follow(e as CustomEvent<{ href?: string }>) }}
      utilities={[services, labs, cloudShell, regionMenu, languageMenu, accountMenu]}
      i18nStrings={{ overflowMenuTriggerText: t('nav.more'), overflowMenuTitleText: t('nav.all') }}
    />
  );
}
