// First: starts unpacking a big saved world before the rest of the code is evaluated.
import './store/unpack-early';
import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startConsole } from './app/start-console';

const root = document.getElementById('root')!;
startConsole().then(
  ({ queryClient }) =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  // The language's strings come in a chunk of their own: if it cannot load (offline), say so in both languages.
  (error: unknown) => {
    console.error('The console could not start', error);
    root.textContent = 'The console could not load: reload the page. / 콘솔을 불러오지 못했습니다. 페이지를 새로 고치세요.';
  },
);
