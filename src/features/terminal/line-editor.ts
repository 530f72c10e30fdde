/** The line being typed at a prompt, readline-style: cursor movement, history, Ctrl-C. Pure, no DOM. */
export type LineState = { line: string; cursor: number; history: readonly string[]; index: number; draft: string };

export type KeyResult =
  | { kind: 'edit'; state: LineState }
  | { kind: 'submit'; line: string; state: LineState }
  | { kind: 'interrupt'; state: LineState }
  | { kind: 'clear'; state: LineState }
  | { kind: 'none'; state: LineState };

export function emptyLine(history: readonly string[]): LineState {
  return { line: '', cursor: 0, history, index: history.length, draft: '' };
}

const edit = (state: LineState, line: string, cursor: number): KeyResult => ({ kind: 'edit', state: { ...state, line, cursor } });

function recall(state: LineState, index: number): KeyResult {
  if (index < 0 || index > state.history.length) return { kind: 'none', state };
  const draft = state.index === state.history.length ? state.line : state.draft;
  const line = index === state.history.length ? draft : (state.history[index] ?? '');
  return { kind: 'edit', state: { ...state, line, cursor: line.length, index, draft } };
}

/** One key (or escape sequence) from the terminal. Printable text, pasted or typed, is inserted. */
export function pressKey(state: LineState, key: string): KeyResult {
  const { line, cursor } = state;
  switch (key) {
    case '\r': return { kind: 'submit', line, state: emptyLine(line.trim() ? [...state.history, line] : state.history) };
    case '\x03': return { kind: 'interrupt', state: emptyLine(state.history) };
    case '\x0c': return { kind: 'clear', state };
    case '\x7f': case '\b': return cursor > 0 ? edit(state, line.slice(0, cursor - 1) + line.slice(cursor), cursor - 1) : { kind: 'none', state };
    case '\x1b[3~': return cursor < line.length ? edit(state, line.slice(0, cursor) + line.slice(cursor + 1), cursor) : { kind: 'none', state };
    case '\x1b[D': return cursor > 0 ? edit(state, line, cursor - 1) : { kind: 'none', state };
    case '\x1b[C': return cursor < line.length ? edit(state, line, cursor + 1) : { kind: 'none', state };
    case '\x1b[H': case '\x01': return edit(state, line, 0);
    case '\x1b[F': case '\x05': return edit(state, line, line.length);
    case '\x15': return edit(state, line.slice(cursor), 0);
    case '\x0b': return edit(state, line.slice(0, cursor), cursor);
    case '\x1b[A': return recall(state, state.index - 1);
    case '\x1b[B': return recall(state, state.index + 1);
    default: {
      // Other control and escape sequences are ignored; tabs become spaces.
      // eslint-disable-next-line no-control-regex -- terminal input is made of control characters
      const text = key.replaceAll('\t', ' ').replace(/\x1b\[[0-9;]*[A-Za-z~]|[\x00-\x1f\x7f]/g, '');
      return text ? edit(state, line.slice(0, cursor) + text + line.slice(cursor), cursor + text.length) : { kind: 'none', state };
    }
  }
}

/** Splits what xterm delivers at once (a paste can hold several lines) into keys and text runs. */
export function splitInput(data: string): string[] {
  // eslint-disable-next-line no-control-regex -- terminal input is made of control characters
  return data.match(/\x1b\[[0-9;]*[A-Za-z~]|\r\n|[\r\n]|[\x00-\x1f\x7f]|[^\x00-\x1f\x7f\x1b]+/g)?.map((k) => (k === '\n' || k === '\r\n' ? '\r' : k)) ?? [];
}

/**
 * Escape codes that rewrite the prompt and the line in place, for a screen `cols` wide: back up over
 * the rows a long line wrapped onto (from where the cursor was shown), rewrite, clear what is left below,
 * and put the cursor where it belongs. A line that fills its last row exactly gets a space and a return,
 * so the cursor really is on the next row (terminals otherwise hold it at the right edge).
 */
export function redraw(prompt: string, state: LineState, cols = Number.POSITIVE_INFINITY, shownCursor = state.cursor): string {
  const row = (position: number) => (Number.isFinite(cols) ? Math.floor(position / cols) : 0);
  const start = prompt.length;
  const end = start + state.line.length;
  const target = start + state.cursor;
  const up = (rows: number) => (rows > 0 ? `\x1b[${rows}A` : '');
  const wrap = Number.isFinite(cols) && end > 0 && end % cols === 0 ? ' \r' : '';
  const column = Number.isFinite(cols) ? target % cols : target;
  return `${up(row(start + shownCursor))}\r${prompt}${state.line}${wrap}\x1b[J${up(row(end) - row(target))}\r${column > 0 ? `\x1b[${column}C` : ''}`;
}
