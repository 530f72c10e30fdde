import { I18nProvider } from '@cloudscape-design/components/i18n';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { useShownLanguage } from '../i18n/i18n';
import { router } from './router';

export function App({ queryClient }: { queryClient: QueryClient }) {
  // The shown language, not the chosen one: a newly chosen language shows once its strings have loaded.
  const { language, cloudscapeMessages } = useShownLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider locale={language} messages={cloudscapeMessages}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
