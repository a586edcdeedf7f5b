/** The calculator: hardware, hours, location and overrides in, emissions with range, formula and sources out. */
import { useMemo } from 'preact/hooks';
import { CopyButton } from '../components/copy-button.tsx';
import { Field, describedBy } from '../components/field.tsx';
import { HardwareList } from '../components/hardware-list.tsx';
import { LocationFields } from '../components/location-fields.tsx';
import { ResultDetails, ResultHeadline } from '../components/result-panel.tsx';
import { useCore } from '../core.ts';
import { computeEstimate, type FieldErrors } from '../estimate-input.ts';
import { sig } from '@carbontrail/core/format';
import { onLinkClick } from '../router.ts';
import { useCalcState } from '../use-calc-state.ts';
import { isPlainNumber, toQuery, type CalcState } from '../url-state.ts';

function TextInput(props: {
  id: keyof CalcState & string;
  label: string;
  hint?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  state: CalcState;
  errors: FieldErrors;
  onChange: (patch: Partial<CalcState>) => void;
}) {
  const err = props.errors[props.id];
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={err}>
      <input
        id={props.id}
        name={props.id}
        type="text"
        inputMode={props.inputMode ?? 'decimal'}
        autocomplete="off"
        placeholder={props.placeholder}
        value={props.state[props.id] as string}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={describedBy(props.id, !!props.hint, !!err)}
        onInput={(e) => props.onChange({ [props.id]: e.currentTarget.value })}
      />
    </Field>
  );
}

export function CalculatorPage() {
  const [state, setState] = useCalcState();
  const { core, error: loadError } = useCore();
  const patch = (p: Partial<CalcState>) => setState({ ...state, ...p });
  const computed = useMemo(() => (core ? computeEstimate(state, core) : undefined), [core, state]);
  const errors = computed?.errors ?? {};
  const e = computed?.ok ? computed.estimate : undefined;
  const latex = useMemo(() => (core && e ? core.toLatex(core.reportInputFromEstimate(e)) : ''), [core, e]);
  const hoursHint =
    core && state.hours.trim() !== '' && !isPlainNumber(state.hours) && !errors.hours && e ? `= ${sig(e.hours)} hours` : undefined;
  const query = toQuery(state);

  return (
    <div class="calculator">
      <h1>ML emissions calculator</h1>
      <p class="lead">
        Estimate the carbon emitted by training or running a model: the hardware, how long it ran and where. Every input lives in
        the address bar, so the result can be shared as a link.
      </p>
      <div class="calc-grid">
        <form class="inputs" onSubmit={(ev) => ev.preventDefault()} aria-label="Calculator inputs">
          <HardwareList devices={state.hardware} errors={errors} core={core} onChange={(hardware) => patch({ hardware })} />
          <fieldset>
            <legend>Time</legend>
            <TextInput
              id="hours"
              label="Hours"
              hint={hoursHint ?? 'Hours of use, e.g. 100, or a duration such as 3d4h or 90m.'}
              inputMode="text"
              state={state}
              errors={errors}
              onChange={patch}
            />
            <TextInput
              id="energy"
              label="Measured energy (kWh), optional"
              placeholder="TDP × hours"
              hint="Device energy you measured (a wattmeter, carbontrail run); replaces TDP × hours × load."
              state={state}
              errors={errors}
              onChange={patch}
            />
          </fieldset>
          <LocationFields state={state} errors={errors} core={core} onChange={patch} />
          <fieldset>
            <legend>Overrides</legend>
            <div class="pair">
              <TextInput
                id="intensity"
                label="Carbon intensity (g CO2eq/kWh)"
                placeholder={e ? `${sig(e.intensity.gPerKwh)} (from data)` : 'from location'}
                hint="Leave empty to use the location's grid."
                state={state}
                errors={errors}
                onChange={patch}
              />
              <TextInput
                id="pue"
                label="PUE"
                placeholder={e ? `${sig(e.pue.value)} (${e.pue.provenance.method})` : 'provider or default'}
                hint="Data-centre overhead; 1 reproduces the original calculator."
                state={state}
                errors={errors}
                onChange={patch}
              />
            </div>
            <div class="pair">
              <TextInput
                id="offset"
                label="Your offsets (%)"
                placeholder="0"
                hint="Share you offset yourself; reported beside the result."
                state={state}
                errors={errors}
                onChange={patch}
              />
              <TextInput
                id="load"
                label="Load (0–1 of TDP)"
                placeholder="1 (TDP)"
                hint="Average share of TDP drawn; 1 is the TDP method."
                state={state}
                errors={errors}
                onChange={patch}
              />
            </div>
            <div class="field checkbox">
              <label>
                <input
                  type="checkbox"
                  name="embodied"
                  checked={state.embodied !== '0'}
                  onChange={(ev) => patch({ embodied: ev.currentTarget.checked ? '' : '0' })}
                />{' '}
                Include embodied (manufacturing) emissions
              </label>
            </div>
          </fieldset>
        </form>

        <section class="result" aria-labelledby="result-title" data-testid="result" data-state={e ? 'ready' : core ? 'invalid' : 'loading'}>
          <h2 id="result-title">Result</h2>
          {loadError ? (
            <p class="error" role="alert">
              {loadError}
            </p>
          ) : !core ? (
            <p class="loading" role="status" aria-live="polite">
              Loading the model and its data…
            </p>
          ) : e ? (
            <>
              <ResultHeadline estimate={e} />
              <p class="share">
                <a href={`/publish?${query}`} onClick={onLinkClick}>
                  Publish this result (LaTeX, Markdown, model card, badge)
                </a>
              </p>
              <ResultDetails
                estimate={e}
                onUseAlternative={(a) => {
                  patch(a.region ? { provider: a.provider ?? '', region: a.region, country: '', zone: '' } : { provider: '', region: '', country: a.country ?? '', zone: a.zone ?? '' });
                  document.querySelector('.location')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
              />
              <h3>
                <label for="latex">For your paper (LaTeX)</label>
              </h3>
              <textarea id="latex" readOnly rows={7} value={latex} data-testid="latex" />
              <CopyButton text={latex} label="LaTeX paragraph" target="latex" />
            </>
          ) : (
            <div class="headline" role="status" aria-live="polite" data-testid="no-result">
              <p>No result yet: {Object.values(errors)[0]?.message ?? 'check the inputs.'}</p>
              <p class="muted">Fix the field marked in red to see the emissions.</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
