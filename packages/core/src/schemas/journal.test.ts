// The journal format: lines parse by their type, and a torn or foreign line is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJournal } from './index.ts';

test('a journal with a torn last line and a foreign line keeps the good lines', () => {
  const good = [
    { t: 's', at: 1, d: 1, e: [1, 2, 3] },
    { t: 'p', i: 0, pid: 5, mem: null },
    { t: 'end', at: 2, exitCode: 0, signal: null },
  ];
  const text = [...good.map((l) => JSON.stringify(l)), '{"t":"mystery"}', '{"t":"s","at":3,'].join('\n');
  assert.deepEqual(parseJournal(text), good);
});
