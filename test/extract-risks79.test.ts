import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isStaffNote } from '../src/extract/words/answer-extras.js';

/**
 * Risks the adversarial reviews of h/reader79a and h/risks78 reported and left, each on a page written by hand, and the
 * general rule that mends it:
 * - words/genre.ts: an administration's centre (a 卫生计生监督中心, a 卫生健康信息中心, a 医疗保障事务中心, a 政务服务中心)
 *   is no hospital, as its 监督所 and the commission's office are none: a portal record's 所在单位 naming one gives no
 *   hospital, and a doubt. A 疾控中心 (a CDC), where public-health physicians practise, is the replying doctor's unit as the
 *   card prints it (so the blind splits fresh-63 and fresh-65 key it, and card-parts reads it): kept, undoubted.
 * - lines/structured-data.ts: structured data typing the answer's author as an Organization whose name is a person's (`李明`:
 *   a surname, two to four Han, no word of an organisation's or a brand's) names a doctor, checked against the card as a
 *   Person is: another name is a doubt. A brand's short name (`丁香园`, `生命时报`) names none.
 * - words/answer-extras.ts (isStaffNote, read by reader/line-kinds.ts with the card's title): a `药师补充：` where the card's
 *   person is a pharmacist (主管药师, 执业药师) is theirs, a part of the answer as a doctor's 医生补充 is; it ends the answer only
 *   under a doctor's card, and another role's note (`护士补充：`) still ends a pharmacist's.
 * - reader/genre-reader.ts, card/side-column.ts (adBoxes): a player after the answer's text (a video host's frame under it) or
 *   in an ad's box (the smallest box around a `广告` mark alone on its line, a slot's worth of text) may be the answer's or an
 *   ad's: no format, and doubted where nothing else gives one, as a column's player between its paragraphs is
 *   (extract-column-player-elsewhere.test.ts). The slot's offer is none of the answer (reader/answer-lines.ts), and ends it
 *   nowhere. A player over the answer's text in its box still makes it a video.
 * - reader/page-question.ts: a heading's label pill the <title> repeats too (`<title>观众提问 question - site</title>` over
 *   `<h1><span>观众提问</span>question</h1>`) confirms the heading and is none of the question still. Words of the question in
 *   an element of their own (`<span>宝宝</span>湿疹…`) stay its own.
 * - reader/line-marks.ts (markBadges): a related box of unlinked `问：/答：` items under a label (相关问题) below a headline that
 *   asks nothing: an item's `答：` opens none of the page's answer (the text before it was taken for an intro, and the page
 *   gave no entry). The page's own question and answer are read, the list unread and doubted. A page whose answer opens
 *   under its own `答：` after an intro still drops the intro.
 */

const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const pageOf = (page: string, url = 'saved-page.html') => entriesOf(extractOrThrow(pageRecord(page, { url }))).find((e) => e.origin === 'page');

const QUESTION = '上下楼膝盖痛是什么原因引起的';
const ANSWER = ['上下楼膝盖痛需要结合具体情况来看，一般有以下几种情况：', '（1）在夜间加重的，一般和饮食不规律、熬夜有关，配合医生规范治疗效果更好。', '（2）年龄超过60岁的，不要长期自行服用软骨保护剂，以免延误病情。'];

describe('a health portal’s record naming a public-health body as the replying expert’s 所在单位', () => {
  const record = (unit: string) =>
    html(
      `${QUESTION}-名医在线-某省卫生健康委员会`,
      `<h2>名医在线</h2><table>${[
        ['标题', QUESTION],
        ['咨询人', '杨**'],
        ['咨询时间', '2019-03-23'],
        ['咨询内容', `${QUESTION}？最近一段时间一直这样。`],
        ['答复专家', '罗芳'],
        ['职称', '主治医师'],
        ['所在单位', unit],
        ['科室', '骨科'],
        ['答复时间', '2019-04-12'],
        ['答复内容', ANSWER.map((l) => `　　${l}`).join('<br>')],
        ['满意度', '满意'],
      ]
        .map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`)
        .join('')}</table>`,
    );

  it('an administration’s centre or office (监督中心, 信息中心, 医保事务中心, 政务服务中心, 监督所, 卫健委): no hospital, and doubted', () => {
    for (const unit of ['北岸市卫生计生监督中心', '北岸市卫生健康信息中心', '北岸市医疗保障事务中心', '北岸市政务服务中心', '北岸市卫生应急指挥中心', '北岸市卫生监督所', '北岸市卫生健康委员会']) {
      const page = pageOf(record(unit))!;
      expect(page.doctor, unit).toMatchObject({ name: '罗芳', title: '主治医师', hospital: null });
      expect(page.answer_paragraphs, unit).toEqual(ANSWER);
      expect(page.flags, unit).toContain('unsure_reading');
    }
  });

  it('a 疾控中心, where the expert practises, is their unit: kept, undoubted', () => {
    for (const unit of ['北岸市疾病预防控制中心', '北岸市疾控中心']) {
      const page = pageOf(record(unit))!;
      expect(page.doctor, unit).toMatchObject({ name: '罗芳', hospital: unit });
      expect(page.flags, unit).not.toContain('unsure_reading');
    }
  });

  it('a hospital, a township’s 卫生院, a 妇幼保健院, a 中心医院, a 社区卫生服务中心 is read', () => {
    for (const unit of ['北岸市妇幼保健院', '北岸市中心医院', '北岸镇卫生院', '北岸市城西街道社区卫生服务中心', '北岸市人民医院']) {
      const page = pageOf(record(unit))!;
      expect(page.doctor.hospital, unit).toBe(unit);
      expect(page.flags, unit).not.toContain('unsure_reading');
    }
  });

  it('a card line names no administration’s centre as a hospital, a clinic’s centre still', () => {
    expect(parseCardParts(['罗芳', '主治医师', '北岸市卫生健康信息中心']).hospital).toBeNull();
    expect(parseCardParts(['罗芳', '主治医师', '北岸市健康管理中心']).hospital).toBe('北岸市健康管理中心');
    expect(parseCardParts(['罗芳', '主治医师', '北岸市急救中心']).hospital).toBe('北岸市急救中心');
  });
});

describe('structured data naming as the answer’s author an Organization whose name is a person’s', () => {
  const CARD = '<div><p>王芳 <i>特邀专家</i></p><p>主任医师</p><p>江州市人民医院</p><p>心血管内科</p></div>';
  const ld = (author: object) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: QUESTION, acceptedAnswer: { '@type': 'Answer', text: ANSWER.join(''), dateCreated: '2023-05-06', author } } })}</script>`;
  const page = (author: object) =>
    html(
      `${QUESTION}-专家问答`,
      `<div><span>Q</span><h2>${QUESTION}</h2><p>用户omr_ab12****　提问时间：2023.05.01</p></div><div><span>A</span><h3>专家解答</h3>${CARD}<div>${ANSWER.map((l) => `<p>${l}</p>`).join('')}</div><p>解答时间：2023.05.06</p></div>`,
      ld(author),
    );

  it('another person’s name: the card’s doctor kept, and doubted', () => {
    for (const name of ['李明', '慕容雪刚']) {
      const read = pageOf(page({ '@type': 'Organization', name }))!;
      expect(read.doctor, name).toMatchObject({ name: '王芳', title: '主任医师', hospital: '江州市人民医院' });
      expect(read.flags, name).toContain('unsure_reading');
    }
  });

  it('the card’s own name, or a brand’s or a paper’s short name: no doubt', () => {
    for (const name of ['王芳', '丁香园', '生命时报', '欧姆龙健康医疗（中国）有限公司', '华康医疗']) {
      expect(pageOf(page({ '@type': 'Organization', name }))!.flags, name).not.toContain('unsure_reading');
    }
  });
});

describe('a pharmacist’s answer with their own 药师补充', () => {
  const FIRST = ['布洛芬是解热镇痛药，饭后服用可以减少对胃的刺激，成人一次一片，两次间隔不少于六小时。', '服药期间不要饮酒，也不要同时服用其他含布洛芬的感冒药。'];
  const ADDED = '如果同时在服用阿司匹林等抗血小板药物，请先咨询医生，避免增加出血风险。';
  const page = (card: string, note: string) =>
    html(
      '布洛芬饭前吃还是饭后吃_用药咨询',
      `<div class="q"><h1>布洛芬饭前吃还是饭后吃</h1><p>提问者：yf_1234****　提问时间：2020-03-01 10:00</p></div><div class="a"><div class="doc">${card}</div>` +
        `<div class="txt">${FIRST.map((p) => `<p>${p}</p>`).join('')}${note}</div><p>回复时间：2020-03-02 09:10</p></div><p>以上回复仅供参考。</p>`,
    );
  const PHARMACIST = '<span>董清</span> <span>主管药师</span> <span>江州市人民医院 药学部</span>';

  it('the card’s pharmacist’s 药师补充, on a line of its own or heading the line: the answer goes on', () => {
    for (const card of [PHARMACIST, '<span>董清</span> <span>执业药师</span> <span>益丰大药房</span>']) {
      const own = pageOf(page(card, `<p>药师补充：</p><p>${ADDED}</p>`))!;
      expect(own.answer_paragraphs, card).toEqual([...FIRST, ADDED]);
      expect(own.date).toBe('2020-03-02');
    }
    expect(pageOf(page(PHARMACIST, `<p>药师补充：${ADDED}</p>`))!.answer_paragraphs).toEqual([...FIRST, `药师补充：${ADDED}`]);
  });

  it('under a doctor’s card a 药师补充, under a pharmacist’s a 护士补充: another staff member’s, the answer ended', () => {
    expect(pageOf(page('<span>罗芳</span> <span>主治医师</span> <span>江州市人民医院 内科</span>', `<p>药师补充：</p><p>${ADDED}</p>`))!.answer_paragraphs).toEqual(FIRST);
    expect(pageOf(page(PHARMACIST, `<p>护士补充：</p><p>${ADDED}</p>`))!.answer_paragraphs).toEqual(FIRST);
  });

  it('tells the note by the answering person’s title', () => {
    expect(isStaffNote('药师补充：', '主管药师')).toBe(false);
    expect(isStaffNote('药师补充：', '主治医师')).toBe(true);
    expect(isStaffNote('营养师提醒：少油少盐', '注册营养师')).toBe(false);
    expect(isStaffNote('护理师补充：', '主管药师')).toBe(true);
    expect(isStaffNote('护理师补充：')).toBe(true);
  });
});

describe('a player after the answer or in an ad’s box', () => {
  const TEXT = ['湿疹反复多与皮肤屏障差有关，平时要加强保湿，每天全身涂抹保湿霜两到三次。', '急性发作时可以短期外用弱效激素药膏，症状控制后逐渐减量，不要突然停药。'];
  const QQ = '<iframe src="https://v.qq.com/txp/iframe/player.html?vid=x0033abcd" frameborder="0" allowfullscreen></iframe>';
  const page = (after: string, inAnswer = '') =>
    `<html><head><meta charset="utf-8"><title>宝宝湿疹反复怎么办-健康问答</title></head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/wenda/">问答</a></div>` +
    `<div class="wrap"><div class="main"><div class="q"><h1>宝宝湿疹反复怎么办</h1><p>宝宝五个月，脸上和脖子湿疹反反复复，用了药膏好了又长。</p><p class="qt">提问时间：2023-03-02</p></div>` +
    `<div class="doc"><span class="name">王秀兰</span> <span>主任医师</span> <span>皮肤科</span> <span>江州市儿童医院</span></div>` +
    `<div class="ans">${inAnswer}${TEXT.map((p) => `<p>${p}</p>`).join('')}</div><p class="time">回答时间：2023-03-03</p>${after}</div></div><div class="foot">© 江州健康网</div></body></html>`;
  const read = (html: string) => pageOf(html, 'https://www.example-jk.com/wenda/1.html')!;

  it('a video host’s frame in an ad’s box under the answer, or unmarked after its text: unknown, and doubted', () => {
    for (const after of [`<div class="ad"><span>广告</span>${QQ}</div>`, `<div class="v">${QQ}</div>`, '<div class="adbox"><span>广告</span><video src="/ad/milk.mp4" poster="/ad/p.jpg" autoplay muted></video></div>']) {
      const own = read(page(after));
      expect(own.format, after).toBe('unknown');
      expect(own.flags, after).toContain('unsure_reading');
      expect(own.answer_paragraphs, after).toEqual(TEXT);
    }
  });

  it('an ad’s box with its player between the paragraphs: unknown, and doubted', () => {
    const own = read(page('').replace(`<p>${TEXT[1]}</p>`, `<div class="ad"><span>广告</span>${QQ}</div><p>${TEXT[1]}</p>`));
    expect(own.format).toBe('unknown');
    expect(own.flags).toContain('unsure_reading');
    expect(own.answer_paragraphs).toEqual(TEXT);
  });

  it('the slot’s offer, worded as a sentence, is none of the answer, after it or between its paragraphs', () => {
    const offer = '<p>婴儿奶粉，新客首单立减二十元。</p>';
    const after = read(page(`<div class="adbox"><span>广告</span><video src="/ad/milk.mp4" autoplay muted></video>${offer}</div>`));
    expect(after.answer_paragraphs).toEqual(TEXT);
    expect(after.format).toBe('unknown');
    const between = read(page('').replace(`<p>${TEXT[1]}</p>`, `<div class="adbox"><span>广告</span>${offer}</div><p>${TEXT[1]}</p>`));
    expect(between.answer_paragraphs).toEqual(TEXT);
    expect(between.flags).not.toContain('unsure_reading');
  });

  it('the frame over the answer’s text in its box: a video, undoubted, though an ad’s player stands after it', () => {
    for (const after of ['', `<div class="ad"><span>广告</span><video src="/ad/milk.mp4" autoplay muted></video></div>`]) {
      const own = read(page(after, `<div class="v">${QQ}</div>`));
      expect(own.format, after).toBe('video');
      expect(own.flags, after).not.toContain('unsure_reading');
    }
  });
});

describe('a label pill glued before the question in the heading and in the <title> too', () => {
  const TEXT = ['湿疹反复多与皮肤屏障差有关，平时要加强保湿，每天全身涂抹保湿霜两到三次。', '急性发作时可以短期外用弱效激素药膏，症状控制后逐渐减量，不要突然停药。'];
  const page = (title: string, heading: string) =>
    html(
      title,
      `<div class="q">${heading}<p>主持人：我们请王医生来回答。</p></div><div class="doc"><span>王秀兰</span> <span>主任医师</span> <span>江州市儿童医院 皮肤科</span></div>` +
        `<div class="ans">${TEXT.map((p) => `<p>${p}</p>`).join('')}</div><p>发布时间：2023-03-03</p>`,
    );

  it('the pill is none of the question, the heading confirmed', () => {
    for (const [title, pill] of [['观众提问 宝宝湿疹反复怎么办 - 健康直播间', '<span>观众提问</span>'], ['观众提问宝宝湿疹反复怎么办_健康直播间', '<span class="tag">观众提问</span>'], ['网友提问：宝宝湿疹反复怎么办_健康直播间', '<i>网友提问</i>']] as const) {
      const own = pageOf(page(title, `<h1>${pill}宝宝湿疹反复怎么办</h1>`))!;
      expect(own.question, title).toBe('宝宝湿疹反复怎么办');
      expect(own.flags, title).not.toContain('unsure_reading');
      expect(own.answer_paragraphs, title).toEqual(TEXT);
    }
  });

  it('words of the question in an element of their own stay the question’s', () => {
    expect(pageOf(page('宝宝湿疹反复怎么办 - 健康直播间', '<h1><span>宝宝</span>湿疹反复怎么办</h1>'))!.question).toBe('宝宝湿疹反复怎么办');
  });
});

describe('a related box of unlinked 问：/答： items under a headline that asks nothing', () => {
  const TEXT = ['宝宝湿疹护理的关键是保湿，每天涂抹保湿霜，洗澡水温不要太高。', '衣物选择纯棉的，避免过热出汗。'];
  const page = (answer: string, items: string) =>
    `<html><head><title>宝宝湿疹护理_有问必答_江州健康网</title></head><body><h1>宝宝湿疹护理</h1><div class="doc"><p>李红 主治医师 江州市妇幼保健院 皮肤科</p></div>` +
    `<div class="txt">${answer}</div><p>2023-05-06 14:22</p><div class="rel"><h3>相关问题</h3><ul>${items}</ul></div></body></html>`;
  const ITEMS = '<li><p>问：宝宝湿疹可以洗澡吗？</p><p>答：可以洗澡，水温不宜过高。</p></li><li><p>问：婴儿湿疹反复怎么办？</p><p>答：以保湿为主。</p></li>';
  const read = (html: string) => pageOf(html, 'https://www.example-health.cn/ask/12.html')!;

  it('the page’s own answer, the items none of it, the list doubted', () => {
    const own = read(page(TEXT.map((p) => `<p>${p}</p>`).join(''), ITEMS));
    expect(own.question).toBe('宝宝湿疹护理');
    expect(own.answer_paragraphs).toEqual(TEXT);
    expect(own.doctor).toMatchObject({ name: '李红', hospital: '江州市妇幼保健院' });
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).toContain('unsure_reading');
  });

  it('the page’s own 答： after an intro still opens its answer', () => {
    const own = read(page(`<p>湿疹是婴儿常见的皮肤病，很多家长都有这个困扰。</p><p>答：${TEXT[0]}</p><p>${TEXT[1]}</p>`, ITEMS));
    expect(own.answer_paragraphs).toEqual(TEXT);
  });
});
