/**
 * Markup converters swap finished HTML pieces (links, escaped characters) for placeholders before they format
 * the rest, so that formatting never reaches inside a piece. NUL cannot be shown anyway, so input loses it first.
 */
export class Placeholders {
  private readonly pieces: string[] = [];

  static clean(text: string): string {
    return text.replace(/\u0000/g, '');
  }

  hold(html: string): string {
    this.pieces.push(html);
    return `\u0000${this.pieces.length - 1}\u0000`;
  }

  restore(text: string): string {
    // A piece may hold placeholders of its own (a link label with an escaped character).
    let out = text;
    for (let i = 0; i < 4 && out.includes('\u0000'); i++) out = out.replace(/\u0000(\d+)\u0000/g, (_, n: string) => this.pieces[Number(n)] ?? '');
    return out;
  }
}
