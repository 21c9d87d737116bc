import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on closed <dialog>s and hidden panels, a note app's clip of a Q&A page and a pharmacy's product page with a consultation.
 * What the blind split fresh-37 taught the genre reader (closed-dialogs, note-clip), each rule on a small page of its own.
 */

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

describe('a note app’s shared clip of a Q&A page', () => {
  const clip = (credit: string) =>
    `<html><head><title>腰肌劳损怎么缓解 - 我的笔记</title></head><body><header><a href="https://notes.example.net/">笔记</a> <a href="https://notes.example.net/signin">登录</a></header>` +
    `<section><h1>腰肌劳损怎么缓解-快问医生网</h1><p><small>创建于 2024/01/09 21:10</small></p><p>原文：<a href="https://www.kuaiwen.example.com/a/77.html">https://www.kuaiwen.example.com/a/77.html</a></p></section>` +
    `<section><h1>腰肌劳损怎么缓解</h1><div><span>钟毅</span> 主任医师 康复医学科 南江市人民医院</div><div>2023-06-18 回答</div>` +
    `<div><p>腰肌劳损需要避免久坐，每坐一小时起身活动。</p><p>可以热敷腰部，疼痛明显时到康复科做理疗。</p></div></section><p>${credit}</p></body></html>`;

  it('leaves the app’s clip credit under the clip out of the answer', () => {
    for (const credit of ['— 剪藏自快问医生网', '通过有道云笔记网页剪藏', '此笔记由某某笔记剪报保存', 'Clipped from kuaiwen.example.com']) {
      const own = read(clip(credit)).find((e) => e.origin === 'page')!;
      expect(own.question).toBe('腰肌劳损怎么缓解');
      expect(own.answer_paragraphs).toEqual(['腰肌劳损需要避免久坐，每坐一小时起身活动。', '可以热敷腰部，疼痛明显时到康复科做理疗。']);
      expect(own.date).toBe('2023-06-18');
    }
  });

  it('takes the clipped page’s heading and day, not the note’s title and its created day', () => {
    const html = clip('— 剪藏自快问医生网')
      .replace('<small>创建于 2024/01/09 21:10</small>', '<small>创建时间：2024.01.09</small>')
      .replace('<div>2023-06-18 回答</div>', '<div>2023.06.18 08:40</div>')
      .replace('<title>腰肌劳损怎么缓解 - 我的笔记</title>', '<title>腰肌劳损怎么缓解_快问医生网 - 我的笔记</title>')
      .replace('<h1>腰肌劳损怎么缓解-快问医生网</h1>', '<h1>腰肌劳损怎么缓解_快问医生网</h1>');
    const own = read(html).find((e) => e.origin === 'page')!;
    expect(own.question).toBe('腰肌劳损怎么缓解');
    expect(own.doctor.name).toBe('钟毅');
    expect(own.date).toBe('2023-06-18');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('takes the clip’s links to the site it names as its source as the page’s own, not as off-site ads', () => {
    const list =
      '<div><h3>相似问题</h3><ul><li><a href="https://www.kuaiwen.example.com/a/80.html">腰肌劳损能治好吗</a><p>坚持锻炼腰背肌，多数可以明显好转。</p></li>' +
      '<li><a href="https://www.kuaiwen.example.com/a/81.html">腰肌劳损贴膏药有用吗</a><p>膏药能缓解疼痛，但要配合休息和锻炼。</p></li></ul></div>';
    const html = clip('— 剪藏自快问医生网')
      .replace('</title>', '</title><link rel="canonical" href="https://notes.example.net/share/k9x2">')
      .replace('<p>— 剪藏自快问医生网</p>', `${list}<p>— 剪藏自快问医生网</p>`);
    const entries = entriesOf(extractOrThrow(pageRecord(html, { url: 'https://notes.example.net/share/k9x2' })));
    expect(entries.map((e) => [e.question, e.flags.includes('unsure_reading')])).toEqual([
      ['腰肌劳损怎么缓解', false],
      ['腰肌劳损能治好吗', false],
      ['腰肌劳损贴膏药有用吗', false],
    ]);
  });
});

describe('an online pharmacy’s product page with a doctor’s consultation on it', () => {
  const shop = (asked: string, productsFirst: boolean) => {
    const products =
      '<aside><h4>看了又看</h4><ol><li><a href="/sku/501.html">【修正】维生素C片 100片/瓶</a><em>￥12.80</em></li><li><a href="/sku/502.html">【汤臣倍健】钙片 60片</a><em>￥89.00</em></li><li><a href="/sku/503.html">【三九】感冒灵颗粒 9袋</a><em>￥15.50</em></li></ol></aside>';
    const consults =
      '<aside><h4>相关咨询</h4><ol><li><a href="/zixun/31.html">六味地黄丸能长期吃吗</a><div>不建议长期自行服用，需辨证后使用。</div></li><li><a href="/zixun/32.html">六味地黄丸饭前吃还是饭后吃</a><div>一般饭前服用吸收更好，胃不好可饭后。</div></li></ol></aside>';
    return (
      '<html><head><title>【同仁堂】六味地黄丸 200丸/瓶-大药房</title></head><body>' +
      '<h1>【同仁堂】六味地黄丸 200丸/瓶</h1><div><strong>¥ 32.00</strong> 已售 1.2万</div><div>规格：200丸/瓶 360丸/瓶</div><div><a href="/buy">立即购买</a></div>' +
      '<div>【功能主治】滋阴补肾。用于肾阴亏损，头晕耳鸣。</div>' +
      `<div>${asked}<div>鲁明 主治医师 中医科 北川市中医医院</div><div>2021-11-03</div>` +
      '<div>医生解答：</div><div><p>孕期一般不建议服用六味地黄丸，腰酸可先休息观察。</p><p>症状明显请到产科就诊，不要自行用药。</p></div></div>' +
      (productsFirst ? products + consults : consults + products) +
      '</body></html>'
    );
  };

  it('reads the consultation’s question, not the product’s name, and only the consultations as related items', () => {
    for (const asked of ['<h3>问：孕妇腰酸可以吃六味地黄丸吗</h3>', '<p>网友咨询：</p><h2>孕妇腰酸可以吃六味地黄丸吗</h2>']) {
      for (const productsFirst of [true, false]) {
        const entries = read(shop(asked, productsFirst));
        const own = entries.find((e) => e.origin === 'page')!;
        expect(own.question).toBe('孕妇腰酸可以吃六味地黄丸吗');
        expect(own.answer_paragraphs).toEqual(['孕期一般不建议服用六味地黄丸，腰酸可先休息观察。', '症状明显请到产科就诊，不要自行用药。']);
        expect(entries.filter((e) => e.origin !== 'page').map((e) => e.question)).toEqual(['六味地黄丸能长期吃吗', '六味地黄丸饭前吃还是饭后吃']);
      }
    }
  });
});
