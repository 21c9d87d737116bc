import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A private hospital's member newsletter (an e-mail in its web archive: nested tables, inline styles): the `<title>` names the
 * issue by its month (`{brand} 2019年9月刊`), the masthead its number and day (`《宜和家》会员月刊 · 第94期 · 2019年9月21日`), a
 * 专家答疑 section with `Q：` / `A：` and the doctor's card box over it, then an 活动预告 box (a lecture's day), 会员专享, and
 * 往期答疑: the past questions linked, absolute, their `utm_` query kept. The labelled question is the page's, the answer ends
 * before the event box, the past questions are its related links; the issue's day dates no answer (fresh-30's key for a
 * newsletter's web version, test/extract-php-errors-and-newsletters.test.ts; fresh-85's key dates it: reported, not followed).
 * What the blind split fresh-85 taught.
 */

const ASKED = '男性缺铁性贫血多久能好？';
const ANSWER = ['缺铁性贫血需要结合具体情况来看，一般有以下几种情况：', '1.见于缺铁性贫血，需要在医生指导下补充铁剂。', '建议及时到医院血液科就诊，明确诊断后规范治疗。'];
const UTM = '?utm_source=edm&utm_medium=email';
const PAST = ['https://www.amcare.com.cn/edm/201711/qa117131.html', 'https://www.amcare.com.cn/edm/201704/qa117134.html'].map((u) => `${u}${UTM}`);
const font = 'font-family:Microsoft YaHei,Arial;font-size:14px;color:#555555;line-height:24px';
const BOX = `<table width="100%"><tr><td width="90"><img src="https://www.amcare.com.cn/edm/img/a81kx2.jpg" width="80"></td><td style="${font}"><b>曹宁磊</b> 主治医师<br>美中宜和妇儿医院 血液科</td></tr></table>`;
const CREDIT = `<p style="text-align:right;${font}">——曹宁磊，美中宜和妇儿医院血液科主治医师</p>`;
const page = ({ title = '美中宜和 2019年9月刊', masthead = '《宜和家》会员月刊 · 第94期 · 2019年9月21日', past = PAST, credited = false } = {}) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<table width="100%" bgcolor="#f4f4f4"><tr><td align="center">
<table width="640"><tr><td align="center" style="font-size:12px">如邮件无法正常显示，请<a href="https://www.amcare.com.cn/edm/201909/index.html">点击这里</a>查看网页版</td></tr></table>
<table width="640" bgcolor="#ffffff">
<tr><td bgcolor="#d6336c"><img src="https://www.amcare.com.cn/edm/img/logo-white.png" alt="美中宜和"><br><font color="#ffffff">${masthead}</font></td></tr>
<tr><td style="${font}"><b>本期导读</b><br><a href="#qa">专家答疑</a> | <a href="#event">活动预告</a> | <a href="#vip">会员专享</a></td></tr>
<tr><td style="padding:10px 30px"><a name="qa"></a><font size="4" color="#d6336c"><b>专家答疑</b></font>
${credited ? '' : BOX}
<p style="${font};font-weight:bold"><b style="color:#d6336c">Q：</b>${ASKED}</p>
<span style="${font}"><b style="color:#d6336c">A：</b>${ANSWER.join('<br><br>\n')}</span>
${credited ? CREDIT : ''}</td></tr>
<tr><td style="${font}"><a name="event"></a><font size="4" color="#d6336c"><b>活动预告</b></font><br>孕妇学校：2019年9月28日 14:00 「新生儿护理」公开课，免费报名，名额有限。</td></tr>
<tr><td style="${font}"><a name="vip"></a><font size="4" color="#d6336c"><b>会员专享</b></font><br>产后康复套餐 <font color="#d6336c">￥8,144</font> 起，<a href="https://www.amcare.com.cn/vip${UTM}">立即预约</a></td></tr>
${past.length ? `<tr><td><font size="4" color="#d6336c"><b>往期答疑</b></font><table width="100%">${past.map((u, i) => `<tr><td style="${font}">· <a href="${u}">${['缺铁性贫血有脸色苍白怎么办', '头晕吃什么药好？'][i]}</a></td></tr>`).join('\n')}</table></td></tr>` : ''}
<tr><td bgcolor="#fafafa" align="center">客服热线：400-578-8340　您收到此邮件是因为您是美中宜和会员。<a href="https://www.amcare.com.cn/edm/unsubscribe${UTM}">退订</a></td></tr>
</table></td></tr></table></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)))[0]!;

describe('a member newsletter’s 专家答疑', () => {
  it('under a title naming the issue by its month, the `Q：` question is the page’s, sure', () => {
    const own = read(page());
    expect(own.question).toBe(ASKED);
    expect(own.doctor.name).toBe('曹宁磊');
    expect(own.doctor.hospital).toBe('美中宜和妇儿医院');
    expect(own.flags).not.toContain('unsure_reading');
    // So too with the doctor credited after the answer (`——name，hospital department title`): the question without its `Q：`.
    const credited = read(page({ credited: true }));
    expect([credited.question, credited.doctor.name, credited.doctor.department, credited.answer_paragraphs]).toEqual([ASKED, '曹宁磊', '血液科', ANSWER]);
    expect(credited.flags).not.toContain('unsure_reading');
    // A title that names no issue (the site's name alone, a headline) confirms nothing: the reading stays unsure.
    expect(read(page({ title: '美中宜和会员中心' })).flags).toContain('unsure_reading');
  });

  it('the masthead’s issue day dates nothing (fresh-30’s convention for a newsletter), nor the lecture’s day in 活动预告', () => {
    expect(read(page()).date).toBeNull();
  });

  it('the answer ends at the 活动预告 box', () => {
    expect(read(page()).answer_paragraphs).toEqual(ANSWER);
  });

  it('往期答疑’s linked questions are the related links, as written (their `utm_` query kept)', () => {
    const own = read(page());
    expect(own.related_urls).toEqual(PAST);
    expect(read(page({ past: [] })).related_urls).toEqual([]);
  });
});
