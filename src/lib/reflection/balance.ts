/**
 * The reader's balance of the two tracks: for each track, how much its pros and its cons
 * weigh for them, added up from their weights (0…3 a point). Like the summary of the
 * answers, it describes and never recommends: the sentences say what the weights add up
 * to and which points weigh most, never which track to take.
 */
import type { Track } from '../types';
import type { Leaning } from './summary';
import { numberWord } from './summary';
import type { Point } from './points';
import type { Answers } from './answers';
import { WEIGHT_LABELS, type Weight } from './weights';

export interface TrackWeight {
  track: Track;
  pros: number;
  cons: number;
  /** The most its pros (or cons) could weigh: three a point. */
  most: number;
}

export interface Balance {
  /** Technical track first, then management. */
  tracks: [TrackWeight, TrackWeight];
  /** The points with the highest weight (above "Not at all"), in the order given. */
  heaviest: Point[];
  /** Their weight (0 when nothing weighs more than "Not at all"). */
  top: Weight;
  weighed: number;
  unweighed: number;
  /** The track whose pros outweigh its cons by more; undefined when even or nothing is weighed. */
  favours?: Track | undefined;
}

const NAMES: Record<Track, string> = { technical: 'Technical track', management: 'Management track' };

/** Adds up the weights in `answers` over `points`; other answers are ignored. */
export function balanceOf(answers: Answers, points: readonly Point[]): Balance {
  const weightOf = (point: Point) => answers[point.id]?.weight;
  const tracks = (['technical', 'management'] as const).map((track) => {
    const sum = (stance: Point['stance']) =>
      points
        .filter((p) => p.track === track && p.stance === stance)
        .reduce((total, p) => total + (weightOf(p) ?? 0), 0);
    const most =
      3 *
      Math.max(
        ...(['pro', 'con'] as const).map(
          (s) => points.filter((p) => p.track === track && p.stance === s).length,
        ),
      );
    return { track, pros: sum('pro'), cons: sum('con'), most };
  }) as [TrackWeight, TrackWeight];
  const weighedPoints = points.filter((p) => weightOf(p) !== undefined);
  const top = Math.max(0, ...weighedPoints.map((p) => weightOf(p)!)) as Weight;
  const [technical, management] = tracks.map((t) => t.pros - t.cons) as [number, number];
  return {
    tracks,
    heaviest: top > 0 ? weighedPoints.filter((p) => weightOf(p) === top) : [],
    top,
    weighed: weighedPoints.length,
    unweighed: points.length - weighedPoints.length,
    favours:
      weighedPoints.length === 0 || technical === management
        ? undefined
        : technical > management
          ? 'technical'
          : 'management',
  };
}

/** One line per track, the facts the picture shows: "Technical track: pros 5, cons 2". */
export function balanceFacts(balance: Balance): string[] {
  return balance.tracks.map(({ track, pros, cons }) => `${NAMES[track]}: pros ${pros}, cons ${cons}`);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const listed = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The balance in sentences; `whose` is "their" when describing someone else's weights. */
export function balanceSentences(balance: Balance, whose: 'your' | 'their' = 'your'): string[] {
  const total = balance.weighed + balance.unweighed;
  if (balance.weighed === 0)
    return [
      `${whose === 'your' ? 'You have' : 'They have'} not weighed any of the ${numberWord(total)} points yet.`,
    ];
  const sentences: string[] = [];
  if (balance.top > 0) {
    const label = WEIGHT_LABELS[balance.top].toLowerCase();
    sentences.push(
      `Weighing most for ${whose === 'your' ? 'you' : 'them'}: ${listed(balance.heaviest.map((p) => p.title))} (${label}).`,
    );
  } else {
    sentences.push(`Every point ${whose === 'your' ? 'you' : 'they'} weighed is weighed “not at all”.`);
  }
  if (balance.favours) {
    const other = balance.favours === 'technical' ? 'management' : 'technical';
    sentences.push(
      `By these weights, the ${balance.favours} track’s pros outweigh its cons by more than the ${other} track’s do.`,
    );
  } else {
    sentences.push('By these weights, the two tracks come out even.');
  }
  sentences.push(
    balance.unweighed === 0
      ? `All ${numberWord(total)} points are weighed.`
      : `${capitalised(numberWord(balance.unweighed))} of the ${numberWord(total)} points ${balance.unweighed === 1 ? 'is' : 'are'} still unweighed.`,
  );
  return sentences;
}

/**
 * When the weights favour one track and the answers to the three questions lean to the
 * other, the sentence that says so (the page adds the link to the third way); else undefined.
 */
export function disagreementOf(
  balance: Balance,
  leaning: Pick<Leaning, 'technical' | 'management'>,
  whose: 'your' | 'their' = 'your',
): string | undefined {
  const answers =
    leaning.technical === leaning.management
      ? undefined
      : leaning.technical > leaning.management
        ? 'technical'
        : 'management';
  if (!balance.favours || !answers || answers === balance.favours) return undefined;
  return `${capitalised(whose)} weights favour the ${balance.favours} track, while ${whose} answers to the three questions lean toward the ${answers} track. When the two point different ways, the article’s third way, roles that combine both, may be worth a look:`;
}
