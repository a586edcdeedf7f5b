/** A canvas that a Chart.js chart is drawn on, remade when its data change and destroyed with the component. */
import { useEffect, useRef } from 'preact/hooks';
import type { Chart } from 'chart.js';

export function ChartCanvas({ draw, deps, label, testid, tall }: { draw: (c: HTMLCanvasElement) => Chart<never> | Chart; deps: unknown[]; label: string; testid: string; tall?: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = draw(ref.current);
    return () => chart.destroy();
  }, deps);
  return (
    <div class={tall ? 'chart-box tall' : 'chart-box'}>
      <canvas ref={ref} role="img" aria-label={label} data-testid={testid} />
    </div>
  );
}
