import type { Programme, Track } from '../model/catalog.js';
import { providerName } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import { count } from '../messages/words.js';
import type { MarkdownContext } from './markdown-context.js';
import { escapeMarkdown, mermaidLabel } from './markdown-escape.js';
import { programmePairs } from './markdown-programmes.js';

/** At most this many national programmes are drawn at one level; the rest are one node. */
export const maxProgrammesPerLevel = 6;

/** At most this many pairs of programmes are joined in the diagram of overlaps. */
export const maxOverlapEdges = 20;

/**
 * One Mermaid graph of the programmes that overlap, each drawn once by its title, and a line
 * between two of them labelled with the hours repeated between them: the hours saved of the
 * listed overlapping pairs of their modules, summed and rounded to whole periods (a timetable
 * has no fractions of a tiết). Pairs within one programme are in the table of shared hours,
 * not drawn; the pairs of programmes that repeat most are drawn first.
 */
export function overlapMapSection(ctx: MarkdownContext): string {
  const { t, unit, lang } = ctx;
  const all = programmePairs(ctx).filter((p) => p.a !== p.b);
  if (all.length === 0) return '';
  const shown = all.slice(0, maxOverlapEdges);
  const intro = t('report.markdown.overlap-map.intro', {
    unit,
    shown: shown.length,
    all: all.length,
  });
  let out = `## ${t('report.markdown.overlap-map.heading')}\n\n${intro}\n\n`;
  const labels = new Map(
    shown.flatMap((p) => [p.a, p.b]).map((id) => [id, programmeLabel(ctx, id)]),
  );
  const uses = new Map<string, number>();
  for (const label of labels.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const ids = new Map<string, string>();
  const nodes: string[] = [];
  const node = (programme: string) => {
    let id = ids.get(programme);
    if (id === undefined) {
      id = `p${ids.size}`;
      ids.set(programme, id);
      const label = labels.get(programme) ?? programme;
      const named = (uses.get(label) ?? 0) > 1 ? `${label} (${programme})` : label;
      nodes.push(`  ${id}(["${mermaidLabel(named)}"]):::programme`);
    }
    return id;
  };
  const edges = shown.map((p) => {
    const [a, b] = [node(p.a), node(p.b)];
    return `  ${a} ---|"${mermaidLabel(count(Math.round(p.hours), unit, lang))}"| ${b}`;
  });
  out +=
    '```mermaid\n' +
    [
      'flowchart LR',
      ...nodes,
      ...edges,
      '  classDef programme fill:#ffffff,stroke:#6b7280,color:#111827',
      '',
    ].join('\n') +
    '```\n\n';
  return out;
}

/**
 * A programme as the diagram names it: its title, with its provider's name for a provider's
 * copy (whose title is most often the national one's), its id where two drawn share a title.
 */
function programmeLabel(ctx: MarkdownContext, id: string): string {
  const p = ctx.programmes.get(id);
  if (p === undefined) return id;
  if (p.provider === undefined) return p.title;
  const provider = providerName(ctx.a.catalog, p.provider);
  return p.title.includes(provider) ? p.title : `${p.title} · ${provider}`;
}

/** One Mermaid flowchart a track: its levels in order, the programmes of each, the gaps marked. */
export function tracksSection(ctx: MarkdownContext): string {
  const { a, t } = ctx;
  if (a.catalog.tracks.length === 0) return '';
  const intro =
    t('report.markdown.tracks.intro') + (ctx.gaps ? ` ${t('report.markdown.tracks.gaps')}` : '');
  let out = `## ${t('report.markdown.tracks.heading')}\n\n${intro}\n\n`;
  for (const track of a.catalog.tracks) {
    const programmes = a.catalog.programmes.filter((p) => p.track === track.id).length;
    out += `### ${escapeMarkdown(track.title)} (${escapeMarkdown(track.id)})\n\n`;
    out += `${t('report.markdown.tracks.counts', { levels: track.levels.length, programmes })}\n\n`;
    out += '```mermaid\n' + trackFlowchart(ctx, track) + '```\n\n';
  }
  return out;
}

/**
 * The flowchart of one track. Node ids are generated (`n0`, `n1`…), never taken from the data;
 * every label is quoted and escaped (mermaidLabel). Levels are chained lowest first; each
 * national programme providing a level points to it with a solid line, each programme whose
 * certificate counts for it with a dashed one; providers' programmes of a level are one node;
 * a level nothing reaches is styled as a gap.
 */
export function trackFlowchart(ctx: MarkdownContext, track: Track): string {
  const { a, t } = ctx;
  let next = 0;
  const id = () => `n${next++}`;
  const nodes: string[] = [];
  const edges: string[] = [];
  const levelIds = track.levels.map(() => id());
  const providing = (ref: string, p: Programme) => p.levelRef === ref;
  const satisfying = (ref: string, p: Programme) => p.levelRef !== ref && p.satisfies.includes(ref);
  const reaches = (ref: string, p: Programme) => providing(ref, p) || satisfying(ref, p);
  // A programme is named by its title; by its id too where two of the diagram share a title.
  const drawn = a.catalog.programmes.filter(
    (p) => p.provider === undefined && track.levels.some((l) => reaches(l.ref, p)),
  );
  const titles = new Map<string, number>();
  for (const p of drawn) titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
  const name = (p: Programme) =>
    (titles.get(p.title) ?? 0) > 1 && p.title !== p.id ? `${p.title} (${p.id})` : p.title;
  track.levels.forEach((level, i) => {
    const node = levelIds[i] ?? '';
    const provided = a.catalog.programmes.filter((p) => providing(level.ref, p));
    const satisfied = a.catalog.programmes.filter((p) => satisfying(level.ref, p));
    // A level nothing reaches is marked only while `missing-level` reports it.
    const gap = ctx.gaps && provided.length === 0 && satisfied.length === 0;
    const label = gap ? `${level.title} — ${t('report.markdown.tracks.gap')}` : level.title;
    nodes.push(`  ${node}["${mermaidLabel(label)}"]:::${gap ? 'gap' : 'level'}`);
    const draw = (list: readonly Programme[], arrow: string) => {
      const national = list
        .filter((p) => p.provider === undefined)
        .sort((x, y) => compareStrings(x.id, y.id));
      for (const p of national.slice(0, maxProgrammesPerLevel)) {
        const n = id();
        nodes.push(`  ${n}(["${mermaidLabel(name(p))}"]):::programme`);
        edges.push(`  ${n} ${arrow} ${node}`);
      }
      const rest = national.length - maxProgrammesPerLevel;
      if (rest > 0) {
        const n = id();
        const more = t('report.markdown.tracks.more', { n: rest });
        nodes.push(`  ${n}(["${mermaidLabel(more)}"]):::programme`);
        edges.push(`  ${n} ${arrow} ${node}`);
      }
      const providers = list.length - national.length;
      if (providers > 0) {
        const n = id();
        const label = t('report.markdown.tracks.providers', { n: providers });
        nodes.push(`  ${n}(["${mermaidLabel(label)}"]):::provider`);
        edges.push(`  ${n} ${arrow} ${node}`);
      }
    };
    draw(provided, '-->');
    draw(satisfied, '-.->');
  });
  const chain = levelIds.length > 1 ? [`  ${levelIds.join(' ==> ')}`] : [];
  return [
    'flowchart TB',
    ...nodes,
    ...chain,
    ...edges,
    '  classDef level fill:#e8f0fe,stroke:#1a56db,color:#0b2a6f',
    '  classDef gap fill:#fdecec,stroke:#c81e1e,stroke-width:2px,stroke-dasharray:6 4,color:#8a1111',
    '  classDef programme fill:#ffffff,stroke:#6b7280,color:#111827',
    '  classDef provider fill:#f9fafb,stroke:#9ca3af,stroke-dasharray:3 3,color:#374151',
    '',
  ].join('\n');
}
