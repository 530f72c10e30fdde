// npm run evaluate: JSON Lines on standard input, one JSON line out per input line (blank lines
// are skipped). The line format is in src/cloud/policy/evaluate-line.ts and issue 3 item 7.
import { createInterface } from 'node:readline';
import { evaluateLine } from '../src/cloud/policy/evaluate-line';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(`${evaluateLine(line)}\n`);
}
