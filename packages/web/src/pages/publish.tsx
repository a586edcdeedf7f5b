/** Publish: the result of the calculator's inputs as LaTeX, Markdown, model-card YAML, BibTeX and an SVG badge. */
import { useMemo } from 'preact/hooks';
import { CopyButton, DownloadButton } from '../components/copy-button.tsx';
import { useCore } from '../core.ts';
import { computeEstimate } from '../estimate-input.ts';
import { sig } from '@carbontrail/core/format';
import { onLinkClick, useLocation } from '../router.ts';
import { parseQuery, toQuery } from '../url-state.ts';

interface Block {
  id: string;
  title: string;
  text: string;
  filename: string;
  type: string;
  rows: number;
}

export function PublishPage() {
  const { search } = useLocation();
  const { core, error } = useCore();
  const state = useMemo(() => parseQuery(search), [search]);
  const computed = useMemo(() => (core ? computeEstimate(state, core) : undefined), [core, state]);
  const query = toQuery(state);

  const blocks = useMemo((): Block[] => {
    if (!core || !computed?.ok) return [];
    const r = core.reportInputFromEstimate(computed.estimate);
    return [
      { id: 'latex', title: 'LaTeX paragraph', text: core.toLatex(r), filename: 'carbon-emissions.tex', type: 'text/x-tex', rows: 8 },
      { id: 'markdown', title: 'Markdown', text: core.toMarkdown(r), filename: 'carbon-emissions.md', type: 'text/markdown', rows: 8 },
      { id: 'model-card', title: 'Hugging Face model card (co2_eq_emissions)', text: core.toModelCard(r), filename: 'co2_eq_emissions.yaml', type: 'text/yaml', rows: 8 },
      { id: 'bibtex', title: 'BibTeX', text: core.toBibtex(), filename: 'carbontrail.bib', type: 'text/x-bibtex', rows: 8 },
      { id: 'badge', title: 'SVG badge', text: core.toBadgeSvg(r), filename: 'co2eq-badge.svg', type: 'image/svg+xml', rows: 5 },
    ];
  }, [core, computed]);

  return (
    <div class="publish">
      <h1>Publish</h1>
      <p class="lead">
        Report the emissions of your work with the paper, the README or the model card. Each text below is generated from the
        calculator's inputs;{' '}
        <a href={`/?${query}`} onClick={onLinkClick}>
          change them in the calculator
        </a>
        .
      </p>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {!core ? <p class="loading">Loading the model…</p> : null}
      {computed && !computed.ok ? (
        <p class="error" role="alert" data-testid="publish-error">
          These inputs have no result yet: {Object.values(computed.errors)[0]?.message}{' '}
          <a href={`/?${query}`} onClick={onLinkClick}>
            Fix them in the calculator
          </a>
          .
        </p>
      ) : null}
      {computed?.ok ? (
        <p class="headline" data-testid="publish-summary">
          <strong data-testid="emissions" data-kg={String(computed.estimate.emissionsKg)}>
            {sig(computed.estimate.emissionsKg)}
          </strong>{' '}
          kg CO2eq for {computed.estimate.devices.map((d) => `${d.count} × ${d.name}`).join(', ')} over {sig(computed.estimate.hours)} h.
        </p>
      ) : null}
      {blocks.map((b) => (
        <section class="publish-block" key={b.id} aria-labelledby={`${b.id}-title`}>
          <h2 id={`${b.id}-title`}>
            <label for={`${b.id}-text`}>{b.title}</label>
          </h2>
          {b.id === 'badge' ? (
            <p class="badge-preview">
              <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.text)}`} alt="Badge preview: CO2eq of this work" />
            </p>
          ) : null}
          <textarea id={`${b.id}-text`} readOnly rows={b.rows} value={b.text} data-testid={`publish-${b.id}`} />
          <div class="actions">
            <CopyButton text={b.text} label={b.title} target={`${b.id}-text`} />
            <DownloadButton text={b.text} filename={b.filename} type={b.type} label={b.title} />
          </div>
        </section>
      ))}
    </div>
  );
}
