import { describe, expect, it } from 'vitest';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A city's family-doctor portal keeps a consultation as a record of label/value rows: the resident's question, a
 * 家庭医生助理's reply forwarding it (`已转交…医生`) under 回复人, then the doctor's own reply under 回复医生 with rows of
 * the card (职称, 科室) and of the way it was held (咨询方式); its other residents' consultations (其他居民咨询) linked after.
 * A forum thread's 更多专家回答 lists other questions with the expert's snippet under `专家答：`, its links on the page's
 * own site, whatever address the page is read at. What the blind split fresh-78 taught the genre reader.
 */

const ANSWER = ['关于活动后气短，可以从以下几个方面来考虑：', '一、通常是冠状动脉受到刺激，通常和饮食不规律、熬夜有关。', '二、单纯的活动后气短，饮食以清淡、易消化为主，必要时需要手术治疗。'];
const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
const record = (doctorRows: string, assistant: boolean) => `<html><head><title>咨询详情</title></head><body>
<div class="pos">当前位置：首页 &gt; 在线咨询 &gt; 咨询详情</div>
<h3>咨询信息</h3><table>${row('咨询标题', '活动后气短挂什么科')}${row('咨询人', '居民 赵**')}${row('咨询时间', '2022-12-23 11:47:10')}${row('咨询内容', '活动后气短挂什么科？有没有什么好的办法缓解？')}</table>
<h3>回复信息</h3>
${assistant ? `<table>${row('回复机构', '江州市城西区柳荫街道社区卫生服务中心')}${row('回复人', '吴静怡（家庭医生助理）')}${row('回复时间', '2022-12-24 09:10:00')}${row('回复内容', '您好，您的咨询已收到，已转交马欣医生，请耐心等待回复。')}</table>` : ''}
<table>${row('回复机构', '江州市城西区柳荫街道社区卫生服务中心')}${doctorRows}${row('回复时间', '2022-12-25 19:51:35')}${row('回复内容', ANSWER.join('<br>'))}</table>
<p>温馨提示：在线咨询回复仅供参考，如病情紧急请及时到医疗机构就诊或拨打120。</p>
<div><h3>其他居民咨询</h3><table><tr><th>咨询标题</th><th>状态</th><th>日期</th></tr>
<tr><td><a href="zxDetail.do?id=125841">心慌吃什么药好？</a></td><td>已回复</td><td>2020-12-30</td></tr>
<tr><td><a href="zxDetail.do?id=125830">中年人冠心病会引起活动后气短吗？</a></td><td>已回复</td><td>2020-05-08</td></tr></table></div>
</body></html>`;
const readBoard = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://jky.example.gov.cn/jtys/zxDetail.do?id=125800' })));

describe('a family doctor’s reply in a record of rows', () => {
  it('the doctor’s reply is read after an assistant’s, with the card’s rows and the way it was held', () => {
    const [own] = readBoard(record(`${row('回复医生', '马欣')}${row('职称', '副主任医师')}${row('科室', '中医科')}${row('所属团队', '赵超家庭医生团队')}${row('咨询方式', '语音咨询')}`, true));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '马欣', title: '副主任医师', department: '中医科', hospital: '江州市城西区柳荫街道社区卫生服务中心' });
    expect(own!.format).toBe('voice');
    expect(own!.date).toBe('2022-12-25');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('a replying doctor’s field of the name alone is read whole, title null, with no doubt; a name with words left unread is doubted', () => {
    const [alone] = readBoard(record(`${row('回复医生', '马欣')}`, false));
    expect(alone!.doctor).toMatchObject({ name: '马欣', title: null, hospital: '江州市城西区柳荫街道社区卫生服务中心' });
    expect(alone!.flags).not.toContain('unsure_reading');
    const [more] = readBoard(record(`${row('回复医生', '马欣 家庭医生团队长')}`, false));
    expect(more!.flags).toContain('unsure_reading');
  });

  it('a replier’s field naming a board’s staff by their role (管理员: 管 opens surnames too) is no doctor’s name alone, and stays doubted', () => {
    for (const role of ['管理员', '值班员']) {
      const [staff] = readBoard(record(`${row('回复者', role)}`, false));
      expect(staff!.flags, role).toContain('unsure_reading');
    }
  });

  it('the residents’ other consultations are its related links; a label like it that names no list is none', () => {
    const [own] = readBoard(record(`${row('回复医生', '马欣（副主任医师）')}`, false));
    expect(own!.doctor).toMatchObject({ name: '马欣', title: '副主任医师' });
    expect(own!.related_urls).toEqual(['https://jky.example.gov.cn/jtys/zxDetail.do?id=125841', 'https://jky.example.gov.cn/jtys/zxDetail.do?id=125830']);
    for (const label of ['其他居民咨询', '其他市民留言']) expect(isRelatedLabel(label), label).toBe(true);
    for (const label of ['其他居民怎么办', '居民咨询']) expect(isRelatedLabel(label), label).toBe(false);
  });

  it('where the rows follow each reply’s text, a later reply answers a follow-up: the first is the answer', () => {
    const after = (text: string, day: string) =>
      `<table>${row('回复内容', text)}${row('回复机构', '江州市城西区柳荫街道社区卫生服务中心')}${row('回复医生', '马欣（主治医师）')}${row('回复时间', day)}</table>`;
    const html = record('', false).replace(
      '<table>' + row('回复机构', '江州市城西区柳荫街道社区卫生服务中心') + row('回复时间', '2022-12-25 19:51:35') + row('回复内容', ANSWER.join('<br>')) + '</table>',
      after(ANSWER.join('<br>'), '2022-12-25 19:51:35') +
        `<h3>追问</h3><table>${row('追问内容', '谢谢医生，那需要做心电图吗？')}${row('追问时间', '2022-12-26 08:02:11')}</table>` +
        after('建议做个心电图和心脏彩超，明确一下有没有器质性问题。', '2022-12-26 10:15:20'),
    );
    expect(html).toContain('追问内容');
    const [own] = readBoard(html);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a first reply of an answer’s length under 回复人, a follow-up answered under 回复医生: the first is the answer', () => {
    const html = record('', false).replace(
      '<table>' + row('回复机构', '江州市城西区柳荫街道社区卫生服务中心') + row('回复时间', '2022-12-25 19:51:35') + row('回复内容', ANSWER.join('<br>')) + '</table>',
      `<table>${row('回复机构', '江州市城西区柳荫街道社区卫生服务中心')}${row('回复人', '马欣（主治医师）')}${row('回复时间', '2022-12-25 19:51:35')}${row('回复内容', ANSWER.join('<br>'))}</table>` +
        `<h3>追问</h3><table>${row('追问内容', '谢谢医生，那需要做心电图吗？')}${row('追问时间', '2022-12-26 08:02:11')}</table>` +
        `<table>${row('回复机构', '江州市城西区柳荫街道社区卫生服务中心')}${row('回复医生', '马欣（主治医师）')}${row('回复时间', '2022-12-26 10:15:20')}${row('回复内容', '建议做个心电图和心脏彩超，明确一下有没有器质性问题。')}</table>`,
    );
    expect(html).toContain('追问内容');
    const [own] = readBoard(html);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-12-25');
  });

  it('a title row that is no title is not taken', () => {
    const [own] = readBoard(record(`${row('回复医生', '马欣')}${row('职称', '暂无')}`, true));
    expect(own!.doctor.title).toBeNull();
  });
});

describe('a thread’s list of more experts’ answers', () => {
  const item = (id: number, q: string, snippet: string, label: string) =>
    `<a class="it" href="/post/${id}.html"><p>${q}</p><p>${label}${snippet}</p><p>康霞 主治医师 · 2021-11-27</p></a>`;
  const thread = (label: string) => `<html><head><title>年轻人咳嗽严重吗</title></head><body>
<div class="post"><h1>年轻人咳嗽严重吗</h1><p>请问需要做什么检查？</p></div>
<div class="fl"><span>高佳慧</span> <i>专家</i> <span>副主任医师</span><p>南屏市人民医院 · 儿科</p><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><span>2019-10-28 21:03</span></div>
<div class="more"><h3>更多专家回答</h3>
${item(128150, '小孩白天犯困吃什么药好？', '关于小孩白天犯困，可以从以下几个方面来考虑：（1）可能与失眠有关，可…', label)}
${item(128139, '女性多梦挂什么科？', '关于女性多梦，可以从以下几个方面来考虑：一、失眠早期，症状时轻时重，…', label)}
</div></body></html>`;
  // Read as a saved file is: no address of its own to tell its own site's questions from articles.
  const readSaved = (html: string) => {
    const entries = entriesOf(extractOrThrow(pageRecord(html)));
    return { own: entries.find((e) => e.origin === 'page')!, related: entries.filter((e) => e.origin === 'related') };
  };

  it('under 专家答： the items are taken', () => {
    const { related } = readSaved(thread('<span>专家答：</span>'));
    expect(related.map((r) => r.question)).toEqual(['小孩白天犯困吃什么药好？', '女性多梦挂什么科？']);
  });

  it('this question’s other answers under the head (no question of their own, or the page’s asked again) are left, and the page doubted', () => {
    const answerItem = (id: number, snippet: string, title: string) =>
      `<div class="it">${title ? `<a href="/post/${id}.html"><p>${title}</p></a>` : ''}<p><span>专家答：</span>${snippet}${title ? '' : `<a href="/post/${id}.html">查看全部</a>`}</p><p>康霞 主治医师 · 2021-11-27</p></div>`;
    for (const title of ['', '年轻人咳嗽严重吗？']) {
      const html = thread('').replace(
        /<div class="more">[\s\S]*<\/div><\/body>/u,
        `<div class="more"><h3>更多专家回答</h3>${answerItem(128150, '年轻人咳嗽一般不严重，多数是上呼吸道感染引起的，注意休息多喝水…', title)}${answerItem(128139, '如果咳嗽超过两周，建议到医院查血常规和胸片，排除肺炎…', title)}</div></body>`,
      );
      expect(html).toContain('排除肺炎');
      const { own, related } = readSaved(html);
      expect(related, title).toEqual([]);
      expect(own.flags, title).toContain('unsure_reading');
    }
  });

  it('without the expert’s label they are left, and the page doubted', () => {
    const { own, related } = readSaved(thread(''));
    expect(related).toEqual([]);
    expect(own.flags).toContain('unsure_reading');
  });
});
