import { formatFixed, formatNumber, formatPercent } from '../number-format.js';
import { count, hoursNoun, moduleWord } from '../words.js';
import type { Say } from '../types.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A module as the data calls it ("module", or the framework's `moduleTerm`): plural unless n is 1. */
const mod = (say: Say, n?: number) => moduleWord(say, n);
/** The same, opening a sentence or a title: "Modules", "Module". */
const Mod = (say: Say, n?: number) => capitalise(mod(say, n));
/** "3 modules", "1 module". */
const mods = (say: Say, n: number) => `${formatNumber(n, 'en')} ${mod(say, n)}`;

/** How a list of quoted shared phrases ends a message: `; shared: "a", "b"`, or nothing. */
const shared = (label: string, phrases: readonly string[]) =>
  phrases.length === 0 ? '' : `; ${label}: ${phrases.map((s) => `"${s}"`).join(', ')}`;

/** English: rule titles and summaries, and the findings of the rules of the analysis. */
export const rules = {
  'common.verbatim': (d: { text: string }) => d.text,
  /** A module named where a finding points to it: its ref and title, as the data has them. */
  'common.module': (d: { ref: string; title: string }) => `${d.title} (${d.ref})`,

  'rule.input-encoding.title': 'File is not readable text',
  'rule.input-encoding.summary':
    'A file is not readable text: invalid UTF-8, UTF-16, a binary file, or too large.',
  'rule.unreadable-file.title': 'File cannot be read',
  'rule.unreadable-file.summary':
    'A file cannot be read: permission denied, not a regular file (FIFO, device, socket), a broken symbolic link, or a link that leads outside the folder being read.',
  'rule.yaml-syntax.title': 'YAML syntax error',
  'rule.yaml-syntax.summary':
    'A file is not safe, well-formed YAML: syntax errors, duplicate keys, excessive aliases or nesting, reserved keys.',
  'rule.long-word.title': 'Overlong word',
  'rule.long-word.summary':
    'A text holds a "word" (a run without spaces) of more than 1,000 characters: no real word or web address is that long, and text analysis stays fast only below the limit.',
  'rule.not-curriculum.title': 'Not a curriculum file',
  'rule.not-curriculum.summary':
    'A YAML file has no `kind` (or is empty), so it is not a curriculum file and is skipped.',
  'rule.schema.title': 'Schema violation',
  'rule.schema.summary': 'A document does not match the JSON Schema of its kind.',
  'rule.framework-count.title': 'Framework count',
  'rule.framework-count.summary': 'A repository must hold exactly one framework document.',
  'rule.duplicate-id.title': 'Duplicate id',
  'rule.duplicate-id.summary':
    'An id is used twice where it must be unique (programmes, tracks, levels, positions, modules within a programme).',
  'rule.unresolved-ref.title': 'Unresolved reference',
  'rule.unresolved-ref.summary':
    'A track, level, level ref or module ref names nothing that exists.',
  'rule.hours-mismatch.title': 'Hours do not add up',
  'rule.hours-mismatch.summary':
    "A programme's declared `hours` differ from the sum of its modules' hours.",
  'rule.module-overlap.title': (_d: undefined, say: Say) => `Overlapping ${mod(say)}`,
  'rule.module-overlap.summary': (_d: undefined, say: Say) =>
    `Two or more ${mod(say)} teach the same content (one finding per cluster).`,
  'rule.missing-level.title': 'Missing level',
  'rule.missing-level.summary':
    'A level of a track that no programme provides or satisfies: nobody can reach it.',
  'rule.position-unmet.title': 'Position unmet',
  'rule.position-unmet.summary':
    'A position requires a level that no programme provides or satisfies: no pathway leads to it.',
  'rule.prerequisite-cycle.title': 'Prerequisite cycle',
  'rule.prerequisite-cycle.summary': (_d: undefined, say: Say) =>
    `${Mod(say)} require each other in a circle (a ${mod(say, 1)} requiring itself among them): none of them can ever be started.`,
  'rule.prerequisite-inversion.title': 'Prerequisite inversion',
  'rule.prerequisite-inversion.summary': (_d: undefined, say: Say) =>
    `A ${mod(say, 1)} requires a ${mod(say, 1)} of a higher level of the same track.`,
  'rule.cross-level-repeat.title': 'Repeated at a higher level',
  'rule.cross-level-repeat.summary': (_d: undefined, say: Say) =>
    `A ${mod(say, 1)} of a higher level teaches again what a lower level of its track teaches, without progression: its topics are the lower module's, and little of it is new.`,
  'rule.cross-track-overlap.title': 'Cross-track overlap',
  'rule.cross-track-overlap.summary': (_d: undefined, say: Say) =>
    `${Mod(say)} at comparable levels of two tracks (declared in the framework) teach the same content.`,
  'rule.subsumed-programme.title': 'Subsumed programme',
  'rule.subsumed-programme.summary':
    "Most of a programme's hours (80 % by default) are taught by programmes at the same or a higher level: its certificate is a candidate to cut.",
  'rule.redundant-prerequisite.title': 'Redundant prerequisite',
  'rule.redundant-prerequisite.summary': (_d: undefined, say: Say) =>
    `A ${mod(say, 1)} requires a ${mod(say, 1)} that another of its prerequisites already requires, directly or not.`,
  'rule.provider-drift.title': 'Provider copy drifts',
  'rule.provider-drift.summary': (_d: undefined, say: Say) =>
    `A provider's copy of a national programme drops some of its ${mod(say)}.`,
  'missing-level.untaught': (d: { level: string; track: string }) =>
    `level ${d.level} of track "${d.track}" is taught by no programme: none provides it and none satisfies it`,
  'position-unmet.unmet': (d: { position: string; id: string; level: string }) =>
    `position "${d.position}" (${d.id}) requires level ${d.level}, which no programme provides or satisfies: no pathway leads to this position`,
  'position-unmet.level': (d: { ref: string }) => `level ${d.ref}`,
  'prerequisite-cycle.itself': (d: { module: string }, say: Say) =>
    `${mod(say, 1)} "${d.module}" requires itself`,
  'prerequisite-cycle.cycle': (d: { chain: readonly string[] }, say: Say) =>
    `prerequisite cycle: ${d.chain.join(' → ')}; none of these ${mod(say)} can ever be started`,
  'prerequisite-inversion.inverted': (
    d: {
      module: string;
      moduleTitle: string;
      level: string;
      required: string;
      requiredTitle: string;
      requiredLevel: string;
    },
    say: Say,
  ) =>
    `${mod(say, 1)} "${d.moduleTitle}" (${d.module}, level ${d.level}) requires "${d.requiredTitle}" (${d.required}) of a higher level (${d.requiredLevel}): a learner would need the later step before the earlier one`,
  'redundant-prerequisite.redundant': (
    d: { module: string; required: string; via: string },
    say: Say,
  ) =>
    `${mod(say, 1)} "${d.module}" requires "${d.required}", which its prerequisite "${d.via}" already leads to: the second requirement can go`,
  'cross-level-repeat.repeat': (
    d: {
      higher: string;
      higherTitle: string;
      higherLevel: string;
      lower: string;
      lowerTitle: string;
      lowerLevel: string;
      topics: number;
      repeatedTopics: number;
      newTopics: number;
      inLower: number;
      higherHours: number;
      lowerHours: number;
      periodMinutes: number;
    },
    say: Say,
  ) =>
    `"${d.higherTitle}" (${d.higherLevel}; ${d.higher}) repeats "${d.lowerTitle}" (${d.lowerLevel}; ${d.lower}) without progression: ` +
    [
      d.topics > 0
        ? `${d.repeatedTopics} of its ${d.topics} topics taught again, ${d.newTopics} new`
        : '',
      `${formatPercent(d.inLower, 'en')} of its content found in the lower ${mod(say, 1)}`,
      `${formatNumber(d.higherHours, 'en')} against ${count(d.lowerHours, hoursNoun(d.periodMinutes), 'en')}`,
    ]
      .filter(Boolean)
      .join('; '),
  'cross-track-overlap.overlap': (d: {
    a: string;
    aTitle: string;
    aLevel: string;
    b: string;
    bTitle: string;
    bLevel: string;
    score: number;
    shared: readonly string[];
  }) =>
    `"${d.aTitle}" (${d.aLevel}; ${d.a}) and "${d.bTitle}" (${d.bLevel}; ${d.b}), comparable levels of two tracks, teach the same content (score ${formatFixed(d.score, 'en')})${shared('shared', d.shared)}`,
  'subsumed-programme.subsumed': (d: {
    title: string;
    id: string;
    share: number;
    hours: number;
    total: number;
    periodMinutes: number;
    elsewhere: readonly (readonly [string, number])[];
  }) =>
    `${formatPercent(d.share, 'en')} of programme "${d.title}" (${d.id}; ${formatNumber(d.hours, 'en')} of ${count(d.total, hoursNoun(d.periodMinutes), 'en')} compared) is taught by programmes at the same or a higher level: ${d.elsewhere.map(([q, h]) => `${q} (${count(h, hoursNoun(d.periodMinutes), 'en')})`).join(', ')}; its certificate is a candidate to cut`,
  'subsumed-programme.taught-in': (d: { module: string; places: readonly string[] }) =>
    `${d.module}: taught in ${d.places.join(', ')}`,
  'provider-drift.drops': (
    d: {
      programme: string;
      programmeTitle: string;
      provider: string;
      national: string;
      nationalTitle: string;
      dropped: readonly string[];
      droppedHours: number;
      periodMinutes: number;
    },
    say: Say,
  ) =>
    `programme "${d.programmeTitle}" (${d.programme}) of ${d.provider} copies the national "${d.nationalTitle}" (${d.national}) but drops ${mods(say, d.dropped.length)} of it (${count(d.droppedHours, hoursNoun(d.periodMinutes), 'en')}): ${d.dropped.join(', ')}`,
  'module-overlap.cluster': (
    d: {
      kind: 'duplicate' | 'overlap';
      modules: number;
      named: readonly string[];
      cohesionMin: number;
      cohesionMean: number;
      hoursSaved: number;
      periodMinutes: number;
      shared: readonly string[];
    },
    say: Say,
  ) => {
    const rest = d.modules - d.named.length;
    const members =
      d.named.join(', ') +
      (rest <= 0 ? '' : ` and ${formatNumber(rest, 'en')} ${rest === 1 ? 'other' : 'others'}`);
    return (
      `${mods(say, d.modules)} teach the same content (${d.kind}, ` +
      `similarity min ${formatFixed(d.cohesionMin, 'en')}, mean ${formatFixed(d.cohesionMean, 'en')}): ${members}; ` +
      `${count(d.hoursSaved, hoursNoun(d.periodMinutes), 'en')} taught twice${shared('shared', d.shared)}`
    );
  },
};
