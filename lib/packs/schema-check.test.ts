import { describe, expect, it } from 'vitest';
import { Validator, type Schema } from '@cfworker/json-schema';
import packSchema from '@/public/pack.schema.json';
import { compileSchemaCheck } from './schema-check';
import { examplePack } from './test-support';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const defs = (packSchema as { $defs: Record<string, Schema> }).$defs;

function cfworkerVerdict(name: string): (value: unknown) => boolean {
  const validator = new Validator({ $defs: defs, $ref: `#/$defs/${name}` } as Schema, '2020-12', false);
  return (value) => validator.validate(value).valid;
}

/** Values that break, or sit just inside, the limits the schema sets on strings and lists. */
const REPLACEMENTS: Json[] = [
  null,
  0,
  1.5,
  true,
  '',
  ' ',
  'x',
  'a,b',
  'UPPER',
  '-leading',
  '1.0',
  'snippets',
  'not a date',
  '2026-12-07T10:00:00Z',
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(120),
  'x'.repeat(121),
  // 120 and 121 code points, 240 and 242 UTF-16 units: lengths count code points.
  '😀'.repeat(120),
  '😀'.repeat(121),
  'a{b}',
  'frustrated',
  'warning',
  'Ed25519',
  [],
  ['x'],
  ['x', 'y'],
  Array.from({ length: 21 }, (_, index) => `t${index}`),
  {},
  { name: 'Date' },
  { enabled: false },
];

/** Every variant of `value` with one place changed: replaced, removed, or given an extra property. */
function* variants(value: Json): Generator<Json> {
  for (const replacement of REPLACEMENTS) yield replacement;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      for (const inner of variants(value[index]!)) yield value.map((item, at) => (at === index ? inner : item));
    }
    yield [...value, ...value];
  } else if (value !== null && typeof value === 'object') {
    yield { ...value, colour: 'red' };
    for (const key of Object.keys(value)) {
      const { [key]: _removed, ...rest } = value;
      yield rest;
      for (const inner of variants(value[key]!)) yield { ...value, [key]: inner };
    }
  }
}

const fullPack = (): Json =>
  examplePack({
    description: 'Replies for the billing team.',
    settings: {
      rules: { jargon: { enabled: false }, blame: { severity: 'error' } },
      avoid: [{ phrase: 'unfortunately', replacements: ['I see'], reason: 'Sounds cold.', severity: 'warning' }],
      greeting: 'Hi {{customer.firstName}},',
      closing: 'Best, {{agent.firstName}}',
    },
  }) as unknown as Json;

describe('compileSchemaCheck', () => {
  it('agrees with @cfworker/json-schema on a pack and every variant of it with one place changed', () => {
    const compiled = compileSchemaCheck(defs, 'pack');
    const reference = cfworkerVerdict('pack');
    let valid = 0;
    let checked = 0;
    for (const variant of variants(fullPack())) {
      const expected = reference(variant);
      if (compiled(variant) !== expected) throw new Error(`Verdicts differ on ${JSON.stringify(variant)}`);
      checked++;
      if (expected) valid++;
    }
    // Both kinds of verdict are exercised, many times over.
    expect(checked).toBeGreaterThan(1_000);
    expect(valid).toBeGreaterThan(200);
    expect(checked - valid).toBeGreaterThan(800);
  });

  it('agrees on signed pack files', () => {
    const compiled = compileSchemaCheck(defs, 'signedPack');
    const reference = cfworkerVerdict('signedPack');
    const signed: Json = {
      formatVersion: 1,
      signedPack: '{}',
      signature: { algorithm: 'Ed25519', publicKey: `${'A'.repeat(43)}=`, value: `${'B'.repeat(86)}==` },
    };
    let checked = 0;
    for (const variant of variants(signed)) {
      expect(compiled(variant), JSON.stringify(variant)).toBe(reference(variant));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
    expect(compiled(signed)).toBe(true);
  });

  it('refuses to compile a keyword it does not know, rather than pass what it cannot check', () => {
    expect(() => compileSchemaCheck({ odd: { type: 'array', uniqueItems: true } }, 'odd')).toThrow(/uniqueItems/);
    expect(() => compileSchemaCheck({ odd: { $ref: 'https://example.com/other.json' } }, 'odd')).toThrow(/reference/);
  });

  it('follows a definition that refers to itself', () => {
    const check = compileSchemaCheck(
      { tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/tree' } } } } },
      'tree',
    );
    expect(check({ children: [{ children: [] }] })).toBe(true);
    expect(check({ children: [{ children: [1] }] })).toBe(false);
  });
});
