// The custom-elements manifest: the one source of API docs for Storybook, editors and the React wrappers.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.stories.ts', 'packages/ptv/**', 'packages/usage/**', 'packages/*/src/server/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [stateIsNotAnAttribute()],
};

/**
 * The analyzer reads `static properties` and gives every entry an attribute unless it says
 * `attribute: false`; Lit's `state: true` already means none. Internal state is private or
 * protected, so such a field's attribute is dropped here.
 */
function stateIsNotAnAttribute() {
  return {
    name: 'auta-state-is-not-an-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const internal = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          if (internal.size === 0) continue;
          for (const m of decl.members) if (internal.has(m.name)) delete m.attribute;
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
        }
      }
    },
  };
}
