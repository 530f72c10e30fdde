import { invalid } from './dynamodb-error';

// DynamoDB numbers travel as strings: up to 38 significant digits, magnitude 1E-130 to 9.99...E+125.
// The service keeps them normalised ("01.50" comes back as "1.5"), and its arithmetic is exact decimal,
// so numbers here are compared and added as scaled BigInts, never as floating point.

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The canonical text of a DynamoDB number, or a ValidationException as DynamoDB words it. */
export function normalizeNumber(text: string): string {
  const m = NUMBER.exec(text.trim());
  const whole = m?.[2] ?? '';
  const fraction = m?.[3] ?? '';
  if (!m || whole.length + fraction.length === 0) throw invalid('A value provided cannot be converted into a number');
  let digits = (whole + fraction).replace(/^0+/, '');
  let exponent = Number(m[4] ?? 0) - fraction.length; // value = digits x 10^exponent
  if (digits === '') return '0';
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  if (digits.length > 38) throw invalid('Attempting to store more than 38 significant digits in a Number');
  const magnitude = exponent + digits.length - 1;
  if (magnitude > 125) throw invalid('Number overflow. Attempting to store a number with magnitude larger than supported range');
  if (magnitude < -130) throw invalid('Number underflow. Attempting to store a number with magnitude smaller than supported range');
  const sign = m[1] === '-' ? '-' : '';
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  return point > 0
    ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
    : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

type Scaled = { units: bigint; scale: number };

function scaled(canonical: string): Scaled {
  const [whole = '0', fraction = ''] = canonical.split('.');
  return { units: BigInt(whole + fraction), scale: fraction.length };
}

function aligned(a: string, b: string): [bigint, bigint, number] {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  return [x.units * 10n ** BigInt(scale - x.scale), y.units * 10n ** BigInt(scale - y.scale), scale];
}

/** Orders two canonical numbers. */
export function compareNumbers(a: string, b: string): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a + b (or a - b), exact, normalised. */
export function addNumbers(a: string, b: string, subtract = false): string {
  const [x, y, scale] = aligned(a, b);
  const sum = subtract ? x - y : x + y;
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return normalizeNumber(`${negative ? '-' : ''}${text}`);
}
