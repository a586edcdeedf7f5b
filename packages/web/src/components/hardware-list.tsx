/** The device groups of a job: a searchable hardware name and a count per row, rows added and removed at will. */
import type { Core } from '../core.ts';
import type { FieldErrors } from '../estimate-input.ts';
import type { DeviceEntry } from '../url-state.ts';
import { Field, describedBy } from './field.tsx';

export interface HardwareListProps {
  devices: DeviceEntry[];
  errors: FieldErrors;
  core?: Core | undefined;
  onChange: (devices: DeviceEntry[]) => void;
}

function options(core: Core | undefined, query: string): string[] {
  if (!core) return [];
  const rows = core.searchHardware(query.trim(), 15);
  return rows.map((r) => r.name);
}

export function HardwareList({ devices, errors, core, onChange }: HardwareListProps) {
  const set = (i: number, patch: Partial<DeviceEntry>) =>
    onChange(devices.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <fieldset class="hardware">
      <legend>What ran</legend>
      {devices.map((d, i) => {
        const nameId = `hardware-${i}`;
        const countId = `count-${i}`;
        const nameErr = errors[`hardware.${i}`];
        const countErr = errors[`count.${i}`];
        return (
          <div class="device-row" key={i}>
            <Field
              id={nameId}
              class="grow"
              label={devices.length > 1 ? `Hardware ${i + 1}` : 'Hardware'}
              error={nameErr}
              onSuggestion={(s) => set(i, { name: s })}
            >
              <input
                id={nameId}
                name="hardware"
                type="text"
                list={`${nameId}-list`}
                autocomplete="off"
                spellcheck={false}
                placeholder="GPU, TPU or CPU: A100, Tesla V100, TPU v4…"
                value={d.name}
                aria-invalid={nameErr ? 'true' : undefined}
                aria-describedby={describedBy(nameId, false, !!nameErr)}
                onInput={(e) => {
                  // a search may be for a CPU: fetch the CPU table on the first keystroke
                  if (core && !core.cpusLoaded) core.loadCpus();
                  set(i, { name: e.currentTarget.value });
                }}
              />
              <datalist id={`${nameId}-list`}>
                {options(core, d.name).map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
            </Field>
            <Field id={countId} class="count" label="Count" error={countErr}>
              <input
                id={countId}
                name="count"
                type="text"
                inputMode="numeric"
                value={d.count}
                aria-invalid={countErr ? 'true' : undefined}
                aria-describedby={describedBy(countId, false, !!countErr)}
                onInput={(e) => set(i, { count: e.currentTarget.value })}
              />
            </Field>
            {devices.length > 1 ? (
              <button
                type="button"
                class="remove"
                aria-label={`Remove hardware ${i + 1}${d.name ? ` (${d.name})` : ''}`}
                onClick={() => onChange(devices.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            ) : null}
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange([...devices, { name: '', count: '1' }])}>
        + Add hardware
      </button>
    </fieldset>
  );
}
