import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import koMessages from '@cloudscape-design/components/i18n/messages/all.ko';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { selectLanguage, useConsoleStore } from '../store/console-store';
import { router } from './router';

export function App({ queryClient }: { queryClient: QueryClient }) {
  const language = useConsoleStore(selectLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider locale={language} messages={[enMessages, koMessages]}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
