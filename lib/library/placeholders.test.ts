import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders, placeholderValues, unknownPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
  it('finds known names in any case and with inner spaces, and marks unknown ones', () => {
    const body = 'Hi {{ Customer.FirstName }}, ticket {{ticket.id}} and {{order.total}}.';
    expect(findPlaceholders(body)).toEqual([
      { written: 'Customer.FirstName', name: 'customer.firstName', field: null, start: 3, end: 27 },
      { written: 'ticket.id', name: 'ticket.id', field: null, start: 36, end: 49 },
      { written: 'order.total', name: null, field: null, start: 54, end: 69 },
    ]);
  });

  it('leaves braces that do not hold a name as text', () => {
    expect(findPlaceholders('Use {{ }} or {{two words}} or {single} or {{.x}}.')).toEqual([]);
  });

  it('lists each unknown name once', () => {
    expect(unknownPlaceholders('{{a.b}} {{today}} {{a.b}} {{c}}')).toEqual(['a.b', 'c']);
  });
});

describe('fillPlaceholders', () => {
  it('fills every known placeholder it has a value for', () => {
    const result = fillPlaceholders('Hi {{customer.firstName}}, {{agent.firstName}} here about #{{ticket.id}}.', {
      'customer.firstName': 'Dana',
      'agent.firstName': 'Sam',
      'ticket.id': '4821',
    });
    expect(result).toEqual({ text: 'Hi Dana, Sam here about #4821.', unfilled: [], firstUnfilled: null });
  });

  it("leaves a visible marker where a value is missing or blank, with the first marker's offsets", () => {
    const result = fillPlaceholders('Hi {{customer.firstName}}, about #{{ticket.id}} from {{agent.firstName}}.', {
      'customer.firstName': '  ',
      'agent.firstName': 'Sam',
    });
    expect(result.text).toBe("Hi «customer's first name», about #«ticket number» from Sam.");
    expect(result.unfilled).toEqual([
      { name: 'customer.firstName', start: 3, end: 26 },
      { name: 'ticket.id', start: 35, end: 50 },
    ]);
    expect(result.firstUnfilled).toEqual(result.unfilled[0]);
    for (const marker of result.unfilled) expect(result.text.slice(marker.start, marker.end)).toMatch(/^«.+»$/);
  });

  it('marks an unknown placeholder (from data saved before validation) with its own name', () => {
    const result = fillPlaceholders('Total: {{order.total}}', {});
    expect(result.text).toBe('Total: «order.total»');
    expect(result.firstUnfilled).toEqual({ name: 'order.total', start: 7, end: 20 });
  });

  it('does not treat a filled value that looks like a placeholder as one', () => {
    expect(
      fillPlaceholders('{{customer.name}} {{ticket.id}}', { 'customer.name': '{{ticket.id}}', 'ticket.id': '7' }).text,
    ).toBe('{{ticket.id}} 7');
  });
});

describe('placeholderValues', () => {
  it('derives first names and formats today in the given locale', () => {
    const values = placeholderValues({
      customerName: '  Dana Whitfield ',
      agentName: 'Sam Ortiz',
      ticketId: '4821',
      now: new Date(Date.UTC(2025, 2, 14, 12)),
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    expect(values).toEqual({
      'customer.firstName': 'Dana',
      'customer.name': 'Dana Whitfield',
      'agent.firstName': 'Sam',
      'ticket.id': '4821',
      today: '14 March 2025',
    });
  });

  it('prefers a first name the page gives separately, and leaves unknown facts empty', () => {
    const values = placeholderValues({
      customerName: 'Dr. Dana Whitfield',
      customerFirstName: 'Dana',
      now: new Date(0),
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(values['customer.firstName']).toBe('Dana');
    expect(values['agent.firstName']).toBeNull();
    expect(values['ticket.id']).toBeNull();
    expect(values.today).toBe('January 1, 1970');
  });
});

describe('fill-in fields', () => {
  it('finds {{field:Name}} in any case, with spaces around the name, and never calls it unknown', () => {
    const body = 'Order {{ Field : Order number }} by {{field:Carrier}}; {{FIELD:order number}} again.';
    expect(findPlaceholders(body).map(({ field, name, start, end }) => ({ field, name, start, end }))).toEqual([
      { field: 'Order number', name: null, start: 6, end: 32 },
      { field: 'Carrier', name: null, start: 36, end: 53 },
      { field: 'order number', name: null, start: 55, end: 77 },
    ]);
    expect(unknownPlaceholders(body)).toEqual([]);
  });

  it('leaves a field without a name, or with braces, | or = in it, as text or unknown', () => {
    expect(findPlaceholders('{{field:}} {{field: }} {{field:a|b}} {{field:a=b}}').filter((use) => use.field)).toEqual(
      [],
    );
    expect(unknownPlaceholders('{{field.name}}')).toEqual(['field.name']);
  });

  it('fills fields by name without regard to case, next to the page values, and marks the ones left empty', () => {
    const result = fillPlaceholders(
      'Hi {{customer.firstName}}, order {{field:Order number}} goes by {{field:Carrier}} ({{FIELD:order NUMBER}}).',
      { 'customer.firstName': 'Dana' },
      { 'order number': 'A-17', carrier: '  ' },
    );
    expect(result.text).toBe('Hi Dana, order A-17 goes by «Carrier» (A-17).');
    expect(result.firstUnfilled).toEqual({ name: 'field:Carrier', start: 28, end: 37 });
  });
});
