import type { Catalog } from '../model/catalog.js';
import { mustGet } from '../model/lookup.js';
import type { SavedCluster } from './overlap-savings.js';
import { type Lang, localText, neutral } from '../model/local-text.js';
import { formatFixed, formatNumber } from '../messages/number-format.js';
import { count, hoursUnit, noun } from '../messages/words.js';
import { finding } from '../findings/rules.js';
import type { Finding } from '../findings/finding.js';

/** How many modules a finding's message names; the others are counted. */
const maxNamed = 6;
/** How many of the other modules a finding points to (an editor or SARIF viewer lists them). */
const maxRelated = 20;

/** One `module-overlap` finding per cluster, at its first module, the others as related. */
export function overlapFindings(catalog: Catalog, clusters: readonly SavedCluster[]): Finding[] {
  const unit = hoursUnit(catalog.framework.periodMinutes);
  return clusters.map((cluster) => {
    const [first, ...others] = cluster.modules.map((ref) => mustGet(catalog.moduleByRef, ref));
    if (first === undefined) throw new Error('a cluster without modules');
    const quoted = cluster.shared
      .slice(0, 3)
      .map((s) => `"${s}"`)
      .join(', ');
    const shared = (label: string) => (quoted === '' ? '' : `; ${label}: ${quoted}`);
    const cohesion = (lang: Lang) =>
      `${formatFixed(cluster.cohesion.min, lang)}–${formatFixed(cluster.cohesion.mean, lang)}`;
    // A national module and its copies are hundreds: name a few, count the rest (the cluster in
    // the reports and `about` hold them all).
    const named = cluster.modules.slice(0, maxNamed).join(', ');
    const rest = cluster.modules.length - maxNamed;
    const members = (lang: Lang) =>
      rest <= 0
        ? named
        : lang === 'vi'
          ? `${named} và ${formatNumber(rest, 'vi')} mô-đun khác`
          : `${named} and ${count(rest, noun('', 'other'), 'en')}`;
    const n = cluster.modules.length;
    const saved = (lang: Lang) => count(cluster.hoursSaved, unit, lang);
    return finding(
      'module-overlap',
      first.location,
      localText(
        `${formatNumber(n, 'vi')} mô-đun dạy cùng một nội dung (${cluster.kind === 'duplicate' ? 'trùng lặp' : 'chồng lấn'}, ` +
          `độ gắn kết ${cohesion('vi')}): ${members('vi')}; gộp lại tiết kiệm khoảng ${saved('vi')}${shared('nội dung chung')}`,
        `${formatNumber(n, 'en')} modules teach the same content (${cluster.kind}, ` +
          `cohesion ${cohesion('en')}): ${members('en')}; merging saves ~${saved('en')}${shared('shared')}`,
      ),
      others
        .slice(0, maxRelated)
        .map((m) => ({ ...m.location, message: neutral(`${m.ref}: ${m.title}`) })),
      cluster.modules.map((ref) => `module:${ref}`),
    );
  });
}
