const pad = (n: number) => String(n).padStart(2, '0');

/** The Logs console's date and time, in UTC like the simulated clock: "2026-01-15 09:00:00 (UTC)". */
export function consoleTime(epochMs: number | undefined): string {
  if (epochMs === undefined) return '-';
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return '-';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} (UTC)`;
}

/** An event's timestamp as the log events view shows it: ISO 8601 with milliseconds. */
export function eventTime(epochMs: number): string {
  const d = new Date(epochMs);
  return Number.isNaN(d.getTime()) ? String(epochMs) : d.toISOString();
}
