import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's roster of its doctors beside the answer (专家团队, 坐诊专家, 名医推荐: team-roster.ts), each card with its
 * 出诊时间 and 咨询 / 预约 buttons: none of them the answering doctor's card, before or after the answer.
 */

const URL = 'https://www.baisha-boai.com/zjjd/4401.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['全身发痒常见的原因有以下几种：', '1.往往是皮肤受到刺激，不要长期自行服用抗组胺药。', '2.荨麻疹的发生和体质、生活习惯都有关系，平时多喝温水。'];
const roster = (head: string) => `<div><h3>${head}</h3><ul><li><img src="/a.jpg" alt="余怡"><b>余怡</b> <span>主治医师、学科带头人</span><p>出诊时间：每周三、周六全天</p><a href="/swt/">咨询</a> <a href="/yuyue/">预约</a></li>
<li><img src="/b.jpg" alt="邓艳清"><b>邓艳清</b> <span>主任医师 知名专家</span><p>出诊时间：节假日不休</p><a href="/swt/">咨询</a> <a href="/yuyue/">预约</a></li></ul></div>
<div><h3>最新资讯</h3><ul><li><a href="/news/1.html">白沙荨麻疹医院哪家好</a></li><li><a href="/news/2.html">白沙博爱皮肤病医院是正规医院吗</a></li></ul></div>`;
const page = (head: string, before: boolean) => `<html><head><title>孕妇全身发痒要做什么检查？_白沙博爱皮肤病医院</title></head><body>
<div><span>白沙博爱皮肤病医院</span> <b>400-661-7926</b></div>
${before ? roster(head) : ''}
<div><h1>孕妇全身发痒要做什么检查？</h1><p>发布时间：2020/03/18 14:04</p>
<div><p>解答专家：<b>陈桂颖</b></p><p>权威专家、主治医师</p><p>原白沙市中心医院皮肤科主任，对常见病、多发病有丰富的临床经验。</p></div>
<div><h3>专家解答：</h3>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div><h3>相关阅读</h3><ul><li><a href="/zjjd/4402.html" title="产后全身发痒是什么原因引起的">产后全身发痒是什么原因引起的</a></li><li><a href="/zjjd/4403.html" title="起风团怎么办">起风团怎么办</a> <span>[08-12]</span></li></ul></div></div>
${before ? '' : `<div>${roster(head)}</div>`}
<div><p>©2026 白沙博爱皮肤病医院</p></div>
</body></html>`;

describe("a hospital's roster of doctors beside the answer", () => {
  it('reads the card that heads the answer, not a roster card in the column after it', () => {
    const [own] = read(page('坐诊专家', false));
    expect(own!.doctor).toMatchObject({ name: '陈桂颖', title: '主治医师', hospital: '白沙博爱皮肤病医院', hospital_grade: null });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("takes no roster card before the question for the answer's (名医推荐, 专家团队)", () => {
    for (const head of ['名医推荐', '专家团队']) {
      const [own] = read(page(head, true));
      expect(own!.doctor.name).not.toBe('余怡');
      expect(own!.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it("reads the roster's card the page marks as the answerer's (a 回答者 badge in it)", () => {
    const [own] = read(`<html><head><title>心慌还乏力怎么回事 - 滑动医生</title></head><body>
<h1>心慌还乏力怎么回事</h1>
<div><h3>专家团队</h3><ul><li><b>曹颖宁</b> <span>主任医师</span><div>北岸市第三人民医院 三甲</div><div>血液科</div><a href="/doctor/1/">图文问诊</a></li>
<li><i>回答者</i><div><b>吕秀秀</b> <span>副主任医师</span></div><div>北岸市第二人民医院（三级甲等）</div><div>血液科</div><a href="/doctor/2/">图文问诊</a></li></ul></div>
<div><span>回答于 2020/02/10</span>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p>以上内容仅供参考，如有不适请线下就医。</p>
</body></html>`);
    expect(own!.doctor).toMatchObject({ name: '吕秀秀', title: '副主任医师', hospital: '北岸市第二人民医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
