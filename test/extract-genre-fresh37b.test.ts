import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-37 taught the genre reader (closed-dialogs, note-clip), each rule on a small page of its own. */

const URL = 'https://www.example-jiankang.cn/ask/88.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = '<p>咽喉痛多由上呼吸道感染引起，先多喝水、少说话。</p><p>发热超过三天或吞咽困难，请到耳鼻喉科就诊。</p>';
const RELATED =
  '<div><h3>相关问答</h3><ul><li><a href="/ask/90.html">咽喉痛吃什么药</a><p>可以含服润喉片，细菌感染需遵医嘱用抗生素。</p></li>' +
  '<li><a href="/ask/91.html">咽喉痛是不是扁桃体炎</a><p>扁桃体红肿化脓时多为扁桃体炎，需要查血常规。</p></li></ul></div>';
const main = (answer = ANSWER) =>
  `<main><h1>咽喉痛怎么办</h1><div><span>周岚</span> 副主任医师 耳鼻喉科 东湖市第二人民医院</div><div>2022-09-14 发布</div><article>${answer}</article></main>`;
const doc = (body: string) => `<html><head><title>咽喉痛怎么办-健康问答</title></head><body>${body}</body></html>`;

describe('a closed <dialog> and a hidden panel at the body’s top level show nothing', () => {
  const share =
    '<dialog id="dlg-share"><div><strong>咽喉痛怎么办</strong></div><div>咽喉痛多由上呼吸道感染引起…</div><div>周岚 · 副主任医师</div>' +
    '<div>分享于 2023-03-02</div><div>微信扫一扫</div></dialog>';
  const more =
    '<section hidden><h4>更多回答</h4><div><em>韩涛</em> 主治医师 东湖市第二人民医院</div><div>多喝温水，避免辛辣食物，一般一周内好转。</div><div>2022-10-01</div></section>';

  it('reads the page’s own question, card, day and answer, and no related item from the hidden panel', () => {
    for (const body of [`${share}${more}${main()}${RELATED}`, `${main()}${RELATED}${share}${more}`]) {
      const entries = read(doc(body));
      const own = entries.find((e) => e.origin === 'page')!;
      expect(own.question).toBe('咽喉痛怎么办');
      expect(own.doctor.name).toBe('周岚');
      expect(own.date).toBe('2022-09-14');
      expect(own.answer_paragraphs).toEqual(['咽喉痛多由上呼吸道感染引起，先多喝水、少说话。', '发热超过三天或吞咽困难，请到耳鼻喉科就诊。']);
      expect(entries.filter((e) => e.origin !== 'page').map((e) => e.question)).toEqual(['咽喉痛吃什么药', '咽喉痛是不是扁桃体炎']);
    }
  });

  it('still reads a full answer folded (hidden) beside its preview inside the page', () => {
    const folded = `<p>咽喉痛多由上呼吸道感染引起，先多喝水…<a href="#">展开全文</a></p><div hidden>${ANSWER}</div>`;
    const [own] = read(doc(`${share}${main(folded)}${RELATED}`));
    expect(own!.answer_paragraphs).toEqual(['咽喉痛多由上呼吸道感染引起，先多喝水、少说话。', '发热超过三天或吞咽困难，请到耳鼻喉科就诊。']);
  });
});
