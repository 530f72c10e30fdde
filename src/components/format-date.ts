/**
 * Console-style dates in the learner's language, in UTC like the simulated clock: "November 29, 2023, 10:55 (UTC)".
 * 'second' where events a second apart must be told apart (a stack takes one step a second).
 */
export function formatConsoleDate(iso: string, language: string, precision: 'minute' | 'second' = 'minute'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatter(language === 'ko' ? 'ko-KR' : 'en-US', precision).format(date)} (UTC)`;
}

// Making a DateTimeFormat costs far more than using one: a table of thousands of rows reuses a few.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: 'minute' | 'second'): Intl.DateTimeFormat {
  const key = `${locale}/${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: precision === 'second' ? 'medium' : 'short', hourCycle: 'h23', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}
