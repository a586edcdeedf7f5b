/** The Dashboard's charts (Chart.js): emissions by month with their range, and a run's power by component over time. */
import { sig } from '@carbontrail/core/format';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Title);

const base = { responsive: true, maintainAspectRatio: false, animation: false } as const;

export interface MonthTotal { month: string; emissionsKg: number; lowKg: number; highKg: number; runs: number }

/** Emissions of each month's runs (bars) with the low–high range of the runs' own figures (a thin floating bar). */
export function monthlyChart(canvas: HTMLCanvasElement, months: readonly MonthTotal[]): Chart {
  return new Chart<'bar', (number | [number, number])[]>(canvas, {
    type: 'bar',
    data: {
      labels: months.map((m) => m.month),
      datasets: [
        { label: 'Emissions (kg CO2eq)', data: months.map((m) => m.emissionsKg), backgroundColor: 'rgba(31, 107, 69, 0.75)', grouped: false, order: 2 },
        {
          label: 'Range (low–high)',
          data: months.map((m) => [m.lowKg, m.highKg] as [number, number]),
          backgroundColor: 'rgba(0, 0, 0, 0.35)',
          barPercentage: 0.12,
          grouped: false,
          order: 1,
        },
      ],
    },
    options: {
      ...base,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'kg CO2eq' }, ticks: { callback: (v) => sig(Number(v)) } }, x: { title: { display: true, text: 'Month the runs started (UTC)' } } },
      plugins: { title: { display: true, text: 'Emissions by month, with the range of the runs' } },
    },
  });
}

export interface PowerPoint { t: number; gpuW: number; cpuW: number; ramW: number }

/** A run's power draw by component (W) against the time since its start. */
export function timelineChart(canvas: HTMLCanvasElement, points: readonly PowerPoint[]): Chart {
  // seconds for runs of up to two minutes, minutes beyond
  const last = points.reduce((m, p) => Math.max(m, p.t), 0);
  const [unit, per] = last <= 120 ? ['Seconds', 1] : ['Minutes', 60];
  const line = (label: string, key: 'gpuW' | 'cpuW' | 'ramW', colour: string) => ({
    label, data: points.map((p) => ({ x: p.t / per, y: p[key] })), borderColor: colour, backgroundColor: colour, pointRadius: points.length > 60 ? 0 : 2, borderWidth: 1.5,
  });
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [line('GPU', 'gpuW', '#1f6b45'), line('CPU', 'cpuW', '#2166ac'), line('RAM', 'ramW', '#c2571a')] },
    options: {
      ...base,
      parsing: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: `${unit} since the start` } },
        y: { beginAtZero: true, title: { display: true, text: 'Power (W)' } },
      },
      plugins: { title: { display: true, text: 'Power by component' } },
    },
  });
}
