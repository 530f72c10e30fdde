/** A plain JSON object (not null, not an array): the shape templates, policies and items are walked by. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
