// jmespath (Apache-2.0) ships no types; the one function the CLI uses.
declare module 'jmespath' {
  export function search(data: unknown, expression: string): unknown;
}
