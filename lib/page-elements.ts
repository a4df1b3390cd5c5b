// What Tactful adds to a host page, and how its pieces stack over the page and over each other.

/** The sidebar's host element: a shadow root holds the sidebar. */
export const SIDEBAR_TAG = 'tactful-sidebar';
/** The inline card's host element. */
export const CARD_TAG = 'tactful-card';

/**
 * Each piece's z-index, bottom to top, all above any page: a textarea's underlines are drawn on a
 * mirror under the sidebar, and a card may overlap the sidebar.
 */
export const Z_INDEX = {
  textareaMirror: 2147482999,
  sidebar: 2147483000,
  card: 2147483001,
} as const;
