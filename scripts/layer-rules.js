// Import boundaries between the layers of ../shared/design/ARCHITECTURE.md, as
// `no-restricted-imports` patterns. eslint.config.js applies them; layer-rules.test.ts proves they bite.
import { existsSync, readdirSync } from 'node:fs';

const uiPackages = [
  'react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', '@tanstack/*',
  'react-router', 'react-router/*', '@cloudscape-design/*', 'i18next', 'react-i18next',
];
const folder = (names) => `(^|/)(${names.join('|')})(/|$)`;
const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

export const layerRules = [
  {
    files: ['src/cloud/**/*.ts'],
    patterns: [
      { group: uiPackages, message: 'src/cloud is plain TypeScript: no React, zustand, react-query, router, Cloudscape or i18n.' },
      { regex: folder(['store', 'api', 'features', 'app', 'components', 'i18n']), message: 'src/cloud imports nothing from the app.' },
    ],
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    patterns: [{ regex: folder(['api', 'features', 'app', 'components']), message: 'src/store imports only src/cloud.' }],
  },
  {
    files: ['src/api/**/*.{ts,tsx}'],
    patterns: [{ regex: folder(['features', 'app', 'components']), message: 'src/api imports only src/cloud and src/store.' }],
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    patterns: [{ regex: folder(['features', 'app', 'api', 'store']), message: 'Shared components are presentational.' }],
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    patterns: [
      { regex: folder(['app', 'store']), message: 'Features read and write through src/api; src/app composes them.' },
      { regex: `(^|/)cloud(/|$)`, allowTypeImports: true, message: 'Features import only types from src/cloud; calls go through src/api.' },
      ...(features.length > 1
        ? [{ regex: `(^|/)features/|^\\.\\./(\\.\\./)?(${features.filter((f) => f !== name).join('|')})(/|$)`, message: 'Features never import each other; compose them in src/app.' }]
        : []),
    ],
  })),
];
