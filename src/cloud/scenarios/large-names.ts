// Vocabulary and a seeded random source for the large scenario: a company's many teams and apps,
// so that 5,000 roles and 2,000 instances read like a real estate, not like "role-1 ... role-5000".

/** mulberry32: tiny, fast and the same on every engine; the large world is rebuilt identically. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof seededRandom>;

export const TEAMS = [
  'payments', 'checkout', 'catalog', 'search', 'identity', 'billing', 'analytics', 'data', 'ml', 'platform',
  'security', 'growth', 'mobile', 'web', 'ops', 'support', 'finance', 'hr', 'logistics', 'inventory',
] as const;

export const APPS = [
  'api', 'worker', 'etl', 'ingest', 'scheduler', 'gateway', 'frontend', 'backend', 'reports', 'export',
  'import', 'sync', 'notifier', 'indexer', 'crawler', 'auth', 'ledger', 'pricing', 'recommender', 'audit',
  'metrics', 'backup', 'batch', 'stream', 'cache', 'webhook', 'mailer', 'thumbnailer', 'router', 'archiver',
] as const;

export const ENVS = ['dev', 'test', 'staging', 'prod'] as const;

/** Spread over the three Availability Zones of ap-northeast-2 that new instances use. */
export const ZONES = ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c'] as const;

export const INSTANCE_TYPES = ['t3.micro', 't3.small', 't3.medium', 't3.large', 'm6i.large', 'm6i.xlarge', 'c6i.large', 'r6i.large'] as const;

/** Regions a big company's buckets live in; S3 lists every bucket whatever the console's Region. */
export const BUCKET_REGIONS = ['ap-northeast-2', 'ap-northeast-2', 'us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1'] as const;

export const BUCKET_PURPOSES = ['logs', 'assets', 'backups', 'exports', 'uploads', 'artifacts', 'reports', 'datalake', 'static', 'config'] as const;

export const WORKFORCE = ['minji.kim', 'jisoo.park', 'daniel.lee', 'sora.choi', 'alex.morgan', 'priya.shah', 'tom.becker', 'yuna.jung'] as const;

/** AWS managed policies roles of each kind typically carry (names only; the catalogue holds the documents). */
export const POLICIES = {
  ec2: ['AmazonS3ReadOnlyAccess', 'CloudWatchAgentServerPolicy', 'AmazonSSMManagedInstanceCore', 'AmazonDynamoDBReadOnlyAccess'],
  lambda: ['service-role/AWSLambdaBasicExecutionRole', 'AmazonS3ReadOnlyAccess', 'AmazonDynamoDBFullAccess', 'AmazonSQSFullAccess'],
  ecs: ['service-role/AmazonECSTaskExecutionRolePolicy', 'AmazonS3FullAccess', 'SecretsManagerReadWrite'],
  people: ['ReadOnlyAccess', 'PowerUserAccess', 'AdministratorAccess', 'IAMReadOnlyAccess', 'AmazonEC2ReadOnlyAccess'],
  ci: ['AmazonEC2ContainerRegistryPowerUser', 'AmazonS3FullAccess', 'AWSCloudFormationFullAccess'],
} as const;

/** An ISO time (second precision) `daysBack` days, plus some seconds, before `nowMs`. */
export function daysBefore(nowMs: number, daysBack: number, random: Random): string {
  const ms = nowMs - daysBack * 86_400_000 - random.int(86_400) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
