// A yes-or-no check of a value against public/pack.schema.json, compiled once from that schema.
//
// @cfworker/json-schema interprets the schema anew for every value and compiles each `pattern` into
// a new RegExp every time it meets a string, which for a 5,000-snippet pack costs most of an import.
// A pack that passes this check is valid, and nothing more is asked of @cfworker; a pack that fails
// is handed to @cfworker, whose errors (each with its JSON pointer) become the messages the trainer
// reads. So the schema stays the one definition: this module derives a function from it, knows only
// the keywords the schema uses, and refuses to compile a schema that uses any other, rather than
// passing what it does not understand. format.test.ts holds it to @cfworker's verdict.

import { deepCompareStrict, format, ucs2length, type Schema } from '@cfworker/json-schema';

export type SchemaCheck = (value: unknown) => boolean;

type SchemaNode = Schema | boolean;

/** Keywords that only describe: they never change a verdict. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$comment']);

/** Compiles `#/$defs/<name>` of a schema whose references all point into its own `$defs`. */
export function compileSchemaCheck(defs: Record<string, SchemaNode>, name: string): SchemaCheck {
  const compiled = new Map<string, SchemaCheck>();
  const reference = (ref: string): SchemaCheck => {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (!match || !(match[1]! in defs)) throw new Error(`Cannot compile the reference ${ref}`);
    const target = match[1]!;
    let check = compiled.get(target);
    if (!check) {
      // Set before compiling, so a definition that refers to itself finds its own check.
      let inner: SchemaCheck = () => false;
      check = (value) => inner(value);
      compiled.set(target, check);
      inner = compileNode(defs[target]!, reference);
    }
    return check;
  };
  return reference(`#/$defs/${name}`);
}

function compileNode(node: SchemaNode, reference: (ref: string) => SchemaCheck): SchemaCheck {
  if (node === true) return () => true;
  if (node === false) return () => false;
  const checks: SchemaCheck[] = [];
  const child = (sub: SchemaNode) => compileNode(sub, reference);
  for (const [keyword, argument] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const build = KEYWORDS[keyword];
    if (!build) throw new Error(`The pack schema uses "${keyword}", which schema-check.ts cannot compile`);
    const check = build(argument, node, child, reference);
    if (check) checks.push(check);
  }
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

type KeywordCompiler = (
  argument: unknown,
  node: Schema,
  child: (sub: SchemaNode) => SchemaCheck,
  reference: (ref: string) => SchemaCheck,
) => SchemaCheck | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES: Record<string, (value: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  boolean: (value) => typeof value === 'boolean',
  number: (value) => typeof value === 'number',
  integer: (value) => typeof value === 'number' && Number.isInteger(value),
  null: (value) => value === null,
};

/** Applies `check` only to values of one type, as JSON Schema keywords do. */
const onStrings =
  (check: (text: string) => boolean): SchemaCheck =>
  (value) =>
    typeof value !== 'string' || check(value);
const onArrays =
  (check: (list: unknown[]) => boolean): SchemaCheck =>
  (value) =>
    !Array.isArray(value) || check(value);
const onObjects =
  (check: (object: Record<string, unknown>) => boolean): SchemaCheck =>
  (value) =>
    !isObject(value) || check(value);

const KEYWORDS: Record<string, KeywordCompiler> = {
  $ref: (ref, _node, _child, reference) => reference(ref as string),
  type(argument) {
    const names = Array.isArray(argument) ? (argument as string[]) : [argument as string];
    const tests = names.map((type) => {
      const test = TYPES[type];
      if (!test) throw new Error(`Unknown type ${type}`);
      return test;
    });
    return (value) => tests.some((test) => test(value));
  },
  const: (expected) => (value) => deepCompareStrict(value, expected),
  enum: (allowed) => (value) => (allowed as unknown[]).some((expected) => deepCompareStrict(value, expected)),
  // Lengths count code points; a string has at most as many as UTF-16 units and at least half as
  // many, so most strings are judged without counting (a body can be 100 KB).
  minLength: (limit) =>
    onStrings((text) => text.length >= 2 * (limit as number) || ucs2length(text) >= (limit as number)),
  maxLength: (limit) => onStrings((text) => text.length <= (limit as number) || ucs2length(text) <= (limit as number)),
  pattern(source) {
    const pattern = new RegExp(source as string, 'u');
    return onStrings((text) => pattern.test(text));
  },
  format(name) {
    const test = format[name as keyof typeof format];
    if (!test) throw new Error(`Unknown format ${String(name)}`);
    return onStrings((text) => test(text));
  },
  minItems: (limit) => onArrays((list) => list.length >= (limit as number)),
  maxItems: (limit) => onArrays((list) => list.length <= (limit as number)),
  items(sub, _node, child) {
    const check = child(sub as SchemaNode);
    return onArrays((list) => list.every((item) => check(item)));
  },
  required: (names) => onObjects((object) => (names as string[]).every((name) => Object.hasOwn(object, name))),
  properties(properties, _node, child) {
    const checks = Object.entries(properties as Record<string, SchemaNode>).map(
      ([name, sub]) => [name, child(sub)] as const,
    );
    return onObjects((object) => checks.every(([name, check]) => !Object.hasOwn(object, name) || check(object[name])));
  },
  additionalProperties(sub, node, child) {
    const declared = new Set(Object.keys(node.properties ?? {}));
    if (node.patternProperties) throw new Error('patternProperties is not compiled');
    const check = child(sub as SchemaNode);
    return onObjects((object) => Object.keys(object).every((key) => declared.has(key) || check(object[key])));
  },
  propertyNames(sub, _node, child) {
    const check = child(sub as SchemaNode);
    return onObjects((object) => Object.keys(object).every((key) => check(key)));
  },
};
