import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index';
import { SEVERITIES } from './types';

const rulesDirectory = fileURLToPath(new URL('./rules/', import.meta.url));
const files = readdirSync(rulesDirectory);

describe('rule registry', () => {
  const ids = Object.keys(rules);

  it('registers at least one rule per guide category it claims', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    it(`${id}: lives in rules/${id}.ts and has rules/${id}.test.ts`, () => {
      expect(files).toContain(`${id}.ts`);
      expect(files).toContain(`${id}.test.ts`);
    });

    it(`${id}: has complete meta`, () => {
      const { meta } = rules[id]!;
      expect(meta.category.length).toBeGreaterThan(0);
      expect(SEVERITIES).toContain(meta.severity);
      expect(meta.description.length).toBeGreaterThan(10);
    });
  }

  it('has no rule file that is missing from the registry', () => {
    const ruleFiles = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts');
    expect(ruleFiles.map((file) => file.slice(0, -3)).sort()).toEqual([...ids].sort());
  });
});
