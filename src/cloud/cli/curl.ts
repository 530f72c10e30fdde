import { imdsRequest } from './imds/imds';
import { resolvePath, writeFile } from './shell/fs';
import type { CommandFn, CommandOutput } from './shell/session';

type CurlOptions = { method?: string; headers: Record<string, string>; silent: boolean; showError: boolean; fail: boolean; include: boolean; output?: string; url?: string };

const WITH_VALUE = new Set(['-X', '--request', '-H', '--header', '-o', '--output', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '-d', '--data', '-A', '--user-agent']);

function parseOptions(args: string[]): CurlOptions | string {
  const o: CurlOptions = { headers: {}, silent: false, showError: false, fail: false, include: false };
  for (let i = 0; i < args.length; i++) {
    let arg = args[i] as string;
    let value: string | undefined;
    if (/^-[XHom]./.test(arg)) { value = arg.slice(2); arg = arg.slice(0, 2); } // -XPUT
    if (WITH_VALUE.has(arg)) {
      value ??= args[++i];
      if (value === undefined) return `curl: option ${arg}: requires parameter`;
      if (arg === '-X' || arg === '--request') o.method = value.toUpperCase();
      else if (arg === '-H' || arg === '--header') {
        const cut = value.indexOf(':');
        if (cut > 0) o.headers[value.slice(0, cut).trim()] = value.slice(cut + 1).trim();
      } else if (arg === '-o' || arg === '--output') o.output = value;
      else if (arg === '-d' || arg === '--data') o.method ??= 'POST';
    } else if (arg === '--silent') o.silent = true;
    else if (arg === '--show-error') o.showError = true;
    else if (arg === '--fail') o.fail = true;
    else if (arg === '--include') o.include = true;
    else if (/^-[a-zA-Z]+$/.test(arg)) {
      for (const flag of arg.slice(1)) {
        if (flag === 's') o.silent = true;
        else if (flag === 'S') o.showError = true;
        else if (flag === 'f') o.fail = true;
        else if (flag === 'i') o.include = true;
        else if (!'vLk'.includes(flag)) return `curl: option -${flag}: is unknown`;
      }
    } else if (arg.startsWith('--')) {
      if (!['--location', '--verbose', '--insecure', '--compressed'].includes(arg)) return `curl: option ${arg}: is unknown`;
    } else o.url = arg;
  }
  return o;
}

const curlError = (o: CurlOptions, code: number, text: string): CommandOutput =>
  ({ out: '', err: o.silent && !o.showError ? '' : `curl: (${code}) ${text}\n`, code });

/**
 * curl, enough for instance metadata: only 169.254.169.254 answers (an instance has no other network
 * here), and only on an EC2 instance; from CloudShell the address does not connect.
 */
export const curl: CommandFn = (session, args) => {
  const o = parseOptions(args.slice(1));
  if (typeof o === 'string') return { out: '', err: `${o}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, code: 2 };
  if (o.url === undefined) return { out: '', err: "curl: try 'curl --help' or 'curl --manual' for more information\n", code: 2 };
  const m = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(o.url);
  if (!m) return curlError(o, 3, `URL using bad/illegal format or missing URL`);
  const [, scheme = 'http', hostName = '', portText, path = '/'] = m;
  const port = portText ?? (scheme === 'https' ? '443' : '80');
  if (hostName !== '169.254.169.254') return curlError(o, 6, `Could not resolve host: ${hostName}`);
  if (session.ctx.kind !== 'instance' || port !== '80') {
    return curlError(o, 7, `Failed to connect to 169.254.169.254 port ${port} after 0 ms: Couldn't connect to server`);
  }
  const response = imdsRequest(session.world, session.ctx, { method: o.method ?? 'GET', path, headers: o.headers });
  if (o.fail && response.status >= 400) return curlError(o, 22, `The requested URL returned error: ${response.status}`);
  const head = o.include
    ? `HTTP/1.1 ${response.status} ${response.reason}\nContent-Length: ${new TextEncoder().encode(response.body).length}\nServer: EC2ws\n\n`
    : '';
  if (o.output !== undefined) {
    if (!writeFile(session.host, resolvePath(session.host, o.output), response.body)) {
      return curlError(o, 23, `Failure writing output to destination`);
    }
    return { out: head, err: '', code: 0 };
  }
  return { out: head + response.body, err: '', code: 0 };
};
