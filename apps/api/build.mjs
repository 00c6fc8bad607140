// Bundles the server's two threads (with the TypeScript source of the internal packages) into an ES module each.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// A clean directory, so no module of an older layout is left behind.
rmSync('dist', { recursive: true, force: true });

await build({
  // The main thread (the mock API), and the playground's thread it starts (see src/playground-thread.ts).
  entryPoints: ['src/main.ts', 'src/playground-worker.ts'],
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
