import { describe, expect, it } from 'vitest';
import { parseQuoteAttribution } from './quote-attribution';

describe('parseQuoteAttribution', () => {
  it.each([
    [
      'On Tue, Jun 4, 2024 at 9:12 AM Jordan Lee <jordan.lee@example.com> wrote:',
      'jordan.lee@example.com',
      'Jordan Lee',
    ],
    ['On Tue, 4 Jun 2024 at 09:12, Jordan Lee <Jordan.Lee@Example.com> wrote:', 'jordan.lee@example.com', 'Jordan Lee'],
    ['On 4 Jun 2024, at 21:05, "Lee, Jordan" <jordan@example.com> wrote:', 'jordan@example.com', 'Lee, Jordan'],
    [
      'On Mon, Jun 3, 2024 at 4:40\u202fPM BrightBill Support <support@brightbill.example> wrote:',
      'support@brightbill.example',
      'BrightBill Support',
    ],
    ['Am Di., 4. Juni 2024 um 09:12 Uhr schrieb Jordan Lee <jordan@example.com>:', 'jordan@example.com', 'Jordan Lee'],
    ['On Friday, Dana Whitfield <dana@example.com> wrote:', 'dana@example.com', 'Dana Whitfield'],
  ])('reads the author of %j', (line, email, name) => {
    expect(parseQuoteAttribution(line)).toEqual({ email, name });
  });

  it('keeps the address when the line gives no name', () => {
    expect(parseQuoteAttribution('On Tue, Jun 4, 2024 at 9:12 AM <jordan@example.com> wrote:')).toEqual({
      email: 'jordan@example.com',
      name: null,
    });
    expect(parseQuoteAttribution('On Tue, Jun 4, 2024 at 9:12 AM jordan@example.com wrote:')).toEqual({
      email: 'jordan@example.com',
      name: null,
    });
  });

  it('names no one when the line carries no address', () => {
    expect(parseQuoteAttribution('On Tue, Jun 4, 2024 at 9:12 AM Jordan Lee wrote:')).toBeNull();
    expect(parseQuoteAttribution('')).toBeNull();
  });

  it('takes the last address: the quoted author comes after any address in the date part', () => {
    expect(
      parseQuoteAttribution('On behalf of help@example.com, on Tue at 9:12 AM Jordan <jordan@example.com> wrote:')
        ?.email,
    ).toBe('jordan@example.com');
  });
});
