import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCardParts, parseDoctorCard } from '../src/extract/card/card-parts.js';
import { extractPage } from '../src/extract/extract-page.js';
import { pickMeta, readMetaLine } from '../src/extract/dates/page-meta.js';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { entriesOf, extractOrThrow, fixturePath, pageRecord, readFixture, readFixturePage } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';

/** Issue #9: sites of the genre no profile knows, read by what their parts say. */

describe('a site no profile knows (the 精神心理科 layout of issue #9)', () => {
  const { extraction, page, related } = readFixturePage('genre/xinan-58213.html');

  it('reads the department from its 科室 label, and the answer without the card and 医生解答 lines', () => {
    expect(extraction.extractor).toBe('generic-html');
    expect(page!.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '精神心理科', hospital: '江州市第三人民医院', hospital_grade: '二甲' });
    expect(page!.answer_paragraphs).toHaveLength(3);
    expect(page!.answer.startsWith('老人运动后出现心慌气短')).toBe(true);
    expect(page!.answer).not.toMatch(/科室|医生解答|温馨提示/);
  });

  it('reads the 图文解答 printed beside the date and time', () => {
    expect([page!.format, page!.date]).toEqual(['text', '2022-12-16']);
  });

  it('reads the <ol> under 精神心理科相关问答: question, snippet, format and date of each item', () => {
    expect(related.map((e) => [e.question, e.format, e.date, e.url])).toEqual([
      ['总是担心自己得了重病怎么办', 'voice', '2019-02-03', 'https://www.xinan.example/q/41877.html'],
      ['晚上睡觉心跳快睡不着是焦虑吗', 'voice', '2019-03-11', 'https://www.xinan.example/q/43102.html'],
      ['老年人焦虑症吃什么药', 'text', '2020-07-22', 'https://www.xinan.example/q/45560.html'],
      ['紧张的时候手抖是什么原因', 'video', '2021-11-05', 'https://www.xinan.example/q/47019.html'],
    ]);
    expect(related[1]!.answer.endsWith('再到精神')).toBe(true);
    expect(related[1]!.flags).toContain('cut_off_end');
  });

  it('says how each entry was read, and flags none of them as unsure', () => {
    expect([page!, ...related].map((e) => e.read_by)).toEqual(['genre', 'genre', 'genre', 'genre', 'genre']);
    expect([page!, ...related].some((e) => e.flags.includes('unsure_reading'))).toBe(false);
  });
});

describe('fixture pages of the fresh-3 layouts', () => {
  it('a video answer: the transcript under 视频文字版 is the answer, the format video, the table under 相关问答 the related list', () => {
    const { page, related } = readFixturePage('genre/shipinyi-73021-video-transcript.html');
    expect(page!.doctor).toEqual({ name: '顾晓岚', title: '主治医师', department: '儿科', hospital: '江州市妇幼保健医院', hospital_grade: '三甲' });
    expect([page!.format, page!.date, page!.answer_paragraphs.length, page!.flags]).toEqual(['video', '2023-04-18', 3, []]);
    expect(page!.answer).not.toMatch(/视频时长|视频文字版/);
    expect(related.map((e) => [e.question, e.date])).toEqual([
      ['孩子睡觉出汗多是怎么回事？', '2023-04-02'],
      ['孩子换牙期要注意什么？', '2023-04-11'],
      ['孩子夜里说梦话要紧吗？', '2023-04-16'],
    ]);
  });

  it('a grade shown only as a badge picture is read from its alt; items that name their doctor keep the name out of the snippet', () => {
    const { page, related } = readFixturePage('genre/huizhang-5521-grade-badge.html');
    expect(page!.doctor).toEqual({ name: '邵明哲', title: '副主任医师', department: '康复医学科', hospital: '江州市中医院', hospital_grade: '三级甲等' });
    expect([page!.format, page!.date, page!.flags]).toEqual(['text', '2024-01-09', []]);
    expect(related.map((e) => [e.format, e.date, e.answer.includes('主任医师')])).toEqual([
      ['voice', '2023-12-20', false],
      ['text', '2023-12-28', false],
    ]);
  });
});

describe('fixture page of a fresh-4 layout', () => {
  it('an old GBK page: the card split into a byline and a footer is read whole; other doctors\' answers and comments are not the answer', () => {
    const { extraction, page, related } = readFixturePage('genre/laojiankang-20417-split-card.html');
    expect(extraction.encoding).toBe('gb18030');
    expect(page!.doctor).toEqual({ name: '严书宁', title: '主治医师', department: '骨科', hospital: '江州市第二人民医院', hospital_grade: '三级甲等' });
    expect([page!.answer_paragraphs.length, page!.date, page!.format, page!.flags]).toEqual([3, '2023-11-02', 'unknown', []]);
    expect(page!.answer).not.toMatch(/韦佳|范立新|同意上面|网友|泡脚之后/);
    expect(related.map((e) => [e.question, e.date])).toEqual([
      ['脚后跟长骨刺需要手术吗', '2023-09-14'],
      ['足底筋膜炎能自己好吗', '2023-10-08'],
      ['走路多了脚底疼怎么缓解', '2023-10-21'],
    ]);
  });
});

describe('youlai pages that print format or date where the profile does not look', () => {
  it('desktop: the 图文解答 label beside the date is the page entry format', () => {
    const { page, related } = readFixturePage('genre/youlai-desktop-7A3F21kQx9m.html');
    expect([page!.format, page!.date, page!.read_by]).toEqual(['text', '2022-06-02', 'profile']);
    // The profile itemises youlai's list: its items are read by selector (profile-items.ts).
    expect(related.map((e) => e.read_by)).toEqual(['profile', 'profile']);
  });

  it('mobile: the date printed under the <h1> is read', () => {
    const { page } = readFixturePage('genre/youlai-mobile-7A3F22mWp4n.html');
    expect([page!.format, page!.date]).toEqual(['voice', '2022-05-27']);
  });
});

describe('confidence instead of silent garbage', () => {
  it('structured data that names another question and answer flags the entry unsure_reading', () => {
    const { page } = readFixturePage('genre/xinan-58214-stale-jsonld.html');
    expect(page!.question).toBe('考试前总是失眠怎么调整');
    expect(page!.flags).toContain('unsure_reading');
    expect(page!.read_by).toBe('genre');
  });

  it('structured data that agrees trims card text off the visible answer', () => {
    const html = `<html><head><title>胃胀怎么办_某站</title>
<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"胃胀怎么办","acceptedAnswer":{"@type":"Answer","text":"胃胀多与饮食有关，少吃产气食物。\\n饭后适当散步。"}}}</script></head>
<body><h1>胃胀怎么办</h1><div>王明 医生</div><p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步。</p></body></html>`;
    const [page] = entriesOf(extractOrThrow(pageRecord(html)));
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步。']);
    expect(page!.read_by).toBe('structured_data');
  });

  it("the question's day in structured data is when it was asked: an answer days later is no disagreement, one before it is", () => {
    const page = (shown: string, answerDate = '') => `<html><head><title>胃胀怎么办_某站</title>
<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"胃胀怎么办","dateCreated":"2023-03-01T09:12:00+08:00","acceptedAnswer":{"@type":"Answer",${answerDate}"text":"胃胀多与饮食有关，少吃产气食物。"}}}</script></head>
<body><h1>胃胀怎么办</h1><div>王明 主治医师 滨海市第一医院 三甲 消化内科</div><div>回答时间：${shown}</div><p>胃胀多与饮食有关，少吃产气食物。</p></body></html>`;
    const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)))[0]!;
    expect(read(page('2023-03-04'))).toMatchObject({ date: '2023-03-04', flags: expect.not.arrayContaining(['unsure_reading']) });
    expect(read(page('2023-02-20')).flags).toContain('unsure_reading');
    // The answer's own day, where the data gives one, must be the day shown.
    expect(read(page('2023-03-04', '"dateCreated":"2023-03-02T10:00:00+08:00",')).flags).toContain('unsure_reading');
  });

  it('a card the reader cannot make out (a title with no name beside it) flags the entry', () => {
    const html = `<html><head><title>胃胀怎么办_某站</title></head><body><h1>胃胀怎么办</h1>
<div><img alt="头像"><span>主任医师</span></div><p>胃胀多与饮食有关，少吃容易产气的食物，饭后适当散步。</p></body></html>`;
    const [page] = entriesOf(extractOrThrow(pageRecord(html)));
    expect(page!.doctor.name).toBeNull();
    expect(page!.flags).toContain('unsure_reading');
  });

  it('a related item shaped unlike the others is flagged, the others are not', () => {
    const item = (n: number, meta = '<span>语音解答 2021-05-18</span>') => `<li><a href="/q/${n}.html">宝宝发烧第${n}天怎么办</a><p>宝宝发烧可以先物理降温，多喝水，观察精神状态。</p>${meta}</li>`;
    const html = `<html><head><title>发烧怎么办_某站</title></head><body><h1>发烧怎么办</h1><p>发烧先物理降温，多喝水，精神差要就医。</p>
<h3>相关推荐</h3><ul>${item(1)}${item(2)}${item(3, '<span>语音解答</span><p>另一段摘要，和上一段不是同一项。</p>')}${item(4)}</ul></body></html>`;
    const related = entriesOf(extractOrThrow(pageRecord(html))).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.flags.includes('unsure_reading'))).toEqual([false, false, true, false]);
  });
});

describe('what else pages of the genre do', () => {
  const read = (body: string, title = '胃胀怎么办_某站') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const card = '<div><span>王清玉</span><span>副主任医师</span><span>江州市人民医院</span></div>';

  it('a heading that adds a badge to the question: the question is the title\'s', () => {
    const [page] = read(`<h1>胃胀怎么办<em>已解决</em></h1>${card}<p>胃胀多与饮食有关，少吃产气食物。</p>`);
    expect([page!.question, page!.flags.includes('unsure_reading')]).toEqual(['胃胀怎么办', false]);
  });

  it('paragraphs set apart only by a full-width indent after a sentence end', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<div>　　胃胀多与饮食有关，少吃产气食物。　　饭后适当散步，帮助胃肠蠕动。</div>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']);
  });

  it('a name shown only as the card picture\'s alt text', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div><img alt="王清玉"><span>副主任医师</span><span>江州市人民医院</span></div><p>胃胀多与饮食有关，少吃产气食物。</p>`);
    expect(page!.doctor.name).toBe('王清玉');
  });

  it('a second doctor card ends the answer, and the entry says there were two', () => {
    const second = '<div><span>李明</span><span>主治医师</span><span>江州市第二人民医院</span></div>';
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<p>胃胀多与饮食有关，少吃产气食物。</p>${second}<p>另一位医生的回答：可以吃点促胃动力药。</p>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。']);
    expect(page!.flags).toContain('unsure_reading');
  });
});

describe('what the fresh-3 layouts showed: card values as pictures, an answer under a transcript label', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title></head><body>${body}</body></html>`)));
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

  it('a grade shown only as a badge picture (alt), or as an empty badge\'s title or aria-label, is read', () => {
    for (const badge of ['<img src="/b/1.png" alt="三级甲等">', '<i class="lv" title="三级甲等"></i>', '<span aria-label="三级甲等"></span>']) {
      const [page] = read(`<h1>胃胀怎么办</h1><div><p>江州市人民医院 ${badge} 消化内科</p><p><b>王清玉</b> 副主任医师</p></div>${answer}`);
      expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三级甲等' });
      expect(unsure(page!)).toBe(false);
    }
  });

  it('a picture beside the hospital that says nothing readable, where the card shows no grade, flags the entry', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div><p>江州市人民医院 <img src="/b/3a.png"> 消化内科</p><p><b>王清玉</b> 副主任医师</p></div>${answer}`);
    expect(page!.doctor.hospital_grade).toBeNull();
    expect(unsure(page!)).toBe(true);
  });

  it('a picture whose text disagrees with the card\'s visible text: the text is kept, and the entry flagged', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>二甲</span> <img alt="三甲"></div>${answer}`);
    expect(page!.doctor.hospital_grade).toBe('二甲');
    expect(unsure(page!)).toBe(true);
  });

  it('a video answer: player length and the 视频文字版 label passed over, the transcript is the answer, the format video', () => {
    for (const [length, label] of [['视频时长 05:39', '<h3>视频文字版</h3>'], ['时长：3分20秒', '<h4>语音转文字</h4>'], ['02:15', '<b>文字稿</b>'], ['03:08 / 05:39', '<h3>正文</h3>'], ['时长 4:05', '<div>视频文字内容：</div>']]) {
      const [page] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div><p>2021-05-08</p>
<div><video src="/v/1.mp4"></video><span>${length}</span></div><div>${label}${answer}</div>`);
      expect([page!.answer_paragraphs, page!.format, page!.date, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], 'video', '2021-05-08', false]);
    }
  });

  it('an answer under a heading in wording the reader does not know, after lines it cannot place: read, and flagged', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div>
<div><video src="/v/1.mp4"></video><span>片长约五分钟</span></div><div><h3>听听医生怎么讲</h3>${answer}</div>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']);
    expect(unsure(page!)).toBe(true);
  });
});

describe('what the fresh-4 layouts showed: sections, chat turns, split cards, other answers', () => {
  const read = (body: string, options: { title?: string; head?: string; url?: string } = {}) =>
    entriesOf(
      extractOrThrow(
        pageRecord(`<html><head><title>${options.title ?? '胃胀怎么办_某站'}</title>${options.head ?? ''}</head><body>${body}</body></html>`, { url: options.url }),
      ),
    );
  const card = '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>三甲</span> <span>消化内科</span></div>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

  it('病情分析 / 指导意见 are section heads kept as paragraphs; an ad link between the sections is passed over', () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1>${card}<div><div><strong>病情分析：</strong></div><p>胃胀多与饮食有关。</p><div><a href="/ask/">点击这里，免费向医生提问</a></div><div><strong>指导意见：</strong></div><p>少吃产气食物，饭后适当散步。</p></div>`,
    );
    expect(page!.answer_paragraphs).toEqual(['病情分析：', '胃胀多与饮食有关。', '指导意见：', '少吃产气食物，饭后适当散步。']);
    expect(unsure(page!)).toBe(false);
  });

  it('问题分析 / 意见建议 (120ask\'s pair) are section heads as well: kept, where the answer has one section or two', () => {
    const ask = '<div><span>健康咨询描述：</span>吃完饭就胀，两个月了。</div>';
    const [two] = read(`<h1>胃胀怎么办</h1>${ask}${card}<div><p>问题分析：</p><p>胃胀多与饮食有关。</p><p>意见建议：</p><p>少吃产气食物，饭后适当散步。</p></div>`);
    expect(two!.answer_paragraphs).toEqual(['问题分析：', '胃胀多与饮食有关。', '意见建议：', '少吃产气食物，饭后适当散步。']);
    const [one] = read(`<h1>胃胀怎么办</h1>${ask}${card}<div><p>问题分析：</p><p>胃胀多与饮食有关，注意休息、少吃产气食物。</p></div>`);
    expect(one!.answer_paragraphs).toEqual(['问题分析：', '胃胀多与饮食有关，注意休息、少吃产气食物。']);
    expect([unsure(two!), unsure(one!)]).toEqual([false, false]);
  });

  it('a consultation shown as chat: the doctor\'s turns are the answer, the patient\'s are not; a title that names who answered', () => {
    const turn = (who: string, text: string) => `<div><span>${who}</span><div>${text}</div></div>`;
    const [page] = read(
      `${card}<h1>胃胀怎么办</h1><div>${turn('患者', '胃胀怎么办，吃完饭就胀，请问需要怎么处理？')}${turn('王清玉', '胃胀多与饮食有关，少吃产气食物。')}${turn('王清玉', '饭后适当散步，帮助胃肠蠕动。')}${turn('患者', '好的，谢谢医生！')}</div>`,
      { title: '王清玉医生回复：胃胀怎么办_某站' },
    );
    expect(page!.question).toBe('胃胀怎么办');
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']);
    expect(unsure(page!)).toBe(false);
  });

  it('a consultation whose turns open with their speaker (患者：…, 医生：…): the doctor\'s turns, without the speaker', () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1>${card}<div><p>患者：吃完饭就胀，需要吃药吗？</p><p>医生：胃胀多与饮食有关，少吃产气食物。</p><p>患者：好的，谢谢医生。</p><p>王清玉医生：饭后适当散步，帮助胃肠蠕动。</p></div>`,
    );
    expect([page!.answer_paragraphs, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], false]);
  });

  it('a card split into a byline over the answer and a fields line under it is read whole; other answers and comments end the answer', () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1><div><b>医生回答</b><p>回答者：<a href="/d/1">王清玉</a> 副主任医师</p><div><p>胃胀多与饮食有关，少吃产气食物。</p></div>
<p>科室：消化内科　执业医院：江州市人民医院（三甲）</p><p>2022-07-28 22:57</p></div>
<div><b>其他回答（1）</b><div><p>回答者：<a href="/d/2">李明</a> 主治医师</p><p>同意上面医生的意见，注意休息，多喝水。</p><p>科室：普通内科　执业医院：白沙市第三人民医院（三级甲等）</p></div></div>
<div><b>网友评论</b><ul><li>谢谢医生，很有帮助</li></ul></div>`,
    );
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
    expect([page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。'], '2022-07-28', false]);
  });

  it('the department from a breadcrumb that leads to the doctor; a voice length (0\'58\'\') under the card makes the answer voice', () => {
    const [page] = read(
      `<div><a href="/">首页</a> &gt; <a href="/h/1">江州市人民医院</a> &gt; <a href="/k/1">消化内科</a> &gt; <a href="/d/1">王清玉</a></div>
<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div><div><span>点击播放</span><span>0'58''</span></div><p>胃胀多与饮食有关，少吃产气食物。</p>`,
    );
    expect([page!.doctor.department, page!.format]).toEqual(['消化内科', 'voice']);
  });

  it('related items with their date and format before the question, and snippets opened by 答：', () => {
    const body = `<h1>胃胀怎么办</h1>${card}<p>胃胀多与饮食有关，少吃产气食物。</p><div>2021年10月08日 15时11分</div><h3>其他人还问了</h3><ol>
<li><span>[2019-10-14]</span>【语音】<a href="/q/1.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li>
<li><span>[2020-03-02]</span>【图文】<a href="/q/2.html">胃胀吃什么药好</a><p><span>答：</span>胃胀可以在医生指导下吃促胃动力药。</p></li></ol>`;
    const [page, ...related] = read(body);
    expect([page!.date, unsure(page!)]).toEqual(['2021-10-08', false]);
    expect(related.map((e) => [e.question, e.answer, e.format, e.date])).toEqual([
      ['饭后胃胀是什么原因', '饭后胃胀多与进食过快有关。', 'voice', '2019-10-14'],
      ['胃胀吃什么药好', '胃胀可以在医生指导下吃促胃动力药。', 'text', '2020-03-02'],
    ]);
  });

  it('a linked prompt ending a line of the answer ([点击咨询医生]) is not the answer\'s text', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<div>　　胃胀多与饮食有关，少吃产气食物。 <a href="/consult/">[点击咨询医生]</a><br>　　饭后适当散步。</div>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步。']);
  });
});

describe('confidence: doubts the fresh-4 work added', () => {
  const read = (body: string, options: { head?: string; url?: string } = {}) =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title>${options.head ?? ''}</head><body>${body}</body></html>`, { url: options.url })));
  const card = '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>三甲</span> <span>消化内科</span></div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

  it('a card value not of its vocabulary\'s shape flags the entry', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>科室：请到门诊咨询</span> <span>江州市人民医院</span></div>${answer}`);
    expect(page!.doctor.department).toBe('请到门诊咨询');
    expect(unsure(page!)).toBe(true);
  });

  it('an answer holding a line someone else speaks, or starting with the asker\'s words, flags the entry', () => {
    const [patient] = read(`<h1>胃胀怎么办</h1>${card}${answer}<p>患者：那需要吃药吗，吃什么药比较好？</p>`);
    expect(unsure(patient!)).toBe(true);
    const [asker] = read(`<h1>胃胀怎么办</h1>${card}<p>胃胀怎么办，吃完饭就胀，请问需要怎么处理？</p>${answer}`);
    expect(unsure(asker!)).toBe(true);
    const [asking] = read(`<h1>胃胀怎么办</h1>${card}<p>我今年三十岁，最近吃完饭就胀，是胃有问题吗？</p>${answer}`);
    expect(unsure(asking!)).toBe(true);
  });

  it('a date that a <time datetime>, a <meta> tag or the asking date contradicts flags the entry; a date only in a <meta> tag is taken, flagged', () => {
    const [stamp] = read(`<h1>胃胀怎么办</h1>${card}<div><time datetime="2022-05-03">2022-05-08</time></div>${answer}`);
    expect([stamp!.date, unsure(stamp!)]).toEqual(['2022-05-08', true]);
    const [tag] = read(`<h1>胃胀怎么办</h1>${card}<div>2022-05-08</div>${answer}`, { head: '<meta property="article:published_time" content="2021-01-02T08:00:00+08:00">' });
    expect(unsure(tag!)).toBe(true);
    const [asked] = read(`<h1>胃胀怎么办</h1><div>提问时间：2022-05-09</div>${card}<div>回答时间：2022-05-08</div>${answer}`);
    expect(unsure(asked!)).toBe(true);
    const [only] = read(`<h1>胃胀怎么办</h1>${card}${answer}`, { head: '<meta name="pubdate" content="2021-01-02">' });
    expect([only!.date, unsure(only!)]).toEqual(['2021-01-02', true]);
    const [agrees] = read(`<h1>胃胀怎么办</h1>${card}<div><time datetime="2022-05-08T09:00">2022年5月8日</time></div>${answer}`, { head: '<meta name="pubdate" content="2022-05-08">' });
    expect([agrees!.date, unsure(agrees!)]).toEqual(['2022-05-08', false]);
  });

  it('structured data that gives the doctor another title or hospital flags the entry; no card at all flags it too', () => {
    const ld = (title: string) =>
      `<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"胃胀怎么办","acceptedAnswer":{"@type":"Answer","text":"胃胀多与饮食有关，少吃产气食物。","author":{"@type":"Person","name":"王清玉","jobTitle":"${title}","worksFor":{"@type":"Hospital","name":"江州市人民医院"}}}}}</script>`;
    const [other] = read(`<h1>胃胀怎么办</h1>${card}${answer}`, { head: ld('主治医师') });
    expect(unsure(other!)).toBe(true);
    const [same] = read(`<h1>胃胀怎么办</h1>${card}${answer}`, { head: ld('副主任医师') });
    expect(unsure(same!)).toBe(false);
    const [none] = read(`<h1>胃胀怎么办</h1>${answer}`);
    expect([none!.doctor.name, unsure(none!)]).toEqual([null, true]);
  });

  it('lines before an answer\'s first section head are passed over, flagged; a line that ends with a date, or signed by another doctor, flags the entry', () => {
    const [sections] = read(`<h1>胃胀怎么办</h1><div>吃完饭就胀，两个月了。 2023-02-11 09:12</div><h3>病情分析</h3><p>胃胀多与饮食有关。</p><h3>指导意见</h3><p>少吃产气食物。</p>${card}`);
    expect([sections!.answer_paragraphs, unsure(sections!)]).toEqual([['病情分析', '胃胀多与饮食有关。', '指导意见', '少吃产气食物。'], true]);
    const [stamped] = read(`<h1>胃胀怎么办</h1>${card}${answer}<p>谢谢医生，我明天去医院看看。 2023-02-11 09:12</p>`);
    expect(unsure(stamped!)).toBe(true);
    const [signed] = read(`<h1>胃胀怎么办</h1>${card}<div>李医生回答</div>${answer}`);
    expect(unsure(signed!)).toBe(true);
  });

  it('linked questions after the answer under a label the reader does not know flag the entry (a related list it may have missed)', () => {
    const links = [1, 2, 3].map((n) => `<li><a href="/q/${n}.html">宝宝发烧第${n}天怎么办</a></li>`).join('');
    const [missed] = read(`<h1>胃胀怎么办</h1>${card}${answer}<h3>看看别人的情况</h3><ul>${links}</ul>`);
    expect(unsure(missed!)).toBe(true);
    const [none] = read(`<h1>胃胀怎么办</h1>${card}${answer}<ul><li><a href="/about">关于我们</a></li></ul>`);
    expect(unsure(none!)).toBe(false);
  });

  it('related items linking off-site among the site\'s own are left out; a list mostly off-site is flagged', () => {
    const item = (href: string, n: number) => `<li><a href="${href}">宝宝发烧第${n}天怎么办</a><p>宝宝发烧可以先物理降温，多喝水。</p><span>语音解答 2021-05-18</span></li>`;
    const page = (items: string) => read(`<h1>胃胀怎么办</h1>${card}${answer}<h3>相关推荐</h3><ul>${items}</ul>`, { url: 'https://m.wenda.example/q/1.html' });
    const mixed = page(`${item('/q/2.html', 2)}${item('https://ads.example/x', 3)}${item('https://www.wenda.example/q/4.html', 4)}`).filter((e) => e.origin === 'related');
    expect(mixed.map((e) => [e.url, unsure(e)])).toEqual([
      ['https://m.wenda.example/q/2.html', false],
      ['https://www.wenda.example/q/4.html', false],
    ]);
    const away = page(`${item('https://ads.example/x', 2)}${item('https://ads.example/y', 3)}`).filter((e) => e.origin === 'related');
    expect(away.map((e) => unsure(e))).toEqual([true, true]);
  });
});

describe('what fresh-6 taught the reader: a preview over the full text, and a disclaimer in other words', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title></head><body>${body}</body></html>`)));
  const card = '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>三甲</span> <span>消化内科</span></div>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const full = '<p>胃胀多与饮食有关，一般有以下几种情况：</p><p>一、少吃产气食物，细嚼慢咽。</p><p>二、饭后适当散步，帮助胃肠蠕动。</p>';

  it('a truncated preview (…展开全文) over the full text in a hidden block: the answer is the full text, once', () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1>${card}<div><div><p>胃胀多与饮食有关，一般有以下几种情况：一、少吃产气…<span>展开全文</span></p></div>` +
        `<div style="display:none;">${full}</div></div>`,
    );
    expect([page!.answer_paragraphs, unsure(page!)]).toEqual([['胃胀多与饮食有关，一般有以下几种情况：', '一、少吃产气食物，细嚼慢咽。', '二、饭后适当散步，帮助胃肠蠕动。'], false]);
  });

  it('a preview whose full text is not on the page is kept, and flagged', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<p>胃胀多与饮食有关，一般有以下几种情况：一、少吃产气…<span>展开全文</span></p>`);
    expect(page!.answer.startsWith('胃胀多与饮食有关')).toBe(true);
    expect(unsure(page!)).toBe(true);
  });

  it('a line that opens the text after it without being cut short is no preview', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<p>胃胀多与饮食有关。</p><p>胃胀多与饮食有关。少吃产气食物。</p>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关。', '胃胀多与饮食有关。少吃产气食物。']);
  });

  it("a print version's related items: numbered lines, each ending with its address printed as the link (blank text between them aside)", () => {
    const item = (n: number, q: string, meta: string, snippet: string) =>
      `<p>${n}. ${q}（${meta}）</p><p>   ${snippet}</p><p>   <a href="/q/${n}.html">https://www.wenda.example/q/${n}.html</a></p>\n`;
    const [page, ...related] = read(
      `<h1>胃胀怎么办</h1>${card}${full}<p>相关问题：</p>` +
        item(1, '饭后胃胀是什么原因', '语音回答 2019-08-12', '饭后胃胀多与进食过快有关，细嚼慢咽。') +
        item(2, '胃胀气吃什么药', '图文回答 2020-05-15', '胃胀气可在医生指导下服用促胃动力药。') +
        item(3, '胃胀打嗝怎么回事', '视频 2021-03-16', '胃胀打嗝多见于消化不良，少吃多餐。'),
    );
    expect(page!.answer_paragraphs).toHaveLength(3);
    expect(related.map((e) => [e.question, e.answer, e.format, e.date, e.url, unsure(e)])).toEqual([
      ['饭后胃胀是什么原因', '饭后胃胀多与进食过快有关，细嚼慢咽。', 'voice', '2019-08-12', '/q/1.html', false],
      ['胃胀气吃什么药', '胃胀气可在医生指导下服用促胃动力药。', 'text', '2020-05-15', '/q/2.html', false],
      ['胃胀打嗝怎么回事', '胃胀打嗝多见于消化不良，少吃多餐。', 'video', '2021-03-16', '/q/3.html', false],
    ]);
  });

  it('本回答仅代表医生个人观点，不能作为诊断和治疗依据 is the disclaimer, not the answer', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}${full}<div>本回答仅代表医生个人观点，不能作为诊断和治疗依据</div>`);
    expect([page!.answer_paragraphs.length, page!.has_disclaimer, unsure(page!)]).toEqual([3, true, false]);
  });
});

describe('what fresh-6 taught the reader: pages whose question is a labelled line (a print version, a doctor\'s own page, a forum thread)', () => {
  const read = (body: string, title = '胃胀怎么办 - 打印版 - 某站') =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const paragraphs = ['胃胀多与饮食有关，一般有以下几种情况：', '一、少吃产气食物，细嚼慢咽。', '二、饭后适当散步，帮助胃肠蠕动。'];
  const lines = ['标题：胃胀怎么办', '医生：王清玉 副主任医师 江州市人民医院 三级甲等 消化内科', '时间：2022-05-08 10:21', '类型：语音回答', '回答：', ...paragraphs, '————————————————————'];
  const foot = ['本文地址：https://www.wenda.example/q/1.html', '打印时间：2023-07-03 13:54'];
  const doctor = { name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三级甲等' };

  it("a print version's labelled lines: the question after 标题：, the card one line 医生：…, the answer up to the divider, not the printed address or the printing time", () => {
    const [page] = read([...lines, ...foot].map((l) => `<p>${l}</p>`).join('\n'));
    expect([page!.question, page!.doctor, page!.answer_paragraphs, page!.format, page!.date, unsure(page!)]).toEqual(['胃胀怎么办', doctor, paragraphs, 'voice', '2022-05-08', false]);
  });

  it('the same lines in one <pre>: the card read from its line, the related items from their numbered lines, each ending with its address', () => {
    const [page] = read(`<pre>\n${[...lines, ...foot].join('\n')}\n</pre>`);
    expect([page!.doctor, page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual([doctor, paragraphs, '2022-05-08', false]);
    const item = (n: number, q: string, meta: string, snippet: string) => [`${n}. ${q}（${meta}）`, `   ${snippet}`, `   https://www.wenda.example/q/${n}.html`];
    const items = [...item(1, '胃胀气吃什么药', '图文回答 2020-05-15', '胃胀气可在医生指导下服用促胃动力药。'), ...item(2, '胃胀打嗝怎么回事', '2021-03-16', '胃胀打嗝多见于消化不良，少吃多餐。')];
    const [listed, ...related] = read(`<pre>\n${[...lines, '相关问题：', ...items, '————————————————————', ...foot].join('\n')}\n</pre>`);
    expect([listed!.answer_paragraphs, unsure(listed!)]).toEqual([paragraphs, false]);
    expect(related.map((e) => [e.question, e.answer, e.format, e.date, e.url, unsure(e)])).toEqual([
      ['胃胀气吃什么药', '胃胀气可在医生指导下服用促胃动力药。', 'text', '2020-05-15', 'https://www.wenda.example/q/1.html', false],
      ['胃胀打嗝怎么回事', '胃胀打嗝多见于消化不良，少吃多餐。', 'unknown', '2021-03-16', 'https://www.wenda.example/q/2.html', false],
    ]);
  });

  it("a related list's label as a line with no list read under it flags the entry", () => {
    const [page] = read(`<pre>\n${[...lines, '相关问题：', '胃胀气吃什么药', '胃胀打嗝怎么回事', '胃胀能喝牛奶吗', ...foot].join('\n')}\n</pre>`);
    expect([page!.answer_paragraphs, unsure(page!)]).toEqual([paragraphs, true]);
  });

  it("a doctor's own page: the <h1> is the doctor's name, the question the `患者提问：` line whose quote box holds the asker's words, the format after 医生回复：", () => {
    const [page] = read(
      '<div><img src="/a.jpg" alt="王清玉"><div><h1>王清玉</h1> <span>副主任医师</span><p>江州市人民医院 <i>三甲</i> | 消化内科</p><p>擅长：消化内科常见病的诊治，经验丰富。</p></div></div>' +
        '<div><a href="/d/1/">医生主页</a> <a href="/d/1/qa/">患者问答</a></div>' +
        '<blockquote><b>患者提问：</b>胃胀怎么办<p>男，30岁。吃完饭就胀，有一周了。</p></blockquote>' +
        `<div><span>医生回复：</span><span>语音</span><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
        '<div>回复时间：２０22年 ５月 ８日</div>',
      '胃胀怎么办_王清玉医生_某站',
    );
    expect([page!.question, page!.doctor.name, page!.answer_paragraphs, page!.format, page!.date, unsure(page!)]).toEqual(['胃胀怎么办', '王清玉', paragraphs, 'voice', '2022-05-08', false]);
  });

  it("a box holding the asker's words and the answer too: the asker's lines end at the answer's label; a divider with answer text after it ends nothing", () => {
    const card = '<div><h1>王清玉</h1> <span>副主任医师</span><p>江州市人民医院 三甲 消化内科</p></div>';
    const [boxed] = read(`${card}<div>患者提问：胃胀怎么办<br>男，30岁。吃完饭就胀，有一周了。<br>医生回复：<br>${paragraphs.join('<br>')}</div>`, '胃胀怎么办_王清玉医生_某站');
    expect([boxed!.question, boxed!.answer_paragraphs, unsure(boxed!)]).toEqual(['胃胀怎么办', paragraphs, false]);
    const [divided] = read(`<h1>胃胀怎么办</h1>${card}<p>${paragraphs[0]}</p><p>————————</p><p>${paragraphs[1]}</p>`, '胃胀怎么办_某站');
    expect(divided!.answer_paragraphs).toEqual(paragraphs.slice(0, 2));
  });

  it('a related list under a heading drawn as a picture or an icon font\'s glyph is read by its alt text or title', () => {
    const items = [1, 2, 3].map((n) => `<a href="/q/${n}.html"><p>宝宝发烧第${n}天怎么办</p><p>宝宝发烧可以先物理降温，多喝水。</p><span>2021-05-1${n}</span></a>`).join('');
    const page = (heading: string) => read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div><p>${paragraphs[0]}</p><div>${heading}<div>${items}</div></div>`, '胃胀怎么办_某站');
    for (const heading of ['<div><i class="iconfont" title="相关问题">&#xe61a;</i></div>', '<img src="/t.png" alt="相关问题">', '<h3><img src="/t.png" alt="TA的其他回答"></h3>']) {
      const [own, ...related] = page(heading);
      expect(own!.answer_paragraphs).toEqual([paragraphs[0]]);
      expect(related.map((e) => [e.question, e.date])).toEqual([['宝宝发烧第1天怎么办', '2021-05-11'], ['宝宝发烧第2天怎么办', '2021-05-12'], ['宝宝发烧第3天怎么办', '2021-05-13']]);
    }
  });

  it("a forum thread: the subject after its [category], the doctor's profile column (counts are no name), the date of the answer's own post, no edit note", () => {
    const post = (author: string, pairs: string, when: string, message: string) =>
      `<table><tr><td><div><a href="/u">${author}</a></div><dl>${pairs}</dl></td><td><div><a href="#">楼</a> <em>发表于 ${when}</em> | <a href="#">只看该作者</a></div><div>${message}</div></td></tr></table>`;
    const dl = (pairs: string[][]) => pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
    const [page] = read(
      '<h1><a href="/f?type=3">[消化内科]</a> <span>胃胀怎么办</span></h1>' +
        post('小白兔', dl([['积分', '67'], ['帖子', '7'], ['注册时间', '2018-5-3']]), '2022-5-6 09:12', '吃完饭就胀，有什么办法吗？男，30岁。') +
        post('王清玉', dl([['积分', '5268'], ['帖子', '2248'], ['职称', '副主任医师'], ['医院', '江州市人民医院'], ['等级', '三级甲等'], ['科室', '消化内科']]), '2022-5-8 15:37',
          `本帖最后由 王清玉 于 2022-5-9 21:05 编辑 <br /><br />${paragraphs.join('<br />')}`) +
        post('小白兔', dl([['积分', '67'], ['帖子', '7']]), '2022-5-9 20:31', '谢谢医生！'),
      '胃胀怎么办 - 医生答疑 - 医生论坛 - Powered by Discuz!',
    );
    expect([page!.question, page!.doctor, page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual(['胃胀怎么办', doctor, paragraphs, '2022-05-08', false]);
  });

  it('a forum thread whose other dates stamp no text of their own keeps its doubt', () => {
    const [page] = read(
      '<h1><span>胃胀怎么办</span></h1><div>发表于 2022-5-6 09:12</div>' +
        '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div><div>发表于 2022-5-8 15:37</div>' +
        `${paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
      '胃胀怎么办 - 医生论坛',
    );
    expect(unsure(page!)).toBe(true);
  });

  it('a grade printed as the level alone (三级) is read as printed, but only as a part of its own', () => {
    const [level] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>主任医师</span> <span>江州市人民医院</span> <span>三级</span> <span>消化内科</span></div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`, '胃胀怎么办_某站');
    expect([level!.doctor.hospital_grade, unsure(level!)]).toEqual(['三级', false]);
    const [inTitle] = read(`<h1>胃胀怎么办</h1><div><span>李明</span> <span>国家二级心理咨询师</span> <span>江州市人民医院</span> <span>心理科</span></div><p>${paragraphs[0]}</p>`, '胃胀怎么办_某站');
    expect(inTitle!.doctor.hospital_grade).toBe(null);
  });

  it('相关帖子 heads a related list', () => {
    const items = [1, 2, 3].map((n) => `<li><a href="/t/${n}.html">宝宝发烧第${n}天怎么办</a> <span>2021-5-1${n}</span><p>宝宝发烧可以先物理降温，多喝水。</p></li>`).join('');
    const [, ...related] = read(`<h1>胃胀怎么办</h1><div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span></div><p>${paragraphs[0]}</p><div><h3>相关帖子</h3><ul>${items}</ul></div>`, '胃胀怎么办_某站');
    expect(related.map((e) => e.date)).toEqual(['2021-05-11', '2021-05-12', '2021-05-13']);
  });
});

describe('what fresh-5 taught: sites unlike the tuning ones', () => {
  const read = (body: string, options: { title?: string; head?: string; url?: string } = {}) =>
    entriesOf(
      extractOrThrow(
        pageRecord(`<html><head><title>${options.title ?? '胃胀怎么办_某站'}</title>${options.head ?? ''}</head><body>${body}</body></html>`, { url: options.url }),
      ),
    );
  const card = '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>三甲</span> <span>消化内科</span></div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

  it("a hospital's own consultation record: label/value tables, the hospital only in masthead and footer, 回复： on every snippet", () => {
    const { page, related } = readFixturePage('genre/npfy-20931-hospital-consult.html');
    expect(page!.doctor).toEqual({ name: '郑书恒', title: '主治医师', department: '口腔科', hospital: '南屏市妇幼保健院', hospital_grade: '三级甲等' });
    expect([page!.date, page!.answer_paragraphs.length, page!.flags]).toEqual(['2022-09-05', 3, []]);
    expect(page!.answer).not.toMatch(/咨询|回复|李\*\*/);
    expect(related.map((e) => [e.question, e.date])).toEqual([
      ['孩子换牙期牙齿长歪了怎么办', '2022-08-21'],
      ['儿童龋齿需要补吗', '2022-07-30'],
      ['宝宝刷牙时牙龈出血正常吗', '2022-07-12'],
    ]);
    expect(related.every((e) => e.answer.startsWith('回复') === false && !unsure(e))).toBe(true);
  });

  it('an opening every snippet shares is a label, in whatever words; an opening only one has is its text', () => {
    const item = (n: number, text: string) => `<li><a href="/q/${n}.html">宝宝发烧第${n}天怎么办</a><p>${text}</p></li>`;
    const list = (items: string) => read(`<h1>胃胀怎么办</h1>${card}${answer}<h3>相关推荐</h3><ul>${items}</ul>`).filter((e) => e.origin === 'related');
    const shared = list([1, 2, 3].map((n) => item(n, `专家意见：宝宝发烧先物理降温，第${n}天仍高热就去医院。`)).join(''));
    expect(shared.map((e) => e.answer.slice(0, 4))).toEqual(['宝宝发烧', '宝宝发烧', '宝宝发烧']);
    const one = list(`${item(1, '注意：高热惊厥要立刻就医。')}${item(2, '宝宝发烧先物理降温。')}${item(3, '多喝水，注意休息。')}`);
    expect(one[0]!.answer).toBe('注意：高热惊厥要立刻就医。');
    const heads = list([1, 2, 3].map((n) => item(n, `病情分析：宝宝发烧第${n}天多为病毒感染。`)).join(''));
    expect(heads.every((e) => e.answer.startsWith('病情分析：'))).toBe(true);
  });

  it('a page in traditional script is read by its labels and vocabulary, and published as printed', () => {
    const body =
      '<h1>胃脹怎麼辦</h1><p>發佈日期：2021年3月5日 語音回覆</p><p>醫生：王清玉 職稱：副主任醫師 科室：消化內科 醫院：江州市人民醫院 等級：三甲</p>' +
      '<h3>醫生解答</h3><p>胃脹多與飲食有關，少吃產氣食物。</p><p>免責聲明：以上內容僅供參考，不能代替面診。</p>' +
      '<h3>相關問題</h3><ul><li><a href="/q/2.html">飯後胃脹是什麼原因</a><p>飯後胃脹多與進食過快有關，細嚼慢嚥。</p><span>語音回覆 2020/6/12</span></li>' +
      '<li><a href="https://ads.example/x" rel="nofollow sponsored">胃病到底要不要吃藥？</a><p>專家親自解答。</p><span>廣告</span></li></ul>';
    const [page, ...related] = read(body, { title: '胃脹怎麼辦_醫問' });
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任醫師', department: '消化內科', hospital: '江州市人民醫院', hospital_grade: '三甲' });
    expect([page!.question, page!.answer, page!.date, page!.format, unsure(page!)]).toEqual(['胃脹怎麼辦', '胃脹多與飲食有關，少吃產氣食物。', '2021-03-05', 'voice', false]);
    expect(related.map((e) => [e.question, e.answer, e.date, e.format])).toEqual([['飯後胃脹是什麼原因', '飯後胃脹多與進食過快有關，細嚼慢嚥。', '2020-06-12', 'voice']]);
  });

  it("a blog's author box is its card; the asker's quoted message and the editor's byline are not the answer", () => {
    const [page] = read(
      '<h1>胃胀怎么办</h1><blockquote><p>网友提问：吃完饭就胀，两个月了，请问怎么办？</p></blockquote><p>医生回复：</p>' +
        `${answer}<p>责任编辑：李晓雯</p><div><h2>作者：王清玉</h2><p>副主任医师，江州市人民医院消化内科，江州市人民医院为三级甲等医院。从医20年。</p></div>`,
      { head: '<meta property="article:published_time" content="2021-01-02T08:00:00+08:00">' },
    );
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三级甲等' });
    expect([page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], '2021-01-02', false]);
  });

  it('a card as a label/value table with spaced labels and values as printed (副主任医生, 3甲)', () => {
    const [page] = read(
      '<h1>胃胀怎么办</h1><table><tr><td>姓　名：</td><td>王清玉</td><td>职　称：</td><td>副主任医生</td></tr><tr><td>执业地点：</td><td>江州市人民医院</td><td>级　别：</td><td>3甲</td></tr><tr><td>科　室：</td><td>消化内科</td></tr></table>' +
        `${answer}<p>以上解答仅供参考。</p>`,
    );
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医生', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '3甲' });
    expect([page!.answer_paragraphs.length, page!.has_disclaimer, unsure(page!)]).toEqual([2, true, false]);
  });

  it("blocks of the site's after the answer (推荐医生, 大家都在看) are not the page's: no second card, no date of theirs", () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1><div><span>2021-02-14 22:50</span> <span>来源：健康资讯网</span></div>${card}${answer}` +
        '<div><h3>大家都在看</h3><ul><li><a href="/news/1.html">熬夜的危害</a><span>2021-11-29</span></li><li><a href="/news/2.html">喝水的学问</a><span>2020-10-02</span></li></ul></div>' +
        '<div><h3>推荐医生</h3><ul><li><a href="/d/1/">刘建国</a> <span>主任医师</span><p>江州市第二人民医院 三甲</p></li><li><a href="/d/2/">陈丽华</a> <span>主治医师</span><p>江州市中心医院 二甲</p></li></ul></div>',
    );
    expect([page!.doctor.name, page!.date, unsure(page!)]).toEqual(['王清玉', '2021-02-14', false]);
  });

  it("a 发布于 line at the page's foot, after the related list, dates the page even on a day an item shows; an item's format-and-date line there does not", () => {
    const item = (n: number, q: string, day: string) => `<div><a href="/q/${n}.html">${q}</a><span>${day}</span></div><div>${q}多与饮食有关，注意休息。</div>`;
    const page = (foot: string) =>
      read(`<h1>胃胀怎么办</h1>${card}<div>医生解答</div>${answer}<div><div>相关问答</div>${item(2, '饭后胃胀是什么原因', '2021-07-03')}${item(3, '胃胀气吃什么药', '2020-05-11')}</div><div>${foot}</div>`)[0]!;
    expect([page('发布于 2021-7-3').date, unsure(page('发布于 2021-7-3'))]).toEqual(['2021-07-03', false]);
    expect(page('图文解答 2021-07-03').date).toBe(null);
  });
});

describe('the doctor card however it is laid out', () => {
  const full = { name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' };

  it('inline parts in any order, one line with separators, or run together', () => {
    expect(parseCardParts(['王清玉', '副主任医师', '骨科', '福建省人民医院', '三甲'])).toEqual(full);
    expect(parseCardParts(['福建省人民医院', '三甲', '骨科', '王清玉', '副主任医师'])).toEqual(full);
    expect(parseDoctorCard('解答医生：王清玉 副主任医师 | 骨科 | 福建省人民医院（三甲）')).toEqual(full);
    expect(parseDoctorCard('王清玉副主任医师骨科福建省人民医院三甲')).toEqual(full);
    expect(parseDoctorCard('副主任医师 王清玉 · 福建省人民医院 骨科')).toEqual({ ...full, hospital_grade: null });
  });

  it('label and value pairs, labels apart from their values (dt/dd, th/td) or with a colon', () => {
    expect(parseCardParts(['医生', '王清玉', '职称', '副主任医师', '所在科室', '骨科', '执业医院', '福建省人民医院', '医院等级', '三甲'])).toEqual(full);
    expect(parseCardParts(['姓名：王清玉', '职称：副主任医师', '科室:骨科', '医院：福建省人民医院（三甲）'])).toEqual(full);
  });

  it('a university hospital is not a department (医科大学附属医院), a bio is not a field', () => {
    expect(parseDoctorCard('李明 主治医师 江州市医科大学附属医院 二甲')).toMatchObject({ department: null, hospital: '江州市医科大学附属医院' });
    expect(parseCardParts(['王清玉', '副主任医师', '福建省人民医院', '擅长：腰椎间盘突出、颈椎病的诊治。'])).toMatchObject({ name: '王清玉', department: null });
  });
});

describe('dates and formats as Chinese sites print them', () => {
  it('reads dates with and without time, in 年月日, and tells the answer date from the question date', () => {
    expect(readMetaLine('2022-12-16 19:48 图文解答').dates[0]!.iso).toBe('2022-12-16');
    expect(readMetaLine('2021年5月8日').dates[0]!.iso).toBe('2021-05-08');
    expect(readMetaLine('发布于 2021.05.08').dates[0]).toEqual({ iso: '2021-05-08', kind: 'answered' });
    const asked = readMetaLine('提问时间：2021-05-01 回答时间：2021-05-08');
    expect(pickMeta([asked]).date).toBe('2021-05-08');
    // The label after the date, and 时/分 for the time of day.
    expect(pickMeta([readMetaLine('张女士 2023-02-01 提问'), readMetaLine('2023-02-03 14:20 回答')]).date).toBe('2023-02-03');
    expect(readMetaLine('2023年03月05日 14时22分')).toMatchObject({ dates: [{ iso: '2023-03-05', kind: 'plain' }], metaOnly: true });
    expect(readMetaLine('5个回答').metaOnly).toBe(true);
    expect(readMetaLine('2021-05-01 回答时间：2021-05-08').dates.map((d) => d.kind)).toEqual(['plain', 'answered']);
  });

  it('reads format labels in brackets and beside the date, but not a word inside prose', () => {
    expect(readMetaLine('2023年4月24日 · 【语音】').format).toBe('voice');
    expect(readMetaLine('（视频回答）2021-5-8').format).toBe('video');
    expect(readMetaLine('可以看看图文说明，再决定要不要复查。').format).toBe('unknown');
  });
});

describe('only pages become entries', () => {
  it('a robots.txt, a JSON file and a sitemap saved as .html are rejected as not_a_page, with what they are', () => {
    for (const [file, what] of [
      ['robots.txt', 'a robots.txt'],
      ['api-answer.html', 'JSON data'],
      ['sitemap-saved-as.html', 'an XML sitemap'],
    ] as const) {
      const page = pageRecord(readFixture(`genre/saved-folder/${file}`), { url: file });
      const outcome = extractPage(page);
      expect(outcome.ok, file).toBe(false);
      if (!outcome.ok) expect(outcome.reject, file).toMatchObject({ stage: 'extract', reason: 'not_a_page', detail: `${what}, not a page of the genre` });
    }
  });

  it('the saved-page reader says why it skips a file it does not read', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'sitemap.xml'), '<urlset/>');
    writeFileSync(join(dir, 'site', 'data.json'), '{}');
    writeFileSync(join(dir, 'site', 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    const skipped: string[] = [];
    const read: string[] = [];
    for await (const item of readSavedPages([join(dir, 'site')], { relativeTo: dir, onSkip: (path, reason) => skipped.push(`${path.slice(dir.length + 1)}: ${reason}`) })) {
      if (item.kind === 'page') read.push(item.page.url);
    }
    expect(skipped).toEqual(['site/data.json: not a page file (.json)', 'site/sitemap.xml: not a page file (.xml)']);
    expect(read).toEqual(['site/robots.txt']);
  });

  it('a run over a saved folder of non-pages publishes no entry from them, and records why each was skipped or rejected', async () => {
    const out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [fixturePath('genre/saved-folder')], outDir: out, allowEmpty: true });
    const { entries, rejects, manifest } = await readDataset(out);
    expect(entries).toEqual([]);
    expect(rejects.map((r) => [r.source.split('/').pop(), r.reason, r.detail])).toEqual([
      ['api-answer.html', 'not_a_page', 'JSON data, not a page of the genre'],
      ['robots.txt', 'not_a_page', 'a robots.txt, not a page of the genre'],
      ['sitemap-saved-as.html', 'not_a_page', 'an XML sitemap, not a page of the genre'],
    ]);
    expect(manifest.stages.read.skipped_by_reason).toEqual({ 'not a page file (.json)': 3, 'not a page file (.xml)': 1 });
  });
});

describe('what fresh-7 taught the reader: other answerers, shops, figures and accepted answers', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title></head><body>${body}</body></html>`)));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';

  it('a pharmacist or nutritionist: titles with their qualifier (公共营养师, 执业药师), a pharmacy shop as the workplace', () => {
    const [page] = read(`<h1>胃胀怎么办</h1><div>答疑营养师：胡勇 <span>公共营养师</span>　所在药店：国泰药房连锁（人民广场店）</div>${answer}`);
    expect([page!.doctor, unsure(page!)]).toEqual([{ name: '胡勇', title: '公共营养师', department: null, hospital: '国泰药房连锁（人民广场店）', hospital_grade: null }, false]);
    const [other] = read(`<h1>胃胀怎么办</h1><div><p><label>答疑药师：</label>戴平 <span>执业药师</span></p><p><label>执业单位：</label>益康大药房（解放路店）</p></div>${answer}`);
    expect([other!.doctor.name, other!.doctor.title, other!.doctor.hospital]).toEqual(['戴平', '执业药师', '益康大药房（解放路店）']);
  });

  it("a community health centre's level alone (一级), a department under 部门 or named 药学部, a list under 其他用户还问了", () => {
    const [page, ...related] = read(
      `<h1>胃胀怎么办</h1><div>药师：唐晓 <span>临床药师</span>；所在单位：江州市滨江社区卫生服务中心 <em>一级</em>；部门：全科</div>${answer}` +
        '<div><h3>其他用户还问了</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
        '<li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li></ul></div>',
    );
    expect([page!.doctor, unsure(page!), related.length]).toEqual([
      { name: '唐晓', title: '临床药师', department: '全科', hospital: '江州市滨江社区卫生服务中心', hospital_grade: '一级' },
      false,
      2,
    ]);
    const [other] = read(`<h1>胃胀怎么办</h1><div><div>胡勇 <span>主管药师</span></div><div>江州市人民医院 <em>三甲</em></div><div>药学部</div></div>${answer}`);
    expect(other!.doctor.department).toBe('药学部');
  });

  it("a figure's credit or pointer caption between the paragraphs is none of the answer; a caption that is the answer's sentence is; a 温馨提示 box's heading is the disclaimer", () => {
    const figure = (caption: string) => `<figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
    const [page] = read(
      `<h1>胃胀怎么办</h1><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><div>${figure('胃胀多与饮食有关，一般有以下几种情况：')}` +
        `<p>一、少吃产气食物，细嚼慢咽。</p>${figure('▲ 图源：站酷海洛')}<p>二、饭后适当散步，帮助胃肠蠕动。</p>${figure('图片来源：网络，侵删')}${figure('（图片仅供参考）')}</div>` +
        '<div><b>温馨提示</b><p>本文仅为健康科普，不能代替医生面诊，如有不适请及时就医。</p></div>',
    );
    expect([page!.answer_paragraphs, page!.has_disclaimer, unsure(page!)]).toEqual([
      ['胃胀多与饮食有关，一般有以下几种情况：', '一、少吃产气食物，细嚼慢咽。', '二、饭后适当散步，帮助胃肠蠕动。'],
      true,
      false,
    ]);
  });

  it('a date with its label after it (2019年10月20日发布) beside a format and a read count; a list under 相关科普', () => {
    const [page, ...related] = read(
      `<h1>胃胀怎么办</h1><div><span>2019年10月20日发布</span> <span>音频解答</span> <span>32642阅读</span></div><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>${answer}` +
        '<div><h3>相关科普</h3><ul><li><a href="/q/2.html"><h4>饭后胃胀是什么原因</h4></a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
        '<li><a href="/q/3.html"><h4>胃胀气吃什么药</h4></a><p>胃胀气可在医生指导下服用促胃动力药。</p></li></ul></div>',
    );
    expect([page!.date, page!.format, related.length, unsure(page!)]).toEqual(['2019-10-20', 'voice', 2, false]);
  });

  it("of several doctors' answers, the one marked as the asker's pick (最佳答案 as text or a picture's alt) is the page's, wherever it stands", () => {
    const answerBlock = (mark: string, name: string, hospital: string, text: string, date: string) =>
      `<div>${mark}<div><a href="/d/1/">${name}</a> <span>主治医师</span> <span>消化内科</span><p>${hospital}（三甲）</p></div><div><p>${text}</p></div><div>回答时间：${date} 10:20</div></div>`;
    const page = (mark: string) =>
      read(
        '<h1>胃胀怎么办</h1><div><p>问题描述：吃完饭就胀，已经有一周了。</p><span>提问时间：2021-03-01</span></div><div><div>共3条回答</div>' +
          answerBlock('', '刘建国', '江州市第二人民医院', '建议先做个相关检查，明确原因后再对症处理。', '2021-03-02') +
          answerBlock(mark, '王清玉', '江州市人民医院', '胃胀多与饮食有关，少吃产气食物，饭后适当散步。', '2021-03-04') +
          answerBlock('', '陈丽华', '江州市中心医院', '这种情况一般不用太担心，注意观察。', '2021-03-03') +
          '</div>',
      )[0]!;
    for (const mark of ['<span>提问者采纳</span>', '<img src="/best.png" alt="最佳答案">']) {
      const p = page(mark);
      expect([p.doctor.name, p.doctor.hospital, p.answer, p.date, unsure(p)]).toEqual(['王清玉', '江州市人民医院', '胃胀多与饮食有关，少吃产气食物，饭后适当散步。', '2021-03-04', false]);
    }
    expect(unsure(page(''))).toBe(true);
  });

  it("a reviewer's card (审核, 医学审核) before the author's is not the answering doctor's", () => {
    const cardOf = (role: string, name: string, hospital: string) =>
      `<div><span>${role}</span><img src="/a.jpg" alt="${name}"><a href="/d/1">${name}</a> <span>主任医师</span><p>${hospital} <span>三甲</span> 消化内科</p></div>`;
    const [page] = read(`<h1>胃胀怎么办</h1><div>${cardOf('医学审核', '刘建国', '江州市第二人民医院')}${cardOf('作者', '王清玉', '江州市人民医院')}</div>${answer}`);
    expect([page!.doctor.name, page!.doctor.hospital, unsure(page!)]).toEqual(['王清玉', '江州市人民医院', false]);
  });

  it("a card in a side column printed after the content, under a heading naming the page's doctor (本文医生), beside 推荐医生: the answer is the text before it", () => {
    const ownCard =
      '<div><div>本文医生</div><div><img src="/a.jpg" alt="王清玉"><div><a href="/d/1/">王清玉</a> <span>主治医师</span> <span>三甲</span></div><p>江州市人民医院</p><p>消化内科</p><p>擅长：消化内科常见病的诊断与治疗</p></div></div>';
    const recommended =
      '<div><div>推荐医生</div><ul><li><a href="/d/2/">刘建国</a> <span>主任医师</span><p>江州市第二人民医院 三甲</p><p>内科</p></li><li><a href="/d/3/">陈丽华</a> <span>医师</span><p>江州市中心医院 二甲</p><p>儿科</p></li></ul></div>';
    for (const column of [ownCard + recommended, recommended + ownCard]) {
      const [page] = read(
        `<div><h1>胃胀怎么办</h1><div><span>2021-02-14 22:50</span></div>${answer}<p>以上内容仅供参考，不能代替医生面诊。</p></div>` +
          `<div>${column}</div><div>© 某站 | 本站内容由医生提供，仅供参考</div>`,
      );
      expect([page!.doctor, page!.answer_paragraphs.length, page!.date, unsure(page!)]).toEqual([
        { name: '王清玉', title: '主治医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' },
        2,
        '2021-02-14',
        false,
      ]);
    }
  });

  it('off-site items kept in a related list (as many as the site\'s own) make the page entry unsure of its list', () => {
    const card = '<div><span>王清玉</span> <span>副主任医师</span> <span>江州市人民医院</span> <span>三甲</span> <span>消化内科</span></div>';
    const list = (items: string) =>
      entriesOf(
        extractOrThrow(
          pageRecord(`<html><head><title>胃胀怎么办_某站</title></head><body><h1>胃胀怎么办</h1>${card}${answer}<h3>相关问答</h3><ul>${items}</ul></body></html>`, {
            url: 'https://www.wenda.example/q/1.html',
          }),
        ),
      );
    const own = '<li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li><li><a href="/q/3.html">胃胀气吃什么药</a><p>可在医生指导下用药。</p></li>';
    const ad = (n: number) => `<li><a href="https://ads${n}.example/x">胃胀调理方法${n}</a><p>专家教你一招。</p></li>`;
    expect(unsure(list(`${own}${ad(1)}${ad(2)}`)[0]!)).toBe(true);
    expect(unsure(list(`${own}${ad(1)}`)[0]!)).toBe(false);
  });

  it("an app's H5 export: custom elements (<uni-view>) are blocks, items carry their address in data-href with no <a>, a player line ▶ 58″ 语音解答", () => {
    const view = (inner: string, attrs = '') => `<uni-view data-v-1a2b${attrs}>${inner}</uni-view>`;
    const text = (t: string) => `<uni-text data-v-1a2b><span>${t}</span></uni-text>`;
    const item = (attr: string, path: string, q: string, snippet: string) => view(`${view(text(q))}${view(text(snippet))}`, ` ${attr}="${path}"`);
    const [page, ...related] = read(
      view(
        view(text('胃胀怎么办'), ' style="font-weight:bold"') +
          view(text('2021-02-14 22:50') + text(' · 1523次浏览')) +
          view(view(`${text('王清玉')}${text('副主任医师')}`) + view(`${text('江州市人民医院')}${text('三甲')}`) + view(text('消化内科'))) +
          view(`${text('▶')}${text('58″')}${text('语音解答')}`) +
          view(view(text('胃胀多与饮食有关，少吃产气食物。')) + view(text('饭后适当散步，帮助胃肠蠕动。'))) +
          view(text('相关问题')) +
          view(item('data-href', '/q/2.html', '饭后胃胀是什么原因', '饭后胃胀多与进食过快有关，细嚼慢咽。') + item('data-path', '/pages/qa/detail?id=3', '胃胀气吃什么药', '胃胀气可在医生指导下服用促胃动力药。')),
      ),
    );
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
    expect([page!.answer_paragraphs, page!.date, page!.format, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], '2021-02-14', 'voice', false]);
    expect(related.map((e) => [e.question, e.url])).toEqual([
      ['饭后胃胀是什么原因', '/q/2.html'],
      ['胃胀气吃什么药', '/pages/qa/detail?id=3'],
    ]);
  });

  it('a reader view: one <article> of <p>s, labels in English or Chinese, a Q: line, English dates and formats, items as three <p>s under Related', () => {
    const body = (q: string) =>
      `<article>${q}<p>Published: May 6, 2023</p><p>Format: Voice answer</p><p>Doctor: 王清玉（副主任医师）</p><p>科室：消化内科</p><p>Hospital: 江州市人民医院 [三甲]</p>` +
      `<p><b>Answer:</b></p>${answer}<p><i>Disclaimer: for reference only, not a substitute for medical advice.</i></p>` +
      '<p><b>Related questions</b></p><p><a href="/q/2.html">饭后胃胀是什么原因</a></p><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p><p>Text answer · 2021-05-18</p>' +
      '<p><a href="/q/3.html">胃胀气吃什么药</a></p><p>胃胀气可在医生指导下服用促胃动力药。</p><p>Video · 13 Jan 2021</p></article>';
    for (const q of ['<h1>胃胀怎么办</h1>', '<p><b>Q: </b>胃胀怎么办</p>']) {
      const [page, ...related] = read(body(q));
      expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
      expect([page!.question, page!.answer_paragraphs.length, page!.date, page!.format, page!.has_disclaimer, unsure(page!)]).toEqual(['胃胀怎么办', 2, '2023-05-06', 'voice', true, false]);
      expect(related.map((e) => [e.question, e.format, e.date])).toEqual([
        ['饭后胃胀是什么原因', 'text', '2021-05-18'],
        ['胃胀气吃什么药', 'video', '2021-01-13'],
      ]);
    }
  });

  it("a product card (price, 加入购物车) inside or after the answer is none of it, and product links are no related items", () => {
    const product = '<div><a href="/goods/1.html"><img src="/g.jpg" alt="蒙脱石散"><p>蒙脱石散</p><p>规格：3g*10袋</p><p>¥23.50</p></a><button>加入购物车</button></div>';
    const [page, ...related] = read(
      `<h1>胃胀怎么办</h1><div>王清玉 主管药师 江州市人民医院 药剂科</div><div><p>胃胀多与饮食有关，少吃产气食物。</p>${product}<p>饭后适当散步，帮助胃肠蠕动。</p></div>${product}` +
        '<h3>相关问题</h3><ul><li><a href="/goods/2.html">布洛芬缓释胶囊 0.3g*20粒</a><p>热销</p><span>¥22.40</span></li>' +
        '<li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p><span>2020.06.12</span></li>' +
        '<li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p><span>2021.03.16</span></li></ul>',
    );
    expect([page!.answer_paragraphs, page!.doctor.title, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], '主管药师', false]);
    expect(related.map((e) => [e.question, e.date])).toEqual([
      ['饭后胃胀是什么原因', '2020-06-12'],
      ['胃胀气吃什么药', '2021-03-16'],
    ]);
  });
});

describe('what fresh-8 taught the reader: relative dates, articles around an answer, chats', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>膝盖疼怎么办_某站</title></head><body>${body}</body></html>`)));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const card = '<div><b>李建华</b> <span>主治医师</span> <span>骨科</span> <span>江州市人民医院 三甲</span></div>';
  const answer = '<div><p>膝盖疼多与劳损有关，先减少爬楼和久站。</p><p>疼痛明显时可以冷敷，必要时拍片检查。</p></div>';
  const item = (n: number, when: string) => `<li><a href="/q/${n}.html">膝盖响是什么原因${n}</a><p>膝盖响多数是生理性的，不伴疼痛不用担心。</p>${when}</li>`;

  it('a date printed relative (5天前) is the absolute date its title, datetime or data-* attribute prints; without one it stays null', () => {
    const page = (when: string, items: string) => read(`<h1>膝盖疼怎么办</h1>${card}<div>专家解答 ${when}</div>${answer}<h3>相关问答</h3><ul>${items}</ul>`);
    const [dated, ...related] = page(
      '<small title="2021/08/03 09:15">5天前</small>',
      item(2, '<abbr title="2021年7月9日">3周前</abbr>') + item(3, '<i data-date="2020-12-30">半年前</i>') + item(4, '<span>昨天 18:20</span>'),
    );
    expect([dated!.answer_paragraphs.length, dated!.date, unsure(dated!)]).toEqual([2, '2021-08-03', false]);
    expect(related.map((e) => e.date)).toEqual(['2021-07-09', '2020-12-30', null]);
    // Nothing absolute beside it (an epoch count is no printed date): no date, and the label's line is still no part of the answer.
    const [bare] = page('<span data-ts="1627953300">5天前</span>', item(2, '<span>3周前</span>'));
    expect([bare!.answer_paragraphs.length, bare!.date]).toEqual([2, null]);
  });

  // A health article that publishes a reader's question and a doctor's answer.
  const article = (parts: { heading?: string; byline?: string; signature?: string; close?: string; list?: string } = {}) =>
    entriesOf(
      extractOrThrow(
        pageRecord(
          '<html><head><title>膝盖疼怎么办？骨科医生来支招_健康版_晚报</title></head><body><section>' +
            `<h1>${parts.heading ?? '膝盖疼怎么办？骨科医生来支招'}</h1><p>${parts.byline ?? '<span>责任编辑：周蓓</span> <span>来源：晚报</span> <span>2021年4月7日 08:30</span>'}</p>` +
            '<p>天气转凉，不少中老年人膝盖开始不舒服。</p><p>我们请来骨科医生回答读者的问题。</p><p><strong>读者提问：</strong>膝盖疼怎么办</p>' +
            `<div class="quote">${answer}</div><p>${parts.signature ?? '——李建华 主治医师，江州市人民医院（三甲）骨科'}</p>` +
            `${parts.close ?? '<p>小编提醒：天冷注意膝盖保暖，不适及时就诊。</p><p>（编辑：周蓓）</p>'}</section>${parts.list ?? ''}</body></html>`,
          { url: 'https://www.wanbao.example/wenda/881.html' },
        ),
      ),
    );

  it("a signature after the answer (——name title，hospital（grade）department) is the card; the site's closing reminder and the editor's credit after it are none of the answer", () => {
    const [page] = article();
    expect(page!.doctor).toEqual({ name: '李建华', title: '主治医师', department: '骨科', hospital: '江州市人民医院', hospital_grade: '三甲' });
    expect(page!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和久站。', '疼痛明显时可以冷敷，必要时拍片检查。']);
    // The reminder as a box: its heading alone, its text under it.
    const [boxed] = article({ close: '<div><b>专家提醒</b><p>天冷注意膝盖保暖，不适及时就诊。</p></div><p>(责任编辑：周蓓)</p>' });
    expect(boxed!.answer_paragraphs).toHaveLength(2);
    // An editor's credit in brackets closes an answer under its card too.
    expect(read(`<h1>膝盖疼怎么办</h1>${card}${answer}<p>（责任编辑：周蓓）</p>`)[0]!.answer_paragraphs).toHaveLength(2);
  });

  it("an article's heading that adds a teaser to the question (…怎么办？骨科医生来支招): the question is the line that labels it (读者提问：)", () => {
    expect(article()[0]!.question).toBe('膝盖疼怎么办');
    // A heading that is the question and says more without a break is the question as it stands.
    expect(read(`<h1>膝盖疼怎么办</h1>${card}<p>读者提问：膝盖疼</p>${answer}`)[0]!.question).toBe('膝盖疼怎么办');
  });

  it("the date of an article's byline (编辑, 来源 and the date under its heading) is the answer's where nothing nearer dates it", () => {
    const [page] = article();
    expect([page!.date, unsure(page!)]).toEqual(['2021-04-07', false]);
    // A date beside the answer comes first.
    expect(article({ signature: '——李建华 主治医师，江州市人民医院（三甲）骨科　2021-04-09' })[0]!.date).toBe('2021-04-09');
    expect(article({ byline: '<span>文/编辑：周蓓</span> <span>来源：晚报</span>' })[0]!.date).toBe(null);
    expect(article({ byline: '<span>文/编辑：周蓓</span> <span>提问时间：2021-04-01</span>' })[0]!.date).toBe(null);
  });

  it.each(['延伸阅读', '大家都在看'])("a reading list (%s) whose items are the page's siblings (/wenda/ beside /wenda/) is the related list; one of articles elsewhere is not", (label) => {
    const list = (base: string) =>
      `<div><h3>${label}</h3><ul>${[2, 3].map((n) => `<li><a href="${base}${n}.html">膝盖响是什么原因${n}</a><p>膝盖响多数是生理性的，不伴疼痛不用担心。</p></li>`).join('')}</ul></div>`;
    const [page, ...related] = article({ list: list('/wenda/') });
    expect([related.map((e) => e.url), unsure(page!)]).toEqual([['https://www.wanbao.example/wenda/2.html', 'https://www.wanbao.example/wenda/3.html'], false]);
    expect(article({ list: list('/news/2021/') })).toHaveLength(1);
  });

  it("a signature closing the answer, then a further-reading list of other pages with their summaries: the answer is before the signature, the summaries none of it", () => {
    const item = (n: number, text: string) => `<li><a href="https://other.example/q/${n}.html">老人膝盖疼怎么回事${n}</a><br>${text}</li>`;
    const [page] = read(
      '<h2>膝盖疼怎么办</h2><div>发布时间：2023/04/15 21:04　来源：骨科　点击数：2242</div>' +
        `<div><p>膝盖疼多与劳损有关，先减少爬楼和久站。</p><p>疼痛明显时可以冷敷，必要时拍片检查。</p><p style="text-align:right">——骨科主治医师 李建华</p></div>` +
        `<div><h3>相关阅读</h3><ul>${item(2, '膝盖疼多数与退变有关，可以先完善膝关节核磁等检查。')}${item(3, '膝盖疼多数与劳损有关，注意休息，一般几天就能缓解。')}</ul></div>`,
    );
    expect([page!.answer_paragraphs, page!.doctor.name]).toEqual([['膝盖疼多与劳损有关，先减少爬楼和久站。', '疼痛明显时可以冷敷，必要时拍片检查。'], '李建华']);
  });

  it("a chat whose turns carry their time after the speaker: the doctor's turns joined are the answer, dated by their day; the asker's turns, the chat's heading and the description's date are none of it", () => {
    const turn = (who: string, time: string, text: string) => `<li><p><em>${who}</em> <i>${time}</i></p><p>${text}</p></li>`;
    const [page, ...related] = read(
      `<h1>膝盖疼怎么办</h1>${card}<div><strong>病情描述：</strong>爬楼时膝盖疼，已经两周了。<span>2022-03-04 18:00</span></div>` +
        '<div><div>在线问诊</div><ul>' +
        turn('李建华医生', '2022-03-05 20:11', '膝盖疼多与劳损有关，先减少爬楼和久站。') +
        turn('我', '2022-03-05 20:13', '需要拍片吗？') +
        turn('李建华', '2022-03-05 20:15', '疼痛明显时可以冷敷，必要时拍片检查。') +
        turn('我', '2022-03-05 20:16', '好的，谢谢医生。') +
        '</ul></div><div><h3>相关问诊记录</h3><ul>' + item(2, '<span>2021-11-02</span>') + item(3, '<span>2021-12-09</span>') + '</ul></div>',
    );
    expect([page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual([['膝盖疼多与劳损有关，先减少爬楼和久站。', '疼痛明显时可以冷敷，必要时拍片检查。'], '2022-03-05', false]);
    expect(related.map((e) => e.date)).toEqual(['2021-11-02', '2021-12-09']);
  });
});
