/**
 * The worksheet's ways to take the answers to a mentor: Markdown copy and download, and
 * the share link. Readers use them once in a while, so their code stays out of what every
 * page with a worksheet loads: the island imports this file on the first click of one of
 * those buttons, then sends each request as a `reflection-tool` event (see ToolRequest).
 * Notes and shared text only ever go into the Markdown string, the clipboard and a file.
 */
import { answersAsMarkdown, weightsAsMarkdown } from '../lib/reflection/markdown';
import type { Point } from '../lib/reflection/points';
import { shareFragment } from '../lib/reflection/share';
import type { Sheet } from '../lib/reflection/sheet';

/** What the island asks for, in the event's `detail`. */
export interface ToolRequest {
  action: 'copy' | 'download' | 'share';
  /** The worksheet the button is in: the questions' words are read from it. */
  worksheet: HTMLElement;
  /** The answers on show: the reader's own, or someone else's from a share link. */
  shown: Sheet;
  theirs: boolean;
  points: readonly Point[];
  /** Tells the reader how it went. */
  say: (message: string) => void;
  /** Shows the share link in its read-only field. */
  showLink: (url: string) => void;
}

export const TOOL_EVENT = 'reflection-tool';

document.addEventListener(TOOL_EVENT, (event) => run((event as CustomEvent<ToolRequest>).detail));

function run({ action, worksheet, shown, theirs, points, say, showLink }: ToolRequest) {
  if (action === 'share') {
    const url = new URL(worksheet.dataset.page! + shareFragment(shown), location.href).href;
    showLink(url);
    return copy(url, 'Share link copied.', say);
  }
  const markdown = markdownOf(worksheet, shown, theirs, points);
  if (action === 'copy') return copy(markdown, 'Copied as Markdown.', say);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
  link.download = 'my-reflection-answers.md';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The answers, then the weighing, as one Markdown document; the questions' words come from the page. */
function markdownOf(worksheet: HTMLElement, shown: Sheet, theirs: boolean, points: readonly Point[]): string {
  const questions = [...worksheet.querySelectorAll<HTMLElement>('fieldset[data-q]')].map((fieldset) => {
    const question = fieldset.querySelector('strong')!.textContent!;
    const poles = [...fieldset.querySelectorAll('.rf-pole')].map((pole) => pole.textContent!) as [
      string,
      string,
    ];
    return {
      id: fieldset.dataset.q!,
      question,
      prompt: fieldset.querySelector('legend')!.textContent!.replace(question, '').trim(),
      poles,
    };
  });
  const answers = answersAsMarkdown(
    shown.answers,
    questions,
    theirs ? 'Answers shared with me' : 'My answers to the hard questions',
  );
  return points.length
    ? `${answers}\n${weightsAsMarkdown(shown.answers, points, theirs ? 'their' : 'your')}`
    : answers;
}

function copy(text: string, done: string, say: (message: string) => void) {
  // Clipboard access can be missing (plain http) or refused: either way, say so.
  Promise.resolve()
    .then(() => navigator.clipboard.writeText(text))
    .then(
      () => say(done),
      () => say('Copying was blocked: use Download instead.'),
    );
}
