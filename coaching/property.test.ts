import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFindings } from './index';

const settings = {
  customerFirstName: 'Dana',
  agentName: 'Sam',
  allow: ['just'],
  teamPhrases: [{ phrase: 'ticket', replacements: ['request'] }],
};

// Text built from pieces that exercise the rules, mixed with arbitrary Unicode.
const pieces = fc.constantFrom(
  'Hi Dana,',
  '\n',
  '\n\n',
  ' ',
  '> ',
  'On Mon, Jun 3, 2024, Dana wrote:',
  '-- ',
  'Kind regards,',
  'Obviously',
  'just click',
  'you must have deleted it',
  'DNS',
  'NOT',
  '!!!',
  '???',
  "We can't refund",
  'call billing',
  'I know exactly how you feel',
  '<p>',
  '</p>',
  '&nbsp;',
  '👍',
  'مرحبا',
  '\u200B',
  '\uD800',
  'ticket',
  '.',
  ',',
  "'",
  '’',
);
const replyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 20_000 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 300 }).map((parts) => parts.join('')),
);

describe('analyze: properties', () => {
  it('never throws, keeps offsets in bounds and is deterministic', () => {
    fc.assert(
      fc.property(replyText, fc.option(replyText, { nil: undefined }), (reply, customerMessage) => {
        const first = analyze(reply, { customerMessage, settings });
        for (const finding of first.findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.start).toBeLessThanOrEqual(finding.end);
          expect(finding.end).toBeLessThanOrEqual(reply.length);
        }
        for (const emotion of first.emotions) {
          expect(emotion.confidence).toBeGreaterThan(0);
          expect(emotion.confidence).toBeLessThanOrEqual(1);
          for (const span of emotion.evidence) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual((customerMessage ?? '').length);
            expect((customerMessage ?? '').slice(span.start, span.end)).toBe(span.text);
          }
        }
        for (const score of [
          first.scores.warmth,
          first.scores.empathy,
          first.scores.clarity,
          first.scores.professionalism,
          first.scores.overall,
        ]) {
          expect(score.value).toBeGreaterThanOrEqual(0);
          expect(score.value).toBeLessThanOrEqual(100);
        }
        expect(analyze(reply, { customerMessage, settings })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('analyzeFindings gives exactly the findings analyze gives', () => {
    fc.assert(
      fc.property(
        replyText,
        fc.option(replyText, { nil: undefined }),
        fc.constantFrom<'email' | 'chat'>('email', 'chat'),
        (reply, customerMessage, channel) => {
          const context = { customerMessage, settings, channel };
          expect(analyzeFindings(reply, context)).toEqual(analyze(reply, context).findings);
        },
      ),
      { numRuns: 200 },
    );
  });
});
