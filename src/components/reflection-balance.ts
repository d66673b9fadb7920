/**
 * "Your balance", drawn: the island imports this file on pages that show a balance
 * (/compare/, /reflection/), so pages with only questions or one weighing control never
 * load it. The island sends each render as a `reflection-balance` event (see
 * BalanceRequest); events dispatch synchronously, so the balance redraws with the form.
 */
import type { Answers } from '../lib/reflection/answers';
import {
  balanceFacts,
  balanceOf,
  balanceSentences,
  disagreementOf,
  type Balance,
} from '../lib/reflection/balance';
import type { Point } from '../lib/reflection/points';
import type { Leaning } from '../lib/reflection/summary';

/** What the island asks for, in the event's `detail`. */
export interface BalanceRequest {
  /** The server-rendered `.rf-bal` section: its empty state, picture and third-way note. */
  section: HTMLElement;
  /** The answers on show (weights and the three questions). */
  answers: Answers;
  points: readonly Point[];
  /** Where the answers to the three questions lean. */
  leaning: Leaning;
  whose: 'your' | 'their';
}

document.addEventListener('reflection-balance', (event) =>
  render((event as CustomEvent<BalanceRequest>).detail),
);

function render({ section, answers, points, leaning, whose }: BalanceRequest) {
  const balance = balanceOf(answers, points);
  let picture = section.querySelector<HTMLElement>('.rf-pic');
  if (!picture)
    section
      .querySelector('.rf-empty')!
      .after((picture = Object.assign(document.createElement('div'), { className: 'rf-pic' })));
  section.querySelector<HTMLElement>('.rf-empty')!.hidden = balance.weighed > 0;
  picture.hidden = balance.weighed === 0;
  section.querySelector('.rf-apart')?.remove();
  const disagreement = disagreementOf(balance, leaning, whose);
  if (disagreement) {
    const link = Object.assign(document.createElement('a'), {
      href: section.dataset.thirdWay!,
      textContent: 'A Third Way?',
    });
    const apart = Object.assign(document.createElement('p'), { className: 'rf-apart editorial-note' });
    apart.append(`${disagreement} `, link);
    section.append(apart);
  }
  if (!balance.weighed) return;
  picture.innerHTML = `${drawing(balance)}<ul></ul><p></p>`;
  picture.querySelector('svg')!.style.maxWidth = '26rem';
  for (const rect of picture.querySelectorAll<SVGElement>('[data-c]'))
    rect.style.fill = `var(--${rect.dataset.c})`;
  for (const fact of balanceFacts(balance))
    picture.querySelector('ul')!.append(Object.assign(document.createElement('li'), { textContent: fact }));
  picture.querySelector('p')!.textContent = balanceSentences(balance, whose).join(' ');
}

/**
 * The balance as an inline SVG: per track, a bar for the weight of its pros and one for
 * its cons, on one scale (the most a side can weigh), each with its number. Only numbers
 * and fixed words go into this markup; colours are set through CSSOM (the CSP allows no
 * style attributes) from the theme's variables, so it follows light, dark and print.
 */
function drawing(balance: Balance): string {
  const most = Math.max(...balance.tracks.map((t) => t.most), 1);
  const rows = balance.tracks.map(({ track, pros, cons }, index) => {
    const y = index * 62;
    const bar = (label: string, value: number, dy: number) =>
      `<text x="0" y="${y + dy + 11}">${label}</text><rect x="44" y="${y + dy}" width="200" height="14" rx="3" data-c="rule"/>` +
      `<rect x="44" y="${y + dy}" width="${(200 * value) / most}" height="14" rx="3" data-c="${track}"/><text x="252" y="${y + dy + 11}">${value}</text>`;
    return `<text x="0" y="${y + 13}" font-weight="600">${track === 'technical' ? 'Technical' : 'Management'} track</text>${bar('Pros', pros, 20)}${bar('Cons', cons, 38)}`;
  });
  return `<svg viewBox="0 0 280 116" width="100%" fill="currentColor" font-size="12" aria-hidden="true">${rows.join('')}</svg>`;
}
