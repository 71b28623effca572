/** English: the cli messages. */
export const cli = {};
