import { createScanner, parseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { findJsonSyntaxError, type JsonSyntaxError } from '../json-position';

// Policy text read as a jsonc-parser tree, so that every later error can point at the node that
// caused it. The grammar is strict JSON: comments and trailing commas are errors.

export type JsonProblem = { message: string; offset: number; length: number };
export type JsonRead = { root: Node; problem?: undefined } | { root?: undefined; problem: JsonProblem };

const INVALID_COMMENT_TOKEN = 10; // jsonc-parser ParseErrorCode.InvalidCommentToken (a const enum)
const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

// jsonc-parser's errors up to the token at the failure: it recurses once per level and reads on past
// errors, so the rest of the text (possibly thousands of "[" deep) is not its to see.
function errorsUpTo(text: string, found: JsonSyntaxError): ParseError[] {
  const scanner = createScanner(text, true);
  scanner.setPosition(found.index);
  scanner.scan();
  const errors: ParseError[] = [];
  parseTree(text.slice(0, scanner.getTokenOffset() + scanner.getTokenLength()), errors, STRICT);
  return errors;
}

function syntaxProblem(text: string, found: JsonSyntaxError): JsonProblem {
  if (found.tooDeep) return { message: found.message, offset: found.index, length: 1 };
  const same = errorsUpTo(text, found).find((e) => e.offset === found.index);
  let message = found.message;
  if (same?.error === INVALID_COMMENT_TOKEN) message = 'Comments are not allowed in JSON';
  const before = text.slice(0, found.index).trimEnd();
  if ('}]'.includes(text.charAt(found.index)) && found.index < text.length && before.endsWith(',')) {
    message = 'Trailing commas are not allowed in JSON';
  }
  return { message, offset: found.index, length: same?.length ?? (found.index < text.length ? 1 : 0) };
}

/** Keys that repeat an earlier key of the same object, anywhere in the document, in text order. */
function collectDuplicateKeys(node: Node, found: Node[]): Node[] {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      if (seen.has(String(key.value))) found.push(key);
      seen.add(String(key.value));
    }
  }
  for (const child of node.children ?? []) collectDuplicateKeys(child, found);
  return found;
}

export function readJson(text: string): JsonRead {
  const found = findJsonSyntaxError(text); // V8's positions and wording; also refuses nesting deeper than any policy
  if (found) return { problem: syntaxProblem(text, found) };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT);
  const first = errors[0];
  if (first) return { problem: { message: 'Invalid JSON', offset: first.offset, length: first.length } };
  return root ? { root } : { problem: { message: 'Unexpected end of JSON input', offset: 0, length: 0 } };
}

export function duplicateKeyNodes(root: Node): Node[] {
  return collectDuplicateKeys(root, []);
}

/** The property node (key and value) named `key` of an object node. */
export function propertyOf(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  return node.children?.find((p) => p.children?.[0]?.value === key);
}

/** The value node of `key` in an object node. */
export function valueOf(node: Node | undefined, key: string): Node | undefined {
  return propertyOf(node, key)?.children?.[1];
}

/** String values of a node that is a string or a list (non-string items are skipped). */
export function stringsOf(node: Node | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'string') return [node];
  if (node.type === 'array') return (node.children ?? []).filter((c) => c.type === 'string');
  return [];
}

/** Follows a path of keys and indices down the tree, as far as it goes. */
export function deepestNode(root: Node, path: readonly PropertyKey[]): Node {
  let node = root;
  for (const segment of path) {
    const next = typeof segment === 'number'
      ? (node.type === 'array' ? node.children?.[segment] : undefined)
      : valueOf(node, String(segment));
    if (!next) break;
    node = next;
  }
  return node;
}

/** The string values of an element (a string or a list) with their paths, e.g. "Statement[0].Action[1]". */
export function stringItems(node: Node | undefined, path: string): { node: Node; value: string; path: string }[] {
  if (node?.type === 'string') return [{ node, value: String(node.value), path }];
  if (node?.type !== 'array') return [];
  return (node.children ?? []).flatMap((c, i) => c.type === 'string' ? [{ node: c, value: String(c.value), path: `${path}[${i}]` }] : []);
}
