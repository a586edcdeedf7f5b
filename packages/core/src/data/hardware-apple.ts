/** Apple M-series systems-on-chip; Apple publishes no chip TDP, so power is the whole Mac's published or rated maximum. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

const MINI = 'Apple Support, "Mac mini power consumption and thermal output (BTU) information" (support.apple.com/103253)';
const STUDIO = 'Apple Support, "Mac Studio power consumption and thermal output (BTU) information" (support.apple.com/102027)';
const MBP = 'Apple MacBook Pro technical specifications, supplied USB-C power adapter (support.apple.com/specs)';
const GPU = 'GPU FP32 peak as stated by Apple at launch (apple.com/newsroom)';
const atWall = 'Maximum wall power of the whole computer under a CPU-intensive test, as Apple publishes it; an upper bound for the chip.';
const adapter = 'Apple publishes no maximum power for this chip: the rated power adapter of the 14-inch MacBook Pro with it is used, an upper bound.';

// powerBasis: Apple's published maximum wall power of a desktop with the chip is the maker's figure ('datasheet');
// a laptop's power-adapter rating, used where Apple publishes no such figure, is an estimate (an upper bound).

export const appleSilicon: readonly HardwareRow[] = deviceGroup(
  { vendor: 'Apple', type: 'soc', embodiedClass: 'soc', powerBasis: 'datasheet' },
  [
    { id: 'apple-m1', name: 'Apple M1', tdpW: 39, fp32Tflops: 2.6, memoryGb: 16, cores: 8, releaseYear: 2020, source: `${MINI} (Mac mini M1, 2020); ${GPU}`, year: 2020, aliases: ['M1'], note: atWall },
    { id: 'apple-m1-pro', name: 'Apple M1 Pro', tdpW: 67, fp32Tflops: 5.2, memoryGb: 32, cores: 10, releaseYear: 2021, source: `${MBP} (14-inch, 2021: 67 W); ${GPU}`, year: 2021, aliases: ['M1 Pro'], powerBasis: 'estimate', note: adapter },
    { id: 'apple-m1-max', name: 'Apple M1 Max', tdpW: 115, fp32Tflops: 10.4, memoryGb: 64, cores: 10, releaseYear: 2021, source: `${STUDIO} (Mac Studio 2022); ${GPU}`, year: 2022, aliases: ['M1 Max'], note: atWall },
    { id: 'apple-m1-ultra', name: 'Apple M1 Ultra', tdpW: 215, fp32Tflops: 21, memoryGb: 128, cores: 20, releaseYear: 2022, source: `${STUDIO} (Mac Studio 2022); ${GPU}`, year: 2022, aliases: ['M1 Ultra'], note: atWall },
    { id: 'apple-m2', name: 'Apple M2', tdpW: 50, fp32Tflops: 3.6, memoryGb: 24, cores: 8, releaseYear: 2022, source: `${MINI} (Mac mini M2, 2023); ${GPU}`, year: 2023, aliases: ['M2'], note: atWall },
    { id: 'apple-m2-pro', name: 'Apple M2 Pro', tdpW: 185, fp32Tflops: 6.8, memoryGb: 32, cores: 12, releaseYear: 2023, source: `${MINI} (Mac mini M2 Pro, 2023); ${GPU}`, year: 2023, aliases: ['M2 Pro'], note: atWall },
    { id: 'apple-m2-max', name: 'Apple M2 Max', tdpW: 145, fp32Tflops: 13.6, memoryGb: 96, cores: 12, releaseYear: 2023, source: `${STUDIO} (Mac Studio 2023); ${GPU}`, year: 2023, aliases: ['M2 Max'], note: atWall },
    { id: 'apple-m2-ultra', name: 'Apple M2 Ultra', tdpW: 295, fp32Tflops: 27.2, memoryGb: 192, cores: 24, releaseYear: 2023, source: `${STUDIO} (Mac Studio 2023); ${GPU}`, year: 2023, aliases: ['M2 Ultra'], note: atWall },
    { id: 'apple-m3', name: 'Apple M3', tdpW: 70, memoryGb: 24, cores: 8, releaseYear: 2023, source: `${MBP} (14-inch, Nov 2023: 70 W)`, year: 2023, aliases: ['M3'], powerBasis: 'estimate', note: adapter },
    { id: 'apple-m3-pro', name: 'Apple M3 Pro', tdpW: 96, memoryGb: 36, cores: 12, releaseYear: 2023, source: `${MBP} (14-inch, Nov 2023: 70 W or 96 W; 96 W used)`, year: 2023, aliases: ['M3 Pro'], powerBasis: 'estimate', note: adapter },
    { id: 'apple-m3-max', name: 'Apple M3 Max', tdpW: 140, memoryGb: 128, cores: 16, releaseYear: 2023, source: `${MBP} (16-inch, Nov 2023: 140 W; the 14-inch ships with 96 W)`, year: 2023, aliases: ['M3 Max'], powerBasis: 'estimate', note: 'Apple publishes no maximum power for this chip: the rated power adapter of the 16-inch MacBook Pro with it is used, an upper bound.' },
    { id: 'apple-m3-ultra', name: 'Apple M3 Ultra', tdpW: 270, memoryGb: 512, cores: 32, releaseYear: 2025, source: `${STUDIO} (Mac Studio 2025, M3 Ultra 32-core CPU / 80-core GPU, 512 GB: idle 9 W, maximum 270 W; published 2025-03-12, as quoted in public repositories)`, year: 2025, aliases: ['M3 Ultra'], note: `${atWall} The 480 W of the Mac Studio specifications is its power-supply rating, not a consumption.` },
    { id: 'apple-m4', name: 'Apple M4', tdpW: 65, memoryGb: 32, cores: 10, releaseYear: 2024, source: `${MINI} (Mac mini M4, 2024)`, year: 2024, aliases: ['M4'], note: atWall },
    { id: 'apple-m4-pro', name: 'Apple M4 Pro', tdpW: 140, memoryGb: 64, cores: 14, releaseYear: 2024, source: `${MINI} (Mac mini M4 Pro, 2024)`, year: 2024, aliases: ['M4 Pro'], note: atWall },
    { id: 'apple-m4-max', name: 'Apple M4 Max', tdpW: 145, memoryGb: 128, cores: 16, releaseYear: 2024, source: `${STUDIO} (Mac Studio 2025, M4 Max 14-core CPU / 32-core GPU, 36 GB: idle 6 W, maximum 145 W; as quoted in a public repository, read 2026-09-16)`, year: 2025, aliases: ['M4 Max'], note: `${atWall} Apple's figure is for the 14-core CPU / 32-core GPU configuration; it publishes none for the 16-core / 40-core one, which may draw more.` },
  ],
);
