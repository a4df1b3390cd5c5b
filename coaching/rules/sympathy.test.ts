import { testRule } from '../test/rule-tester';

testRule('sympathy', {
  valid: [
    // Sentence reading guards: naming the feeling, or the hedged "I'd feel", is empathy.
    'Hi Dana,\n\nI understand the frustration, and I have fixed it.\n\nBest,\nSam',
    'Hi Dana,\n\nI know how stressful that must be.\n\nBest,\nSam',
    "Hi Dana,\n\nI'd feel the same way in your position.\n\nBest,\nSam",
    'Hi Dana,\n\nI can imagine how frustrating that is.\n\nBest,\nSam',
    "Hi Dana,\n\nI get it, and I've fixed it.\n\nBest,\nSam",
    "Hi Dana,\n\nI know how stressful this is, so I've prioritised it.\n\nBest,\nSam",
    'Hi Dana,\n\nI know exactly how to fix this. Please restart the app.\n\nBest,\nSam',
    'Hi Dana,\n\nI can understand how frustrating this must be.\n\nBest,\nSam',
    "Hi Dana,\n\nI'd feel the same way in your position, so let's sort it out now.\n\nBest,\nSam",
    'Hi Dana,\n\nI know how important this report is to you, so I have prioritised it.\n\nBest,\nSam',
    'Hi Dana,\n\nDo you know how you feel about the new layout? Let me know.\n\nBest,\nSam',
    {
      name: "quoted history is not the agent's words",
      text: 'Hi Dana,\n\nThe fix is live now.\n\nBest,\nSam\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> I know exactly how you feel about bugs.',
    },
    {
      name: 'signature below the sign-off',
      text: 'Hi Dana,\n\nThe fix is live now.\n\nBest,\nSam\n"We know exactly what it is like"',
    },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nI know only too well how stressful that is.\n\nBest,\nSam',
      errors: [
        {
          text: 'I know only too well how stressful that is',
          suggestion: 'I can understand how frustrating this must be',
        },
      ],
    },
    {
      text: 'Hi Dana,\n\nI totally get how you feel. The refund is on its way.\n\nBest,\nSam',
      errors: [{ text: 'I totally get how you feel', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      text: 'Hi Dana,\n\nI share your frustration, and the fix ships today.\n\nBest,\nSam',
      errors: [{ text: 'I share your frustration', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      text: 'Hi Dana,\n\nBelieve me, I know how it feels.\n\nBest,\nSam',
      errors: [{ text: 'I know how it feels', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      text: 'Hi Dana,\n\nI know exactly how you feel. Please restart the router.\n\nBest,\nSam',
      errors: [{ text: 'I know exactly how you feel', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      text: "Hi Dana,\n\nI know what you're going through, and we'll fix it.\n\nBest,\nSam",
      errors: [
        { text: "I know what you're going through", suggestion: 'I can understand how frustrating this must be' },
      ],
    },
    {
      text: 'Hi Dana,\n\nBelieve me, I feel your pain. The outage is over.\n\nBest,\nSam',
      errors: [{ text: 'I feel your pain', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      text: 'Hi Dana,\n\nWe understand exactly how you feel and we are on it.\n\nBest,\nSam',
      errors: [
        { text: 'We understand exactly how you feel', suggestion: 'I can understand how frustrating this must be' },
      ],
    },
    {
      name: 'typographic apostrophe',
      text: 'Hi Dana,\n\nI’ve been in your shoes. Here is the fix.\n\nBest,\nSam',
      errors: [{ text: 'I’ve been in your shoes', suggestion: 'I can understand how frustrating this must be' }],
    },
    {
      name: 'a shared feeling in other words',
      text: "Hi Rob, I know that feeling all too well, it's happened to me too. The holds drop off in 3 days.",
      errors: [
        {
          text: "I know that feeling all too well, it's happened to me too.",
          suggestion: 'I can understand how frustrating this must be.',
        },
      ],
    },
    {
      name: 'non-native wording',
      text: 'Hi Ahmad, I feel same like you, waiting is terrible. Your bulb arrives on Friday.',
      errors: [
        {
          text: 'I feel same like you, waiting is terrible.',
          suggestion: 'I can understand how frustrating this must be.',
        },
      ],
    },
  ],
});
