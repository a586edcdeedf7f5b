// One flag parser for every command: the same value gets the same message everywhere, usage comes from the declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputRanges } from '@carbontrail/core';
import { carbontrail } from './cli-test-helper.ts';

const job = ['-g', 'v100', '--hours', '1'];

test('a bad value gets the same message from estimate, where and run, naming the value and what is allowed', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'ct-flags-'));
  for (const [value, expected] of [
    ['3000', /invalid --intensity "3000": expected a number from 0 to 2000/],
    ['-1', /invalid --intensity "-1": expected a number from 0 to 2000/],
    ['abc', /invalid --intensity "abc": expected a number from 0 to 2000/],
  ] as const) {
    for (const args of [['estimate', ...job], ['where', ...job], ['run', '-q']]) {
      const r = carbontrail([...args, '--intensity', value, ...(args[0] === 'run' ? ['--', 'true'] : [])], { cwd });
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, expected, args[0]);
      assert.doesNotMatch(r.stderr, /ambiguous|at Object|node:internal/);
    }
  }
  const r = carbontrail(['runs', '--format', 'json'], { cwd });
  assert.deepEqual(JSON.parse(r.stdout), [], 'no run was started by a bad flag');
});

test('unknown options suggest the closest, and a flag without its value says what it needs', () => {
  const u = carbontrail(['estimate', '-g', 'v100', '--hour', '1']);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /unknown option --hour; did you mean --hours\?/);
  const m = carbontrail(['estimate', '--hardware', '--hours', '1']);
  assert.equal(m.code, 2);
  assert.match(m.stderr, /--hardware needs a value/);
  const eq = carbontrail(['estimate', '--hardware=v100', '--hours=2', '--intensity=100', '--pue=1', '--format=json']);
  assert.equal(eq.code, 0, eq.stderr);
  assert.equal(JSON.parse(eq.stdout).emissionsKg, 0.06);
});

test('the usage of every command is generated from its flags: ranges are written once, in core', () => {
  const { min, max } = inputRanges.intensity;
  for (const cmd of ['estimate', 'where', 'run']) {
    const h = carbontrail([cmd, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, new RegExp(`--intensity G\\s+grid carbon intensity in gCO2eq/kWh, given by you \\[${min}–${max}\\]`), cmd);
    assert.match(h.stdout, /--pue X .*\[1–3\]/, cmd);
    assert.match(h.stdout, /Exit status:/, cmd);
  }
  assert.match(carbontrail(['run', '--help']).stdout, /--interval SECONDS\s+seconds between samples \(default 1\) \[0\.1–5\]/);
  assert.match(carbontrail(['runs', '--help']).stdout, /--out DIR/);
  assert.match(carbontrail(['show', '--help']).stdout, /--out DIR/);
});

test('--help with --format json leaves stdout empty', () => {
  const r = carbontrail(['estimate', '--help', '--format', 'json']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Usage: carbontrail estimate/);
  for (const args of [['--help', '--format', 'json'], ['--help', '--format=json'], ['help', '-f', 'json']]) {
    const top = carbontrail(args);
    assert.equal(top.code, 0, args.join(' '));
    assert.equal(top.stdout, '', `${args.join(' ')} prints nothing on stdout`);
    assert.match(top.stderr, /Usage: carbontrail/);
  }
  assert.match(carbontrail(['--help']).stdout, /Usage: carbontrail/, 'plain --help still prints on stdout');
});
