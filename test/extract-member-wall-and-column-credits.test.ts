import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A magazine's doctor answer cut by a member wall, its `文／` byline with the doctor's practice in brackets and its issue credit,
 * and a news app's expert column folded in a fixed-height box, its stamp line crediting the reporter and its staff credits under
 * the text: what fresh-107's parenting-huiyuan-quanwen and bjnews-zhankai-quanwen taught the reader, each on a small page of its
 * own (other wording than the split's).
 */

const WALLED = `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>寶寶半夜哭鬧怎麼辦？ | 好家庭雜誌</title></head><body>
<header><nav><a href="/">首頁</a> <a href="/qa">醫師解答</a> <a href="/shop">好物</a></nav><a href="/login">登入</a></header>
<main><span class="tag">醫師解答</span><h1>寶寶半夜哭鬧怎麼辦？</h1>
<div class="meta"><div class="author">文／周文彬 醫師（東寧紀念醫院小兒科）</div><time>2022.11.03</time></div>
<div class="body"><p>寶寶半夜哭鬧，最常見的原因是肚子餓、尿布濕或環境太熱。</p><p>先檢查這些狀況，再輕拍安撫，多數寶寶很快就能再入睡。</p><p>如果哭聲尖銳又持續不停，或伴隨發燒、嘔吐，要留意是否有腸絞痛或…</p></div>
<div class="wall"><p>本文為會員專屬內容</p><p>加入好家庭會員，即可閱讀完整內容</p><a href="/login">登入</a> <a href="/join">立即加入</a></div>
</main></body></html>`;

const COLUMN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>孩子夜里磨牙是缺钙吗？_江城晚报</title></head><body>
<div class="bar"><a href="/">江城晚报</a> <a href="javascript:;">下载客户端</a></div>
<div class="article"><h1>孩子夜里磨牙是缺钙吗？</h1>
<div class="info"><span>江城晚报</span> <span>2023-03-09 10:21</span> <span>记者 王晓燕</span></div>
<div class="content" style="height:380px;overflow:hidden">
<p>最近，不少家长给本报健康热线打来电话，询问孩子磨牙的问题。</p>
<p><b>读者提问：</b>孩子夜里磨牙是缺钙吗？</p>
<p><b>答疑专家：</b>江城市第一人民医院口腔科副主任医师 赵明远</p>
<p>夜里磨牙和缺钙关系不大，多与白天过度兴奋、牙齿咬合不良有关。</p>
<p>睡前避免剧烈活动，如果磨牙持续半年以上，可以到口腔科检查咬合。</p>
<p>编辑 孙丽　校对 周强</p>
</div>
<div class="more"><a href="javascript:;">展开全文</a></div>
</div></body></html>`;

const read = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url })));
const shown = ['寶寶半夜哭鬧，最常見的原因是肚子餓、尿布濕或環境太熱。', '先檢查這些狀況，再輕拍安撫，多數寶寶很快就能再入睡。'];

describe("a magazine's answer behind a member wall, its byline card and its issue credit", () => {
  const url = 'https://www.example-family.tw/article/5120';

  it("the wall's prompt to join is none of the answer: the part shown is, its cut paragraph with its …, the entry marked cut", () => {
    const [entry] = read(WALLED, url);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([[...shown, '如果哭聲尖銳又持續不停，或伴隨發燒、嘔吐，要留意是否有腸絞痛或…'], ['cut_off_end']]);
  });

  it('a `文／` byline naming the doctor with the practice in brackets is the card', () => {
    const [entry] = read(WALLED, url);
    expect(entry!.doctor).toEqual({ name: '周文彬', title: '醫師', department: '小兒科', hospital: '東寧紀念醫院', hospital_grade: null });
  });

  it('the line naming the issue the article ran in (`本文出自《…》第N期`) closes the answer, none of it', () => {
    const whole = WALLED.replace(/<div class="wall">.*<\/div>/u, '<p>本文出自《好家庭》第52期</p>').replace('要留意是否有腸絞痛或…', '要留意是否有腸絞痛或感染，盡快就醫。');
    const [entry] = read(whole, url);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([[...shown, '如果哭聲尖銳又持續不停，或伴隨發燒、嘔吐，要留意是否有腸絞痛或感染，盡快就醫。'], []]);
  });

  it('a title printed in simplified script run on after the department is published as printed there, not as the tag beside the name prints the word', () => {
    const boxed = WALLED.replace('<div class="author">文／周文彬 醫師（東寧紀念醫院小兒科）</div>', '<div class="box"><span>醫師解答</span> <b>周文彬</b><p>東寧紀念醫院小兒科医师</p></div>');
    const [entry] = read(boxed, url);
    expect([entry!.doctor.name, entry!.doctor.title, entry!.doctor.department]).toEqual(['周文彬', '医师', '小兒科']);
  });
});

describe("a news app's expert column in a folded box", () => {
  it("its stamp line dates it though the reporter is credited after the day; the staff credits under the text are none of the answer", () => {
    const [entry] = read(COLUMN, 'https://m.example-evening.cn/detail/301.html');
    expect([entry!.question, entry!.doctor.name, entry!.date, entry!.answer_paragraphs, entry!.flags]).toEqual([
      '孩子夜里磨牙是缺钙吗？',
      '赵明远',
      '2023-03-09',
      ['夜里磨牙和缺钙关系不大，多与白天过度兴奋、牙齿咬合不良有关。', '睡前避免剧烈活动，如果磨牙持续半年以上，可以到口腔科检查咬合。'],
      [],
    ]);
  });
});
