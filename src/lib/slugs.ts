import GithubSlugger from 'github-slugger';

/** The GitHub-style anchor for a heading or question text: "What truly energizes you?" → "what-truly-energizes-you". */
export function anchorOf(text: string): string {
  return new GithubSlugger().slug(text);
}
