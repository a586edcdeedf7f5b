// A fuzz test of the command line, in process through main() (the same path as the binary), with a fixed seed: every
// invocation ends with a documented exit status, no stack trace, no NaN, Infinity or null in a figure, and JSON alone
// on stdout in JSON mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { main } from './main.ts';

const RUNS = 2200;
const SEED = 20251123;

const numberText = fc.oneof(
  fc.constantFrom('0', '-0', '1', '100', '2.5', '-3', '1e308', '1e309', '-1e308', '5e-324', 'NaN', 'Infinity', '-Infinity', '0x10', '0o7', '1_000', '١٢', '１２', '', ' ', '  7  ', '1e3', '.5', '5.', '+4', '--1'),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String),
);
const nameText = fc.oneof(
  fc.constantFrom('v100', 'Tesla V100', 'A100 SXM4 80 GB:8', 'A100:x', 'A100:0', ':8', 'TPUv3', 'Quantum 9000', 'gcp', 'aws', 'us-east-1', 'europe-west4', 'FR', 'France', 'US-CAL-CISO', 'DE', '?', 'GPU RTX', '__proto__', 'constructor', '$(rm -rf /)', '; echo hi', '../../etc/passwd', '🙂🔥', 'ש', ''),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(1000, 10_000, 100_000).map((n) => 'a'.repeat(n)),
);
const formatText = fc.constantFrom('text', 'json', 'latex', 'markdown', 'model-card', 'bibtex', 'badge', 'xml', '', 'JSON');

const flagValue: Record<string, fc.Arbitrary<string>> = {
  hardware: nameText, count: numberText, hours: numberText, duration: fc.oneof(numberText, fc.constantFrom('3d4h', '90m', '1w', '3 days', '0h', '99999999w')),
  load: numberText, energy: numberText, provider: nameText, region: nameText, country: nameText, zone: nameText, year: numberText,
  intensity: numberText, pue: numberText, offset: numberText, format: formatText, limit: numberText, out: nameText, dir: nameText,
  'training-type': nameText, 'nvml-lib': nameText, root: nameText,
};
const flagNames = [...Object.keys(flagValue), 'no-embodied', 'bogus', 'help'];

/** One invocation: a command, a valid base (often), then mutated or random flags, sometimes in --x=v or short form. */
const invocation = fc
  .tuple(
    fc.constantFrom('estimate', 'where', 'data', 'show', 'runs', 'detect'),
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...flagNames), fc.option(fc.string({ maxLength: 0 }).chain(() => fc.constantFrom(...Object.keys(flagValue)).chain((k) => flagValue[k]!)), { nil: undefined }), fc.constantFrom('space', 'equals')), { maxLength: 5 }),
    fc.array(nameText, { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([command, base, flags, positionals, json]) => {
    const argv: string[] = [command];
    if (base && (command === 'estimate' || command === 'where')) argv.push('-g', 'v100', '--hours', '10');
    if (base && command === 'data') argv.push('hardware', 'a100');
    if (command === 'data' || command === 'show') argv.push(...positionals);
    for (const [name, value, style] of flags) {
      if (value === undefined) argv.push(`--${name}`);
      else if (style === 'equals') argv.push(`--${name}=${value}`);
      else argv.push(`--${name}`, value);
    }
    if (json) argv.push('--format', 'json');
    return argv;
  });

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Keys of JSON output that hold figures: they must be finite numbers, never null. */
const FIGURE = /(Kg|Kwh|KgPerUnit|GPerKwh|Percent|Hours|TdpW|PowerW)$|^(value|low|high|count|load|hours|pue|intensityGPerKwh|emissionsKg|energyKwh)$/;

function figuresFinite(value: unknown, path: string, problems: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => figuresFinite(v, `${path}[${i}]`, problems));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // JSON writes NaN and Infinity as null: a null figure is a figure that was not a number
      if (FIGURE.test(k) && v === null) problems.push(`${path}.${k} = null`);
      figuresFinite(v, `${path}.${k}`, problems);
    }
  }
}

test(`${RUNS} generated invocations: documented exit statuses only, no stack trace, finite figures, JSON alone in JSON mode`, async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'ct-fuzz-'));
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(invocation, async (argv) => {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(argv, { stdout, stderr, env: { CARBONTRAIL_NVML_LIB: '' }, cwd });
      statuses.set(code, (statuses.get(code) ?? 0) + 1);
      const what = JSON.stringify(argv).slice(0, 300);
      assert.ok([0, 1, 2].includes(code), `${what}: exit ${code} ${stderr.text.slice(0, 300)}`);
      assert.doesNotMatch(stderr.text, /\n\s+at .+[(:]\d+/, `${what}: a stack trace`);
      if (code === 2) assert.ok(stderr.text.trim().length > 0, `${what}: exit 2 without a message`);
      const userWords = argv.join(' ');
      for (const word of ['NaN', 'Infinity', 'undefined']) {
        if (!userWords.includes(word)) assert.doesNotMatch(stdout.text, new RegExp(`\\b${word}\\b`), `${what}: ${word} in the output`);
      }
      const jsonMode = argv.includes('json') && !argv.some((a) => a === '--help');
      if (jsonMode && code === 0 && stdout.text !== '') {
        const value = JSON.parse(stdout.text) as unknown;
        const problems: string[] = [];
        figuresFinite(value, '$', problems);
        assert.deepEqual(problems, [], `${what}: figures not finite`);
      }
      if (jsonMode && code !== 0) assert.equal(stdout.text, '', `${what}: stdout in JSON mode on failure`);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  console.log(`# exit statuses of ${RUNS} invocations: ${[...statuses].sort().map(([c, n]) => `${c}: ${n}`).join(', ')}`);
});
