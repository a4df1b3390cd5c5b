// While the agent types, analyze() runs again on text whose sentences are nearly all unchanged;
// readings that depend on a sentence's text alone are kept for the sentences seen recently.

const DEFAULT_LIMIT = 512;

/** Every memory below, so a benchmark can time a cold run (see `forgetReadings`). */
const memories = new Set<Map<string, unknown>>();

/** A map of remembered readings that `forgetReadings` empties. */
export function memory<T>(): Map<string, T> {
  const known = new Map<string, T>();
  memories.add(known as Map<string, unknown>);
  return known;
}

/** Empties every remembered reading: the next analysis does all of its work again. */
export function forgetReadings(): void {
  for (const known of memories) known.clear();
}

/** `read` remembered for recent inputs; the whole memory is dropped when it fills up. */
export function perSentence<T>(read: (sentence: string) => T, limit = DEFAULT_LIMIT): (sentence: string) => T {
  const known = memory<T>();
  return (sentence) => {
    // A hit costs one lookup; `has` only tells a miss from a remembered undefined.
    const remembered = known.get(sentence);
    if (remembered !== undefined || known.has(sentence)) return remembered as T;
    const value = read(sentence);
    if (known.size >= limit) known.clear();
    known.set(sentence, value);
    return value;
  };
}
