/** What the Roles list's "Trusted entities" column says for a trust policy (facts §1.2). */
export type TrustedEntity =
  | { kind: 'service'; service: string; serviceLinked: boolean }
  | { kind: 'account'; account: string }
  | { kind: 'provider'; provider: string };

type Principal = { Service?: string | string[]; AWS?: string | string[]; Federated?: string | string[] };

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function trustedEntities(trustPolicy: string, path: string): TrustedEntity[] {
  let statements: { Principal?: Principal | string }[] = [];
  try {
    const doc = JSON.parse(trustPolicy) as { Statement?: unknown };
    statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]).filter(Boolean) as typeof statements;
  } catch {
    return [];
  }
  const serviceLinked = path.startsWith('/aws-service-role/');
  return statements.flatMap((s): TrustedEntity[] => {
    const p = typeof s.Principal === 'object' ? s.Principal : {};
    return [
      ...list(p.Service).map((svc) => ({ kind: 'service' as const, service: svc.replace(/\.amazonaws\.com$/, ''), serviceLinked })),
      ...list(p.AWS).map((arn) => ({ kind: 'account' as const, account: arn.match(/^arn:aws:iam::(\d{12}):/)?.[1] ?? arn })),
      ...list(p.Federated).map((provider) => ({ kind: 'provider' as const, provider })),
    ];
  });
}
