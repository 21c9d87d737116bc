import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { withoutVersionSuffix } from '../src/extract/words/version-switch.js';

/**
 * A hospital's print view of its own board's page (its <title> naming the site before `打印版`, the heading cutting the question
 * short over the form's whole question), and other pages where the same content shows twice and only one is the page's.
 * What the blind split fresh-106 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-yiyuan.cn/zixun/print.asp?id=311';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['膝关节弹响多与髌骨软化有关，先减少下蹲和爬坡。', '疼痛加重或关节肿胀，请到骨科门诊拍片检查。'];

describe("a hospital's print view of its board's page", () => {
  const page = (title: string, heading: string, asked: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="noprint"><a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>
<div class="top">滨江市中心医院</div>
<h3>${heading}</h3>
<table>
<tr><td>留言人：</td><td>陈**</td></tr>
<tr><td>留言日期：</td><td>2022-03-01</td></tr>
<tr><td>留言内容：</td><td><p>${asked}</p><p>上楼梯时更明显，已经有两个月了。</p></td></tr>
<tr><td>答复人：</td><td>许明远　副主任医师</td></tr>
<tr><td>科室：</td><td>骨科</td></tr>
<tr><td>答复日期：</td><td>2022-03-04</td></tr>
<tr><td>答复内容：</td><td>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</td></tr>
</table>
<div class="foot">打印日期：2024-10-02<br>版权所有 滨江市中心医院</div>
</body></html>`;

  it('reads the site as the hospital where its <title> names it before the print view\'s word', () => {
    expect(withoutVersionSuffix('滨江市中心医院（打印版）')).toBe('滨江市中心医院');
    expect(withoutVersionSuffix('滨江市中心医院[打印页]')).toBe('滨江市中心医院');
    const own = read(page('膝盖弹响怎么回事-在线留言-滨江市中心医院（打印版）', '膝盖弹响怎么回事', '膝盖弹响怎么回事'))[0]!;
    expect(own.doctor).toMatchObject({ name: '许明远', title: '副主任医师', department: '骨科', hospital: '滨江市中心医院' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-03-04');
  });

  it('reads the whole question from the form under a heading that cuts it short, where it asks in one sentence with no mark', () => {
    const own = read(page('膝盖弹响要不要…-在线留言-滨江市中心医院（打印版）', '膝盖弹响要不要…', '膝盖弹响要不要做核磁共振'))[0]!;
    expect(own.question).toBe('膝盖弹响要不要做核磁共振');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('takes no answer sentence going on from the heading\'s words as the whole question', () => {
    const own = read(page('膝盖弹响多与…-在线留言-滨江市中心医院（打印版）', '膝盖弹响多与…', '膝盖弹响多与髌骨有关。想问问要不要做核磁共振'))[0]!;
    expect(own.question).not.toBe('膝盖弹响多与髌骨有关。想问问要不要做核磁共振');
    expect(own.flags).toContain('unsure_reading');
  });
});

describe("a Taiwanese hospital's consultation board", () => {
  const TW_URL = 'https://www.example-hosp.org.tw/ask/view.aspx?no=88';
  const readTw = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: TW_URL })));
  const REPLY = ['膝蓋腫脹多與退化性關節炎有關，建議先減少爬樓梯。', '若腫脹持續一週以上，請至骨科門診安排X光檢查。'];
  const page = (doctorLine: string, box: string) => `<html><head><meta charset="utf-8"><title>線上問診-南投仁愛紀念醫院</title></head><body>
<div class="logo">南投仁愛紀念醫院</div>
<h2>線上問診</h2>
<p>主旨：膝蓋腫脹要看哪一科？</p>
<p>提問者：林**　提問日期：2023/02/01</p>
<div>最近走路膝蓋會腫，休息後比較好。</div>
<div class="reply"><p>${doctorLine}　科別：骨科</p><p>回覆日期：2023/02/03</p>
<div>${REPLY.map((p) => `<p>${p}</p>`).join('')}</div>
${box}</div>
<div class="foot">南投仁愛紀念醫院 版權所有</div>
</body></html>`;
  const BOX = '<div class="faq"><h4>看診須知</h4><dl><dt>Q：初診需要帶什麼？</dt><dd>A：請攜帶健保卡與身分證件。</dd><dt>Q：可以電話掛號嗎？</dt><dd>A：可撥打語音專線預約掛號。</dd></dl></div>';

  it('reads the subject line (主旨：) under a heading that asks nothing as the question', () => {
    const own = readTw(page('回覆醫師：陳永和 醫師', ''))[0]!;
    expect(own.question).toBe('膝蓋腫脹要看哪一科？');
    expect(own.answer_paragraphs).toEqual(REPLY);
  });

  it("takes none of the site's canned Q：/A： pairs under the reply as the answer", () => {
    const own = readTw(page('回覆醫師：陳永和 醫師', BOX))[0]!;
    expect(own.question).toBe('膝蓋腫脹要看哪一科？');
    expect(own.answer_paragraphs).toEqual(REPLY);
  });

  it('keeps a title in the script it is printed in, where a label prints the same word in another (回覆醫師： over 医师)', () => {
    const own = readTw(page('回覆醫師：陳永和 医师', ''))[0]!;
    expect(own.doctor).toMatchObject({ name: '陳永和', title: '医师', department: '骨科' });
  });
});

describe("a portal's Q&A article split over pages, its address unknown", () => {
  const page = (pager: string) => `<html><head><meta charset="utf-8"><title>肩膀酸痛怎么缓解_健康频道</title></head><body>
<div class="crumb"><a href="https://jk.example-portal.com/">健康频道</a> &gt; <a href="https://jk.example-portal.com/wenda/">名医问答</a> &gt; 正文</div>
<h1>肩膀酸痛怎么缓解</h1><div>2022-06-18 10:20　来源：健康频道</div>
<div>受访专家：何立群，滨江市第二医院康复科主治医师</div>
<div><p>问：肩膀酸痛怎么缓解</p><p>答：肩膀酸痛多与久坐伏案有关，先调整坐姿。</p><p>每坐一小时起身活动肩颈，必要时热敷。</p></div>
${pager}
<div><h3>相关阅读</h3><ul><li><a href="https://jk.example-portal.com/wenda/202205/88121.html">颈椎病要不要做牵引？</a></li>
<li><a href="https://jk.example-portal.com/wenda/202204/87960.html">落枕了怎么办？</a></li></ul></div>
</body></html>`;

  it("reads the related list where the pager's 下一页 is the article's own next page, no neighbour's address", () => {
    const pager = '<div class="pg">第1页/共2页 <b>1</b> <a href="https://jk.example-portal.com/wenda/202206/88406_2.html">2</a> <a href="https://jk.example-portal.com/wenda/202206/88406_2.html">下一页</a></div>';
    const [own] = entriesOf(extractOrThrow(pageRecord(page(pager), { url: 'saved-page.html' })));
    expect(own!.related_urls).toEqual(['https://jk.example-portal.com/wenda/202205/88121.html', 'https://jk.example-portal.com/wenda/202204/87960.html']);
    expect(own!.flags).toContain('cut_off_end');
  });
});
