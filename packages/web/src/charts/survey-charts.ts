/** The Survey page's charts (Chart.js, log scales): energy against emissions, task-year trimmed means with intervals, Pareto fronts, growth. */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement,
  ScatterController, Title, Tooltip, type Plugin,
} from 'chart.js';
import { sig } from '@carbontrail/core/format';

Chart.register(
  BarController, BarElement, ScatterController, LineController, PointElement, LineElement, CategoryScale, LinearScale, LogarithmicScale,
  Tooltip, Legend, Title,
);

/** Colours of the main energy sources (the same on every chart of the page). */
const SOURCE_COLOURS: Record<string, string> = {
  coal: '#4d4d4d', gas: '#c2571a', oil: '#8c510a', hydro: '#2166ac', nuclear: '#762a83', wind: '#35978f', solar: '#e6ab02',
  biomass: '#5aae61', geothermal: '#d6604d', unknown: '#9e9e9e',
};
const PALETTE = ['#1f6b45', '#2166ac', '#c2571a', '#762a83', '#8c510a', '#35978f', '#d6604d', '#4d4d4d', '#e6ab02', '#5aae61'];

export const sourceColour = (s: string, i = 0): string => SOURCE_COLOURS[s] ?? PALETTE[i % PALETTE.length]!;

const base = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** Labels of a log axis in plain numbers ("20,000", "0.5"): 1, 2 and 5 of each decade over up to 3 decades, powers of ten beyond. */
function logTick(this: { min: number; max: number }, value: number | string): string {
  const v = Number(value);
  if (!(v > 0)) return '';
  const m = Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
  const decades = Math.log10(Math.max(this.max, 1e-12) / Math.max(this.min, 1e-12));
  return m === 1 || (decades <= 3 && (m === 2 || m === 5)) ? sig(v) : '';
}
const logAxis = (text: string) => ({ type: 'logarithmic' as const, title: { display: true, text }, ticks: { callback: logTick, autoSkip: true } });

export interface PlanePoint { source: string; energyKwh: number; emissionsKg: number; runs: number; meanIntensity: number }

/** Dot radius by carbon intensity: 2 px at 0 g/kWh to 10 px at 800 and above (the survey's Figure 2 sizes dots so). */
export const intensityRadius = (g: number): number => 2 + Math.min(8, Math.max(0, g) / 100);

/** Figure 2 of the survey: energy (kWh) against emissions (kg CO2eq), log–log, one colour per main energy source. */
export function energyEmissionsChart(canvas: HTMLCanvasElement, points: readonly PlanePoint[]): Chart {
  const sources = [...new Set(points.map((p) => p.source))];
  return new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: sources.map((s, i) => ({
        label: s,
        data: points.filter((p) => p.source === s).map((p) => ({ x: p.energyKwh, y: p.emissionsKg, runs: p.runs, g: p.meanIntensity })),
        backgroundColor: sourceColour(s, i),
        pointRadius: (ctx: { raw?: unknown }) => intensityRadius((ctx.raw as { g?: number } | undefined)?.g ?? 0),
      })),
    },
    options: {
      ...base,
      scales: {
        x: logAxis('Energy (kWh)'),
        y: logAxis('Emissions (kg CO2eq)'),
      },
      plugins: {
        title: { display: true, text: 'Energy against emissions, by main energy source (dot size: carbon intensity)' },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = ctx.raw as { x: number; y: number; runs: number; g: number };
              return `${ctx.dataset.label}: ${r.x.toPrecision(3)} kWh, ${r.y.toPrecision(3)} kg, ${r.g.toPrecision(3)} g/kWh (${r.runs} run${r.runs === 1 ? '' : 's'})`;
            },
          },
        },
      },
    },
  });
}

export interface TaskYearPoint { task: string; year: number; mean: number; low: number; high: number; runs: number }

/** Draws each point's interval as a vertical line with caps (Chart.js has no error bars). */
const intervalBars: Plugin<'line'> = {
  id: 'intervalBars',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const y = chart.scales.y!;
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      ctx.save();
      ctx.strokeStyle = String(ds.borderColor ?? '#333');
      ctx.lineWidth = 1.2;
      meta.data.forEach((el, j) => {
        const raw = ds.data[j] as unknown as { low?: number; high?: number } | null;
        if (!raw || raw.low === undefined || raw.high === undefined || raw.low === raw.high) return;
        const x = el.x;
        const top = y.getPixelForValue(raw.high);
        const bottom = y.getPixelForValue(raw.low);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 3, top);
        ctx.lineTo(x + 3, top);
        ctx.moveTo(x - 3, bottom);
        ctx.lineTo(x + 3, bottom);
        ctx.stroke();
      });
      ctx.restore();
    });
    ctx.restore();
  },
};

/** Figure 3 of the survey: each task's trimmed mean of emissions per year with its interval, and all tasks together. */
export function taskYearChart(canvas: HTMLCanvasElement, rows: readonly TaskYearPoint[], allTasks: readonly TaskYearPoint[]): Chart<'line'> {
  const tasks = [...new Set(rows.map((r) => r.task))];
  const point = (r: TaskYearPoint) => ({ x: r.year, y: r.mean, low: r.low, high: r.high, runs: r.runs });
  return new Chart<'line'>(canvas, {
    type: 'line',
    data: {
      datasets: [
        ...tasks.map((t, i) => ({
          label: t,
          data: rows.filter((r) => r.task === t).map(point) as never[],
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          pointRadius: 3,
        })),
        { label: 'all tasks', data: allTasks.map(point) as never[], borderColor: '#9e9e9e', backgroundColor: '#9e9e9e', borderDash: [6, 4], pointRadius: 2 },
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', ticks: { stepSize: 1, callback: (v) => String(v) }, title: { display: true, text: 'Year' } },
        y: logAxis('Emissions, trimmed mean (kg CO2eq)'),
      },
      plugins: {
        title: { display: true, text: 'Emissions by task and year: trimmed means with their intervals' },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = ctx.raw as { y: number; low: number; high: number; runs: number };
              return `${ctx.dataset.label}: ${r.y.toPrecision(3)} kg (${r.low.toPrecision(3)}–${r.high.toPrecision(3)}), ${r.runs} run${r.runs === 1 ? '' : 's'}`;
            },
          },
        },
      },
    },
    plugins: [intervalBars],
  });
}

export interface FrontChartPoint { label: string; emissionsKg: number; value: number }

/** Figure 4 of the survey: a task's front of metric against emissions (log scale), as a stepped line through its points. */
export function paretoChart(canvas: HTMLCanvasElement, front: readonly FrontChartPoint[], metric: string): Chart {
  const sorted = [...front].sort((a, b) => a.emissionsKg - b.emissionsKg);
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: `Pareto front (${metric})`,
          data: sorted.map((p) => ({ x: p.emissionsKg, y: p.value, label: p.label })),
          borderColor: '#1f6b45',
          backgroundColor: '#1f6b45',
          stepped: 'before',
          pointRadius: 4,
        },
      ],
    },
    options: {
      ...base,
      scales: {
        x: logAxis('Emissions (kg CO2eq)'),
        y: { type: 'linear', title: { display: true, text: metric } },
      },
      plugins: {
        legend: { display: false },
        title: { display: true, text: `Best ${metric} for the emissions` },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = ctx.raw as { x: number; y: number; label: string };
              return `${r.label}: ${r.y} ${metric}, ${r.x.toPrecision(3)} kg`;
            },
          },
        },
      },
    },
  });
}

export interface YearTotal { year: number; emissionsKg: number; runs: number }

/** Emissions of the runs of each year (log scale). */
export function growthChart(canvas: HTMLCanvasElement, years: readonly YearTotal[]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: [{ label: 'Emissions (kg CO2eq)', data: years.map((y) => y.emissionsKg), backgroundColor: 'rgba(31, 107, 69, 0.7)' }],
    },
    options: {
      ...base,
      scales: { y: logAxis('kg CO2eq'), x: { title: { display: true, text: 'Year' } } },
      plugins: { legend: { display: false }, title: { display: true, text: 'Emissions of the runs of each year' } },
    },
  });
}
