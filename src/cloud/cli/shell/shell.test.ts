import { describe, expect, it } from 'vitest';
import { onInstance, inCloudShell } from '../cli-test-kit';
import { interrupt } from '../run-line';

describe('the shell', () => {
  it('has the builtins a learner needs, in each host flavour', () => {
    const t = onInstance();
    expect(t.type('whoami; hostname; pwd')).toBe('ubuntu\nip-172-31-5-23\n/home/ubuntu\n');
    expect(t.last.prompt).toBe('ubuntu@ip-172-31-5-23:~$ ');
    const al = onInstance(undefined, 'batch-worker');
    expect(al.type('whoami')).toBe('ec2-user\n');
    expect(al.last.prompt).toBe('[ec2-user@ip-172-31-40-117 ~]$ ');
    const cs = inCloudShell();
    expect(cs.type('whoami')).toBe('cloudshell-user\n');
    expect(cs.last.prompt).toMatch(/^\[cloudshell-user@ip-10-\d+-\d+-\d+ ~\]\$ $/);
  });

  it('quotes, expands $VAR, ${VAR}, $? and $(...), and splits unquoted expansions', () => {
    const t = onInstance();
    expect(t.type(`A='x  y'; echo $A "$A" '$A' \${A}z`)).toBe('x y x  y $A x yz\n');
    expect(t.type('echo "user: $(whoami)" $(echo a b)')).toBe('user: ubuntu a b\n');
    expect(t.type('false; echo $?')).toBe('1\n');
    expect(t.type('echo "" | cat')).toBe('\n');
    expect(t.type('echo a\\ b "c\\"d"')).toBe('a b c"d\n');
  });

  it('keeps shell variables apart from exported ones; export and unset work', () => {
    const t = onInstance();
    t.type('A=1');
    expect(t.type('env | cat')).not.toContain('A=1');
    expect(t.type('echo $A')).toBe('1\n');
    t.type('export A B=2');
    expect(t.type('printenv A B')).toBe('1\n2\n');
    t.type('unset A');
    expect(t.type('echo "[$A]"')).toBe('[]\n');
    expect(t.type('C=3 printenv C')).toBe('3\n');
    expect(t.type('echo "[$C]"')).toBe('[]\n');
  });

  it('says command not found with exit 127, and reports syntax errors', () => {
    const t = onInstance();
    expect(t.type('foo --bar')).toBe('bash: foo: command not found\n');
    expect(t.code).toBe(127);
    expect(t.type('echo a ;; echo b')).toBe("bash: syntax error near unexpected token `;'\n");
    expect(t.code).toBe(2);
  });

  it('runs ;, && and || lists', () => {
    const t = onInstance();
    expect(t.type('false && echo no; true && echo yes || echo never')).toBe('yes\n');
    expect(t.type('foo || echo fallback')).toBe('bash: foo: command not found\nfallback\n');
  });

  it('has a home folder: files, folders, redirection, cat and ls', () => {
    const t = onInstance();
    expect(t.type('ls')).toBe('');
    t.type('echo hello > note.txt; echo more >> note.txt; mkdir -p work/a');
    expect(t.type('cat note.txt')).toBe('hello\nmore\n');
    expect(t.type('ls')).toBe('note.txt  work\n');
    expect(t.type('cd work && pwd')).toBe('/home/ubuntu/work\n');
    expect(t.last.prompt).toBe('ubuntu@ip-172-31-5-23:~/work$ ');
    expect(t.type('cat ../note.txt nope')).toBe('hello\nmore\ncat: nope: No such file or directory\n');
    expect(t.code).toBe(1);
    expect(t.type('cd /nowhere')).toBe('bash: cd: /nowhere: No such file or directory\n');
    expect(t.type('cd; ls -a')).toBe('.  ..  note.txt  work\n');
    expect(t.type('ls missing')).toBe("ls: cannot access 'missing': No such file or directory\n");
  });

  it('continues a line ending in a backslash or an open quote, and Ctrl-C drops it', () => {
    const t = onInstance();
    expect(t.type('echo one \\')).toBe('');
    expect(t.last.prompt).toBe('> ');
    expect(t.type('two')).toBe('one two\n');
    t.type('echo "a');
    expect(t.type('b"')).toBe('a\nb\n');
    t.type('echo "never');
    t.host = interrupt(t.host);
    expect(t.type('echo fresh')).toBe('fresh\n');
  });

  it('keeps a history and clears the screen', () => {
    const t = onInstance();
    t.type('echo 1');
    t.type('');
    t.type('pwd');
    expect(t.type('history')).toBe('    1  echo 1\n    2  pwd\n    3  history\n');
    t.type('clear');
    expect(t.last.clear).toBe(true);
  });

  it('never changes the world or host it is given', () => {
    const t = onInstance();
    const { world, host } = t;
    const before = JSON.stringify({ world, host });
    t.type('echo hi > f; export X=1; aws s3 ls');
    expect(JSON.stringify({ world, host })).toBe(before);
  });
});
