/** The Data page's charts, drawn with Chart.js (only the controllers used are registered, so the chunk stays small). */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, ScatterController, Title, Tooltip,
} from 'chart.js';
import type { HardwareRow, RegionRow } from '@carbontrail/core';

Chart.register(BarController, BarElement, ScatterController, PointElement, LineElement, CategoryScale, LinearScale, Tooltip, Legend, Title);

const continents = ['Africa', 'Asia', 'Europe', 'North America', 'Oceania', 'South America'] as const;

/** Cloud-region carbon intensity by continent: the min–max spread as a bar, each region as a point (the seed paper's Figure 1). */
export function regionIntensityChart(canvas: HTMLCanvasElement, regions: readonly RegionRow[], gPerKwh: (r: RegionRow) => number): Chart {
  const present = continents.filter((c) => regions.some((r) => r.continent === c));
  const spread = present.map((c) => {
    const v = regions.filter((r) => r.continent === c).map(gPerKwh);
    return [Math.min(...v), Math.max(...v)] as [number, number];
  });
  const points = regions.map((r) => ({ x: r.continent, y: gPerKwh(r), label: `${r.provider} ${r.region} (${r.country})` }));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...present],
      datasets: [
        {
          type: 'bar',
          label: 'Range within the continent',
          data: spread,
          backgroundColor: 'rgba(31, 107, 69, 0.18)',
          borderColor: 'rgba(31, 107, 69, 0.6)',
          borderWidth: 1,
          barPercentage: 0.5,
        },
        {
          type: 'scatter',
          label: 'Cloud region',
          data: points as unknown as [number, number][],
          backgroundColor: 'rgba(31, 107, 69, 0.85)',
          pointRadius: 3.5,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { type: 'category', title: { display: true, text: 'Continent' } },
        y: { type: 'linear', beginAtZero: true, title: { display: true, text: 'g CO2eq/kWh' } },
      },
      plugins: {
        title: { display: true, text: 'Carbon intensity of cloud regions, by continent' },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const raw = ctx.raw as { label?: string; y?: number } | [number, number];
              if (Array.isArray(raw)) return `${raw[0]}–${raw[1]} g/kWh`;
              return `${raw.label ?? ''}: ${raw.y ?? ''} g/kWh`;
            },
          },
        },
      },
    },
  });
}

/** The devices of a type with a known peak throughput, as GFLOPS per watt of TDP, best first. */
export function efficiencyRows(hardware: readonly HardwareRow[], precision: 'fp32' | 'fp16', limit = 40) {
  return hardware
    .map((h) => {
      const tflops = precision === 'fp32' ? h.fp32Tflops : h.fp16Tflops;
      return tflops === undefined ? undefined : { name: h.name, type: h.type, gflopsPerW: (tflops * 1000) / h.tdpW };
    })
    .filter((r): r is { name: string; type: HardwareRow['type']; gflopsPerW: number } => r !== undefined)
    .sort((a, b) => b.gflopsPerW - a.gflopsPerW)
    .slice(0, limit);
}

/** Hardware efficiency in GFLOPS/W (peak throughput ÷ TDP), as in the seed paper's Appendix B. */
export function efficiencyChart(canvas: HTMLCanvasElement, hardware: readonly HardwareRow[], precision: 'fp32' | 'fp16'): Chart {
  const rows = efficiencyRows(hardware, precision);
  const colour = (t: string) => (t === 'tpu' ? '#c2571a' : t === 'cpu' ? '#5a6b8c' : '#1f6b45');
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        {
          label: `GFLOPS/W (${precision}, peak ÷ TDP)`,
          data: rows.map((r) => Math.round(r.gflopsPerW * 10) / 10),
          backgroundColor: rows.map((r) => colour(r.type)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { beginAtZero: true, title: { display: true, text: 'GFLOPS per watt' } },
        y: {
          ticks: {
            autoSkip: false,
            font: { size: 11 },
            // on a phone the names would crowd the bars out: shorten them (the tooltip keeps the whole name)
            callback(value) {
              const name = rows[Number(value)]?.name ?? String(value);
              const max = canvas.clientWidth < 520 ? 18 : 40;
              return name.length > max ? `${name.slice(0, max - 1)}…` : name;
            },
          },
        },
      },
      plugins: {
        legend: { display: false },
        title: { display: true, text: `Hardware efficiency, ${precision} (top ${rows.length}); green GPU, orange TPU, blue CPU` },
      },
    },
  });
}
