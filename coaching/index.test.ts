import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, CATEGORIES, rules } from './index';

const FRUSTRATED = "Third time I'm writing about this and it's still not working!";
const FLAWED = "Obviously you must have deleted the file. You'll have to call billing. We can't refund this.";

describe('analyze: contract', () => {
  it('returns findings with offsets into the reply, sorted by position', () => {
    const reply = `Hi Dana,\n\n${FLAWED}\n\nBest,\nSam`;
    const { findings } = analyze(reply);
    expect(findings.length).toBeGreaterThan(2);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(reply.length);
      expect(finding.start).toBeLessThanOrEqual(finding.end);
      expect(rules[finding.ruleId]!.meta.category).toBe(finding.category);
      expect(finding.message.length).toBeGreaterThan(0);
      expect(finding.note.length).toBeGreaterThan(0);
    }
    const starts = findings.map((finding) => finding.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('covers every category of the coaching guide with at least one rule', () => {
    const categories = new Set(Object.values(rules).map((rule) => rule.meta.category));
    for (const category of CATEGORIES) expect(categories, category).toContain(category);
    expect(categories.size).toBeGreaterThanOrEqual(CATEGORIES.length + 2);
  });

  it('reads the customer message for emotions and ranks statements for them', () => {
    const result = analyze('Hi Dana,\n\nPlease update the app.\n\nBest,\nSam', { customerMessage: FRUSTRATED });
    expect(result.emotions.map((emotion) => emotion.id)).toContain('frustrated');
    expect(result.statements[0]!.emotions).toContain('frustrated');
    expect(result.findings.map((finding) => finding.category)).toContain('missing-empathy');
  });

  it('is deterministic', () => {
    const reply = `Hi Dana,\n\n${FLAWED}`;
    expect(analyze(reply, { customerMessage: FRUSTRATED })).toEqual(analyze(reply, { customerMessage: FRUSTRATED }));
  });

  it('applying every first suggestion in turn leaves none of those findings', () => {
    let reply = `${FLAWED} Just click RESET!!!`;
    for (let round = 0; round < 20; round++) {
      const fixable = analyze(reply, { customerMessage: FRUSTRATED, settings: { agentName: 'Sam' } }).findings.filter(
        (finding) => finding.suggestions.length > 0,
      );
      if (fixable.length === 0) break;
      reply = applySuggestion(reply, fixable[0]!, 0);
    }
    expect(
      analyze(reply, { customerMessage: FRUSTRATED, settings: { agentName: 'Sam' } }).findings.filter(
        (finding) => finding.suggestions.length > 0,
      ),
    ).toEqual([]);
  });
});

describe('analyze: settings', () => {
  const reply = `Hi Dana,\n\n${FLAWED}\n\nBest,\nSam`;

  it('turns a rule off', () => {
    const findings = analyze(reply, { settings: { rules: { blame: { enabled: false } } } }).findings;
    expect(findings.some((finding) => finding.ruleId === 'blame')).toBe(false);
    expect(findings.some((finding) => finding.ruleId === 'runaround')).toBe(true);
  });

  it("overrides a rule's severity", () => {
    const findings = analyze(reply, { settings: { rules: { blame: { severity: 'suggestion' } } } }).findings;
    expect(findings.find((finding) => finding.ruleId === 'blame')!.severity).toBe('suggestion');
  });

  it('never flags an allowed phrase, case-insensitively', () => {
    const findings = analyze(reply, { settings: { allow: ['OBVIOUSLY', "you'll have to call billing"] } }).findings;
    expect(findings.some((finding) => finding.ruleId === 'condescension')).toBe(false);
    expect(findings.some((finding) => finding.ruleId === 'runaround')).toBe(false);
    expect(findings.some((finding) => finding.ruleId === 'blame')).toBe(true);
  });

  it('fills greeting and closing suggestions from the names in settings', () => {
    const findings = analyze('Please update the app today.', {
      settings: { customerFirstName: 'Dana', agentName: 'Sam Lee' },
    }).findings;
    expect(findings.find((finding) => finding.ruleId === 'missing-greeting')!.suggestions[0]).toBe('Hi Dana,\n\n');
    expect(findings.find((finding) => finding.ruleId === 'missing-closing')!.suggestions[0]).toBe(
      '\n\nKind regards,\nSam Lee',
    );
  });
});

describe('analyze: quoted history and signatures', () => {
  const quotedAngry =
    '> You must have deleted it. Obviously. NOT MY PROBLEM!!! Call billing.\n> I know exactly how you feel.';

  it.each([
    [
      'Gmail quote',
      `Hi Dana,\n\nAll fixed.\n\nBest,\nSam\n\nOn Tue, 4 Jun 2024 at 09:10, Alex <alex@example.com> wrote:\n${quotedAngry}`,
    ],
    ['plain ">" lines', `Hi Dana,\n\nAll fixed.\n\nBest,\nSam\n\n${quotedAngry}`],
    [
      'Outlook original message',
      `Hi Dana,\n\nAll fixed.\n\nBest,\nSam\n\n-----Original Message-----\nFrom: Alex\n${quotedAngry.replace(/> /g, '')}`,
    ],
    [
      'Zendesk thread',
      `Hi Dana,\n\nAll fixed.\n\nBest,\nSam\n\n##- Please type your reply above this line -##\n\n${quotedAngry.replace(/> /g, '')}`,
    ],
    [
      'signature block',
      `Hi Dana,\n\nAll fixed.\n\n-- \nSam | "Obviously the BEST support!!!"\nNot my problem? Call billing.`,
    ],
  ])('never points into %s', (_name, reply) => {
    const { findings } = analyze(reply);
    expect(findings.map((finding) => `${finding.ruleId}: ${reply.slice(finding.start, finding.end)}`)).toEqual([]);
  });
});

describe('analyze: language', () => {
  it.each([
    [
      'Spanish',
      'Hola Dana,\n\nGracias por su mensaje. Hemos revisado la cuenta y el problema ya está resuelto. Por favor, inténtelo de nuevo.\n\nSaludos,\nSam',
    ],
    [
      'French',
      'Bonjour Dana,\n\nMerci pour votre message. Nous avons vérifié votre compte et le problème est résolu. Vous pouvez réessayer dès maintenant.\n\nCordialement,\nSam',
    ],
    [
      'German',
      'Hallo Dana,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Konto geprüft und das Problem ist behoben. Bitte versuchen Sie es noch einmal.\n\nMit freundlichen Grüßen\nSam',
    ],
    ['Arabic', 'مرحبا دانا، لقد قمنا بمراجعة حسابك وتم حل المشكلة. يرجى المحاولة مرة أخرى. مع التحية، سام'],
    ['Japanese', 'ダナ様、お問い合わせありがとうございます。アカウントを確認し、問題は解決しました。'],
  ])('withholds coaching for a reply in %s', (_language, reply) => {
    const result = analyze(reply, { customerMessage: FRUSTRATED });
    expect(result.language.supported).toBe(false);
    expect(result.language.note).toBeTruthy();
    expect(result.findings).toEqual([]);
  });

  it('coaches English replies that quote a name or a word from another language', () => {
    const result = analyze(
      'Hi José,\n\nThe café menu export (menú del día) is fixed now. Could you check it and let me know?\n\nBest,\nSam',
    );
    expect(result.language.supported).toBe(true);
  });
});

describe('analyze: unusual input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n  '],
    ['emoji only', '👍🎉'],
    ['zero-width and BOM', '\uFEFF\u200B'],
  ])('returns no findings for %s text', (_name, reply) => {
    const result = analyze(reply);
    expect(result.findings).toEqual([]);
    expect(result.language.supported).toBe(true);
  });

  it('handles emoji inside a reply with offsets that cut no surrogate pair', () => {
    const reply = 'Hi Dana 👋,\n\nObviously 🙄 the fix is live!!! 🎉\n\nBest,\nSam';
    for (const finding of analyze(reply).findings) {
      const flagged = reply.slice(finding.start, finding.end);
      expect(flagged).toBe(flagged.normalize());
      expect(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/u.test(flagged)).toBe(false);
    }
  });

  it('handles right-to-left text mixed into an English reply', () => {
    const reply = 'Hi Dana,\n\nYour order "طلب رقم ٥" shipped today. Could you confirm it arrived?\n\nBest,\nSam';
    const result = analyze(reply);
    expect(result.language.supported).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it('treats pasted HTML as text without crashing, and reads its greeting', () => {
    const reply =
      '<div dir="ltr"><p>Hi Dana,</p><p>Obviously the <b>fix</b> is live.</p><p>Best,<br>Sam</p></div><script>alert(1)</script>';
    const result = analyze(reply);
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('missing-greeting');
    expect(result.findings.map((finding) => reply.slice(finding.start, finding.end))).toContain('Obviously');
  });

  it('completes on a 1 MB reply', () => {
    const paragraph =
      'Obviously you must have deleted the file, so please flush the DNS cache and try again! We cannot refund this.\n\n';
    const reply = `Hi Dana,\n\n${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}Best,\nSam`;
    const result = analyze(reply, { customerMessage: FRUSTRATED.repeat(2000) });
    expect(reply.length).toBeGreaterThan(1_000_000);
    expect(result.findings.length).toBeGreaterThan(1000);
    expect(result.findings.every((finding) => finding.end <= reply.length)).toBe(true);
  });

  it('tolerates values that are not strings from loosely typed callers', () => {
    expect(() =>
      analyze(undefined as unknown as string, {
        customerMessage: 42 as unknown as string,
        settings: { teamPhrases: [{ phrase: '', replacements: [] }], allow: [''] },
      }),
    ).not.toThrow();
  });
});
