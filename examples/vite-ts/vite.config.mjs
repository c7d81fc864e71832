// Nothing Auta-specific is needed: Vite resolves @auta/elements from node_modules.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
