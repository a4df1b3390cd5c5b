import { describe, expect, it } from 'vitest';
import { analyze, detectEmotions, EMOTIONS, type EmotionId, type Finding } from '@/coaching';
import { fillPlaceholders, placeholderValues } from './placeholders';
import { STARTER_SNIPPETS, starterSnippetRecords, type StarterSnippet } from './starter-snippets';
import { validateSnippetRecord } from './validation';

/** A customer message per emotion; the first test proves the engine reads each one as meant. */
const CUSTOMER_MESSAGES: Record<EmotionId | 'calm', string> = {
  angry: 'This is unacceptable. You charged me twice and nobody has answered. Absolutely ridiculous service.',
  frustrated: "This is the third time I'm writing about this. The export is still not working and I'm fed up.",
  confused: "I don't understand what this message means. What does it want me to do? I'm lost.",
  anxious: "I'm really worried I've lost all my files. I have a deadline tomorrow and I'm panicking.",
  hurried: 'I have a meeting in 10 minutes, please just tell me how to fix it ASAP.',
  apologetic: 'Sorry to bother you again, I think I deleted it by mistake. My apologies for the trouble.',
  calm: 'Hello, could you tell me how to change the email address on my account? Thanks.',
};

const FACTS = placeholderValues({
  customerName: 'Dana Whitfield',
  agentName: 'Sam Ortiz',
  ticketId: '48213',
  now: new Date(Date.UTC(2025, 2, 14)),
  locale: 'en-GB',
  timeZone: 'UTC',
});

/** The rules that judge a whole reply's shape, which a snippet (one part of a reply) cannot have. */
const WHOLE_REPLY_RULES = ['missing-greeting', 'missing-closing', 'missing-next-step'] as const;

/** Every customer the snippet claims to suit (a calm one for snippets that suit anyone). */
function customersFor(snippet: StarterSnippet): string[] {
  return snippet.emotions.length > 0
    ? snippet.emotions.map((emotion) => CUSTOMER_MESSAGES[emotion])
    : [CUSTOMER_MESSAGES.calm];
}

function describeFindings(findings: Finding[], text: string): string {
  return findings
    .map((finding) => `${finding.ruleId} at "${text.slice(finding.start, finding.end)}": ${finding.message}`)
    .join('\n');
}

describe('starter snippets', () => {
  it('has the customer messages the engine reads as the intended emotion', () => {
    for (const emotion of EMOTIONS) {
      expect(
        detectEmotions(CUSTOMER_MESSAGES[emotion]).map((detected) => detected.id),
        emotion,
      ).toContain(emotion);
    }
    expect(detectEmotions(CUSTOMER_MESSAGES.calm)).toEqual([]);
  });

  it('has at least 40 snippets, including empathy for every emotion, hand-offs and closings', () => {
    expect(STARTER_SNIPPETS.length).toBeGreaterThanOrEqual(40);
    for (const emotion of EMOTIONS) {
      const forEmotion = STARTER_SNIPPETS.filter(
        (snippet) => snippet.tags.includes('empathy') && snippet.emotions.includes(emotion),
      );
      expect(forEmotion.length, emotion).toBeGreaterThanOrEqual(3);
    }
    for (const tag of ['reassurance', 'explanation', 'handoff', 'closing']) {
      expect(STARTER_SNIPPETS.filter((snippet) => snippet.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique slugs, titles and shortcuts, and every record passes validation', () => {
    const records = starterSnippetRecords(0);
    for (const key of ['slug', 'title', 'shortcut'] as const) {
      expect(new Set(STARTER_SNIPPETS.map((snippet) => snippet[key])).size, key).toBe(STARTER_SNIPPETS.length);
    }
    for (const record of records) {
      const result = validateSnippetRecord(record);
      expect(result.ok ? 'valid' : result.issues, record.id).toBe('valid');
      // Validation normalises; starter data must already be in normal form.
      if (result.ok) expect(result.value).toEqual(record);
    }
  });

  it.each(STARTER_SNIPPETS.map((snippet) => [snippet.slug, snippet] as const))(
    '%s draws no finding from the coaching engine on its own',
    (_slug, snippet) => {
      const { text } = fillPlaceholders(snippet.body, FACTS);
      const rules = Object.fromEntries(WHOLE_REPLY_RULES.map((id) => [id, { enabled: false }]));
      for (const customerMessage of customersFor(snippet)) {
        const analysis = analyze(text, { customerMessage, settings: { rules } });
        expect(describeFindings(analysis.findings, text), customerMessage).toBe('');
      }
    },
  );

  it.each(STARTER_SNIPPETS.map((snippet) => [snippet.slug, snippet] as const))(
    '%s draws no finding from any rule inside a complete reply to the customer it suits',
    (_slug, snippet) => {
      const { text } = fillPlaceholders(snippet.body, FACTS);
      const reply = `Hi Dana,\n\n${text}\n\nI'll check back with you by 3 pm today.\n\nKind regards,\nSam`;
      for (const customerMessage of customersFor(snippet)) {
        const analysis = analyze(reply, { customerMessage, settings: { customerFirstName: 'Dana', agentName: 'Sam' } });
        expect(describeFindings(analysis.findings, reply), customerMessage).toBe('');
      }
    },
  );

  it('has closings that, on their own, already tell the customer what happens next', () => {
    const closings = STARTER_SNIPPETS.filter((snippet) => snippet.tags.includes('closing'));
    for (const closing of closings) {
      const { text } = fillPlaceholders(closing.body, FACTS);
      const ruleIds = analyze(`Hi Dana,\n\n${text}\n\nKind regards,\nSam`).findings.map((finding) => finding.ruleId);
      expect(ruleIds, closing.slug).not.toContain('missing-next-step');
    }
  });
});
