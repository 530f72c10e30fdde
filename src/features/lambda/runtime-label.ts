// The console's names for runtime identifiers ("nodejs22.x" -> "Node.js 22.x").
const LABELS: Record<string, string> = {
  'dotnet8': '.NET 8 (C#/F#/PowerShell)',
  'provided.al2': 'Amazon Linux 2',
  'provided.al2023': 'Amazon Linux 2023',
};

export function runtimeLabel(runtime: string): string {
  if (LABELS[runtime]) return LABELS[runtime];
  const m = /^(nodejs|python|java|ruby)([\d.]+x?)$/.exec(runtime);
  if (!m) return runtime;
  const name = { nodejs: 'Node.js', python: 'Python', java: 'Java', ruby: 'Ruby' }[m[1] as 'nodejs' | 'python' | 'java' | 'ruby'];
  return `${name} ${m[2]}`;
}

/** The runtimes offered here: those whose simulated code exists (Node.js and Python), newest first. */
export const offeredRuntimes = {
  latest: ['nodejs22.x', 'python3.13'],
  other: ['nodejs20.x', 'nodejs18.x', 'python3.12', 'python3.11', 'python3.10', 'python3.9'],
} as const;
