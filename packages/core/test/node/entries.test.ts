import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// @auta/core's entries, imported by their package names (through the exports map, as a host
// does): the root holds what every element needs, each subpath one concern. What each
// exports is pinned here, so that a name moving into the root, which every element bundles,
// is a deliberate change seen in review, not a side effect.
const ENTRIES: Record<string, string[]> = {
  '@auta/core': [
    'ALLOWED_URL_SCHEMES',
    'AnnouncerController',
    'AutaElement',
    'FALLBACK_LANG',
    'HEADING_TAGS',
    'LocaleController',
    'SUPPORTED_LANGS',
    'baseStyles',
    'buttonStyles',
    'copyLoader',
    'headingLevel',
    'headingTag',
    'lookupMessage',
    'memo',
    'pickText',
    'pickedWithLang',
    'plural',
    'resolveLang',
    'resolveLangTag',
    'resolveLanguageLevel',
    'safeUrl',
    'textWithLang',
    'toLanguageLevel',
    'toSupportedLang',
    'warner',
    'tokenStyles',
  ],
  '@auta/core/hours.js': [
    'WEEKDAYS',
    'addDays',
    'aloud',
    'describeStatus',
    'describeWeek',
    'formatDate',
    'formatDayRange',
    'formatIntervals',
    'formatTime',
    'helsinkiTime',
    'hoursOn',
    'minuteClock',
    'openingStatus',
    'parseFinnishDateTime',
    'parseTime',
    'spokenForm',
    'upcomingExceptions',
    'weekdayName',
  ],
  '@auta/core/channels.js': [
    'AVAILABILITY_STATES',
    'CONTACT_CHANNEL_KINDS',
    'RELAYS',
    'isText',
    'joinPrefix',
    'jsonAttribute',
    'phoneLinks',
    'validList',
    'validateAvailability',
    'validateChannels',
    'withAvailability',
  ],
  '@auta/core/phone.js': ['formatPhone'],
  '@auta/core/tokens.js': ['COLOR_TOKENS', 'CONTRAST_PAIRS', 'SIZE_TOKENS', 'TOKEN_DESCRIPTIONS', 'checkThemeContrast', 'contrastRatio', 'darkTheme', 'lightTheme'],
};

for (const [entry, names] of Object.entries(ENTRIES)) {
  test(`${entry} exports exactly its own names`, async () => {
    const mod = (await import(entry)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(mod).sort(), [...names].sort());
    for (const name of names) assert.notEqual(mod[name], undefined, `${entry} ${name}`);
  });
}

test('no name is exported by two entries (one home for each)', () => {
  const seen = new Map<string, string>();
  for (const [entry, names] of Object.entries(ENTRIES)) {
    for (const name of names) {
      assert.equal(seen.get(name), undefined, `${name} in ${entry} and ${seen.get(name)}`);
      seen.set(name, entry);
    }
  }
});

test('package.json: each entry has a source, a types and a default target, and the files exist in src', () => {
  const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  for (const entry of Object.keys(ENTRIES)) {
    const key = entry === '@auta/core' ? '.' : `./${entry.slice('@auta/core/'.length)}`;
    const target = pkg.exports[key] as Record<string, string> | undefined;
    assert.ok(target, `exports has ${key}`);
    assert.deepEqual(Object.keys(target), ['@auta/source', 'types', 'default'], `${key}: the source condition first`);
    assert.ok(existsSync(join(pkgDir, target['@auta/source']!)), `${key} → ${target['@auta/source']}`);
    assert.equal(target.types, target.default!.replace(/\.js$/, '.d.ts'), `${key}: types beside the module`);
    assert.equal(target.default, target['@auta/source']!.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js'), `${key}: dist mirrors src`);
  }
});
