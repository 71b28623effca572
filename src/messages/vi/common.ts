import type { Conventions, NounTemplate, NounsOf } from '../conventions.js';
import type { nouns as en } from '../en/common.js';

/** Vietnamese writes 3.858 tiết, 133,2 giờ, 0,85, 80 %. */
export const conventions: Conventions = {
  group: '.',
  decimal: ',',
  percent: (digits) => `${digits}%`,
  count: (number, noun) => `${number} ${noun}`,
  term: (term) => term,
};

/** Vietnamese does not inflect for number: "1 mô-đun", "3 mô-đun". */
const noun =
  (word: string): NounTemplate =>
  () =>
    word;

/** Vietnamese: the nouns several messages count with. */
export const nouns: NounsOf<typeof en> = {
  'noun.module': noun('mô-đun'),
  'noun.programme': noun('chương trình'),
  'noun.programme-pair': noun('cặp chương trình'),
  'noun.copy': noun('bản sao'),
  'noun.pair': noun('cặp'),
  'noun.line': noun('dòng'),
  'noun.row': noun('dòng'),
  'noun.action': noun('đề xuất'),
  'noun.file': noun('tệp'),
  'noun.level': noun('bậc'),
  'noun.pathway': noun('lộ trình'),
  'noun.cluster': noun('cụm'),
  'noun.finding': noun('phát hiện'),
  'noun.problem': noun('vấn đề'),
  'noun.error': noun('lỗi'),
  'noun.warning': noun('cảnh báo'),
  'noun.time': noun('lần'),
  'noun.note': noun('lưu ý'),
  'noun.hour': noun('giờ'),
  'noun.period': noun('tiết'),
};

/** Vietnamese: words every area shares. */
export const common = { ...nouns };
