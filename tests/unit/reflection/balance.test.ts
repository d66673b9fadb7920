import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/reflection/answers';
import {
  balanceFacts,
  balanceOf,
  balanceSentences,
  disagreementOf,
} from '../../../src/lib/reflection/balance';
import type { Point } from '../../../src/lib/reflection/points';

const point = (id: string, title: string, track: Point['track'], stance: Point['stance']): Point => ({
  id,
  title,
  track,
  stance,
});
/** The guide's ten points: three pros and two cons a track. */
const POINTS: Point[] = [
  point('t/p/deep', 'Deep impact', 'technical', 'pro'),
  point('t/p/broad', 'Broad influence', 'technical', 'pro'),
  point('t/p/intellectual', 'Intellectual satisfaction', 'technical', 'pro'),
  point('t/c/political', 'Political vulnerability', 'technical', 'con'),
  point('t/c/unclear', 'Unclear promotion path', 'technical', 'con'),
  point('m/p/control', 'Direct control and ownership', 'management', 'pro'),
  point('m/p/clearer', 'Clearer path to senior leadership', 'management', 'pro'),
  point('m/p/scalable', 'Scalable impact', 'management', 'pro'),
  point('m/c/less', 'Less technical', 'management', 'con'),
  point('m/c/skill', 'Different skill set', 'management', 'con'),
];
const weighed = (weights: Record<string, 0 | 1 | 2 | 3>): Answers =>
  Object.fromEntries(Object.entries(weights).map(([id, weight]) => [id, { weight }]));
/** Words that would recommend rather than describe. */
const RECOMMENDING = /\b(should|must|recommend|best|better|right choice|choose|pick|go for)\b/i;

describe('balanceOf', () => {
  test('adds up each track’s pros and cons from the weights (0 to 3 a point)', () => {
    const balance = balanceOf(
      weighed({
        't/p/deep': 3,
        't/p/broad': 2,
        't/c/unclear': 2,
        'm/p/scalable': 1,
        'm/c/less': 3,
        'm/c/skill': 0,
      }),
      POINTS,
    );
    expect(balance.tracks).toEqual([
      { track: 'technical', pros: 5, cons: 2, most: 9 },
      { track: 'management', pros: 1, cons: 3, most: 9 },
    ]);
    expect(balance.weighed).toBe(6);
    expect(balance.unweighed).toBe(4);
    expect(balance.favours).toBe('technical');
  });
  test('names every point that shares the top weight, in the guide’s order', () => {
    const balance = balanceOf(weighed({ 'm/c/less': 3, 't/p/deep': 3, 't/p/broad': 1 }), POINTS);
    expect(balance.heaviest.map((p) => p.title)).toEqual(['Deep impact', 'Less technical']);
    expect(balance.top).toBe(3);
  });
  test('has no heaviest point when everything weighed is “not at all”', () => {
    expect(balanceOf(weighed({ 't/p/deep': 0 }), POINTS)).toMatchObject({
      heaviest: [],
      top: 0,
      weighed: 1,
      favours: undefined,
    });
  });
  test('favours no track when pros minus cons come out even, or nothing is weighed', () => {
    expect(balanceOf(weighed({ 't/p/deep': 2, 'm/p/control': 2 }), POINTS).favours).toBeUndefined();
    expect(balanceOf({}, POINTS)).toMatchObject({ weighed: 0, unweighed: 10, favours: undefined });
  });
  test('ignores answers to questions and weights of unknown points', () => {
    expect(balanceOf({ energizes: { position: 1 }, 'x/y/z': { weight: 3 } }, POINTS).weighed).toBe(0);
  });
});

describe('balanceFacts', () => {
  test('gives the same facts as the picture, one line a track', () => {
    expect(
      balanceFacts(
        balanceOf(weighed({ 't/p/deep': 3, 't/p/broad': 2, 't/c/unclear': 2, 'm/c/less': 1 }), POINTS),
      ),
    ).toEqual(['Technical track: pros 5, cons 2', 'Management track: pros 0, cons 1']);
  });
});

describe('balanceSentences', () => {
  test('says plainly when nothing is weighed yet', () => {
    expect(balanceSentences(balanceOf({}, POINTS))).toEqual([
      'You have not weighed any of the ten points yet.',
    ]);
    expect(balanceSentences(balanceOf({}, POINTS), 'their')).toEqual([
      'They have not weighed any of the ten points yet.',
    ]);
  });
  test('names the heaviest points, where the sums lean, and how many are unweighed', () => {
    expect(
      balanceSentences(balanceOf(weighed({ 't/p/deep': 3, 'm/c/less': 3, 'm/p/control': 1 }), POINTS)),
    ).toEqual([
      'Weighing most for you: Deep impact and Less technical (it decides it for me).',
      'By these weights, the technical track’s pros outweigh its cons by more than the management track’s do.',
      'Seven of the ten points are still unweighed.',
    ]);
  });
  test('says when the tracks come out even and everything is weighed', () => {
    const all = weighed(Object.fromEntries(POINTS.map((p) => [p.id, 1])) as Record<string, 1>);
    expect(balanceSentences(balanceOf(all, POINTS), 'their')).toEqual([
      'Weighing most for them: Deep impact, Broad influence, Intellectual satisfaction, Political vulnerability, Unclear promotion path, Direct control and ownership, Clearer path to senior leadership, Scalable impact, Less technical and Different skill set (a little).',
      'By these weights, the two tracks come out even.',
      'All ten points are weighed.',
    ]);
  });
  test('describes and never recommends, whatever the weights', () => {
    for (const weights of [
      { 't/p/deep': 3 },
      { 'm/p/control': 3 },
      { 't/c/political': 3 },
      { 't/p/deep': 0 },
      {},
    ] as Record<string, 0 | 3>[]) {
      const balance = balanceOf(weighed(weights), POINTS);
      const words = [
        ...balanceSentences(balance),
        disagreementOf(balance, { technical: 0, management: 3 }) ?? '',
      ].join(' ');
      expect(words).not.toMatch(RECOMMENDING);
    }
  });
});

describe('disagreementOf', () => {
  const techWeights = balanceOf(weighed({ 't/p/deep': 3, 'm/c/less': 2 }), POINTS);
  test('says so when the weights favour one track and the answers lean to the other', () => {
    expect(disagreementOf(techWeights, { technical: 0, management: 2 })).toBe(
      'Your weights favour the technical track, while your answers to the three questions lean toward the management track. When the two point different ways, the article’s third way, roles that combine both, may be worth a look:',
    );
    expect(disagreementOf(techWeights, { technical: 1, management: 2 }, 'their')).toMatch(
      /^Their weights favour the technical track, while their answers/,
    );
  });
  test('says nothing when they agree, or either side has no direction', () => {
    expect(disagreementOf(techWeights, { technical: 2, management: 1 })).toBeUndefined();
    expect(disagreementOf(techWeights, { technical: 1, management: 1 })).toBeUndefined();
    expect(disagreementOf(balanceOf({}, POINTS), { technical: 0, management: 3 })).toBeUndefined();
  });
});
