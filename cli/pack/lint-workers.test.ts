import { describe, expect, it } from 'vitest';
import { examplePack } from '../../lib/packs/test-support';
import { coachSnippets, threadsFor } from './lint-workers';

const FLAWED = [
  'Obviously you must have deleted the folder yourself.',
  'Unfortunately we cannot refund this, it is our policy.',
  'Thank you for waiting. I have refunded the charge today.',
  'As I already told you, you will have to contact the billing team.',
];

function packOf(count: number) {
  return examplePack({
    snippets: Array.from({ length: count }, (_, index) => ({
      id: `s-${index}`,
      title: `Snippet ${index}`,
      body: `${FLAWED[index % FLAWED.length]} Order ${index}.`,
      shortcut: `s${index}`,
    })),
  });
}

describe('coachSnippets', () => {
  it('finds the same findings, in snippet order, whether worker threads share the work or not', async () => {
    const pack = packOf(450);
    const alone = await coachSnippets(pack, 'warning', 1);
    const shared = await coachSnippets(pack, 'warning', 3);
    const workersOnly = await coachSnippets(pack, 'warning', 3, false);
    expect(alone.length).toBeGreaterThan(300);
    expect(shared).toEqual(alone);
    expect(workersOnly).toEqual(alone);
    const indexes = alone.map((found) => found.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  }, 120_000);

  it('starts no worker for a small pack', () => {
    expect(threadsFor(10)).toBe(1);
    expect(threadsFor(999)).toBe(1);
  });
});
