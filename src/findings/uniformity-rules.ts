import { defineRules } from './legacy-rules.js';

/** How providers' copies keep to the national programmes (docs/format.md §3.4). */
export const uniformityRules = defineRules({
  'provider-drift': {
    severity: 'info',
    title: { vi: 'Bản của cơ sở lệch chương trình quốc gia', en: 'Provider copy drifts' },
    summary: {
      vi: 'Bản chương trình của một cơ sở đào tạo bỏ bớt mô-đun của chương trình quốc gia mà nó sao theo.',
      en: "A provider's copy of a national programme drops some of its modules.",
    },
  },
});
