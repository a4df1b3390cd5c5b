import { describe, expect, it } from 'vitest';
import { analyze } from '@/coaching';
import { buildChecklist, CHECKLIST_ITEMS, type ChecklistItem, type ChecklistItemId } from './checklist';

const UPSET_CUSTOMER =
  "This is the third time I'm writing. The internet still drops every evening and I'm fed up with it.";
const CALM_CUSTOMER = 'Hello, could you tell me when my new router will arrive? Thanks.';

function checklist(
  reply: string,
  customerMessage = CALM_CUSTOMER,
  rules: Record<string, { enabled?: boolean }> = {},
): Record<ChecklistItemId, ChecklistItem> {
  const items = buildChecklist(analyze(reply, { customerMessage, settings: { rules } }), reply);
  return Object.fromEntries(items.map((item) => [item.id, item])) as Record<ChecklistItemId, ChecklistItem>;
}

const statusOf = (items: Record<ChecklistItemId, ChecklistItem>) =>
  Object.fromEntries(Object.entries(items).map(([id, item]) => [id, item.status]));

describe('buildChecklist', () => {
  it('lists the five items in order', () => {
    const items = buildChecklist(
      analyze('Hi Dana,\n\nYour router ships today.', { customerMessage: CALM_CUSTOMER }),
      'Hi Dana,\n\nYour router ships today.',
    );
    expect(items.map((item) => item.id)).toEqual([...CHECKLIST_ITEMS]);
  });

  it('ticks nothing on an empty draft, and says the acknowledgement is not needed for a calm customer', () => {
    expect(statusOf(checklist(''))).toEqual({
      greeting: 'todo',
      acknowledgement: 'not-needed',
      'plain-language': 'todo',
      'next-step': 'todo',
      closing: 'todo',
    });
    expect(checklist('').greeting.reason).toBe('empty');
    expect(checklist('', UPSET_CUSTOMER).acknowledgement.status).toBe('todo');
  });

  it('ticks a complete reply to an upset customer, pointing at the words that count', () => {
    const reply =
      "Hi Dana,\n\nI'm sorry the connection keeps dropping; that is frustrating after three reports. An engineer will visit on Friday between 9 and 11.\n\nKind regards,\nSam";
    const items = checklist(reply, UPSET_CUSTOMER);
    expect(statusOf(items)).toEqual({
      greeting: 'done',
      acknowledgement: 'done',
      'plain-language': 'done',
      'next-step': 'done',
      closing: 'done',
    });
    expect(items.greeting.words).toBe('Hi Dana,');
    expect(items.closing.words).toBe('Kind regards,');
    // The whole sentence, as the agent wrote it.
    expect(items.acknowledgement.words).toBe(
      "I'm sorry the connection keeps dropping; that is frustrating after three reports.",
    );
    expect(items['next-step'].words).toBe('An engineer will visit on Friday between 9 and 11.');
  });

  it('ticks items one by one as the agent types them', () => {
    const steps = [
      'The',
      'Hi Dana, the',
      'Hi Dana,\n\nPlease reset the router. Let me know if the drops continue.',
      'Hi Dana,\n\nPlease reset the router. Let me know if the drops continue.\n\nBest wishes,\nSam',
    ];
    const seen = steps.map((reply) => {
      const items = checklist(reply);
      return [items.greeting.status, items['next-step'].status, items.closing.status];
    });
    expect(seen).toEqual([
      ['todo', 'todo', 'todo'],
      ['done', 'todo', 'todo'],
      ['done', 'done', 'todo'],
      ['done', 'done', 'done'],
    ]);
  });

  it('does not tick a next step on a short draft just because the engine waits before flagging it', () => {
    // Fewer words than the next-step rule needs before it speaks: no finding, and still no next step.
    const items = checklist('Hi Dana, the router looks fine.');
    expect(
      analyze('Hi Dana, the router looks fine.', { customerMessage: CALM_CUSTOMER }).findings.some(
        (f) => f.category === 'missing-next-step',
      ),
    ).toBe(false);
    expect(items['next-step'].status).toBe('todo');
  });

  it('counts an instruction the customer can follow as a next step, as the engine does', () => {
    const items = checklist('Hi Dana,\n\nRestart the router and sign in again with your new password.\n\nThanks,\nSam');
    expect(items['next-step']).toMatchObject({ status: 'done', reason: 'next_step_found' });
  });

  it("ticks a chat's short closing line as a closing", () => {
    const reply = 'Hi Mei, you can invite your partner from Home > People > Invite. Anything else I can help with?';
    const analysis = analyze(reply, { customerMessage: CALM_CUSTOMER, channel: 'chat' });
    const closing = buildChecklist(analysis, reply, 'chat').find((item) => item.id === 'closing');
    expect(closing).toMatchObject({ status: 'done', words: 'Anything else I can help with?' });
  });

  it('counts a question to the customer as a next step', () => {
    const items = checklist('Hi Dana,\n\nWhich of the lights on the router is blinking at the moment?\n\nThanks,\nSam');
    expect(items['next-step']).toMatchObject({ status: 'done', reason: 'next_step_found' });
  });

  it('ticks greeting and closing from the draft even when their rules are turned off', () => {
    const reply = 'Hi Dana,\n\nYour router ships today and will arrive by Friday.\n\nCheers,\nSam';
    const off = { 'missing-greeting': { enabled: false }, 'missing-closing': { enabled: false } };
    expect(statusOf(checklist(reply, CALM_CUSTOMER, off))).toMatchObject({ greeting: 'done', closing: 'done' });
    const bare = 'Your router ships today and will arrive by Friday.';
    expect(statusOf(checklist(bare, CALM_CUSTOMER, off))).toMatchObject({ greeting: 'todo', closing: 'todo' });
  });

  it('does not take a claim to share the feeling as an acknowledgement', () => {
    const reply = 'Hi Dana,\n\nI know exactly how you feel. Please reset the router and let me know.\n\nThanks,\nSam';
    const items = checklist(reply, UPSET_CUSTOMER);
    expect(items.acknowledgement).toMatchObject({ status: 'todo', reason: 'acknowledgement_sympathy' });
    expect(items.acknowledgement.words?.toLowerCase()).toContain('i know exactly how you feel');
  });

  it('asks for an acknowledgement when an upset customer gets only steps', () => {
    const reply = 'Hi Dana,\n\nPlease reset the router and let me know if it helps.\n\nThanks,\nSam';
    expect(checklist(reply, UPSET_CUSTOMER).acknowledgement).toMatchObject({
      status: 'todo',
      reason: 'acknowledgement_missing',
    });
    expect(checklist(reply, CALM_CUSTOMER).acknowledgement).toMatchObject({
      status: 'not-needed',
      reason: 'acknowledgement_not_upset',
    });
  });

  it('unticks plain language for jargon, naming the term', () => {
    const reply = 'Hi Dana,\n\nPlease flush your DNS cache and renew the DHCP lease, then let me know.\n\nThanks,\nSam';
    const item = checklist(reply)['plain-language'];
    expect(item.status).toBe('todo');
    expect(item.reason).toBe('plain_language_jargon');
    expect(reply).toContain(item.words!);
  });

  it('unticks plain language for a sentence too long to follow', () => {
    const long = `Hi Dana,\n\n${'We checked the line and the router and the settings and the cabling and the exchange and the schedule '.repeat(3)}today. Let me know.\n\nThanks,\nSam`;
    expect(checklist(long)['plain-language']).toMatchObject({ status: 'todo', reason: 'plain_language_hard_to_read' });
  });

  it("leaves quoted history out: a greeting or next step in the customer's quoted mail does not count", () => {
    const reply =
      'The router looks fine.\n\nOn Mon, 3 Jun 2024 at 09:12, Dana Whitfield <dana@example.com> wrote:\n> Hi Sam,\n> Let me know when the engineer will visit.';
    const items = checklist(reply);
    expect(items.greeting.status).toBe('todo');
    expect(items['next-step'].status).toBe('todo');
  });

  it('has no checklist for a reply the engine does not coach', () => {
    const reply = 'Hola Dana, gracias por escribirnos. Vamos a revisar la conexión esta tarde y te llamamos mañana.';
    const analysis = analyze(reply, { customerMessage: CALM_CUSTOMER });
    expect(analysis.language.supported).toBe(false);
    expect(buildChecklist(analysis, reply)).toEqual([]);
  });
});
