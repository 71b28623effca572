import { roundHours } from '../model/hours.js';

/**
 * Study time saved by merging overlapping modules, in the repository's hour units.
 *
 * A pair: a learner who takes both modules sits the shared part twice. The shared part is
 * estimated as `score` of the shorter module, so hoursSaved = min(hours) × score.
 * A cluster: taught once, as its longest member; every other member saves its overlap with
 * that one, estimated the same way.
 */
export function pairHoursSaved(hoursA: number, hoursB: number, score: number): number {
  return roundHours(Math.min(hoursA, hoursB) * score);
}

export function clusterHoursSaved(
  members: ReadonlyArray<{ hours: number }>,
  score: (i: number, j: number) => number,
): { kept: number; saved: number } {
  const [first] = members;
  if (first === undefined) return { kept: 0, saved: 0 };
  let kept = 0;
  let keptHours = first.hours;
  members.forEach((m, i) => {
    if (m.hours > keptHours) {
      kept = i;
      keptHours = m.hours;
    }
  });
  let saved = 0;
  members.forEach((m, i) => {
    if (i !== kept) saved += Math.min(m.hours, keptHours) * score(i, kept);
  });
  return { kept, saved: roundHours(saved) };
}
