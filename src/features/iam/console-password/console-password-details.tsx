import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordCsv } from '../../../api/iam/console-password';

type Props = { userName: string; password: string; signInUrl: string };

/**
 * A new console password, the one time it can be seen (facts §3.2, §4.2): the sign-in URL, the user name,
 * the password hidden until Show, and "Download .csv file". It lives only in this component's props.
 */
export function ConsolePasswordDetails({ userName, password, signInUrl }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(passwordCsv(userName, password, signInUrl))}`;
  return (
    <SpaceBetween size="m">
      <KeyValuePairs columns={1} items={[
        {
          label: t('consoleAccess.signInUrl'),
          value: <CopyToClipboard variant="inline" textToCopy={signInUrl} copyButtonAriaLabel={t('userEdit.copyLink')}
            copySuccessText={t('userEdit.linkCopied')} copyErrorText={t('userEdit.linkNotCopied')} />,
        },
        { label: t('consoleAccess.userName'), value: userName },
        {
          label: t('userEdit.consolePassword'),
          value: (
            <SpaceBetween direction="horizontal" size="xs" alignItems="center">
              <Box variant="code" data-testid="console-password">{shown ? password : '*'.repeat(12)}</Box>
              <Button variant="inline-link" onClick={() => setShown(!shown)}>{shown ? t('consoleAccess.hide') : t('consoleAccess.show')}</Button>
            </SpaceBetween>
          ),
        },
      ]} />
      <Button iconName="download" href={csv} download={`${userName}_credentials.csv`}>{t('userEdit.downloadCsv')}</Button>
    </SpaceBetween>
  );
}
