/**
 * A short, quoted and escaped excerpt of text read from a file, for a message: at most `max`
 * characters, every control character and quote escaped (as JSON writes them). Messages
 * about a config or baseline file quote no more of it than this, so that a file that is not
 * what it claims to be (a link to a secret) does not end up printed in a CI log.
 */
export function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text);
}
