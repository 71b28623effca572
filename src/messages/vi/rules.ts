import { formatFixed, formatNumber, formatPercent } from '../number-format.js';
import { count, hoursNoun, moduleWord } from '../words.js';
import type { rules as en } from '../en/rules.js';
import type { CatalogueOf, Say } from '../types.js';

/** A module as the data calls it ("mô-đun", or the framework's `moduleTerm`), for a count. */
const mod = (say: Say, n?: number) => moduleWord(say, n);
/** The same, heading a column or a sentence: "Mô-đun", "Chuyên đề". */
const Mod = (say: Say) => {
  const word = mod(say);
  return word.charAt(0).toUpperCase() + word.slice(1);
};
/** "3 mô-đun", "3 chuyên đề". */
const mods = (say: Say, n: number) => `${formatNumber(n, 'vi')} ${mod(say, n)}`;

/** How a list of quoted shared phrases ends a message, in Vietnamese. */
const shared = (label: string, phrases: readonly string[]) =>
  phrases.length === 0 ? '' : `; ${label}: ${phrases.map((s) => `"${s}"`).join(', ')}`;

/** Vietnamese: rule titles and summaries, and the findings of the rules of the analysis. */
export const rules: CatalogueOf<typeof en> = {
  'common.verbatim': (d) => d.text,
  'common.module': (d) => `${d.title} (${d.ref})`,

  'rule.input-encoding.title': 'Tệp không phải văn bản đọc được',
  'rule.input-encoding.summary':
    'Tệp không phải văn bản đọc được: UTF-8 không hợp lệ, UTF-16, tệp nhị phân hoặc tệp quá lớn.',
  'rule.unreadable-file.title': 'Không đọc được tệp',
  'rule.unreadable-file.summary':
    'Không đọc được tệp: không có quyền đọc, không phải tệp thường (FIFO, thiết bị, socket), liên kết tượng trưng bị hỏng hoặc trỏ ra ngoài thư mục đang đọc.',
  'rule.yaml-syntax.title': 'Lỗi cú pháp YAML',
  'rule.yaml-syntax.summary':
    'Tệp không phải YAML hợp lệ và an toàn: lỗi cú pháp, khóa trùng, quá nhiều bí danh (alias) hoặc lồng quá sâu, khóa bị cấm.',
  'rule.long-word.title': 'Từ dài bất thường',
  'rule.long-word.summary':
    'Văn bản có một "từ" (chuỗi không có dấu cách) dài hơn 1.000 ký tự: không từ hay địa chỉ web thật nào dài như vậy, và phân tích văn bản chỉ nhanh dưới giới hạn này.',
  'rule.not-curriculum.title': 'Không phải tệp chương trình',
  'rule.not-curriculum.summary':
    'Tệp YAML không có `kind` (hoặc rỗng) nên không phải tệp chương trình đào tạo và được bỏ qua.',
  'rule.schema.title': 'Sai định dạng',
  'rule.schema.summary': 'Tài liệu không khớp với JSON Schema của loại tài liệu đó.',
  'rule.framework-count.title': 'Số khung chương trình',
  'rule.framework-count.summary':
    'Một kho chương trình phải có đúng một tài liệu khung (framework).',
  'rule.duplicate-id.title': 'Mã trùng',
  'rule.duplicate-id.summary':
    'Một mã được dùng hai lần ở nơi phải là duy nhất (chương trình, nhánh, bậc, vị trí, mô-đun trong một chương trình).',
  'rule.unresolved-ref.title': 'Tham chiếu không tồn tại',
  'rule.unresolved-ref.summary':
    'Một nhánh, bậc, tham chiếu bậc hoặc tham chiếu mô-đun trỏ tới thứ không tồn tại.',
  'rule.hours-mismatch.title': 'Tổng số tiết không khớp',
  'rule.hours-mismatch.summary':
    'Số tiết khai báo (`hours`) của chương trình khác tổng số tiết của các mô-đun.',
  'rule.module-overlap.title': (_d, say) => `${Mod(say)} trùng lặp`,
  'rule.module-overlap.summary': (_d, say) =>
    `Hai hay nhiều ${mod(say)} dạy cùng một nội dung (mỗi cụm một phát hiện).`,
  'rule.missing-level.title': 'Bậc không có chương trình',
  'rule.missing-level.summary':
    'Một bậc của nhánh mà không chương trình nào đào tạo hay được công nhận tương đương: không ai đạt được bậc đó.',
  'rule.position-unmet.title': 'Vị trí việc làm không có lộ trình',
  'rule.position-unmet.summary':
    'Một vị trí việc làm yêu cầu một bậc mà không chương trình nào đào tạo hay được công nhận tương đương: không lộ trình nào dẫn tới vị trí đó.',
  'rule.prerequisite-cycle.title': 'Điều kiện tiên quyết vòng tròn',
  'rule.prerequisite-cycle.summary': (_d, say) =>
    `Các ${mod(say)} đòi hỏi nhau theo vòng tròn (kể cả ${mod(say)} tự đòi hỏi chính nó): không ${mod(say)} nào trong vòng có thể bắt đầu.`,
  'rule.prerequisite-inversion.title': 'Điều kiện tiên quyết ngược bậc',
  'rule.prerequisite-inversion.summary': (_d, say) =>
    `Một ${mod(say)} đòi hỏi học trước một ${mod(say)} của bậc cao hơn trong cùng nhánh.`,
  'rule.cross-level-repeat.title': 'Lặp lại nội dung bậc dưới',
  'rule.cross-level-repeat.summary': (_d, say) =>
    `Một ${mod(say)} bậc cao dạy lại nội dung của bậc dưới trong cùng nhánh mà không nâng cao: chủ đề là của ${mod(say)} bậc dưới, và ít nội dung mới.`,
  'rule.cross-track-overlap.title': 'Trùng lặp giữa các nhánh',
  'rule.cross-track-overlap.summary': (_d, say) =>
    `Các ${mod(say)} ở những bậc tương đương (khai báo trong khung) của hai nhánh dạy cùng một nội dung.`,
  'rule.subsumed-programme.title': 'Chương trình bị bao hàm',
  'rule.subsumed-programme.summary':
    'Phần lớn số tiết của một chương trình (mặc định 80 %) đã được dạy ở các chương trình cùng bậc hoặc bậc cao hơn: chứng chỉ của nó có thể cắt bỏ.',
  'rule.redundant-prerequisite.title': 'Điều kiện tiên quyết thừa',
  'rule.redundant-prerequisite.summary': (_d, say) =>
    `Một ${mod(say)} đòi hỏi một ${mod(say)} mà điều kiện tiên quyết khác của nó đã đòi hỏi, trực tiếp hay gián tiếp.`,
  'rule.provider-drift.title': 'Chương trình của cơ sở khác chương trình chung',
  'rule.provider-drift.summary': (_d, say) =>
    `Bản chương trình của một cơ sở đào tạo bỏ bớt ${mod(say)} của chương trình chung làm căn cứ.`,

  'missing-level.untaught': (d) =>
    `bậc ${d.level} của nhánh "${d.track}" không có chương trình nào: không chương trình nào đào tạo bậc này hay được công nhận tương đương`,
  'position-unmet.unmet': (d) =>
    `vị trí việc làm "${d.position}" (${d.id}) yêu cầu bậc ${d.level}, nhưng không chương trình nào đào tạo bậc này hay được công nhận tương đương: không lộ trình nào dẫn tới vị trí này`,
  'position-unmet.level': (d) => `bậc ${d.ref}`,
  'prerequisite-cycle.itself': (d, say) => `${mod(say)} "${d.module}" đòi hỏi chính nó`,
  'prerequisite-cycle.cycle': (d, say) =>
    `điều kiện tiên quyết vòng tròn: ${d.chain.join(' → ')}; không ${mod(say)} nào trong vòng có thể bắt đầu`,
  'prerequisite-inversion.inverted': (d, say) =>
    `${mod(say)} "${d.moduleTitle}" (${d.module}, bậc ${d.level}) đòi hỏi học trước "${d.requiredTitle}" (${d.required}) của bậc cao hơn (${d.requiredLevel}): người học phải qua bước sau trước bước trước`,
  'redundant-prerequisite.redundant': (d, say) =>
    `${mod(say)} "${d.module}" đòi hỏi "${d.required}", nhưng điều kiện tiên quyết "${d.via}" của nó đã dẫn tới "${d.required}": có thể bỏ yêu cầu thứ hai`,
  'cross-level-repeat.repeat': (d, say) =>
    `"${d.higherTitle}" (${d.higherLevel}; ${d.higher}) lặp lại "${d.lowerTitle}" (${d.lowerLevel}; ${d.lower}) mà không nâng cao: ` +
    [
      d.topics > 0
        ? `${d.repeatedTopics}/${d.topics} chủ đề được dạy lại, ${d.newTopics} chủ đề mới`
        : '',
      `${formatPercent(d.inLower, 'vi')} nội dung đã có ở ${mod(say)} bậc dưới`,
      `${formatNumber(d.higherHours, 'vi')} so với ${count(d.lowerHours, hoursNoun(d.periodMinutes), 'vi')}`,
    ]
      .filter(Boolean)
      .join('; '),
  'cross-track-overlap.overlap': (d) =>
    `"${d.aTitle}" (${d.aLevel}; ${d.a}) và "${d.bTitle}" (${d.bLevel}; ${d.b}), hai bậc tương đương của hai nhánh, dạy cùng một nội dung (điểm ${formatFixed(d.score, 'vi')})${shared('nội dung chung', d.shared)}`,
  'subsumed-programme.subsumed': (d) =>
    `${formatPercent(d.share, 'vi')} chương trình "${d.title}" (${d.id}; ${formatNumber(d.hours, 'vi')}/${count(d.total, hoursNoun(d.periodMinutes), 'vi')} được so sánh) đã được dạy ở các chương trình cùng bậc hoặc bậc cao hơn: ${d.elsewhere.map(([q, h]) => `${q} (${count(h, hoursNoun(d.periodMinutes), 'vi')})`).join(', ')}; chứng chỉ của chương trình này có thể cắt bỏ`,
  'subsumed-programme.taught-in': (d) => `${d.module}: được dạy ở ${d.places.join(', ')}`,
  'provider-drift.drops': (d, say) =>
    `chương trình "${d.programmeTitle}" (${d.programme}) của ${d.provider} xây dựng theo chương trình chung "${d.nationalTitle}" (${d.national}) nhưng bỏ ${mods(say, d.dropped.length)} của nó (${count(d.droppedHours, hoursNoun(d.periodMinutes), 'vi')}): ${d.dropped.join(', ')}`,
  'module-overlap.cluster': (d, say) => {
    const rest = d.modules - d.named.length;
    const members = d.named.join(', ') + (rest <= 0 ? '' : ` và ${mods(say, rest)} khác`);
    return (
      `${mods(say, d.modules)} dạy cùng một nội dung (${d.kind === 'duplicate' ? 'trùng gần như toàn bộ' : 'trùng một phần'}, ` +
      `độ tương đồng thấp nhất ${formatFixed(d.cohesionMin, 'vi')}, trung bình ${formatFixed(d.cohesionMean, 'vi')}): ${members}; ` +
      `${count(d.hoursSaved, hoursNoun(d.periodMinutes), 'vi')} dạy lặp lại${shared('nội dung chung', d.shared)}`
    );
  },
};
