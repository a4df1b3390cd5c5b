import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackFile } from '../../lib/packs/format';
import { workspace } from './test-support';

let space: ReturnType<typeof workspace>;
beforeEach(() => (space = workspace()));
afterEach(() => space.remove());

const REFUND_MD = `---
title: Refund issued
shortcut: refund
tags: billing, refunds
emotions: [frustrated]
fields:
  - name: Card
    options: [Visa, Mastercard]
    default: Visa
---
Hi {{customer.firstName}}, I have refunded {{field:Amount}} to your {{field:Card}} card.
`;

const MORE_YAML = `- title: Password reset
  body: I have sent a password reset link to your email address.
- title: Outage update
  shortcut: outage
  body: The service is back up. Thank you for your patience.
`;

describe('tactful pack build', () => {
  it('makes a valid pack from a folder of Markdown and YAML files, in name order', async () => {
    mkdirSync(space.path('snippets'));
    space.write('snippets/refund.md', REFUND_MD);
    space.write('snippets/more.yaml', MORE_YAML);
    space.write('snippets/notes.txt', 'not a snippet');
    const built = await space.run('pack', 'build', 'snippets', '-o', 'pack.json', '--author', 'Acme', '--name', 'Acme');
    expect(built.status).toBe(0);
    const reading = readPackFile(space.read('pack.json'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.pack).toMatchObject({ id: 'snippets', name: 'Acme', author: 'Acme', version: '1.0.0' });
    expect(reading.pack.snippets).toEqual([
      {
        id: 'password-reset',
        title: 'Password reset',
        body: 'I have sent a password reset link to your email address.',
        shortcut: 'password-reset',
      },
      {
        id: 'outage-update',
        title: 'Outage update',
        body: 'The service is back up. Thank you for your patience.',
        shortcut: 'outage',
      },
      {
        id: 'refund',
        title: 'Refund issued',
        body: 'Hi {{customer.firstName}}, I have refunded {{field:Amount}} to your {{field:Card}} card.',
        shortcut: 'refund',
        tags: ['billing', 'refunds'],
        emotions: ['frustrated'],
        fields: [{ name: 'Card', options: ['Visa', 'Mastercard'], default: 'Visa' }],
      },
    ]);
  });

  it('makes a pack from a CSV, fields in a cell', async () => {
    space.write(
      'team.csv',
      'Title,Body,Shortcut,Tags,Emotions,Fields\r\n' +
        '"Order shipped","Order {{field:Order number}} left with {{field:Carrier}}.",shipped,"orders; shipping",anxious,"Order number; Carrier=DHL|UPS"\r\n',
    );
    const built = await space.run('pack', 'build', 'team.csv');
    expect(built.status).toBe(0);
    const reading = readPackFile(built.stdout);
    expect(reading.ok && reading.pack.snippets).toEqual([
      {
        id: 'order-shipped',
        title: 'Order shipped',
        body: 'Order {{field:Order number}} left with {{field:Carrier}}.',
        shortcut: 'shipped',
        tags: ['orders', 'shipping'],
        emotions: ['anxious'],
        fields: [{ name: 'Order number' }, { name: 'Carrier', default: 'DHL', options: ['DHL', 'UPS'] }],
      },
    ]);
  });

  it('says which file or row a problem comes from, and writes nothing', async () => {
    space.write('team.csv', 'title,body\nGood,Thank you for waiting.\nEmpty,\n');
    const built = await space.run('pack', 'build', 'team.csv', '-o', 'pack.json');
    expect(built.status).toBe(1);
    expect(built.stderr).toContain('team.csv: row 3: snippets[1].body: is empty.');
    expect(() => space.read('pack.json')).toThrow();
    mkdirSync(space.path('broken'));
    space.write('broken/a.md', '---\ntitle: [unclosed\n---\nBody');
    expect((await space.run('pack', 'build', 'broken')).stderr).toMatch(/broken\/a\.md: not valid YAML/);
    space.write('no-header.csv', 'a,b\n1,2\n');
    expect((await space.run('pack', 'build', 'no-header.csv')).stderr).toContain('the header row needs title and body');
  });
});
