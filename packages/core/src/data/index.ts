/** The built-in data tables, each row with its source and year. */
export { allHardware, accelerators, cpus } from './hardware.ts';
export { unresolvableHardware } from './hardware-unresolvable.ts';
export { providers } from './providers.ts';
export { regions } from './regions.ts';
export { zones } from './zones.ts';
export { energySources } from './energy-sources.ts';
export { equivalents } from './equivalents.ts';
export { embodied } from './embodied.ts';
export { defaults } from './defaults.ts';
export type * from './schema.ts';
