import { stableHex } from '../../core/ids';
import { isPython } from './function-code';

/** One line the runtime writes, at a time on the simulated clock (epoch ms). */
export type LogLine = { timestamp: number; message: string };

const isoMs = (t: number) => new Date(t).toISOString();
const num = (text: string, salt: string, modulo: number) => Number.parseInt(stableHex(`${salt}:${text}`, 6), 16) % modulo;

/** "nodejs:20.v45" / "python:3.12.v40": the runtime version an INIT_START line names. */
function runtimeVersion(runtime: string, requestId: string): string {
  const m = /^([a-z]+)([\d.]+?)(\.x)?$/.exec(runtime);
  return `${m?.[1] ?? runtime}:${m?.[2] ?? ''}.v${20 + num(requestId, 'v', 30)}`;
}

export type Timings = { initMs: number; durationMs: number; maxMemoryMb: number };

/** Plausible, deterministic timings; a call to another service takes longer than a log line. */
export function timings(requestId: string, memorySize: number, callsService: boolean): Timings {
  const durationMs = (callsService ? 180 : 1.5) + num(requestId, 'd', callsService ? 25000 : 400) / 100;
  return { initMs: 130 + num(requestId, 'i', 6000) / 100, durationMs, maxMemoryMb: Math.min(memorySize, (callsService ? 86 : 64) + num(requestId, 'm', 12)) };
}

/** Node.js writes "TIME\tREQUEST_ID\tLEVEL\tmessage"; Python's print writes the text alone. */
export function appLine(runtime: string, requestId: string, at: number, level: 'INFO' | 'ERROR', message: string): LogLine {
  return { timestamp: at, message: isPython(runtime) ? message : `${isoMs(at)}\t${requestId}\t${level}\t${message}` };
}

export function initStartLine(runtime: string, region: string, requestId: string, at: number): LogLine {
  const version = runtimeVersion(runtime, requestId);
  return { timestamp: at, message: `INIT_START Runtime Version: ${version}\tRuntime Version ARN: arn:aws:lambda:${region}::runtime:${stableHex(version, 64)}` };
}

export const startLine = (requestId: string, at: number): LogLine => ({ timestamp: at, message: `START RequestId: ${requestId} Version: $LATEST` });
export const endLine = (requestId: string, at: number): LogLine => ({ timestamp: at, message: `END RequestId: ${requestId}` });

/** The REPORT line, tab-separated with a trailing tab, Init Duration only on a cold start. */
export function reportLine(requestId: string, at: number, memorySize: number, t: Timings, cold: boolean): LogLine {
  const fields = [
    `REPORT RequestId: ${requestId}`, `Duration: ${t.durationMs.toFixed(2)} ms`, `Billed Duration: ${Math.ceil(t.durationMs)} ms`,
    `Memory Size: ${memorySize} MB`, `Max Memory Used: ${t.maxMemoryMb} MB`, ...(cold ? [`Init Duration: ${t.initMs.toFixed(2)} ms`] : []),
  ];
  return { timestamp: at, message: `${fields.join('\t')}\t` };
}
