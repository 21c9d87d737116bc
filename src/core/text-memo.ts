/**
 * The last results of a pure function of one text, for texts that repeat from page to page (a
 * site's template `<style>` sheet). Its keys are copies of their own: a text cut from a page (a
 * parser's slice) would keep the whole page alive for as long as it is a key, and a memo of
 * sixteen keeps sixteen pages (of up to the page-size limit each) for nothing. Texts longer than
 * `longest` are worked out and not kept.
 *
 * Kept texts are found by their length, then compared whole: a Map keyed by the text would hash
 * every text asked, a character at a time (a sheet cut from each page is a new string whose hash
 * is not known yet: 25 µs at 12,000 characters), where a comparison runs several times faster.
 */
export class TextMemo<V> {
  private readonly byLength = new Map<number, Array<{ text: string; value: V }>>();
  private size = 0;

  constructor(
    private readonly limit: number,
    private readonly longest = 256 * 1024,
  ) {}

  get(text: string, compute: (text: string) => V): V {
    const sameLength = this.byLength.get(text.length);
    if (sameLength) for (const kept of sameLength) if (kept.text === text) return kept.value;
    const value = compute(text);
    if (text.length <= this.longest) {
      if (this.size >= this.limit) {
        this.byLength.clear();
        this.size = 0;
      }
      const kept = { text: standalone(text), value };
      const list = this.byLength.get(text.length);
      if (list) list.push(kept);
      else this.byLength.set(text.length, [kept]);
      this.size++;
    }
    return value;
  }
}

/** A copy of a text that shares no memory with the string it was cut from. */
function standalone(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
