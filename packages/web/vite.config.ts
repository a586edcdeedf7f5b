/** Vite build of the web app: Preact JSX through Vite's own transform, split chunks, precompressed assets. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const compressible = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

/** Writes .gz and .br beside every text asset so that the hub serves them without compressing per request. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'carbontrail-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (compressible.test(name)) {
            const data = readFileSync(path);
            if (data.length < 512) continue;
            writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            );
          }
        }
      };
      walk(outDir);
    },
  };
}

/**
 * Keeps the ~3,000 CPU rows out of the model chunk: core's hardware table imports them from
 * data/hardware-cpus.ts, which this redirects to a stub; the app loads the real module on demand
 * (src/core.ts) and passes the full tables to the model from then on.
 */
function cpuRowsOnDemand(): Plugin {
  const stub = join(import.meta.dirname, 'src', 'cpu-rows-stub.ts');
  return {
    name: 'carbontrail-cpu-rows-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './hardware-cpus.ts' && importer && /[\\/]packages[\\/]core[\\/]src[\\/]data[\\/]hardware\.ts$/.test(importer)) return stub;
      return null;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // The lazily loaded model and data tables (src/model.ts) are "model-<hash>.js" in the network panel.
        chunkFileNames: 'assets/[name]-[hash].js',
      },
      treeshake: {
        // @carbontrail/core does no work at import (DESIGN.md, habit 6), so its unused exports, and the zod schemas it
        // validates its tables with at test time, can be dropped from the app.
        moduleSideEffects: (id: string) => !/[\\/](packages[\\/]core[\\/]src|node_modules[\\/]zod)[\\/]/.test(id),
      },
    },
  },
  plugins: [cpuRowsOnDemand(), precompress()],
});
