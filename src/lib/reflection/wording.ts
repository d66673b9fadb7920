/**
 * How a position on the scale reads in words. Shared by the server-rendered labels,
 * the Markdown export and screen readers, so all three say the same thing.
 */
import type { Position } from './answers';

/** "Strongly: <pole>", "Leaning: <pole>", "In between", "Not sure yet" for a position between two poles. */
export function positionLabel(position: Position, poles: readonly [string, string]): string {
  if (position === 'unsure') return 'Not sure yet';
  if (position === 3) return 'In between';
  return `${position === 1 || position === 5 ? 'Strongly' : 'Leaning'}: ${poles[position < 3 ? 0 : 1]}`;
}
