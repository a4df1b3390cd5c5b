import { describe, expect, it } from 'vitest';
import { unfamiliarInitialisms } from './initialisms';

const keys = (text: string) => unfamiliarInitialisms(text).map((found) => found.key);

describe('unfamiliarInitialisms', () => {
  it.each([
    ['Reset the ONTs and check the OLT light.', ['ONT', 'OLT']],
    ['Your KYC check needs a photo ID.', ['KYC']],
    ['Your PDF is on the USB stick, sent by DHL.', []],
    ['Order SC542 and flight NA 1432 are confirmed.', []],
    ['I CANNOT STRESS THIS ENOUGH.', []],
    ['It is FINE, the URGENT flag is gone.', []],
  ])('%s → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
