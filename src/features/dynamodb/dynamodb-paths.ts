// The DynamoDB console's URLs (features cannot import src/app/paths.ts). The real console keeps its pages in
// the fragment (#tables, #table?name=, #item-explorer?table=, #edit-item?table=&itemMode=); here they are paths.
const enc = encodeURIComponent;

/** An item's key as the edit page's URL carries it: the partition key's value, and the sort key's. */
export type KeyValues = { pk: string; sk?: string };

const keyQuery = (key: KeyValues) => `&pk=${enc(key.pk)}${key.sk === undefined ? '' : `&sk=${enc(key.sk)}`}`;

export const dynamodbPaths = {
  tables: '/dynamodb/tables',
  createTable: '/dynamodb/tables/create',
  table: (name: string) => `/dynamodb/tables/${enc(name)}`,
  items: (table?: string) => `/dynamodb/items${table === undefined ? '' : `?table=${enc(table)}`}`,
  createItem: (table: string) => `/dynamodb/create-item?table=${enc(table)}`,
  editItem: (table: string, key: KeyValues) => `/dynamodb/edit-item?table=${enc(table)}${keyQuery(key)}`,
};
