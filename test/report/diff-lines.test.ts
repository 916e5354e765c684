import { describe, expect, it } from 'vitest';
import { firstChangedLine, parseFileDiff } from '../../src/report/diff-lines.js';

/** The parsed diff as [line, text] pairs, for exact comparison. */
function read(patch: string) {
  const diff = parseFileDiff(patch);
  return diff && { added: [...diff.added], shown: [...diff.shown] };
}

describe('parseFileDiff', () => {
  it.each([
    {
      name: 'a changed line and an added one, between unchanged lines',
      patch: '@@ -4,4 +4,5 @@ groups:\n       - alert: A\n-        expr: up == 0\n+        expr: up == 1\n+        for: 5m\n         labels:\n           team: a',
      added: [[5, '        expr: up == 1'], [6, '        for: 5m']],
      shown: [[4, '      - alert: A'], [5, '        expr: up == 1'], [6, '        for: 5m'], [7, '        labels:'], [8, '          team: a']],
    },
    {
      name: 'two hunks: the second starts where its header says, after lines removed above',
      patch: '@@ -1,3 +1,2 @@\n a\n-b\n c\n@@ -10,2 +9,3 @@\n x\n+y\n z',
      added: [[10, 'y']],
      shown: [[1, 'a'], [2, 'c'], [9, 'x'], [10, 'y'], [11, 'z']],
    },
    {
      name: 'a new file (counts left out when 1)',
      patch: '@@ -0,0 +1,2 @@\n+groups:\n+  - name: a',
      added: [[1, 'groups:'], [2, '  - name: a']],
      shown: [[1, 'groups:'], [2, '  - name: a']],
    },
    {
      name: 'a one-line file',
      patch: '@@ -1 +1 @@\n-a: 1\n+a: 2',
      added: [[1, 'a: 2']],
      shown: [[1, 'a: 2']],
    },
    {
      name: 'lines removed only',
      patch: '@@ -3,3 +3,1 @@\n-x\n-y\n z',
      added: [],
      shown: [[3, 'z']],
    },
    {
      name: '"No newline at end of file" takes no line',
      patch: '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n\\ No newline at end of file',
      added: [[2, 'b']],
      shown: [[1, 'a'], [2, 'b']],
    },
    {
      name: 'YAML document markers that look like file headers',
      patch: '@@ -1,3 +1,3 @@\n----\n+---\n a: 1\n--- b\n+++ c',
      added: [[1, '---'], [3, '++ c']],
      shown: [[1, '---'], [2, 'a: 1'], [3, '++ c']],
    },
    {
      name: 'Windows line ends',
      patch: '@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n',
      added: [[2, 'c']],
      shown: [[1, 'a'], [2, 'c']],
    },
    { name: 'every line removed', patch: '@@ -1,2 +0,0 @@\n-a\n-b', added: [], shown: [] },
    { name: 'an empty patch', patch: '', added: [], shown: [] },
  ])('$name', ({ patch, added, shown }) => {
    expect(read(patch)).toEqual({ added, shown });
  });

  it.each([
    { name: 'more lines than the header counts', patch: '@@ -1,1 +1,1 @@\n-a\n+b\n+c' },
    { name: 'fewer lines than the header counts (a patch cut short)', patch: '@@ -1,3 +1,3 @@\n a\n-b\n+c' },
    { name: 'a header without numbers', patch: '@@ -1 +1 @@\n-a\n+b\n@@ nonsense' },
  ])('refuses $name', ({ patch }) => {
    expect(parseFileDiff(patch)).toBeUndefined();
  });
});

describe('firstChangedLine', () => {
  it.each([
    { patch: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -20,1 +20,2 @@\n x\n+y', first: 2 },
    { patch: '@@ -3,3 +3,1 @@\n-x\n-y\n z', first: undefined },
  ])('$first', ({ patch, first }) => {
    expect(firstChangedLine(parseFileDiff(patch)!)).toBe(first);
  });
});
