import { deflateRawSync } from 'node:zlib';

/**
 * A typical seven-step reading path (article sections, a note on most, a question), as the
 * composer would link it: the follower's page for the accessibility gate and the bench.
 */
const sevenSteps = [
  'Before our 1:1: DE or Director?',
  'Read these in order before Thursday.\n\nAnswer the question at the end, then send me your answers.',
  'the-dilemma',
  'Where you are now.',
  'deep-impact',
  'What you would keep.',
  'political-vulnerability',
  'Think of the re-org last spring.',
  'direct-control-and-ownership',
  'The other side of it.',
  'less-technical',
  'Be honest here.',
  'a-third-way',
  '',
  'are-you-willing-to-let-go',
  'Answer this one before we meet.',
];
const link = (version: string, values: unknown[]) =>
  `/path/#p=${version}z${deflateRawSync(Buffer.from(JSON.stringify(values))).toString('base64url')}`;

export const SEVEN_STEP_PATH = link('1', sevenSteps);

/** The same path sent back by its reader: four steps read, the question answered, three points weighed. */
export const SEVEN_STEP_REPLY = link('2', [
  ...sevenSteps,
  {
    n: 'Alex',
    r: ['the-dilemma', 'deep-impact', 'political-vulnerability', 'are-you-willing-to-let-go'],
    a: {
      'let-go': { p: 4, n: 'I would miss the code more than I admit.' },
      'technical-track/pros/deep-impact': { w: 3 },
      'technical-track/cons/political-vulnerability': { w: 2 },
      'management-track/cons/less-technical': { w: 1 },
    },
  },
]);
