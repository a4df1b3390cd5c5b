// The starter library: snippets written for Tactful, seeded on first install as the read-only pack
// STARTER_PACK_ID (the agent duplicates one to make it their own). Each follows the coaching guide:
// empathy that names the feeling without claiming to share it, plain words, hand-offs where we stay
// the customer's contact, and closings that check the problem is really gone.
// starter-snippets.test.ts runs every one through the coaching engine and expects no finding.

import type { EmotionId } from '@/coaching/types';
import type { Snippet } from './schema';

export const STARTER_PACK_ID = 'tactful-starter';

export interface StarterSnippet {
  /** Stable for ever: the record id is `${STARTER_PACK_ID}:${slug}`, and seeding tracks slugs. */
  slug: string;
  title: string;
  body: string;
  /** The shortcut the seed tries first. */
  shortcut: string;
  tags: string[];
  emotions: EmotionId[];
}

export const STARTER_SNIPPETS: readonly StarterSnippet[] = [
  // Empathy: angry
  {
    slug: 'angry-fell-short',
    title: 'Angry: we fell short',
    body: "I'm sorry we fell short here; you were right to expect better. I'm taking this on myself and will see it through to the end.",
    shortcut: 'fell-short',
    tags: ['empathy', 'ownership'],
    emotions: ['angry'],
  },
  {
    slug: 'angry-straight-answer',
    title: 'Angry: a straight answer',
    body: 'I understand why you are upset, and you deserve a straight answer about what went wrong. Here is what happened, and what I am doing to put it right.',
    shortcut: 'straight-answer',
    tags: ['empathy', 'ownership'],
    emotions: ['angry', 'frustrated'],
  },
  {
    slug: 'angry-unexpected-charge',
    title: 'Angry: unexpected charge',
    body: "I'm sorry about this charge. Being billed for something you did not agree to is upsetting, and sorting it out with you is my priority today.",
    shortcut: 'unexpected-charge',
    tags: ['empathy', 'billing'],
    emotions: ['angry', 'anxious'],
  },
  // Empathy: frustrated
  {
    slug: 'frustrated-asked-before',
    title: 'Frustrated: had to ask again',
    body: "I'm sorry you've had to get in touch about this more than once. I have read the whole conversation, so there is nothing you need to repeat.",
    shortcut: 'asked-before',
    tags: ['empathy', 'repeat contact'],
    emotions: ['frustrated'],
  },
  {
    slug: 'frustrated-fix-did-not-hold',
    title: "Frustrated: the fix didn't hold",
    body: "It's frustrating when a fix doesn't hold, especially after all the time you have already put in. Let's get to the bottom of it properly this time.",
    shortcut: 'fix-did-not-hold',
    tags: ['empathy', 'repeat contact'],
    emotions: ['frustrated'],
  },
  {
    slug: 'frustrated-long-wait',
    title: 'Frustrated: long wait',
    body: 'Thank you for your patience while this took far too long. Your case now has my full attention.',
    shortcut: 'long-wait',
    tags: ['empathy', 'delay'],
    emotions: ['angry', 'frustrated'],
  },
  // Empathy: confused
  {
    slug: 'confused-fair-question',
    title: 'Confused: a fair question',
    body: 'That is a fair question, and this part of the app takes some getting used to. I will walk you through it one step at a time.',
    shortcut: 'fair-question',
    tags: ['empathy', 'explanation'],
    emotions: ['confused'],
  },
  {
    slug: 'confused-screen-unclear',
    title: 'Confused: the screen is unclear',
    body: "It's understandable that this is confusing; that screen does not explain itself very well. Here it is in everyday words.",
    shortcut: 'screen-unclear',
    tags: ['empathy', 'explanation'],
    emotions: ['confused'],
  },
  {
    slug: 'confused-glad-you-asked',
    title: 'Confused: glad you asked',
    body: "I'm glad you asked rather than guessing. Here is what this means, and what (if anything) you need to do about it.",
    shortcut: 'glad-you-asked',
    tags: ['empathy', 'explanation'],
    emotions: ['confused', 'apologetic'],
  },
  // Empathy: anxious
  {
    slug: 'anxious-files-safe',
    title: 'Anxious: files are safe',
    body: 'I understand this is worrying. Your files are safe: nothing has been deleted, and I will confirm each step with you as we go.',
    shortcut: 'files-safe',
    tags: ['empathy', 'reassurance', 'data'],
    emotions: ['anxious'],
  },
  {
    slug: 'anxious-deadline',
    title: 'Anxious: working to a deadline',
    body: 'I can see you are working to a deadline, so I will keep you posted at every stage and tell you straight away if anything changes.',
    shortcut: 'deadline',
    tags: ['empathy', 'deadline'],
    emotions: ['anxious', 'hurried'],
  },
  {
    slug: 'anxious-unknown-sign-in',
    title: 'Anxious: sign-in they do not recognise',
    body: 'Seeing a sign-in you do not recognise is alarming, and you did the right thing by telling us. Let us secure your account together now.',
    shortcut: 'unknown-sign-in',
    tags: ['empathy', 'security', 'account'],
    emotions: ['anxious'],
  },
  // Empathy: hurried
  {
    slug: 'hurried-only-the-steps',
    title: 'Hurried: only the steps',
    body: "Since time is short, I'll skip the background and give you only the steps that matter.",
    shortcut: 'only-the-steps',
    tags: ['empathy', 'short'],
    emotions: ['hurried'],
  },
  {
    slug: 'hurried-before-meeting',
    title: 'Hurried: before the meeting',
    body: 'So you are ready before your meeting, here is the one thing to do now. Everything else can wait until afterwards.',
    shortcut: 'before-meeting',
    tags: ['empathy', 'short'],
    emotions: ['hurried'],
  },
  {
    slug: 'hurried-done-for-you',
    title: 'Hurried: done on our side',
    body: "To save you time, I've made the change on our side already, so there is nothing for you to do.",
    shortcut: 'done-for-you',
    tags: ['empathy', 'short'],
    emotions: ['hurried'],
  },
  // Empathy: apologetic
  {
    slug: 'apologetic-never-a-bother',
    title: 'Apologetic: never a bother',
    body: 'Please never feel you are a bother. Helping with questions like this is the best part of my job.',
    shortcut: 'never-a-bother',
    tags: ['empathy'],
    emotions: ['apologetic'],
  },
  {
    slug: 'apologetic-thanks-for-flagging',
    title: 'Apologetic: thanks for flagging it',
    body: 'No apology needed at all; thank you for flagging it. Reports like yours help us fix things for everyone.',
    shortcut: 'thanks-for-flagging',
    tags: ['empathy', 'thanks'],
    emotions: ['apologetic'],
  },
  {
    slug: 'apologetic-easy-mistake',
    title: 'Apologetic: an easy mistake',
    body: "That is an easy mistake to make, and it's fully fixable. Thank you for telling us so quickly.",
    shortcut: 'easy-mistake',
    tags: ['empathy', 'thanks'],
    emotions: ['apologetic'],
  },
  // Openers for any customer
  {
    slug: 'opener-clear-description',
    title: 'Thanks for the clear description',
    body: 'Thanks for the clear description and the screenshots; they made this much quicker to look into.',
    shortcut: 'clear-description',
    tags: ['opener', 'thanks'],
    emotions: [],
  },
  {
    slug: 'opener-thanks-for-writing',
    title: 'Thanks for writing in',
    body: 'Thank you for writing in, {{customer.firstName}}. I have looked into this for you.',
    shortcut: 'thanks-for-writing',
    tags: ['opener', 'thanks'],
    emotions: [],
  },
  // Reassurance
  {
    slug: 'reassure-account-intact',
    title: 'Reassure: account is intact',
    body: 'Everything in your account is safe and exactly as you left it.',
    shortcut: 'account-intact',
    tags: ['reassurance', 'data'],
    emotions: ['anxious'],
  },
  {
    slug: 'reassure-not-your-doing',
    title: 'Reassure: not caused by you',
    body: 'This was not caused by anything you did. It was a fault on our side, and it has now been fixed.',
    shortcut: 'not-your-doing',
    tags: ['reassurance', 'ownership'],
    emotions: ['apologetic'],
  },
  {
    slug: 'reassure-good-company',
    title: 'Reassure: others have seen this too',
    body: "Quite a few customers have run into this, so you're in good company, and it is quick to fix.",
    shortcut: 'good-company',
    tags: ['reassurance'],
    emotions: ['confused', 'apologetic'],
  },
  {
    slug: 'reassure-staying-with-it',
    title: 'Reassure: staying with it',
    body: "I'll stay with this until it is fully resolved, and I'll update you by the end of the day.",
    shortcut: 'staying-with-it',
    tags: ['reassurance', 'ownership'],
    emotions: [],
  },
  {
    slug: 'reassure-refund-processed',
    title: 'Reassure: refund processed',
    body: 'Your refund has been processed and should reach your account within five working days.',
    shortcut: 'refund-processed',
    tags: ['reassurance', 'billing'],
    emotions: [],
  },
  {
    slug: 'reassure-account-checked',
    title: 'Reassure: account checked',
    body: "I understand why this worried you, so I've checked your account: there is no sign that anyone else has signed in.",
    shortcut: 'account-checked',
    tags: ['reassurance', 'security', 'account'],
    emotions: ['anxious'],
  },
  // Plain-language explanations
  {
    slug: 'explain-saved-copies',
    title: 'Explain: saved copies of pages',
    body: 'Your browser keeps copies of pages it has shown you, so they open faster next time. Sometimes an old copy lingers after we change something, and clearing those saved copies makes the browser fetch the latest version.',
    shortcut: 'saved-copies',
    tags: ['explanation', 'browser'],
    emotions: ['confused'],
  },
  {
    slug: 'explain-two-step-sign-in',
    title: 'Explain: two-step sign-in',
    body: 'Two-step sign-in means that after your password, we also ask for a short code sent to your phone. That way, a password on its own is not enough to get into your account.',
    shortcut: 'two-step',
    tags: ['explanation', 'security', 'account'],
    emotions: ['confused'],
  },
  {
    slug: 'explain-reset-link',
    title: 'Explain: password reset link',
    body: 'The reset link we email you works once and stays valid for an hour. If it has run out, request a new one from the sign-in page and use it straight away.',
    shortcut: 'reset-link',
    tags: ['explanation', 'account'],
    emotions: ['confused'],
  },
  {
    slug: 'explain-syncing',
    title: 'Explain: syncing',
    body: 'Syncing means your devices compare notes and copy across anything that changed, so your phone and computer show the same thing. It can take a minute or two after a change.',
    shortcut: 'syncing',
    tags: ['explanation'],
    emotions: ['confused'],
  },
  {
    slug: 'explain-updates',
    title: 'Explain: what an update does',
    body: 'An update replaces parts of the app with newer versions that fix problems and close security gaps. Your settings and files are safe and stay as they are.',
    shortcut: 'what-updates-do',
    tags: ['explanation'],
    emotions: ['confused', 'anxious'],
  },
  {
    slug: 'explain-junk-folder',
    title: 'Explain: email in the junk folder',
    body: 'Email services sometimes sort messages from new senders into the spam or junk folder. If our email is not in your inbox, please look there and mark it as not spam, so future ones arrive as normal.',
    shortcut: 'junk-folder',
    tags: ['explanation', 'email'],
    emotions: ['confused'],
  },
  {
    slug: 'explain-pending-charge',
    title: 'Explain: pending charge',
    body: 'A pending charge is a temporary hold your bank places while a payment is checked. It usually drops off by itself within a few days. Your money is safe, and you are only charged once.',
    shortcut: 'pending-charge',
    tags: ['explanation', 'billing'],
    emotions: ['confused', 'anxious'],
  },
  // Hand-offs that keep us the customer's contact
  {
    slug: 'handoff-billing',
    title: 'Hand-off: billing team',
    body: "I've passed your case to our billing team with everything you have told me, so there is no need to explain it again. They'll email you within one working day, and I'll keep an eye on it until it is settled.",
    shortcut: 'to-billing',
    tags: ['handoff', 'billing'],
    emotions: [],
  },
  {
    slug: 'handoff-specialist',
    title: 'Hand-off: specialist colleague',
    body: "I've asked a specialist colleague to look at this with me and shared your details and screenshots with them. I'll update you with what we find by tomorrow afternoon.",
    shortcut: 'to-specialist',
    tags: ['handoff'],
    emotions: [],
  },
  {
    slug: 'handoff-engineering',
    title: 'Hand-off: engineering',
    body: "I've raised this with our engineering team and marked it urgent. Your case stays with me, and I'll write to you as soon as I hear back, and by Friday at the latest.",
    shortcut: 'to-engineering',
    tags: ['handoff', 'bug'],
    emotions: [],
  },
  {
    slug: 'handoff-partner',
    title: 'Hand-off: delivery partner',
    body: "Deliveries are handled by our courier partner, so I've contacted them on your behalf and quoted your reference, {{ticket.id}}. I'll pass on their answer as soon as it arrives.",
    shortcut: 'to-courier',
    tags: ['handoff', 'delivery'],
    emotions: [],
  },
  {
    slug: 'handoff-callback',
    title: 'Hand-off: call from accounts',
    body: "I've arranged for a colleague from our accounts team to call you. They have the full background, so there is no need to start over. If the time does not suit you, reply here and I'll move it.",
    shortcut: 'accounts-call',
    tags: ['handoff', 'billing'],
    emotions: [],
  },
  // Closings that check the problem is really solved
  {
    slug: 'close-try-and-confirm',
    title: 'Close: try it and tell me',
    body: "Could you try again now and let me know whether everything works? If anything still looks wrong, reply here and I'll pick it up straight away.",
    shortcut: 'try-and-confirm',
    tags: ['closing', 'next step'],
    emotions: [],
  },
  {
    slug: 'close-fixed-please-check',
    title: 'Close: fixed, please check',
    body: 'This should now work again. Please check the next time you sign in, and reply to this email if anything is still not right.',
    shortcut: 'fixed-please-check',
    tags: ['closing', 'next step'],
    emotions: [],
  },
  {
    slug: 'close-keeping-open',
    title: 'Close: keeping the ticket open',
    body: "I'll keep this ticket open for a few more days in case anything else comes up. If everything is working, there is nothing more you need to do.",
    shortcut: 'keeping-open',
    tags: ['closing', 'next step'],
    emotions: [],
  },
  {
    slug: 'close-confirm-gone',
    title: 'Close: confirm before closing',
    body: 'Before I close this ticket, could you confirm that the problem is gone for you?',
    shortcut: 'confirm-gone',
    tags: ['closing', 'next step'],
    emotions: [],
  },
  {
    slug: 'close-glad-sorted',
    title: "Close: glad it's sorted",
    body: "Thank you for bearing with us while we worked through this. I'm glad it's sorted, and if it ever happens again, reply here and I'll take it from there.",
    shortcut: 'glad-sorted',
    tags: ['closing', 'thanks'],
    emotions: [],
  },
  {
    slug: 'close-reference',
    title: 'Close: your reference',
    body: 'Your reference is {{ticket.id}}. If you need us again about this, reply to this email and it will come straight back to me.',
    shortcut: 'reference',
    tags: ['closing', 'next step'],
    emotions: [],
  },
];

export function starterSnippetId(slug: string): string {
  return `${STARTER_PACK_ID}:${slug}`;
}

/** The starter snippets as stored records, created at `now`, never used. */
export function starterSnippetRecords(now: number): Snippet[] {
  return STARTER_SNIPPETS.map((starter) => ({
    id: starterSnippetId(starter.slug),
    title: starter.title,
    body: starter.body,
    shortcut: starter.shortcut,
    tags: [...starter.tags],
    emotions: [...starter.emotions],
    packId: STARTER_PACK_ID,
    createdAt: now,
    updatedAt: now,
    usageCount: 0,
    lastUsedAt: null,
  }));
}
