/** Where the job ran: a cloud provider and region, or a country and grid zone, and the year. */
import { useMemo, useState } from 'preact/hooks';
import type { Core } from '../core.ts';
import type { FieldErrors } from '../estimate-input.ts';
import type { CalcState } from '../url-state.ts';
import { Field, describedBy } from './field.tsx';
import { regionGPerKwh } from '../region-intensity.ts';

export interface LocationFieldsProps {
  state: CalcState;
  errors: FieldErrors;
  core?: Core | undefined;
  onChange: (patch: Partial<CalcState>) => void;
}

type Mode = 'cloud' | 'grid';

function withCurrent(values: { value: string; label: string }[], current: string) {
  if (current === '' || values.some((v) => v.value.toLowerCase() === current.toLowerCase())) return values;
  return [{ value: current, label: current }, ...values];
}

export function LocationFields({ state, errors, core, onChange }: LocationFieldsProps) {
  const [mode, setMode] = useState<Mode>(state.country || state.zone ? 'grid' : 'cloud');
  const lists = useMemo(() => {
    if (!core) return undefined;
    const providers = [...core.providers].sort((a, b) => a.name.localeCompare(b.name));
    const countryRows = new Map<string, string>();
    const years = new Set<number>();
    for (const z of core.zones) {
      years.add(z.year);
      if (z.kind === 'country' && !countryRows.has(z.zone)) countryRows.set(z.zone, z.name);
    }
    const countries = [...countryRows].map(([value, label]) => ({ value, label: `${label} (${value})` }));
    countries.sort((a, b) => a.label.localeCompare(b.label));
    return { providers, countries, years: [...years].sort((a, b) => b - a) };
  }, [core]);

  const regions = useMemo(() => {
    if (!core || !state.provider) return [];
    const p = state.provider.toLowerCase();
    return core.regions
      .filter((r) => r.provider === p)
      .map((r) => ({
        value: r.region,
        label: `${r.region}${r.name || r.city ? ` — ${r.name ?? r.city}` : ''} (${r.country}) · ${Math.round(regionGPerKwh(core, r))} g/kWh`,
      }))
      .sort((a, b) => a.value.localeCompare(b.value));
  }, [core, state.provider]);

  const zones = useMemo(() => {
    if (!core || !state.country) return [];
    const c = state.country.toUpperCase();
    const seen = new Map<string, string>();
    for (const z of core.zones) if (z.kind === 'subnational' && z.country === c && !seen.has(z.zone)) seen.set(z.zone, z.name);
    return [...seen].map(([value, label]) => ({ value, label: `${label} (${value})` })).sort((a, b) => a.label.localeCompare(b.label));
  }, [core, state.country]);

  const switchMode = (m: Mode) => {
    setMode(m);
    if (m === 'cloud') onChange({ country: '', zone: '' });
    else onChange({ provider: '', region: '' });
  };

  const select = (
    id: keyof CalcState & string,
    label: string,
    values: { value: string; label: string }[],
    empty: string,
    patch: (v: string) => Partial<CalcState>,
    hint?: string,
  ) => {
    const current = state[id] as string;
    const err = errors[id];
    return (
      <Field id={id} label={label} error={err} hint={hint} onSuggestion={(s) => onChange(patch(s))}>
        <select
          id={id}
          name={id}
          value={current}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={describedBy(id, !!hint, !!err)}
          aria-busy={core ? undefined : 'true'}
          onChange={(e) => onChange(patch(e.currentTarget.value))}
        >
          <option value="">{empty}</option>
          {withCurrent(values, current).map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  return (
    <fieldset class="location">
      <legend>Where it ran</legend>
      <div class="modes" role="radiogroup" aria-label="Location by">
        <label>
          <input type="radio" name="mode" value="cloud" checked={mode === 'cloud'} onChange={() => switchMode('cloud')} /> Cloud provider
        </label>
        <label>
          <input type="radio" name="mode" value="grid" checked={mode === 'grid'} onChange={() => switchMode('grid')} /> Country or grid zone
        </label>
      </div>
      {mode === 'cloud' ? (
        <div class="pair">
          {select(
            'provider',
            'Provider',
            (lists?.providers ?? []).map((p) => ({ value: p.id, label: p.name })),
            'None (world average)',
            (v) => ({ provider: v, region: '' }),
          )}
          {select('region', 'Region', regions, state.provider ? 'Choose a region' : 'Choose a provider first', (v) => ({ region: v }))}
        </div>
      ) : (
        <div class="pair">
          {select('country', 'Country', lists?.countries ?? [], 'None (world average)', (v) => ({ country: v, zone: '' }))}
          {select('zone', 'Grid zone', zones, zones.length ? 'Whole country' : 'No sub-national zones', (v) => ({ zone: v }))}
        </div>
      )}
      {select(
        'year',
        'Year',
        (lists?.years ?? []).map((y) => ({ value: String(y), label: String(y) })),
        'Latest data',
        (v) => ({ year: v }),
        'The year the job ran: grid data of that year is used where it exists.',
      )}
    </fieldset>
  );
}
