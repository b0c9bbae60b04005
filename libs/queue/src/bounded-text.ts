/**
 * Error texts are bounded wherever they are stored or sent (run history, job failures,
 * completion records, abort keys): an input with a 10,000-character id must not make a
 * 20,000-character error. A cut text says how long it was.
 */

/** The longest error text stored or sent, in characters. */
export const MAX_ERROR_LENGTH = 2000;

/**
 * `text` when it has at most `max` characters, else its first `max` characters followed by
 * a note of the full length.
 */
export function boundText(text: string, max: number = MAX_ERROR_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (cut to ${max} of ${text.length} characters)`;
}
