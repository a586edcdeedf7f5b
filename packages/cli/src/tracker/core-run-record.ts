/** The run-record schema and report view of @carbontrail/core, as the tracker uses them. */
export {
  runRecord, parseRunRecord, reportInputFromRun, RUN_RECORD_SCHEMA_VERSION,
  type RunRecord, type RunStatus, type EnergyMethod,
} from '@carbontrail/core/run-record';
