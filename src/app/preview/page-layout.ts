import { escapeHtml } from './html-escape.js';
import { PREVIEW_CSS } from './preview-css.js';

/** A whole preview page; `body` is HTML already escaped by its builder, `title` is plain text. */
export function pageHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · newsbrief preview</title>
<style>${PREVIEW_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function storyHref(id: string): string {
  return `/story/${encodeURIComponent(id)}`;
}
