/** English: the report messages. */
export const report = {};
