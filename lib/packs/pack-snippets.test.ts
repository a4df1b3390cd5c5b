import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/library/schema';
import { sameRecord } from './pack-snippets';

const stored: Snippet = {
  id: 'acme:refund',
  title: 'Refund',
  body: 'Your refund of {{field:Amount}} is on its way.',
  shortcut: 'refund',
  tags: ['billing'],
  emotions: ['anxious'],
  packId: 'acme',
  fields: [{ name: 'Amount', default: '10 EUR' }],
  createdAt: 1,
  updatedAt: 2,
  usageCount: 3,
  lastUsedAt: 4,
};

describe('sameRecord', () => {
  it('holds for a record stored exactly so, and fails on any field that differs', () => {
    expect(sameRecord(structuredClone(stored), stored)).toBe(true);
    expect(sameRecord(stored, undefined)).toBe(false);
    const changes: Partial<Snippet>[] = [
      { id: 'acme:other' },
      { title: 'Refunds' },
      { body: 'Your refund is on its way.' },
      { shortcut: 'refunds' },
      { tags: ['billing', 'money'] },
      { emotions: [] },
      { packId: 'other' },
      { tags: ['money'] },
      { emotions: ['angry'] },
      { fields: [{ name: 'Amount' }] },
      { fields: [{ name: 'Amount', default: '20 EUR' }] },
      { fields: [{ name: 'Total', default: '10 EUR' }] },
      { fields: [{ name: 'Amount', default: '10 EUR', options: ['10 EUR'] }] },
      { fields: [{ name: 'Amount', default: '10 EUR' }, { name: 'Date' }] },
      { fields: undefined },
      { createdAt: 5 },
      { updatedAt: 5 },
      { usageCount: 4 },
      { lastUsedAt: null },
    ];
    for (const change of changes)
      expect(sameRecord({ ...stored, ...change }, stored), JSON.stringify(change)).toBe(false);
    const { fields: _fields, ...withoutFields } = stored;
    expect(sameRecord(withoutFields, stored)).toBe(false);
    expect(sameRecord({ ...stored, extra: true } as Snippet, stored)).toBe(false);
  });
});
