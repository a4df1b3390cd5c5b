import { describe, expect, it } from 'vitest';
import packSchema from '@/public/pack.schema.json';
import { EMOTIONS } from '@/coaching/types';
import { ruleIds } from '@/coaching/rules';
import {
  MAX_BODY_BYTES,
  MAX_SHORTCUT_LENGTH,
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MAX_TITLE_LENGTH,
} from '@/lib/library/validation';
import { MAX_PACK_BYTES, readPackFile, type PackProblem } from './format';
import { jsonPath } from './json-error';
import { examplePack, snippetsOf, trainerKeys } from './test-support';

function problemsOf(input: string | Uint8Array): PackProblem[] {
  const reading = readPackFile(input);
  if (reading.ok) throw new Error('expected the pack to be refused');
  return reading.problems;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('readPackFile', () => {
  it('reads a valid pack, keeping its exact text', () => {
    const text = json(examplePack());
    const reading = readPackFile(new TextEncoder().encode(text));
    expect(reading).toMatchObject({ ok: true, text, signature: null });
    if (reading.ok) expect(reading.pack.snippets.map((snippet) => snippet.id)).toEqual(['refund-delay', 'thanks-wait']);
  });

  it('says where invalid JSON breaks, by line', () => {
    const [problem] = problemsOf('{\n  "id": "x",\n  "name": oops\n}');
    expect(problem).toMatchObject({ code: 'not-json', path: '' });
    expect(problem!.message).toMatch(/not valid JSON.*line 3/);
  });

  it('refuses JSON that is not a pack', () => {
    expect(problemsOf('[1, 2]')[0]!.code).toBe('not-a-pack');
    expect(problemsOf('{"macros": []}')[0]!.code).toBe('not-a-pack');
  });

  it('names each schema violation by its JSON path', () => {
    const pack = examplePack({ version: '1.0', updated: 'yesterday' }) as unknown as Record<string, unknown>;
    (pack.snippets as Record<string, unknown>[])[1]!.title = '';
    (pack.snippets as Record<string, unknown>[])[1]!.colour = 'red';
    delete (pack.snippets as Record<string, unknown>[])[0]!.shortcut;
    pack.settings = { rules: { 'no-such-rule': { enabled: false } } };
    const problems = problemsOf(json(pack));
    expect(problems.every((problem) => problem.code === 'schema')).toBe(true);
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
    expect(byPath.version).toMatch(/version number like 1\.2\.0/);
    expect(byPath.updated).toMatch(/date and time/);
    expect(byPath['snippets[1].title']).toBe('snippets[1].title: is empty.');
    expect(byPath['snippets[1].colour']).toMatch(/not part of the pack format/);
    expect(byPath['snippets[0].shortcut']).toMatch(/is missing/);
    expect(byPath['settings.rules.no-such-rule']).toMatch(/must match/);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const [problem] = problemsOf(new Uint8Array(MAX_PACK_BYTES + 1));
    expect(problem).toMatchObject({ code: 'too-large' });
    expect(problem!.message).toMatch(/at most 5 MB/);
  });

  it('refuses more than 20,000 snippets', () => {
    const snippets = snippetsOf(20_001).map(({ id, title, body, shortcut }) => ({
      id,
      title: title.slice(0, 3),
      body,
      shortcut,
    }));
    const [problem] = problemsOf(JSON.stringify(examplePack({ snippets })));
    expect(problem).toMatchObject({ code: 'too-many-snippets', path: 'snippets' });
    expect(problem!.message).toMatch(/20,001 snippets; at most 20,000/);
  });

  it('refuses duplicate ids and shortcuts, naming both snippets', () => {
    const [first, second] = examplePack().snippets;
    const problems = problemsOf(
      json(examplePack({ snippets: [first!, { ...second!, id: first!.id, shortcut: 'REFUND-delay' }] })),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        path: 'snippets[1].id',
        message: expect.stringContaining('snippets[0]'),
      }),
      expect.objectContaining({ code: 'duplicate-shortcut', path: 'snippets[1].shortcut' }),
    ]);
  });

  it('refuses a newer format with "update Tactful", before checking anything else', () => {
    const [problem] = problemsOf(json({ formatVersion: 2, id: 'x', somethingNew: true }));
    expect(problem).toMatchObject({ code: 'newer-format', path: 'formatVersion' });
    expect(problem!.message).toMatch(/Update Tactful/);
  });

  it('keeps HTML in bodies as text for the library to show as text', () => {
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const reading = readPackFile(json(examplePack({ snippets: [{ id: 'a', title: 't', body, shortcut: 'a' }] })));
    expect(reading.ok && reading.pack.snippets[0]!.body).toBe(body);
  });
});

describe('signed packs', () => {
  it('carries the exact signed text and the signature', () => {
    const keys = trainerKeys();
    const text = json(examplePack());
    const reading = readPackFile(keys.sign(text));
    expect(reading).toMatchObject({ ok: true, text, signature: { algorithm: 'Ed25519', publicKey: keys.publicKey } });
  });

  it('checks the signed pack like any pack, paths under signedPack', () => {
    const keys = trainerKeys();
    const problems = problemsOf(keys.sign(json(examplePack({ version: 'one' }))));
    expect(problems[0]).toMatchObject({ code: 'schema', path: 'signedPack.version' });
    expect(problemsOf(keys.sign('{ nope'))[0]).toMatchObject({ code: 'not-json', path: 'signedPack' });
  });

  it('refuses a malformed signature block', () => {
    const file = JSON.parse(trainerKeys().sign(json(examplePack()))) as { signature: { value: string } };
    file.signature.value = 'short';
    expect(problemsOf(json(file))[0]).toMatchObject({ code: 'schema', path: 'signature.value' });
  });
});

describe('the published schema', () => {
  const defs = packSchema.$defs;

  it("has the library's limits for snippets", () => {
    const snippet = defs.snippet.properties;
    expect(snippet.title.maxLength).toBe(MAX_TITLE_LENGTH);
    expect(snippet.body.maxLength).toBe(MAX_BODY_BYTES);
    expect(snippet.shortcut.maxLength).toBe(MAX_SHORTCUT_LENGTH);
    expect(snippet.tags.maxItems).toBe(MAX_TAGS);
    expect(snippet.tags.items.maxLength).toBe(MAX_TAG_LENGTH);
    expect(snippet.emotions.items.enum).toEqual([...EMOTIONS]);
  });

  it("names exactly the engine's rules", () => {
    expect(defs.settings.properties.rules.propertyNames.enum).toEqual([...ruleIds]);
  });

  it('turns JSON pointers into the paths people read', () => {
    expect(jsonPath('#/snippets/3/title')).toBe('snippets[3].title');
    expect(jsonPath('#/settings/rules/a~1b')).toBe('settings.rules.a/b');
    expect(jsonPath('#')).toBe('');
  });
});
