import type { Catalog } from '../model/catalog.js';
import { mustGet } from '../model/lookup.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import { type Lang, localText, neutral } from '../model/local-text.js';
import { formatFixed, formatNumber } from '../model/number-format.js';
import { count, hoursUnit } from '../model/words.js';
import { finding } from './rules.js';
import type { Finding } from './finding.js';

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
    const members = cluster.modules.join(', ');
    const n = cluster.modules.length;
    const saved = (lang: Lang) => count(cluster.hoursSaved, unit, lang);
    return finding(
      'module-overlap',
      first.location,
      localText(
        `${formatNumber(n, 'vi')} mô-đun dạy cùng một nội dung (${cluster.kind === 'duplicate' ? 'trùng lặp' : 'chồng lấn'}, ` +
          `độ gắn kết ${cohesion('vi')}): ${members}; gộp lại tiết kiệm khoảng ${saved('vi')}${shared('nội dung chung')}`,
        `${formatNumber(n, 'en')} modules teach the same content (${cluster.kind}, ` +
          `cohesion ${cohesion('en')}): ${members}; merging saves ~${saved('en')}${shared('shared')}`,
      ),
      others.map((m) => ({ ...m.location, message: neutral(`${m.ref}: ${m.title}`) })),
      cluster.modules.map((ref) => `module:${ref}`),
    );
  });
}
