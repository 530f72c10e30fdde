/** Console-style dates in the learner's language, in UTC like the simulated clock: "November 29, 2023, 10:55 (UTC)". */
export function formatConsoleDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatter(language === 'ko' ? 'ko-KR' : 'en-US').format(date)} (UTC)`;
}

// Making a DateTimeFormat costs far more than using one: a table of thousands of rows reuses two.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format;
}
