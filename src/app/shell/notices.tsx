import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useTranslation } from 'react-i18next';
import { selectNotices, selectUnreadableState, useConsoleStore, type NoticeKind } from '../../store/console-store';

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
  const dismiss = useConsoleStore((s) => s.dismiss);
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
  return (
    <div data-testid="notices">
      <Flashbar items={items} />
    </div>
  );
}
