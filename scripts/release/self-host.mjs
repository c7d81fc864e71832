// The texts of the self-host archive: its README and a page that shows the three patterns.
// Written from the build's file list, so a new chunk or element needs no edit here.

/** The policy the archive's page is tested under, and the one its README tells sites to send. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** example.html and example.js: the alternative-channel notice, the on-behalf entry and the provider finder. */
export function selfHostExample(scripts) {
  const main = scripts.find((s) => s.file === 'auta.js');
  const html = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Auta self-hosted (example)</title>
    <script type="module" src="./auta.js" integrity="${main.integrity}"></script>
    <script type="module" src="./example.js"></script>
  </head>
  <body>
    <main>
      <h1>Hae asumistukea (esimerkki)</h1>

      <auta-on-behalf-entry name="acting-as" heading-level="2"></auta-on-behalf-entry>
      <p id="status" role="status"></p>

      <auta-alt-channel-notice id="muut-tavat" errand="Hae asumistukea" variant="callout">
        <h2 slot="heading">Hae asumistukea muulla tavalla</h2>
        <section slot="phone">
          <h3>Puhelimitse</h3>
          <p><a href="tel:+358295123456">0295 123 456</a></p>
          <p>Puhelinaika maanantaista perjantaihin kello 9–16.</p>
        </section>
        <section slot="service-desk">
          <h3>Palvelupisteessä</h3>
          <p>Palvelupiste Esimerkkilä, Esimerkkikatu 1 A, 00100 Helsinki.</p>
        </section>
      </auta-alt-channel-notice>

      <h2>Mistä saan apua digiasiointiin?</h2>
      <!-- No src: the finder shows its built-in, fictional sample (the auta-sample chunk). -->
      <auta-provider-finder heading-level="3"></auta-provider-finder>
    </main>
  </body>
</html>
`;
  const js = `// The page's own script, in a file of its own so that the page runs under script-src 'self'.
const LABELS = { self: 'omasta puolestasi', person: 'toisen henkilön puolesta', organisation: 'yrityksen tai yhteisön puolesta' };
document.addEventListener('auta-on-behalf-change', (event) => {
  document.getElementById('status').textContent = \`Asioit \${LABELS[event.detail.actingAs] ?? ''}.\`;
});
`;
  return { 'example.html': html, 'example.js': js };
}

/** README.md of the archive. */
export function selfHostReadme({ version, folder, scripts }) {
  const main = scripts.find((s) => s.file === 'auta.js');
  const chunks = scripts.filter((s) => !['auta.js', 'auta-no-sample.js'].includes(s.file));
  return `# Auta ${version}, self-hosted

Every Auta element in one ES module, with every file it loads. No CDN, no third-party request.

## Use it

1. Copy this whole folder (\`${folder}/\`) to your web server, as it is: \`auta.js\` loads the
   files beside it by their names, relative to its own URL.
2. Add one line to your pages:

   \`\`\`html
   <script type="module" src="/${folder}/auta.js" integrity="${main.integrity}"></script>
   \`\`\`

3. Serve \`.js\` files as \`text/javascript\`. Open \`example.html\` from your server to see the
   alternative-channel notice, the on-behalf entry and the provider finder working.

## Content-Security-Policy

The elements work under this policy; send it (or a stricter one) as a response header:

\`\`\`
Content-Security-Policy: ${STRICT_CSP}
\`\`\`

Nothing needs \`'unsafe-inline'\` or \`'unsafe-eval'\`: the only Trusted Types policy is Lit's
own \`lit-html\`, and the styles are constructed style sheets. Put your page's own script in a
file (as \`example.js\` does), not inline.

## Files and their Subresource Integrity hashes

| file | size | integrity |
|---|---|---|
${scripts.map((s) => `| \`${s.file}\` | ${kb(s.bytes)} | \`${s.integrity}\` |`).join('\n')}

The same list is in \`integrity.json\`. The \`.map\` files are source maps, fetched only by the
browser's developer tools.

${chunks.length ? `${chunks.map((s) => `\`${s.file}\``).join(', ')} ${chunks.length > 1 ? 'are' : 'is'} loaded by \`auta.js\` with \`import()\`, and only when
needed: the sample chunk only when a provider finder is given no data (no \`src\`, \`providers\`
or \`source\`), which real pages never are. A browser checks the \`integrity\` attribute of the
\`<script>\` tag only; a chunk loaded by \`import()\` is trusted because it comes from the same
folder as \`auta.js\`. Keep the folder together, and check it against the hashes above after copying.
` : ''}
## When the files live elsewhere

\`auta.js\` loads the files beside it from its own folder. To keep them in another folder,
name it on the script tag (relative to the page): \`<script type="module" src="/${folder}/auta.js"
data-auta-base="/other/folder/">\`. A file that cannot load leaves the provider finder in its
error state, with a link to the page's alternative channels, and the console names the file and
the folder it tried. \`auta-no-sample.js\` is the bundle without the finder's sample data: one
file, for pages that always give the finder their own data (\`src\` or \`providers\`).

## Check the download

\`SHA256SUMS\` beside the archive: \`sha256sum -c SHA256SUMS\`.

Licence: MIT (\`LICENSE\`).
`;
}
