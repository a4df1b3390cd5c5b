import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackFile } from '../../lib/packs/format';
import { workspace } from './test-support';
import { htmlToText, mapPlaceholders } from './zendesk';

let space: ReturnType<typeof workspace>;
beforeEach(() => (space = workspace()));
afterEach(() => space.remove());

/** As GET /api/v2/macros.json answers (trimmed to the keys that matter). */
const EXPORT = {
  macros: [
    {
      id: 360001,
      title: 'Billing::Refund issued',
      active: true,
      actions: [
        { field: 'status', value: 'solved' },
        {
          field: 'comment_value_html',
          value:
            '<p>Hi {{ticket.requester.first_name}},</p><p>Your refund for ticket #{{ticket.id}} is on its way &amp; arrives soon.<br>{{current_user.first_name}}</p>',
        },
      ],
    },
    { id: 360002, title: 'Close quietly', actions: [{ field: 'status', value: 'closed' }] },
    {
      id: 360003,
      title: 'Order number',
      actions: [
        {
          field: 'comment_value',
          value: ['channel:all', 'Thanks {{ticket.requester.name}}, your order {{ticket.external_id}} is noted.'],
        },
      ],
    },
  ],
};

describe('tactful pack from-zendesk', () => {
  it('turns the macros that reply into snippets, placeholders mapped, HTML as text', async () => {
    space.write('macros.json', JSON.stringify(EXPORT));
    const run = await space.run('pack', 'from-zendesk', 'macros.json', '-o', 'pack.json', '--author', 'Acme');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 macros turned into snippets; skipped 1 without a comment: Close quietly');
    const reading = readPackFile(space.read('pack.json'));
    expect(reading.ok && reading.pack.snippets).toEqual([
      {
        id: 'refund-issued',
        title: 'Refund issued',
        body: 'Hi {{customer.firstName}},\n\nYour refund for ticket #{{ticket.id}} is on its way & arrives soon.\n{{agent.firstName}}',
        shortcut: 'refund-issued',
        tags: ['billing'],
      },
      {
        id: 'order-number',
        title: 'Order number',
        body: 'Thanks {{customer.name}}, your order {{field:Ticket external id}} is noted.',
        shortcut: 'order-number',
      },
    ]);
  });

  it('refuses what is not a macros export', async () => {
    space.write('other.json', '{"tickets": []}');
    expect((await space.run('pack', 'from-zendesk', 'other.json')).stderr).toContain(
      'expected a Zendesk macros export',
    );
    space.write('broken.json', '{');
    expect((await space.run('pack', 'from-zendesk', 'broken.json')).stderr).toContain('is not valid JSON');
  });
});

describe('the conversions', () => {
  it('reads HTML as text: breaks, paragraphs, lists and entities; scripts dropped', () => {
    expect(
      htmlToText('<div>One&nbsp;&lt;two&gt;</div><ul><li>a</li><li>b</li></ul><script>x()</script>&#233;&#x41;'),
    ).toBe('One <two>\n\n- a\n- b\n\néA');
  });

  it('drops Liquid filters and turns unknown placeholders into fields', () => {
    expect(mapPlaceholders('{{ ticket.requester.first_name | capitalize }} {{dc.greeting}}')).toBe(
      '{{customer.firstName}} {{field:Dc greeting}}',
    );
  });
});
