/** The runs folder flag, the same in `run`, `runs` and `show`. */
export const outFlag = {
  out: { type: 'string', value: 'DIR', maxLength: 4096, help: 'the runs folder (default .carbontrail in the working directory)' },
} as const;
