import { expect } from '@open-wc/testing';
import { formatPhone } from '../src/phone.js';

describe('formatPhone', () => {
  const cases: Array<[string, string, string, string]> = [
    // input, display, href, kind
    ['0401234567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['040 123 4567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['050-123 456', '050 123 456', 'tel:+35850123456', 'mobile'],
    ['0400123456', '0400 123 456', 'tel:+358400123456', 'mobile'],
    ['+358 400 123 456', '0400 123 456', 'tel:+358400123456', 'mobile'],
    ['0500 123 456', '0500 123 456', 'tel:+358500123456', 'mobile'],
    ['112', '112', 'tel:112', 'free'],
    ['116117', '116 117', 'tel:116117', 'free'],
    ['116 117', '116 117', 'tel:116117', 'free'],
    ['045 7890 1234', '045 7890 1234', 'tel:+3584578901234', 'mobile'],
    ['+358 40 123 4567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['+358401234567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['00358 40 123 4567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['+358 (0)40 123 4567', '040 123 4567', 'tel:+358401234567', 'mobile'],
    ['091234567', '09 123 4567', 'tel:+35891234567', 'landline'],
    ['(09) 123 4567', '09 123 4567', 'tel:+35891234567', 'landline'],
    ['+358 9 123 4567', '09 123 4567', 'tel:+35891234567', 'landline'],
    ['02 123 4567', '02 123 4567', 'tel:+35821234567', 'landline'],
    ['014 123 456', '014 123 456', 'tel:+35814123456', 'landline'],
    ['0295530010', '0295 530 010', 'tel:+358295530010', 'service'],
    ['0295 333 200', '0295 333 200', 'tel:+358295333200', 'service'],
    ['020 692 204', '020 692 204', 'tel:+35820692204', 'service'],
    ['029 497 000', '029 497 000', 'tel:+35829497000', 'service'],
    ['0800 123 456', '0800 123 456', 'tel:+358800123456', 'free'],
    ['0800123456', '0800 123 456', 'tel:+358800123456', 'free'],
    ['0700 123 456', '0700 123 456', 'tel:+358700123456', 'premium'],
    ['0600 12345', '0600 12 345', 'tel:+35860012345', 'premium'],
    ['+46 8 123 456 78', '+46 8 123 456 78', 'tel:+46812345678', 'foreign'],
  ];
  for (const [input, display, href, kind] of cases) {
    it(`${JSON.stringify(input)} → ${display}`, () => {
      const p = formatPhone(input);
      expect(p, input).to.not.equal(null);
      expect(p!.display).to.equal(display);
      expect(p!.href).to.equal(href);
      expect(p!.kind).to.equal(kind);
    });
  }

  const garbage: unknown[] = [
    '',
    'abc',
    '040 123 456a',
    '123',
    '0',
    '+358',
    '040',
    '0401234567890123',
    '1234567890',
    '07 123 4567',
    '+1',
    '<script>',
    'tel:0401234567',
    '040 12 34 56 78 90 12',
    null,
    undefined,
    401234567,
    {},
    '0'.repeat(100),
  ];
  for (const input of garbage) {
    it(`rejects ${JSON.stringify(input)}`, () => expect(formatPhone(input)).to.equal(null));
  }
});
