/**
 * "01-mark-zuckerberg.png": the card's position (zero-padded so names sort in order) and the speaker as a slug.
 * Accents are folded ("José" → "jose"); letters of other scripts are kept ("Зеленский" stays readable).
 */
export function cardFileName(position: number, count: number, speaker: string): string {
  const digits = Math.max(2, String(count).length);
  const slug = [...speaker.normalize('NFC')]
    .map((char) => {
      // Only Latin letters lose their accents: in Cyrillic "й" is a letter of its own, not "и" with a mark.
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      return /^[a-z]+$/i.test(base) ? base : char;
    })
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${String(position).padStart(digits, '0')}-${slug || 'speaker'}.png`;
}
