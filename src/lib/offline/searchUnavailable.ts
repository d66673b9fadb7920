/*
 * What a reader is told when search cannot load: with no connection, before the guide is
 * saved for offline reading (issue 22). In the reader's words, never the maintainer's.
 */

/** Under the search dialog's field, which keeps what was typed. */
export const SEARCH_NEEDS_CONNECTION =
  'Search needs a connection the first time. What you typed stays here, and the search runs once you are back online. To search with no connection, save the guide for offline reading: the button is at the foot of the guide’s map.';

/** On /search/, above the list of every topic. */
export const SEARCH_PAGE_NEEDS_CONNECTION =
  'Search needs a connection the first time. What you typed stays in the field, and the search runs once you are back online. Meanwhile, every topic is listed below. To search with no connection, save the guide for offline reading: the button is at the foot of the guide’s map.';
