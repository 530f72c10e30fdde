import { describe, expect, it } from 'vitest';
import { emptyLine, pressKey, redraw, splitInput, type LineState } from './line-editor';

function type(state: LineState, data: string) {
  let s = state;
  const submitted: string[] = [];
  for (const key of splitInput(data)) {
    const r = pressKey(s, key);
    if (r.kind === 'submit') submitted.push(r.line);
    s = r.state;
  }
  return { state: s, submitted };
}

describe('line editor', () => {
  it('inserts at the cursor, moves with arrows and Home/End, deletes with Backspace', () => {
    const { state } = type(emptyLine([]), 'aws s3 l\x1b[D\x1b[Dx\x7f\x1b[F' + 's');
    expect(state.line).toBe('aws s3 ls');
    expect(redraw('$ ', { ...state, cursor: 3 })).toBe('\r$ aws s3 ls\x1b[J\r\x1b[5C');
  });

  it('redraws a line that wrapped from its first row, and keeps the cursor on the right row', () => {
    const state = { ...emptyLine([]), line: 'abcdefghij', cursor: 10 };
    // prompt "$ " + 10 characters on an 8-column screen: rows 0 and 1, cursor at row 1, column 4.
    expect(redraw('$ ', state, 8, 9)).toBe('\x1b[1A\r$ abcdefghij\x1b[J\r\x1b[4C');
    // Exactly two rows full: a space and a return put the cursor at the start of row 2.
    expect(redraw('$ ', { ...state, line: 'abcdefghijklmn', cursor: 14 }, 8, 14)).toBe('\x1b[2A\r$ abcdefghijklmn \r\x1b[J\r');
    // The cursor moved back into the first row.
    expect(redraw('$ ', { ...state, cursor: 2 }, 8, 10)).toBe('\x1b[1A\r$ abcdefghij\x1b[J\x1b[1A\r\x1b[4C');
  });

  it('recalls history with Up and Down, keeping the line being typed', () => {
    let { state } = type(emptyLine([]), 'whoami\raws --version\rpw');
    state = pressKey(state, '\x1b[A').state;
    expect(state.line).toBe('aws --version');
    state = pressKey(state, '\x1b[A').state;
    expect(state.line).toBe('whoami');
    expect(pressKey(state, '\x1b[A').kind).toBe('none');
    state = pressKey(pressKey(state, '\x1b[B').state, '\x1b[B').state;
    expect(state.line).toBe('pw');
  });

  it('submits each line of a paste, and Ctrl-C drops the line', () => {
    const { submitted, state } = type(emptyLine([]), 'echo one\necho two\r\nunfinished');
    expect(submitted).toEqual(['echo one', 'echo two']);
    expect(state.line).toBe('unfinished');
    expect(pressKey(state, '\x03')).toMatchObject({ kind: 'interrupt', state: { line: '' } });
  });

  it('ignores other escape sequences and control keys', () => {
    expect(type(emptyLine([]), 'a\x1b[15~\x07b').state.line).toBe('ab');
  });
});
