/** The hub's Prometheus metrics (GET /metrics): runs and samples ingested, request latency, store errors. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  runsIngested: Counter;
  samplesIngested: Counter;
  storeErrors: Counter;
  requestSeconds: Histogram<'method' | 'route' | 'status'>;
}

/** A registry of its own per hub app (tests build several apps in one process). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'carbontrail_hub_' });
  return {
    registry,
    runsIngested: new Counter({ name: 'carbontrail_runs_ingested_total', help: 'Runs stored (duplicates not counted)', registers: [registry] }),
    samplesIngested: new Counter({ name: 'carbontrail_samples_ingested_total', help: 'Samples stored with their runs', registers: [registry] }),
    storeErrors: new Counter({ name: 'carbontrail_store_errors_total', help: 'Requests that failed in the store', registers: [registry] }),
    requestSeconds: new Histogram({
      name: 'carbontrail_http_request_duration_seconds', help: 'Latency of API requests', labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10], registers: [registry],
    }),
  };
}
