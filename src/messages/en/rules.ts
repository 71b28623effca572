/** English: rule titles, summaries and the findings of the analysis. */
export const rules = {
  'common.verbatim': (d: { text: string }) => d.text,
  /** A text not yet in the catalogue, held in both languages (removed once every message is). */
  'legacy.text': (d: { vi: string; en: string }) => d.en,
};
