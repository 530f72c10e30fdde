import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { interruptTerminal, runTerminalLine, terminalHistory, terminalPrompt, type TerminalTarget } from '../../api/cli/terminal';
import { bannerFor } from './banners';
import { emptyLine, pressKey, redraw, splitInput } from './line-editor';

type Props = { target: TerminalTarget; label: string };

/**
 * xterm.js showing the shell of src/cloud/cli: this view only edits the line and prints what the shell
 * answers. Keys typed while a command runs wait their turn, as in a real terminal.
 */
export function TerminalView({ target, label }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const targetRef = useRef(target);
  targetRef.current = target;

  useEffect(() => {
    const term = new Terminal({
      convertEol: true, cursorBlink: true, screenReaderMode: true, fontSize: 14, lineHeight: 1.2, scrollback: 5000,
      fontFamily: 'Menlo, Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK KR", monospace',
      theme: { background: '#0f1b2a', foreground: '#e9ebed' },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element.current!);
    fit.fit();
    const onResize = () => fit.fit();
    window.addEventListener('resize', onResize);

    let prompt = terminalPrompt(targetRef.current);
    let state = emptyLine(terminalHistory(targetRef.current));
    // Where the cursor was last shown in the line, so a redraw can back up over wrapped rows.
    let shown = 0;
    const draw = () => { term.write(redraw(prompt, state, term.cols, shown)); shown = state.cursor; };
    let queue = Promise.resolve();
    term.write(bannerFor(targetRef.current) + '\n' + prompt);

    const handle = async (key: string) => {
      const result = pressKey(state, key);
      state = result.state;
      if (result.kind === 'edit') draw();
      else if (result.kind === 'interrupt') {
        prompt = interruptTerminal(targetRef.current);
        shown = 0;
        term.write(`^C\r\n${prompt}`);
      } else if (result.kind === 'clear') {
        term.clear();
        shown = 0;
        draw();
      } else if (result.kind === 'submit') {
        term.write('\r\n');
        const run = await runTerminalLine(targetRef.current, result.line);
        if (run.clear) term.clear();
        prompt = run.prompt;
        state = emptyLine(terminalHistory(targetRef.current));
        shown = 0;
        term.write(run.output + prompt);
      }
    };
    const input = term.onData((data) => {
      for (const key of splitInput(data)) queue = queue.then(() => handle(key));
    });
    term.focus();
    return () => {
      input.dispose();
      window.removeEventListener('resize', onResize);
      term.dispose();
    };
  }, [target.kind === 'instance' ? target.instanceId : 'cloudshell']); // eslint-disable-line react-hooks/exhaustive-deps

  return <div ref={element} role="region" aria-label={label} data-testid="terminal" style={{ height: '100%', minHeight: 420, padding: 8, background: '#0f1b2a' }} />;
}
