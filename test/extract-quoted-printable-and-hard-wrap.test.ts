import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { renderBlocks } from '../src/extract/lines/html-lines.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on answers printed in quoted-printable, a 其他医生的回答 list and answers hard-wrapped by a textarea.
 * What the blind split fresh-28 taught the genre reader about text a site stored oddly (e-mail replies, hard-wrapped forms), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['膝盖疼多与劳损有关，先减少爬楼和深蹲，可以热敷，注意保暖，避免长时间站立和负重行走。', '疼痛持续两周以上，请到骨科拍片检查。'];
const ITEMS = [
  ['爬楼梯膝盖疼是什么原因', '多与劳损有关，注意休息，减少上下楼梯，必要时到医院检查。'],
  ['膝关节积液怎么治疗', '积液多时需要抽液治疗。'],
];

/** Bytes as an e-mail's quoted-printable body carries them (RFC 2045): `=XX` beyond printable ASCII, lines kept within 76 characters by soft breaks (`=` at a line's end). */
function quotedPrintable(bytes: Buffer): string[] {
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    const piece = byte > 32 && byte < 127 && byte !== 61 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  return [...lines, line];
}
const qp = (text: string) => quotedPrintable(Buffer.from(text, 'utf8'));

const page = (answer: string, list = '') =>
  `<html><head><title>膝盖疼怎么办-邮件问医</title></head><body><h1>膝盖疼怎么办</h1><div><b>陈思远</b> 主治医师<p>滨海市第一医院 三甲 骨科</p></div>` +
  `<div>回复时间：2023-01-09 <span>通过邮件回复</span></div><div><h3>医生回复</h3>${answer}</div><p>本回答仅供参考，不能作为诊断依据。</p>${list}</body></html>`;
const list = (snippet: (s: string) => string) =>
  `<div><h3>相关问答</h3><ul>${ITEMS.map(([q, s], i) => `<li><a href="/q/${i + 2}.html">${q}</a><p>${snippet(s!)}</p></li>`).join('')}</ul></div>`;

describe('an answer printed in the quoted-printable encoding of the e-mail it was sent as', () => {
  const mail = (header: boolean, signature: boolean, blank: boolean) => [
    ...(header ? ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable', ''] : []),
    ...ANSWER.flatMap((p, i) => [...(blank && i > 0 ? [''] : []), ...qp(p)]),
    ...(signature ? ['', '-- ', ...qp('发自我的iPhone')] : []),
  ];
  const SHOWN = {
    nl2br: (lines: string[]) => `<div>${lines.map((l) => `${l}<br />`).join('\n')}</div>`,
    pre: (lines: string[]) => `<pre>${lines.join('\n')}</pre>`,
    'pre-wrap': (lines: string[]) => `<div style="white-space: pre-wrap">${lines.join('\r\n')}</div>`,
  };

  it('is read decoded, a soft break joining its lines, each hard line a paragraph, the mail header and signature none of it', () => {
    for (const [how, show] of Object.entries(SHOWN)) {
      for (const header of [true, false]) {
        for (const signature of [true, false]) {
          for (const blank of [true, false]) {
            const [own] = read(page(show(mail(header, signature, blank))));
            expect(own, `${how} header ${header} signature ${signature}`).toMatchObject({ question: '膝盖疼怎么办', date: '2023-01-09', answer_paragraphs: ANSWER });
            expect(own!.flags).not.toContain('unsure_reading');
          }
        }
      }
    }
    // Equals signs of the text's own are no encoding.
    const own = ['BMI=24.5，体重偏重，建议控制饮食。', '血压=135/85mmHg，属于正常高值。'];
    expect(read(page(`<div>${own.join('<br />')}</div>`))[0]!.answer_paragraphs).toEqual(own);
  });

  it('decodes related snippets printed the same way, their lines run together in a paragraph', () => {
    const [, ...items] = read(page(SHOWN.nl2br(qp(ANSWER.join(''))), list((s) => qp(s).join('\n'))));
    expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual(ITEMS);
  });

  it('is read decoded in a text copy of the page too', () => {
    const copy = ['膝盖疼怎么办', '陈思远 主治医师', '滨海市第一医院 三甲 骨科', ...mail(true, true, true), '本回答仅供参考，不能作为诊断依据。'].join('\n');
    const [own] = entriesOf(extractOrThrow(pageRecord(copy, { url: 'copy.txt' })));
    expect(own).toMatchObject({ question: '膝盖疼怎么办', answer_paragraphs: ANSWER });
    expect(own!.answer).not.toMatch(/=[0-9A-F]{2}|Content-Transfer/u);
  });

  it('flags text whose escaped bytes are no UTF-8 as damaged, never publishing the escapes', () => {
    const gbk = quotedPrintable(Buffer.from('c4fab8c3b6e0d0dDcfa2a3acb2bbd2aad0c4bcb1a1a3', 'hex'));
    const [own] = read(page(`<pre>${[...gbk, ...qp(ANSWER[1]!)].join('\n')}</pre>`));
    expect(own!.answer).not.toMatch(/=[0-9A-F]{2}/u);
    expect(own!.flags).toContain('decoding_damage');
  });
});

describe('a related list headed 其他医生的回答', () => {
  it('is read as the related list', () => {
    const [, ...items] = read(page(`<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`, list((s) => s).replace('相关问答', '其他医生的回答')));
    expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual(ITEMS);
  });
});

describe('an answer typed into a hard-wrapping textarea, a line break every so many characters, printed with <br>s', () => {
  const PARAGRAPHS = [
    '年轻人口臭可能是以下原因引起：',
    '一、是牙龈受到刺激，可以先完善牙周检查等检查，牙龈出现慢性损伤和局部炎症，注意规律作息、避免熬夜。',
    '二、口臭伴有牙龈出血的，通常和饮食不规律、熬夜有关，大约4周后复查一次。',
    '平时要注意保持良好的生活习惯，按时复查。',
  ];
  /** The text broken every `width` characters, as the form stored it. */
  const wrapped = (text: string, width: number) => [...text].join('').match(new RegExp(`.{1,${width}}`, 'gu'))!;
  const answerPage = (answer: string) => page(answer).replace('<h3>医生回复</h3>', '<b>医生回复：</b>');

  it('reads each paragraph as its lines joined, parted by a blank line or by the next line’s indent', () => {
    for (const width of [14, 17, 22, 30]) {
      for (const indent of [true, false]) {
        for (const br of ['<br>\n', '<br />', '<BR>']) {
          const lines = PARAGRAPHS.flatMap((p, i) => [...(!indent && i > 0 ? [''] : []), ...wrapped(indent ? `　　${p}` : p, width)]);
          const [own] = read(answerPage(`<div>${lines.join(br)}</div>`));
          expect(own!.answer_paragraphs, `width ${width} indent ${indent} ${JSON.stringify(br)}`).toEqual(PARAGRAPHS);
        }
      }
    }
  });

  it('reads a short answer of one paragraph over two lines as one paragraph', () => {
    const text = '一般不严重，转氨酶升高大多是暂时的，调整作息、清淡饮食后可以慢慢好转。';
    const [own] = read(answerPage(`<table><tr><td>${wrapped(`　　${text}`, 26).join('<BR>')}</td></tr></table>`));
    expect(own!.answer_paragraphs).toEqual([text]);
  });

  it('takes a line full at a pause for a wrap beside one full mid-phrase', () => {
    const lines = ['老人体重下降的处理要根据病情轻重来决定：', '', '一、有糖尿病病史的患者，可以配合理疗和适量运动，配合医生', '规范治疗效果更好。', '', '二、在受凉或劳累以后，不要长期自行服用胰岛素，适当热敷、', '按摩能促进胰岛的血液循环，配合医生规范治疗效果更好。'];
    const [own] = read(answerPage(`<table><tr><td><font size="3">${lines.join('<br />')}</font></td></tr></table>`));
    expect(own!.answer_paragraphs).toEqual([lines[0], lines[2]! + lines[3]!, lines[5]! + lines[6]!]);
  });

  it('never runs a line on into one that opens with a bracketed label (【网友问】… / 【王医生答】)', () => {
    // Two lines of one width, one stopping mid-phrase and one at a pause: the width a form wraps at, but for the label.
    const lines = ['#问医生#', '【网友问】膝盖总是疼是什么病', '【陈思远医生答】', '膝盖疼常见的原因有以下几种：', '（1）单纯的膝盖疼，常常同时伴有关节肿胀等表现。'];
    const shown = renderBlocks(parseDocument(`<div>${lines.join('<br>')}</div>`)).blocks.map((b) => b.text);
    expect(shown).toEqual(lines);
  });

  it('leaves ordinary <br>-broken answers as they are: points, lines ending in punctuation, verses of one length', () => {
    const ANSWERS = [
      ['可能是慢性咽炎引起的，建议这样处理：', '1、多喝温水，少吃辛辣刺激的食物，注意休息', '2、可以用淡盐水漱口，保持口腔清洁卫生', '3、症状持续不缓解的，要到耳鼻喉科就诊'],
      ['早睡早起身体好，按时吃饭胃不老', '少吃油腻多喝水，心情舒畅病自少', '适当运动要坚持，定期体检不能少'],
      ['早睡早起身体好，按时吃饭胃不老', '少吃油腻多喝水，心情舒畅病自少', '适当运动要坚持，定期体检不能少。'],
    ];
    for (const answer of ANSWERS) expect(read(answerPage(`<div>${answer.join('<br>')}</div>`))[0]!.answer_paragraphs).toEqual(answer);
  });

  it('leaves a <br>-broken card of lines of one width as it is, a field line or a rule after a line no rest of it', () => {
    const html =
      '<html><head><title>老人血尿吃什么药好</title></head><body><p><b>老人血尿吃什么药好</b></p><p>邱琪艳 副主任医师<br />北岸市人民医院 泌尿外科<br />时间:2021-9-14<br />----------<br />' +
      `老人血尿可能是以下原因引起:<br />${ANSWER.join('<br />')}<br />----------</p></body></html>`;
    const [own] = read(html);
    expect(own).toMatchObject({ date: '2021-09-14', answer_paragraphs: ['老人血尿可能是以下原因引起:', ...ANSWER] });
    expect(own!.doctor).toMatchObject({ name: '邱琪艳', hospital: '北岸市人民医院', department: '泌尿外科' });
  });
});
