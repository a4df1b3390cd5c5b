import { describe, expect, it } from 'vitest';
import { defaultFieldValues, fieldNames, formStartValue, snippetFields } from './fields';

const BODY = 'Order {{field:Order number}} ships by {{field:Carrier}} on {{field:Day}}. {{FIELD:order number}}';

describe('snippetFields', () => {
  it('lists each field once, in order, first spelling kept', () => {
    expect(fieldNames(BODY)).toEqual(['Order number', 'Carrier', 'Day']);
  });

  it('joins the declared details by name without regard to case', () => {
    const fields = snippetFields(BODY, [
      { name: 'carrier', options: ['DHL', 'UPS'], default: 'UPS' },
      { name: 'DAY', default: 'Monday' },
      { name: 'Unused', default: 'x' },
    ]);
    expect(fields).toEqual([
      { name: 'Order number', default: null, options: null },
      { name: 'Carrier', default: 'UPS', options: ['DHL', 'UPS'] },
      { name: 'Day', default: 'Monday', options: null },
    ]);
    expect(fields.map(formStartValue)).toEqual(['', 'UPS', 'Monday']);
    expect(defaultFieldValues(fields)).toEqual({ carrier: 'UPS', day: 'Monday' });
  });

  it('ignores a default that is not among the choices, and starts a choice on its first option', () => {
    const [carrier] = snippetFields('{{field:Carrier}}', [
      { name: 'Carrier', options: ['DHL', 'UPS'], default: 'FedEx' },
    ]);
    expect(carrier).toEqual({ name: 'Carrier', default: null, options: ['DHL', 'UPS'] });
    expect(formStartValue(carrier!)).toBe('DHL');
    expect(defaultFieldValues([carrier!])).toEqual({});
  });
});
