import { deflateRawSync } from 'node:zlib';

/**
 * A typical seven-step reading path (article sections, a note on most, a question), as the
 * composer would link it: the follower's page for the accessibility gate and the bench.
 */
export const SEVEN_STEP_PATH = (() => {
  const values = [
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
  return `/path/#p=1z${deflateRawSync(Buffer.from(JSON.stringify(values))).toString('base64url')}`;
})();
