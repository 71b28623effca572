import { defineRules } from './legacy-rules.js';

/** What the overlap engine reports. */
export const overlapRules = defineRules({
  'module-overlap': {
    severity: 'warning',
    title: { vi: 'Mô-đun trùng lặp', en: 'Overlapping modules' },
    summary: {
      vi: 'Hai hay nhiều mô-đun dạy cùng một nội dung (mỗi cụm một phát hiện).',
      en: 'Two or more modules teach the same content (one finding per cluster).',
    },
  },
});
