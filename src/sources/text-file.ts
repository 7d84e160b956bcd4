/** Plain text: one paragraph a line (blank lines separate nothing more). */
export function paragraphsFromText(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/**
 * Markdown: blocks separated by blank lines, wrapped lines joined, markup removed (headings, emphasis,
 * links keep their text, images and code fences go). Returns the first `# ` heading as the title.
 */
export function articleFromMarkdown(text: string): { title?: string; paragraphs: string[] } {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/```[\s\S]*?```/g, '\n');
  let title: string | undefined;
  const paragraphs: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    const isList = lines.every((l) => /^([-*+]|\d+[.)])\s/.test(l));
    const pieces = isList ? lines : [lines.join(' ')];
    for (const piece of pieces) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(piece);
      const plain = stripInlineMarkdown(heading ? heading[2]! : piece.replace(/^([-*+]|\d+[.)]|>)\s+/, ''));
      if (!plain) continue;
      if (heading && heading[1] === '#' && title === undefined) title = plain;
      else paragraphs.push(plain);
    }
  }
  return { ...(title ? { title } : {}), paragraphs };
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
