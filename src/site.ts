/** Names and words the chrome uses on every page. */
export const SITE_NAME = 'DE or Director?';
export const SITE_TAGLINE = 'A guide to the senior engineer’s career crossroads';
/** The article the guide quotes, by the short title the footer credits. */
export const ARTICLE_TITLE = 'The Senior Tech Professional’s Dilemma';
