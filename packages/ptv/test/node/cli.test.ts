import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProviders } from '@auta/provider-finder/data.js';
import { FIXTURES, v11Id, v11Pages } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run.js';

const V11 = join(FIXTURES, 'v11/channels');
const V8 = join(FIXTURES, 'v8/channels.json');
const SUMMARY = /^auta-ptv: (\d+) converted, (\d+) skipped, (\d+) field problems \((\d+) kinds\)/m;
const temp = () => mkdtempSync(join(tmpdir(), 'auta-ptv-'));

describe('auta-ptv (convert)', () => {
  test('a folder of pages and a file in one call; ends with the summary line; the report lists problems and what was left out', async () => {
    const dir = temp();
    const report = join(dir, 'problems.json');
    const r = await runCli([V11, V8, '--kind', 'library', '--forms', 'EChannel=chat,video', '--forms', 'WebPage=chat', '--problems', report]);
    assert.equal(r.status, 0, r.stderr);
    const providers = JSON.parse(r.stdout) as Array<{ id: string; supportForms: string[] }>;
    assert.equal(providers.length, 9);
    assert.deepEqual(providers.find((p) => p.id === v11Id(3))?.supportForms, ['chat', 'video']);
    const [, converted, skipped, field, kinds] = SUMMARY.exec(r.stderr) ?? [];
    assert.deepEqual([converted, skipped], ['9', '2']);
    assert.ok(Number(field) >= Number(kinds) && Number(kinds) > 0, r.stderr);
    assert.match(r.stderr.trim().split('\n').at(-1) ?? '', SUMMARY, 'the summary is the last line');
    const written = JSON.parse(readFileSync(report, 'utf8')) as { stats: { converted: number }; problems: Array<{ code: string }>; leftOut: Array<{ path: string }> };
    assert.equal(written.stats.converted, 9);
    assert.ok(written.problems.some((p) => p.code === 'unmapped'));
    assert.ok(written.leftOut.some((l) => l.path === 'sourceId'));
    assert.equal(loadProviders(providers, { warn: false }).problems.length, 0);
  });

  test('standard input, a JSON list of pages, --out, --free and a mapping file by type and by id', async () => {
    const dir = temp();
    const out = join(dir, 'providers.json');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ kind: 'library', kinds: { Phone: 'citizen-advice' }, forms: { EChannel: ['chat'], WebPage: ['course'], [v11Id(1)]: ['device-training'] }, free: true }));
    const r = await runCli(['-', '--mapping', mapping, '--out', out], JSON.stringify(v11Pages()));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const providers = JSON.parse(readFileSync(out, 'utf8')) as Array<{ id: string; kind: string; free: boolean; supportForms: string[] }>;
    assert.equal(providers.length, 7);
    assert.ok(providers.every((p) => p.free));
    assert.equal(providers.find((p) => p.id === v11Id(2))?.kind, 'citizen-advice');
    assert.deepEqual(providers.find((p) => p.id === v11Id(1))?.supportForms, ['device-training']);
    assert.deepEqual(providers.find((p) => p.id === v11Id(6))?.supportForms, ['course']);
  });

  test('a single channel on standard input', async () => {
    const r = await runCli(['--kind', 'library'], JSON.stringify(v11Pages()[0]!.itemList[0]));
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    assert.match(r.stderr, /1 converted, 0 skipped/);
  });

  test('--help, wrong usage and unusable input have their own exit codes and clear messages', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /auta-ptv fetch --organization ID/);
    assert.match(help.stdout, /--forms TYPE=A,B/);
    const cases: Array<[string[], number, RegExp, string?]> = [
      [['--kind', 'castle'], 2, /unknown kind castle/],
      [['--forms', 'EChannel=telepathy'], 2, /unknown form telepathy/],
      [['--colour'], 2, /unknown option --colour/],
      [['fetch'], 2, /--organization/],
      [['fetch', '--organization', 'x', '--municipality', '91'], 2, /three digits/],
      [['fetch', '--organization', 'x', '--since', 'yesterday'], 2, /--since takes a date/],
      [['--kind', 'library'], 1, /not valid JSON/, '{ not json'],
      [['/no/such/file.json', '--kind', 'library'], 1, /no such file or folder/],
      [['--kind', 'library'], 1, /0 converted/, '[]'],
    ];
    for (const [args, status, message, input] of cases) {
      const r = await runCli(args, input ?? '');
      assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });
});

describe('auta-ptv channels (the notice)', () => {
  test('a service file and its channels give the notice channels; channels the service does not use are named', async () => {
    const dir = temp();
    const out = join(dir, 'channels.json');
    const r = await runCli(['channels', '--service-file', join(FIXTURES, 'v11/service.json'), V11, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const channels = JSON.parse(readFileSync(out, 'utf8')) as Array<{ kind: string }>;
    assert.deepEqual(
      channels.map((c) => c.kind),
      ['service-desk', 'email', 'phone', 'phone', 'email', 'mail'],
    );
    assert.match(r.stderr, /the service does not link to this channel/);
    assert.match(r.stderr, SUMMARY);
  });
});

describe('noticeChannelsFromPtv (the library function)', () => {
  test('gives what the browser test renders (test/fixtures/v11/notice-channels.json)', async () => {
    const { noticeChannelsFromPtv } = await import('@auta/ptv');
    const { v11Service } = await import('../helpers/fixtures.js');
    const r = noticeChannelsFromPtv(v11Service(), v11Pages());
    assert.deepEqual(r.channels, JSON.parse(readFileSync(join(FIXTURES, 'v11/notice-channels.json'), 'utf8')));
    const mail = r.channels.find((c) => c.kind === 'mail');
    assert.deepEqual(mail?.addresses, [{ postOfficeBox: '3', postalCode: '65101', postOffice: { fi: 'Vaasa', sv: 'Vasa' }, additionalInformation: { fi: 'Digituki' } }]);
    assert.equal(mail?.formUrl, 'https://lomakkeet.example.com/dt-1-fi.pdf');
    const phones = r.channels.filter((c) => c.kind === 'phone');
    assert.deepEqual((phones[0]?.phoneNumbers as Array<{ serviceChargeType: string }>).map((p) => p.serviceChargeType), ['FreeOfCharge', 'Other']);
    assert.equal(r.channels.find((c) => c.kind === 'service-desk')?.booking, undefined, 'no hours by reservation, so no booking');
    assert.ok(r.problems.some((p) => p.code === 'not-linked'));
    assert.ok(r.problems.some((p) => p.code === 'not-in-notice' && p.path === 'phoneNumbers'));
  });
});
