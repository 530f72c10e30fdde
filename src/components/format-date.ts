/** Console-style dates in the learner's language, in UTC like the simulated clock: "November 29, 2023, 10:55 (UTC)". */
export function formatConsoleDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return `${text} (UTC)`;
}
