import cloudscape from '@cloudscape-design/components/i18n/messages/all.en';

// Everything shown in this language, in its own lazy chunk: only the language in use is fetched at boot.
const files = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' });

/** The console's strings (one file per area, each holding { "<namespace>": {...} }) merged into one tree. */
export const strings: Record<string, unknown> = Object.assign({}, ...Object.values(files));

/** Cloudscape's own component strings (pagination, property filter, ...). */
export { cloudscape };
