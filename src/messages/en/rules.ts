/** English: rule titles, summaries and the findings of the analysis. */
export const rules = {
  'common.verbatim': (d: { text: string }) => d.text,
};
