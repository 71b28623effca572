import { type FailOn, type Finding, failsGate } from '../findings/finding.js';
import { exitCodes } from './io.js';

/**
 * The exit code of a run, computed after every report is written: 2 when the input itself
 * has errors (files that do not load or validate), 1 when a finding at or above `failOn`
 * remains (after the baseline and rule settings) that the authors have not accepted, 0
 * otherwise.
 */
export function exitCodeFor(
  findings: readonly Finding[],
  failOn: FailOn,
  inputErrors: boolean,
): number {
  if (inputErrors) return exitCodes.invalid;
  // An overlap the authors declare intended is shown as accepted and never fails the run.
  return findings.some((f) => failsGate(f, failOn)) ? exitCodes.failed : exitCodes.ok;
}
