/**
 * The last results of a pure function of one text, for texts that repeat from page to page (a
 * site's template `<style>` sheet). Its keys are copies of their own: a text cut from a page (a
 * parser's slice) would keep the whole page alive for as long as it is a key, and a memo of
 * sixteen keeps sixteen pages (of up to the page-size limit each) for nothing. Texts longer than
 * `longest` are worked out and not kept.
 */
export class TextMemo<V> {
  private readonly results = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly longest = 256 * 1024,
  ) {}

  get(text: string, compute: (text: string) => V): V {
    const kept = this.results.get(text);
    if (kept !== undefined) return kept;
    const value = compute(text);
    if (text.length <= this.longest) {
      if (this.results.size >= this.limit) this.results.clear();
      this.results.set(standalone(text), value);
    }
    return value;
  }
}

/** A copy of a text that shares no memory with the string it was cut from. */
function standalone(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
