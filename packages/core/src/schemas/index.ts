/** The wire formats of carbontrail as zod schemas (its own entry, '@carbontrail/core/schemas', so the model never loads zod). */
export { locationInput, rangedNumber, type LocationInput } from './location.ts';
export {
  RUN_RECORD_SCHEMA_VERSION, runRecord, parseRunRecord, runStatus, energyMethod, isoDate, runHost, runLocation, cpuSensing,
  ramSensing, gpuProcess, runGpu, runCpu, runRam, runEnergy, runPue, runYear, runIntensity, runOffsets, timelinePoint, runMeta, RUN_ORIGINS,
  type RunRecord, type RunGpu, type RunCpu, type RunRam, type TimelinePoint, type EnergyMethod, type RunStatus, type RunMeta,
} from './run-record.ts';
export {
  JOURNAL_VERSION, journalStart, journalSample, journalProcess, journalEnd, journalOrphan, journalGone, journalLine, parseJournal, parseJournalText,
  type JournalStart, type JournalSample, type JournalProcess, type JournalEnd, type JournalOrphan, type JournalGone, type JournalLine, type ParsedJournal,
} from './journal.ts';
