/** The public URL map (url-contract.json holds it too), in reading order (compare and search close the list). */
export const readingOrderPaths = [
  '/',
  '/technical-track/',
  '/technical-track/pros/deep-impact/',
  '/technical-track/pros/broad-influence/',
  '/technical-track/pros/intellectual-satisfaction/',
  '/technical-track/cons/political-vulnerability/',
  '/technical-track/cons/unclear-promotion-path/',
  '/management-track/',
  '/management-track/pros/direct-control-and-ownership/',
  '/management-track/pros/clearer-path-to-senior-leadership/',
  '/management-track/pros/scalable-impact/',
  '/management-track/cons/less-technical/',
  '/management-track/cons/different-skill-set/',
  '/third-way/',
  '/reflection/',
] as const;

/** Every public page and the title its <h1> carries. */
export const urlMap: ReadonlyArray<{ path: string; title: string }> = [
  { path: '/', title: 'The Senior Tech Professional’s Dilemma: DE or Director of Software Engineering?' },
  { path: '/technical-track/', title: 'The Lure of the Technical Track: The Master Craftsman' },
  { path: '/technical-track/pros/deep-impact/', title: 'Deep Impact' },
  { path: '/technical-track/pros/broad-influence/', title: 'Broad Influence' },
  { path: '/technical-track/pros/intellectual-satisfaction/', title: 'Intellectual Satisfaction' },
  { path: '/technical-track/cons/political-vulnerability/', title: 'Political Vulnerability' },
  { path: '/technical-track/cons/unclear-promotion-path/', title: 'Unclear Promotion Path' },
  { path: '/management-track/', title: 'The Allure of the Management Track: The People Leader' },
  { path: '/management-track/pros/direct-control-and-ownership/', title: 'Direct Control and Ownership' },
  {
    path: '/management-track/pros/clearer-path-to-senior-leadership/',
    title: 'Clearer Path to Senior Leadership',
  },
  { path: '/management-track/pros/scalable-impact/', title: 'Scalable Impact' },
  { path: '/management-track/cons/less-technical/', title: 'Less Technical' },
  { path: '/management-track/cons/different-skill-set/', title: 'Different Skill Set' },
  { path: '/third-way/', title: 'A Third Way?' },
  { path: '/reflection/', title: 'Ask yourself the hard questions' },
  { path: '/compare/', title: 'Both tracks side by side' },
  { path: '/search/', title: 'Search the guide' },
  {
    path: '/read/',
    title: 'The Senior Tech Professional’s Dilemma: DE or Director of Software Engineering?',
  },
  { path: '/path/', title: 'Reading paths' },
];
