import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on answers parted by indents (indent-breaks.ts), pages holding several documents (merged-bodies.ts) and an app's consult title line (consult-title.ts).
 * What the blind split fresh-20 taught the genre reader, each rule on a small page of its own.
 */

const card = '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div>';
const paragraphs = ['膝盖疼多与劳损有关，常见的原因有以下几种：', '1.爬楼和深蹲过多，先减少这类活动。', '2.疼痛持续两周以上，请到骨科拍片检查。'];
const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${q.replace(/[？?]$/u, '')}多与劳损有关，注意休息，必要时就医。</p></li>`;
const related = `<div><h3>相关问题</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因')}${item(3, '膝关节积液怎么治疗')}</ul></div>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-wenda.cn/q/1.html' })));
const page = (body: string, title = '膝盖疼怎么办_某站', head = '') => read(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`);

describe('an answer stored from a textarea and printed without <br>: its indents part it (indent-breaks.ts)', () => {
  const answered = (box: string, head = '') => page(`<h1>膝盖疼怎么办</h1>${card}<div>回答时间：2022-03-08</div>${box}${related}`, undefined, head)[0]!;

  it('a paragraph per run that an indent opens: 　　, &emsp;&emsp; or four &nbsp;s, after a lead-in colon or a sentence, newlines collapsing or none', () => {
    for (const indent of ['　　', '&#12288;&#12288;', '&emsp;&emsp;', '&nbsp;&nbsp;&nbsp;&nbsp;']) {
      for (const newline of ['\n', '']) {
        const entry = answered(`<div>${paragraphs.map((p, i) => `${i ? indent : ''}${p}`).join(newline)}</div>`);
        expect([indent, newline, entry.answer_paragraphs]).toEqual([indent, newline, paragraphs]);
      }
    }
  });

  it('an indent inside a line (between two fields) parts nothing', () => {
    const entry = answered('<div>提问者：张**　　提问时间：2022-03-07</div><div>膝盖疼多与劳损有关，先减少爬楼和深蹲。</div>');
    expect(entry.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。']);
  });

  it('newlines a <style> class shows (white-space: pre-line) part the answer as an inline style does', () => {
    const text = paragraphs.map((p) => `　　${p}`).join('\n');
    expect(answered(`<div class="ans3">${text}</div>`, '<style>.ans3{white-space:pre-line;word-break:break-all}</style>').answer_paragraphs).toEqual(paragraphs);
    expect(answered(`<div style="white-space:pre-wrap">${text}</div>`).answer_paragraphs).toEqual(paragraphs);
  });
});

describe('a page holding more than one document: every body is read, as a browser merges them (merged-bodies.ts)', () => {
  const answer = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const own = (head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>膝盖疼怎么办_某站</title></head><body><div><a href="/">某站</a> <a href="/ks/">科室</a></div><h1>膝盖疼怎么办</h1>${card}<div>回答时间：2022-03-08</div><div>${answer}</div>${related}</body></html>`;
  const ad = '<div style="position:fixed;bottom:0"><a href="http://10.2.3.4:8080/c?u=1"><img src="http://10.2.3.4/a.gif" alt="广告"></a><p>尊敬的客户：截至2024年5月1日12:30，您本月已使用国内流量3.2GB。【某运营商】</p><p>流量不够用？点此免费领取10G全国流量</p><span>关闭×</span></div>';

  it("an injected document before the page's <!DOCTYPE> (its own <head> and <body>): the page's body is read, and the injection's day dates nothing", () => {
    const [entry, ...items] = read(`<html><head><script>var s=1;</script></head><body>${ad}</body></html>\n${own()}`);
    expect([entry!.question, entry!.answer_paragraphs, entry!.doctor.name, entry!.date]).toEqual(['膝盖疼怎么办', paragraphs, '陈思远', '2022-03-08']);
    expect(items.map((e) => e.question)).toEqual(['爬楼梯膝盖疼是什么原因', '膝关节积液怎么治疗']);
    expect(entry!.flags.includes('unsure_reading')).toBe(false);
  });

  it("a header include that is a whole document (its <title> the site's slogan, shown first): the heading the page's own <title> repeats is the question, no doubt", () => {
    const included = `<!DOCTYPE html><html><head><title>某站 - 专业医生在线解答</title></head><body><div><a href="/ask/">问医生</a></div>\n${own().replace('<!DOCTYPE html>', '')}`;
    const [entry] = read(included);
    expect([entry!.question, entry!.answer_paragraphs, entry!.flags.includes('unsure_reading')]).toEqual(['膝盖疼怎么办', paragraphs, false]);
  });

  it('so too where the included header prints the logo alone, a link the slogan starts with: a line all link is no question', () => {
    const included = `<!DOCTYPE html><html><head><title>某站 - 专业医生在线解答</title></head><body><div><a href="/">某站</a></div>\n${own().replace('<!DOCTYPE html>', '')}`;
    const [entry] = read(included);
    expect([entry!.question, entry!.answer_paragraphs, entry!.flags.includes('unsure_reading')]).toEqual(['膝盖疼怎么办', paragraphs, false]);
  });
});

describe("an app's 问诊详情 page: the consult's title line is the question (consult-title.ts)", () => {
  const consult = (title: string, service: string) =>
    page(
      `<div class="nav"><a href="javascript:history.back()">‹</a><span>问诊详情</span><span>···</span></div>` +
        `<div><b>问诊已结束</b> 2022-03-10 09:12</div><div>订单编号：2022030612345678</div>${title}${service}` +
        `<div>患者：陈**　男　45岁</div><div>病情描述：膝盖疼了一个多月，上下楼更明显。<div>提问时间 2022-03-06 20:30</div></div>` +
        `<div><p><b>陈思远</b> 主治医师</p><p>骨科 | 滨海市第一医院 三甲</p><p>执业机构：康宁互联网医院</p></div>` +
        `<div><div>陈思远医生 回复于 2022-03-08 18:13</div><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
        `<div>本次服务由康宁互联网医院提供</div>${related}`,
      '问诊详情',
    )[0]!;

  it("under a label of its own (咨询问题), before the service's label (图文问诊, the answer's format), or alone before the asker's lines", () => {
    for (const [title, service, format] of [
      ['<div><span>咨询问题</span><div>膝盖疼怎么办</div></div>', '', 'unknown'],
      ['<div><div>膝盖疼怎么办</div></div>', ' <span>语音问诊</span>', 'voice'],
      ['<div><div>膝盖疼怎么办</div></div>', '', 'unknown'],
    ]) {
      const entry = consult(title!, service!);
      expect([entry.question, entry.format, entry.date, entry.flags.includes('unsure_reading')]).toEqual(['膝盖疼怎么办', format, '2022-03-08', false]);
    }
  });

  it('a page titled by its kind (问题详情) whose question is its heading: the heading, no doubt', () => {
    const [entry] = page(`<div><a href="/">某站</a> <span>问题详情</span></div><h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>${related}`, '问题详情');
    expect([entry!.question, entry!.answer_paragraphs, entry!.flags.includes('unsure_reading')]).toEqual(['膝盖疼怎么办', paragraphs, false]);
  });

  it("the platform credited with the service (本次服务由…提供) is none of the answer, and the doctor's hospital is their own", () => {
    const entry = consult('<div><div>膝盖疼怎么办</div></div>', '');
    expect([entry.answer_paragraphs, entry.doctor.hospital, entry.doctor.hospital_grade]).toEqual([paragraphs, '滨海市第一医院', '三甲']);
  });

  it('an internet hospital (执业机构：…互联网医院) is the platform, not the hospital the card names beside it, whichever comes first', () => {
    const cardFirst = '<div><p><b>陈思远</b> 主治医师</p><p>执业机构：康宁互联网医院</p><p>第一执业点：滨海市第一医院 三甲</p><p>骨科</p></div>';
    const [entry] = page(`<h1>膝盖疼怎么办</h1>${cardFirst}<div>回答时间：2022-03-08</div><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>${related}`);
    expect([entry!.doctor.hospital, entry!.doctor.hospital_grade, entry!.doctor.department]).toEqual(['滨海市第一医院', '三甲', '骨科']);
  });
});
