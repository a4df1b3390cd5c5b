/**
 * True for an event a script made and fired (the page's, or anyone's), rather than one the browser
 * fired for the agent's own typing, clicking or pointing. Tactful acts only on the latter: a page
 * must not be able to drive it. Browsers always say which (`isTrusted`); a DOM that does not say
 * (the unit tests' happy-dom) is taken at its word that the input is real.
 */
export function isScripted(event: Event): boolean {
  return event.isTrusted === false;
}
