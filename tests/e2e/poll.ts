import { STATE_WAIT_MS } from './browsers';
/**
 * Reads until `ok` holds, every 100 ms, and returns what satisfied it; on timeout, throws with the
 * last value read so the failure says what the page showed instead.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = STATE_WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
