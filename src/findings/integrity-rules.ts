import { defineRules } from './legacy-rules.js';

/** The format contract (docs/format.md §6.5): what the loader enforces before any analysis. */
export const integrityRules = defineRules({
  schema: {
    severity: 'error',
    title: { vi: 'Sai định dạng', en: 'Schema violation' },
    summary: {
      vi: 'Tài liệu không khớp với JSON Schema của loại tài liệu đó.',
      en: 'A document does not match the JSON Schema of its kind.',
    },
  },
  'framework-count': {
    severity: 'error',
    title: { vi: 'Số khung chương trình', en: 'Framework count' },
    summary: {
      vi: 'Một kho chương trình phải có đúng một tài liệu khung (framework).',
      en: 'A repository must hold exactly one framework document.',
    },
  },
  'duplicate-id': {
    severity: 'error',
    title: { vi: 'Mã trùng', en: 'Duplicate id' },
    summary: {
      vi: 'Một mã được dùng hai lần ở nơi phải là duy nhất (chương trình, nhánh, bậc, vị trí, mô-đun trong một chương trình).',
      en: 'An id is used twice where it must be unique (programmes, tracks, levels, positions, modules within a programme).',
    },
  },
  'unresolved-ref': {
    severity: 'error',
    title: { vi: 'Tham chiếu không tồn tại', en: 'Unresolved reference' },
    summary: {
      vi: 'Một nhánh, bậc, tham chiếu bậc hoặc tham chiếu mô-đun trỏ tới thứ không tồn tại.',
      en: 'A track, level, level ref or module ref names nothing that exists.',
    },
  },
  'hours-mismatch': {
    severity: 'error',
    title: { vi: 'Tổng số tiết không khớp', en: 'Hours do not add up' },
    summary: {
      vi: 'Số tiết khai báo (`hours`) của chương trình khác tổng số tiết của các mô-đun.',
      en: "A programme's declared `hours` differ from the sum of its modules' hours.",
    },
  },
});
