// Routes the browser tests call on the test server: JSON fixtures, slow answers, errors.
// Each package may add its own in packages/<name>/test/server-routes.mjs.

/** @returns {import('@web/test-runner').TestRunnerPlugin[]} */
export function testServerPlugins() {
  return [
    {
      name: 'auta-test-routes',
      async serve(context) {
        const url = new URL(context.request.url, 'http://localhost');
        if (!url.pathname.startsWith('/__test__/')) return undefined;
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
        const status = Number(url.searchParams.get('status') ?? 200);
        const type = url.searchParams.get('type') ?? 'application/json';
        const body = url.searchParams.get('body') ?? '[]';
        context.status = status;
        return { body, type };
      },
    },
  ];
}
