import { dispatch } from '../../core/dispatch';
import type { World } from '../../core/world';
import type { AttributeValue } from '../../core/world-dynamodb';
import { isPython } from './function-code';
import { BOTO3_TYPES_FRAME, BOTOCORE_VALIDATE_FRAME, boto3Raise, handlerFrame, pythonJson, sdkError, type CodeError } from './runtime-errors';
import type { CodeContext, CodeRun } from './simulated-code';

// The 'dynamodb-put-get' code (function-code.ts): PutItem then GetItem on the table the test event names,
// through dispatch as the execution role's session. Each runtime's library converts between plain JSON and
// DynamoDB's attribute values as it really does, and fails where it really would: boto3 before any request
// (KeyError, a float, a parameter of the wrong type), the SDK for JavaScript through DynamoDB's own answer.

type Failure = { world: World; error: CodeError };
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const failed = ({ world, error }: Failure): CodeRun => ({ world, logs: [], result: { ok: false, error } });

/** Runs the function's PutItem and GetItem; the item read back is logged and returned as the body. */
export function putAndGetItem(world: World, code: CodeContext): CodeRun {
  return isPython(code.fn.runtime) ? runPython(world, code) : runNode(world, code);
}

function call<O extends 'dynamodb:PutItem' | 'dynamodb:GetItem'>(world: World, code: CodeContext, op: O, input: object) {
  return dispatch(world, code.caller, op, input, { source: 'lambda', region: code.region });
}

// ---- Python: boto3.resource('dynamodb') -----------------------------------------------------------------

/** Python's type() name for a parsed JSON value (json.loads: a number with a fraction is a float). */
function pyType(v: unknown): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  return Array.isArray(v) ? 'list' : 'dict';
}

/** Python's str() of a parsed JSON value (repr() inside containers). */
function pyStr(v: unknown, nested = false): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return nested ? `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => pyStr(x, true)).join(', ')}]`;
  return `{${Object.entries(v as object).map(([k, x]) => `${pyStr(k, true)}: ${pyStr(x, true)}`).join(', ')}}`;
}

/** event['name'] in Python: the value, or the KeyError or TypeError it raises. */
function pySubscript(code: CodeContext, value: unknown, name: string, needle: string): { value: unknown } | CodeError {
  const raise = (errorType: string, errorMessage: string) => ({ errorType, errorMessage, frames: [handlerFrame(code.fn, needle)] });
  if (isObject(value)) return Object.hasOwn(value, name) ? { value: value[name] } : raise('KeyError', `'${name}'`);
  if (Array.isArray(value)) return raise('TypeError', 'list indices must be integers or slices, not str');
  if (typeof value === 'string') {
    // Python 3.11 added "not 'str'" (unconfirmed version).
    const minor = Number(/^python3\.(\d+)/.exec(code.fn.runtime)?.[1] ?? 13);
    return raise('TypeError', `string indices must be integers${minor >= 11 ? ", not 'str'" : ''}`);
  }
  return raise('TypeError', `'${pyType(value)}' object is not subscriptable`);
}

const FLOATS = 'Float types are not supported. Use Decimal types instead.';

/**
 * boto3's TypeSerializer: str S, int N, bool BOOL, None NULL, list L, dict M. A float raises TypeError (the
 * classic surprise; here any number with a fraction, since JSON.parse cannot tell 2.0 from 2).
 */
function pySerialize(v: unknown): AttributeValue {
  if (v === null) return { NULL: true };
  if (typeof v === 'boolean') return { BOOL: v };
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError(FLOATS);
    return { N: String(v) };
  }
  if (typeof v === 'string') return { S: v };
  if (Array.isArray(v)) return { L: v.map(pySerialize) };
  return { M: Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, pySerialize(x)])) };
}

/**
 * The request boto3 builds for table.put_item(Item=...) / table.get_item(Key=...): the map serialised first
 * (only when it is a dict), then botocore's parameter validation, which reports every bad parameter at once.
 */
function pyRequest(code: CodeContext, needle: string, tableName: unknown, member: 'Item' | 'Key', map: unknown):
  { input: object } | CodeError {
  let serialized: unknown = map;
  if (isObject(map)) {
    try {
      serialized = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, pySerialize(v)]));
    } catch {
      return boto3Raise(code.fn, needle, 'TypeError', FLOATS, [BOTO3_TYPES_FRAME]);
    }
  }
  const problems: string[] = [];
  const invalid = (name: string, v: unknown, valid: string) =>
    problems.push(`Invalid type for parameter ${name}, value: ${pyStr(v)}, type: <class '${pyType(v)}'>, valid types: <class '${valid}'>`);
  if (typeof tableName !== 'string') invalid('TableName', tableName, 'str');
  else if (tableName === '') problems.push('Invalid length for parameter TableName, value: 0, valid min length: 1');
  if (!isObject(map)) invalid(member, map, 'dict');
  if (problems.length > 0) {
    return boto3Raise(code.fn, needle, 'ParamValidationError', `Parameter validation failed:\n${problems.join('\n')}`, [BOTOCORE_VALIDATE_FRAME]);
  }
  return { input: { TableName: tableName, [member]: serialized } };
}

/**
 * TypeDeserializer then json.dumps(item, default=str): a number is a Decimal, written as its text. Sets and
 * binary values cannot come from a JSON test event; they are shown approximately.
 */
function pyJsonValue(v: AttributeValue): unknown {
  if (v.S !== undefined) return v.S;
  if (v.N !== undefined) return v.N;
  if (v.BOOL !== undefined) return v.BOOL;
  if (v.NULL !== undefined) return null;
  if (v.M) return Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, pyJsonValue(x)]));
  if (v.L) return v.L.map(pyJsonValue);
  if (v.SS) return `{${v.SS.map((s) => `'${s}'`).join(', ')}}`;
  if (v.NS) return `{${v.NS.map((n) => `Decimal('${n}')`).join(', ')}}`;
  if (v.BS) return `{${v.BS.map((b) => `Binary(${b})`).join(', ')}}`;
  return v.B ?? null;
}

function runPython(world: World, code: CodeContext): CodeRun {
  const PUT = 'table.put_item(';
  const GET = 'table.get_item(';
  const TABLE = "dynamodb.Table(event['tableName'])";
  const table = pySubscript(code, code.event, 'tableName', TABLE);
  if (!('value' in table)) return failed({ world, error: table });
  if (table.value === null) { // boto3's check of a resource's identifiers (unconfirmed wording)
    return failed({ world, error: { errorType: 'ValueError', errorMessage: 'Required parameter name not set', frames: [handlerFrame(code.fn, TABLE)] } });
  }

  const item = pySubscript(code, code.event, 'item', PUT);
  if (!('value' in item)) return failed({ world, error: item });
  const put = pyRequest(code, PUT, table.value, 'Item', item.value);
  if (!('input' in put)) return failed({ world, error: put });
  const written = call(world, code, 'dynamodb:PutItem', put.input);
  if (!written.result.ok) return failed({ world: written.world, error: sdkError(code.fn, written.result.error, PUT, 'resource') });

  const key = pySubscript(code, code.event, 'key', GET);
  if (!('value' in key)) return failed({ world: written.world, error: key });
  const get = pyRequest(code, GET, table.value, 'Key', key.value);
  if (!('input' in get)) return failed({ world: written.world, error: get });
  const read = call(written.world, code, 'dynamodb:GetItem', get.input);
  if (!read.result.ok) return failed({ world: read.world, error: sdkError(code.fn, read.result.error, GET, 'resource') });

  const found = read.result.output.Item;
  const body = pythonJson(found ? pyJsonValue({ M: found }) : null);
  return {
    world: read.world,
    logs: [{ level: 'INFO', message: `Item: ${body}` }], // print('Item:', ...) joins its arguments with a space
    result: { ok: true, value: { statusCode: 200, body } },
  };
}

// ---- Node.js: DynamoDBDocumentClient (@aws-sdk/lib-dynamodb) --------------------------------------------

/** The document client's marshall: string S, number N, boolean BOOL, null NULL, array L, object M. */
function marshall(v: unknown): AttributeValue {
  if (v === null) return { NULL: true };
  if (typeof v === 'boolean') return { BOOL: v };
  if (typeof v === 'number') return { N: String(v) };
  if (typeof v === 'string') return { S: v };
  if (Array.isArray(v)) return { L: v.map(marshall) };
  return { M: Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, marshall(x)])) };
}

/** A command's map member: an object's values marshalled; anything else is sent as it is, for DynamoDB to refuse. */
const marshallMap = (v: unknown) => (isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, marshall(x)])) : v);

/**
 * unmarshall: a number is a JavaScript number, binary a Uint8Array and a set a Set (which JSON.stringify
 * writes as its indexes and as {}).
 */
function unmarshall(v: AttributeValue): unknown {
  if (v.S !== undefined) return v.S;
  if (v.N !== undefined) return Number(v.N);
  if (v.BOOL !== undefined) return v.BOOL;
  if (v.NULL !== undefined) return null;
  if (v.M) return Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, unmarshall(x)]));
  if (v.L) return v.L.map(unmarshall);
  if (v.B !== undefined) return Object.fromEntries([...atob(v.B)].map((c, i) => [String(i), c.charCodeAt(0)]));
  return {};
}

function runNode(world: World, code: CodeContext): CodeRun {
  const PUT = 'client.send(new PutCommand';
  const GET = 'client.send(new GetCommand';
  const { event } = code;
  if (event === null) {
    const errorMessage = "Cannot read properties of null (reading 'tableName')";
    return failed({ world, error: { errorType: 'TypeError', errorMessage, frames: [handlerFrame(code.fn, 'event.tableName', false)] } });
  }
  const member = (name: string) => (isObject(event) ? event[name] : undefined);
  const tableName = member('tableName');

  const written = call(world, code, 'dynamodb:PutItem', { TableName: tableName, Item: marshallMap(member('item')) });
  if (!written.result.ok) return failed({ world: written.world, error: sdkError(code.fn, written.result.error, PUT) });
  const read = call(written.world, code, 'dynamodb:GetItem', { TableName: tableName, Key: marshallMap(member('key')) });
  if (!read.result.ok) return failed({ world: read.world, error: sdkError(code.fn, read.result.error, GET) });

  const found = read.result.output.Item;
  const body = found ? JSON.stringify(unmarshall({ M: found })) : undefined;
  return {
    world: read.world,
    logs: [{ level: 'INFO', message: `Item: ${body ?? 'undefined'}` }], // console.log('Item:', ...)
    result: { ok: true, value: body === undefined ? { statusCode: 200 } : { statusCode: 200, body } },
  };
}
