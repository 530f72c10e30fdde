import type { Ami } from './launch-draft';

export type QuickStartFamily = 'amazon-linux' | 'ubuntu' | 'other';

/** Which Quick Start tile an AMI sits under, read from its name as the console's catalogue groups them. */
export function familyOf(image: Ami): QuickStartFamily {
  if (/^(al20\d\d-ami|amzn)/.test(image.Name)) return 'amazon-linux';
  if (image.Name.startsWith('ubuntu/')) return 'ubuntu';
  return 'other';
}

export const FAMILY_LABELS: Record<QuickStartFamily, string> = { 'amazon-linux': 'Amazon Linux', ubuntu: 'Ubuntu', other: 'Other' };

/** The title the AMI select shows, e.g. "Ubuntu Server 24.04 LTS (HVM), SSD Volume Type". */
export function amiTitle(image: Ami): string {
  const ubuntu = /Ubuntu, (\d\d\.\d\d)/.exec(image.Description);
  if (familyOf(image) === 'ubuntu' && ubuntu) return `Ubuntu Server ${ubuntu[1]} LTS (HVM), SSD Volume Type`;
  const amazon = /^al(20\d\d)-ami/.exec(image.Name);
  if (amazon) return `Amazon Linux ${amazon[1]} AMI`;
  return image.Name;
}

/** The tiles in the console's order, only for families the region has images of. */
export function familiesOf(images: readonly Ami[]): QuickStartFamily[] {
  const present = new Set(images.map(familyOf));
  return (['amazon-linux', 'ubuntu', 'other'] as const).filter((f) => present.has(f));
}

/** The newest image of a family: what choosing its tile selects. */
export function defaultImageOf(images: readonly Ami[], family: QuickStartFamily): Ami | undefined {
  return images.filter((i) => familyOf(i) === family).sort((a, b) => b.CreationDate.localeCompare(a.CreationDate))[0];
}
