import { defineRules } from './rule.js';

/** The structure of levels, positions and prerequisites (issue 9; spec §3 and §6.2). */
export const hierarchyRules = defineRules({
  'missing-level': {
    severity: 'warning',
    summary: 'A level of a track that no programme provides or satisfies: nobody can reach it.',
  },
  'position-unmet': {
    severity: 'warning',
    summary:
      'A position requires a level that no programme provides or satisfies: no pathway leads to it.',
  },
  'prerequisite-cycle': {
    severity: 'error',
    summary:
      'Modules require each other in a circle (a module requiring itself among them): none of them can ever be started.',
  },
  'prerequisite-inversion': {
    severity: 'warning',
    summary: 'A module requires a module of a higher level of the same track.',
  },
  'cross-level-repeat': {
    severity: 'warning',
    summary:
      "A module of a higher level teaches again what a lower level of its track teaches, without progression: its topics are the lower module's, and little of it is new.",
  },
  'cross-track-overlap': {
    severity: 'warning',
    summary:
      'Modules at comparable levels of two tracks (declared in the framework) teach the same content.',
  },
  'subsumed-programme': {
    severity: 'info',
    summary:
      "Most of a programme's hours (80 % by default) are taught by programmes at the same or a higher level: its certificate is a candidate to cut.",
  },
  'redundant-prerequisite': {
    severity: 'info',
    summary:
      'A module requires a module that another of its prerequisites already requires, directly or not.',
  },
});
