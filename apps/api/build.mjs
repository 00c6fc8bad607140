// Bundles the server's two threads (and the TypeScript source of the internal packages) into one ES module.
import { build } from 'esbuild';

await build({
  // The playground's thread, and the mock API's thread it starts (see src/mock-thread.ts).
  entryPoints: ['src/main.ts', 'src/mock-worker.ts'],
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
