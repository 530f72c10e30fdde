import Button from '@cloudscape-design/components/button';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useTranslation } from 'react-i18next';
import { useFollow, withBase } from '../../components/router-link';
import { selectFlashes, selectNotices, selectUnreadableState, useConsoleStore, type NoticeKind } from '../../store/console-store';

const types: Record<NoticeKind, FlashbarProps.Type> = { corrupted: 'warning', reset: 'success', storageFull: 'error' };

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'iam-console-lab-unreadable-state.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Notices() {
  const { t } = useTranslation();
  const notices = useConsoleStore(selectNotices);
  const unreadable = useConsoleStore(selectUnreadableState);
  const flashes = useConsoleStore(selectFlashes);
  const { dismiss, dismissFlash } = useConsoleStore.getState();
  const follow = useFollow();
  const items: FlashbarProps.MessageDefinition[] = notices.map((kind) => ({
    id: kind,
    type: types[kind],
    content: t(`notices.${kind}`),
    dismissible: true,
    dismissLabel: t('notices.dismiss'),
    onDismiss: () => dismiss(kind),
    ...(kind === 'corrupted' && unreadable
      ? { buttonText: t('notices.downloadCorrupted'), onButtonClick: () => download(unreadable) }
      : {}),
  }));
  const pageItems: FlashbarProps.MessageDefinition[] = flashes.map((f) => ({
    id: f.id,
    type: f.type,
    header: t(f.key, f.values),
    content: f.detail,
    dismissible: true,
    dismissLabel: t('notices.dismiss'),
    onDismiss: () => dismissFlash(f.id),
    action: f.action ? (
      <Button href={withBase(f.action.href)} onFollow={(e) => { dismissFlash(f.id); follow(e); }}>
        {t(f.action.key)}
      </Button>
    ) : undefined,
  }));
  return (
    <div data-testid="notices">
      <Flashbar items={[...pageItems, ...items]} />
    </div>
  );
}
