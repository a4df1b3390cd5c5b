import { describe, expect, it } from 'vitest';
import { prepareReply } from './document';

function agentWords(text: string): string {
  const document = prepareReply(text);
  return document.masked.slice(document.contentStart, document.contentEnd).replace(/\s+/g, ' ').trim();
}

describe("prepareReply: what counts as the agent's own words", () => {
  it('keeps the length and line breaks of the original', () => {
    const text = 'Hi Dana,\n\nDone.\n\n> old\n> text';
    const document = prepareReply(text);
    expect(document.masked.length).toBe(text.length);
    expect([...document.masked].filter((char) => char === '\n').length).toBe(5);
  });

  it('excludes a Gmail "On … wrote:" header and the quoted lines under it', () => {
    const text =
      'Hi Dana,\n\nFixed now.\n\nBest,\nSam\n\nOn Mon, Jun 3, 2024 at 10:02 AM Dana Lee <dana@example.com> wrote:\n> It is broken.\n> Please help.';
    expect(agentWords(text)).toBe('Hi Dana, Fixed now. Best,');
  });

  it('handles a header wrapped over two lines', () => {
    const text =
      'Fixed now.\n\nOn Mon, Jun 3, 2024 at 10:02 AM Dana Lee <\ndana@example.com> wrote:\n\n> It is broken.';
    expect(agentWords(text)).toBe('Fixed now.');
  });

  it('excludes a quote without ">" marks (HTML quote flattened to text) to the end', () => {
    const text = 'Fixed now.\n\nOn Mon, Jun 3, 2024, Dana Lee wrote:\nIt is broken and I am furious.';
    expect(agentWords(text)).toBe('Fixed now.');
  });

  it('keeps agent text written between quoted lines (inline replies)', () => {
    const text = '> Is it fixed?\nYes, since this morning.\n> And the invoice?\nSent today.';
    expect(agentWords(text)).toBe('Yes, since this morning. Sent today.');
  });

  it('excludes Outlook "Original Message" and From/Sent/To/Subject headers', () => {
    expect(agentWords('Fixed now.\n\n-----Original Message-----\nFrom: Dana\nIt is broken.')).toBe('Fixed now.');
    expect(
      agentWords(
        'Fixed now.\n\nFrom: Dana Lee <dana@example.com>\nSent: Monday, June 3, 2024 10:02 AM\nTo: Support\nSubject: Broken\n\nIt is broken.',
      ),
    ).toBe('Fixed now.');
    expect(
      agentWords('Fixed now.\n________________________________\nFrom: Dana Lee\nSent: Monday\nIt is broken.'),
    ).toBe('Fixed now.');
  });

  it('excludes a Zendesk quoted thread below the reply marker', () => {
    const text =
      'Fixed now.\n\n##- Please type your reply above this line -##\n\nDana Lee\n\nJun 3, 2024, 10:02 GMT+1\n\nIt is broken.';
    expect(agentWords(text)).toBe('Fixed now.');
    expect(
      agentWords(
        'Fixed now.\n\nYour request (12345) has been updated. To add additional comments, reply to this email.\nIt is broken.',
      ),
    ).toBe('Fixed now.');
  });

  it('treats lines after "-- " as a signature, and a signature counts as a closing', () => {
    const document = prepareReply('Hi Dana,\n\nFixed now.\n\n-- \nSam Lee | Acme Support\n+1 555 0100');
    expect(document.signature).not.toBeNull();
    expect(document.masked.includes('Sam Lee')).toBe(false);
  });

  it('treats short lines below a sign-off as a signature block', () => {
    const document = prepareReply(
      'Hi Dana,\n\nFixed now.\n\nKind regards,\nSam Lee\nSupport Engineer, Acme Inc.\nwww.acme.example',
    );
    expect(document.signOff && document.masked.slice(document.signOff.contentStart, document.signOff.contentEnd)).toBe(
      'Kind regards,',
    );
    expect(document.masked.includes('Support Engineer')).toBe(false);
  });

  it('recognises warm closes by phrase and by shape', () => {
    const close = (text: string) => {
      const document = prepareReply(text);
      return document.signOff && document.masked.slice(document.signOff.contentStart, document.signOff.contentEnd);
    };
    expect(close('Hi Dana,\n\nDone.\n\nGood luck with the presentation, Sam')).toBe(
      'Good luck with the presentation, Sam',
    );
    expect(close('Hi Dana,\n\nDone.\n\nWishing you a calm week!\nSam')).toBe('Wishing you a calm week!');
    // Not in any list, but shaped like a close: short, comma-ended, set apart, above a name.
    expect(close('Hi Dana,\n\nDone.\n\nHappy baking,\nSam Lee')).toBe('Happy baking,');
    // The same shape inside a list is not a close.
    expect(close('Hi Dana,\n\nSteps:\nOpen the menu,\nChoose Export')).toBeNull();
  });

  it('does not take a sentence below a "Thanks" for a signature', () => {
    const document = prepareReply(
      'Thanks for the report.\nI will fix it now, and I will call you back this afternoon!',
    );
    expect(document.signOff).toBeNull();
    expect(document.signature).toBeNull();
  });

  it('finds the greeting line, including a name-only salutation', () => {
    expect(prepareReply('Hi Dana,\nDone.').greeting).not.toBeNull();
    expect(prepareReply('Dana,\n\nDone.').greeting).not.toBeNull();
    expect(prepareReply('Done, Dana.').greeting).toBeNull();
  });

  it('blanks pasted HTML tags and entities but keeps the words', () => {
    const document = prepareReply('<div><p>Hi&nbsp;Dana,</p><p>Done.</p></div>');
    expect(document.masked.length).toBe('<div><p>Hi&nbsp;Dana,</p><p>Done.</p></div>'.length);
    expect(document.masked.replace(/\s+/g, ' ').trim()).toBe('Hi Dana, Done.');
    expect(document.greeting).not.toBeNull();
  });

  it('splits sentences at terminal marks and line breaks, not at decimals', () => {
    const text = 'Version 2.5 is out! Update now.\nThen restart';
    const document = prepareReply(text);
    expect(document.sentences.map((span) => text.slice(span.start, span.end))).toEqual([
      'Version 2.5 is out!',
      'Update now.',
      'Then restart',
    ]);
    expect(document.sentenceWords).toEqual([4, 2, 2]);
  });
});
