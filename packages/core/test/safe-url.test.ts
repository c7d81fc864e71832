import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/safe-url.js';

describe('safeUrl', () => {
  const allowed: Array<[string, string]> = [
    ['https://www.suomi.fi/', 'https://www.suomi.fi/'],
    ['http://example.com/page?x=1#top', 'http://example.com/page?x=1#top'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['HTTPS://example.com/', 'https://example.com/'],
    ['tel:+358295530010', 'tel:+358295530010'],
    ['mailto:neuvonta@example.com', 'mailto:neuvonta@example.com'],
    ['/asiointi/lomake.pdf', '/asiointi/lomake.pdf'],
    ['lomake.pdf', 'lomake.pdf'],
    ['#ohjeet', '#ohjeet'],
    ['?page=2', '?page=2'],
    ['../ohjeet/', '../ohjeet/'],
    ['https://example.com/a:b', 'https://example.com/a:b'],
  ];
  for (const [input, out] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => expect(safeUrl(input)).to.equal(out));
  }

  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u200b:alert(1)',
    '\u202ejavascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    'blob:https://example.com/uuid',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1):x',
    'https://user:pass@example.com/',
    'https://exa mple.fi/',
    'https:\\\\evil.example',
    'tel:+358 40 123',
    'tel:javascript:alert(1)',
    'mailto:<script>@x',
    'https://',
    '',
    '   ',
    'x'.repeat(3000),
  ];
  for (const input of hostile) {
    it(`refuses ${JSON.stringify(input.slice(0, 60))}`, () => expect(safeUrl(input)).to.equal(undefined));
  }

  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['https://x.example'], { toString: () => 'https://x.example' }]) {
      expect(safeUrl(v)).to.equal(undefined);
    }
  });
});
