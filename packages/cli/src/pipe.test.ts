// A reader that stops early (`carbontrail … | head`) ends the command quietly: no EPIPE stack trace, exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const bin = new URL('../bin/carbontrail.mjs', import.meta.url).pathname;

test('output piped into a reader that closes early ends quietly', async () => {
  for (const args of [['data', 'hardware', '--limit', '5000'], ['data', 'zones', '--format', 'json'], ['where', '-g', 'v100', '--hours', '1', '--format', 'json']]) {
    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // read one chunk, then close the pipe, as `head -c 1` does
      await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((ok) => child.once('exit', (c) => ok(c)));
      assert.equal(stderr, '', `${args.join(' ')}: ${stderr}`);
      assert.equal(code, 0, args.join(' '));
    }
  }
});
