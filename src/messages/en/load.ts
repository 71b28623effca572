/** English: the load messages. */
export const load = {};
