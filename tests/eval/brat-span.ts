/** A brat span line: T<n>, label, start and end offsets of `words` in `text` (its first occurrence at or after `from`), the words. */
export function span(id: string, label: string, text: string, words: string, from = 0): string {
  const at = text.indexOf(words, from);
  return `${id}\t${label} ${at} ${at + words.length}\t${words}`;
}
