/**
 * `{ ...item, ...fields }`, except that a getter of `item` stays a getter of the copy, read
 * only when the copy's is: a value worked out on demand (an overlap's explanation) is not
 * worked out by copying the object. Same keys, in the same order, as the spread.
 */
export function withFields<T extends object, U extends object>(item: T, fields: U): T & U {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(item));
  Object.defineProperties(copy, Object.getOwnPropertyDescriptors(fields));
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- it has every own property of both, as the spread would
  return copy as T & U;
}
