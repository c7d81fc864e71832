// The custom-elements manifest: the one source of API docs for Storybook, editors and the React wrappers.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.stories.ts', 'packages/ptv/**', 'packages/usage/**', 'packages/*/src/server/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
