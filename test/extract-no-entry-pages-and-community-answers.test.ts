import { describe, expect, it } from 'vitest';
import { extractItem, newExtractStats } from '../src/extract/stage.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on pages with no Q&A of their own (search results, removed questions, login walls), a community Q&A, an article split over pages and a short-video transcript.
 * What the blind split fresh-21 taught the genre reader, each rule on a small page of its own.
 */

const html = (title: string, body: string, head = '') => `<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const URL = 'https://www.example-wenyi.cn/q/1.html';
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
/** What the extract stage makes of a page: its entries, or the reject and why. */
const staged = (page: string) => extractItem({ kind: 'page', page: pageRecord(page, { url: URL }) }, { now: new Date(0) }, newExtractStats());

const card = '<div><b>陈思远</b> 主治医师 滨海市第一医院 三甲 骨科</div>';
const answer = '<p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p>';
const paragraphs = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
const item = (n: number, q: string, snippet = `${q.replace(/[？?]$/u, '')}多与劳损有关，注意休息，必要时就医。`) => `<li><a href="/q/${n}.html">${q}</a><p>${snippet}</p></li>`;
const feed = (head: string) => `<div><h3>${head}</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因')}${item(3, '膝关节积液怎么治疗')}${item(4, '半月板损伤要手术吗')}</ul></div>`;
const related = feed('相关问题');

describe('pages that hold no Q&A of their own give no entry and no related items', () => {
  const result = (n: number, q: string, doctor: string) => `<li><h3><a href="/q/${n}.html"><em>膝盖疼</em>${q}</a></h3><div>${doctor}</div><p><em>膝盖疼</em>多与劳损有关，先减少爬楼和深蹲…</p><div><span>2022-03-08</span> <span>12人觉得有用</span></div></li>`;
  const results = `<ul>${result(1, '怎么办', '陈思远 主治医师 · 骨科 · 滨海市第一医院')}${result(2, '是什么原因', '王建国 主任医师 · 骨科 · 滨海市人民医院')}</ul>`;

  it("a site's search results page, even for the whole question with its own doctor's card first: no entry, the results no items, and the reject says why", () => {
    for (const [title, count] of [
      ['“膝盖疼怎么办”的搜索结果 - 问医网', '共找到 36 条与“膝盖疼怎么办”相关的问答'],
      ['问医网', '找到约 1,230 条结果'],
    ]) {
      const page = html(title!, `<form action="/search"><input name="q" value="膝盖疼怎么办"><button>搜索</button></form><div>${count}</div>${results}<div><a href="/search?q=x&page=2">下一页</a></div>`);
      expect(read(page)).toEqual([]);
      const out = staged(page);
      expect(out.kind === 'reject' && [out.reject.reason, out.reject.detail.startsWith('no Q&A of its own: a search results page')]).toEqual(['no_entries', true]);
    }
    // A question page with the site's search box and 热门搜索 beside it, and a count of what its list found below the answer, is still read.
    const searchBox = '<form action="/search"><input name="q" placeholder="搜索问题"><button>搜索</button></form><div><h4>热门搜索</h4><ol><li><a href="/search?q=a">宝宝发烧怎么办</a></li><li><a href="/search?q=b">失眠多梦</a></li></ol></div>';
    const [page] = read(html('膝盖疼怎么办_问医网', `${searchBox}<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08</div><div>${answer}</div><p>共找到 3 条相关问答</p>${related}`));
    expect(page!.answer_paragraphs).toEqual(paragraphs);
  });

  it('a search that found nothing, with the site\'s popular Q&As beside it: no entry, no items', () => {
    expect(read(html('问医网', `<p>抱歉，没有找到与“膝盖疼怎么办”相关的问答</p>${feed('热门问答')}`))).toEqual([]);
  });

  it('a notice served with 200 where the question was (deleted, under review, not found, blocked), whatever the title says: no entry, and its feed no items', () => {
    for (const notice of ['该问题已被删除', '抱歉，您访问的页面不存在或已被删除', '内容审核中，暂时无法查看', '根据相关法律法规和政策，该内容已被屏蔽']) {
      const page = html('膝盖疼怎么办_问医网', `<div><a href="/">首页</a> &gt; 问题详情</div><div><img src="/empty.png" alt="提示"><p>${notice}</p><a href="/">返回首页</a></div>${feed('为您推荐')}`);
      expect(read(page)).toEqual([]);
      const out = staged(page);
      expect(out.kind === 'reject' && out.reject.detail.startsWith('no Q&A of its own: a notice')).toBe(true);
    }
    // Another answer deleted beside the doctor's: the doctor's is the page's.
    const [page, ...items] = read(html('膝盖疼怎么办_问医网', `<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08</div><div>${answer}</div><div>其他回答</div><p>该回答已被删除</p>${related}`));
    expect([page!.answer_paragraphs, page!.date, items.length]).toEqual([paragraphs, '2022-03-08', 3]);
  });

  it("the doctor's answer withdrawn under the still-shown question and card: no entry", () => {
    expect(read(html('膝盖疼怎么办_问医网', `<h1>膝盖疼怎么办</h1><div>张** 提问于 2022-03-06</div>${card}<p>该回答已被医生撤回</p>${feed('大家都在看')}`))).toEqual([]);
  });

  it('a question page behind a login wall: the question, the asker and who answered are shown, the answer is not: no entry, locked snippets no items', () => {
    const locked = `<div><h3>相关问题</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>🔒 登录后查看回答</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>🔒 登录后查看回答</p></li></ul></div>`;
    for (const lock of ['登录后查看医生回答', '该回答仅对注册用户开放，请先登录或注册']) {
      const page = html('膝盖疼怎么办_问医网', `<h1>膝盖疼怎么办</h1><div>张** 女 35岁 提问于 2022-03-06</div><div>问题描述：爬楼后膝盖疼，休息后好转，需要做什么检查？</div><div>已有 2 位医生回答</div><ul><li>${card}</li><li><b>王建国</b> 主任医师 滨海市人民医院</li></ul><div><span>🔒</span> <span>${lock}</span></div>${locked}`);
      expect(read(page)).toEqual([]);
      expect(staged(page).kind === 'reject' && (staged(page) as { reject: { detail: string } }).reject.detail).toContain('the answer is behind a login');
    }
    // A preview cut by a login wall is the answer as the page shows it.
    const [walled] = read(html('膝盖疼怎么办_问医网', `<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08</div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。疼痛持续两周以上…</p></div><div>剩余 60% 内容，登录后查看</div>${related}`));
    expect(walled!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。疼痛持续两周以上…']);
  });
});

describe("a community Q&A page: the certified doctor's answer among members' answers", () => {
  const member = (nick: string, rank: string, day: string, line: string, badge = '') =>
    `<div>${badge ? `<span>${badge}</span>` : ''}<div><span>${nick}</span> <span>${rank}</span> <span>${day}</span></div><div><p>${line}</p></div><div>赞 12 · 评论 3</div></div>`;
  const doctor = `<div><div><span>医生认证</span>${card}</div><div>回答于 2022-03-08</div><div>${answer}</div><div>赞 88 · 评论 5</div></div>`;
  const question = '<h1>膝盖疼怎么办</h1><div>老张 提问于 2022-03-06 · 浏览 2.3万 次</div><div>共3条回答</div>';

  it("the page's answer is the doctor's, with the doctor's day, though a member's answer is accepted and shown first and another follows", () => {
    const body = `${question}${member('快乐的小鱼', '知道达人', '2022-03-07', '多喝热水，早点睡觉，过几天应该就好了。', '提问者采纳')}${doctor}${member('热心网友', 'LV5', '2022-03-10', '建议去正规医院检查一下，网上说的都只能参考。')}${related}`;
    const [page] = read(html('膝盖疼怎么办_百问知道', body));
    expect([page!.answer_paragraphs, page!.date, page!.doctor.name, page!.flags.includes('unsure_reading')]).toEqual([paragraphs, '2022-03-08', '陈思远', false]);
  });

  it('so too where the doctor answers first under 专业回答 and the members under 其他2条回答', () => {
    const body = `${question}<div><h3>专业回答</h3>${doctor}</div><div><h3>其他2条回答</h3>${member('匿名用户', '采纳率71%', '2022-03-11', '这个得看具体情况，最好还是找专业的医生面诊。', '提问者采纳')}</div>${related}`;
    const [page] = read(html('膝盖疼怎么办_百问知道', body));
    expect([page!.answer_paragraphs, page!.date]).toEqual([paragraphs, '2022-03-08']);
  });

  it('a related snippet after a 推荐答案： label is the text after it', () => {
    const list = `<div><h3>其他类似问题</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因', '<span>推荐答案：</span>多与髌骨软化有关，注意休息。')}${item(3, '膝关节积液怎么治疗', '<span>最佳答案：</span>少量积液可以自行吸收。')}</ul></div>`;
    const [, ...items] = read(html('膝盖疼怎么办_百问知道', `${question}${doctor}${list}`));
    expect(items.map((i) => i.answer_paragraphs[0])).toEqual(['多与髌骨软化有关，注意休息。', '少量积液可以自行吸收。']);
  });
});

describe('an article split over pages, only page 1 served', () => {
  it("the answer is page 1's paragraphs, flagged as a part: the pager and the next page's teaser end it; an info line opening with 文章来源： dates it", () => {
    const pager = '<div><span>第1页/共3页</span> <span>上一页</span> <span>1</span> <a href="/q/1_2.html">2</a> <a href="/q/1_3.html">3</a> <a href="/q/1_2.html">下一页</a> <a href="/q/1_3.html">尾页</a></div>';
    const teaser = '<div>下一页：<a href="/q/1_2.html">术后康复要循序渐进…</a></div>';
    const body = `<h1>膝盖疼怎么办</h1><div>文章来源：本站原创　作者：陈思远　2022/03/08　浏览：1523</div>${card}<div>${answer}</div>${pager}${teaser}<p>本文仅供参考，不能代替面诊。</p>${related}`;
    const [page, ...items] = read(html('膝盖疼怎么办（1）_健康网', body));
    // The rest of the answer is on the other pages: the entry says it holds a part (a list's bare pager, 上一页 1 2 3 下一页, says nothing of the kind).
    expect([page!.answer_paragraphs, page!.date, items.length, page!.flags.includes('unsure_reading')]).toEqual([paragraphs, '2022-03-08', 3, true]);
    const listPager = '<div><a href="?p=0">上一页</a> <span>1</span> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a></div>';
    const [whole] = read(html('膝盖疼怎么办（1）_健康网', `<h1>膝盖疼怎么办</h1><div>文章来源：本站原创　作者：陈思远　2022/03/08　浏览：1523</div>${card}<div>${answer}</div>${listPager}<p>本文仅供参考，不能代替面诊。</p>${related}`));
    expect([whole!.answer_paragraphs, whole!.flags.includes('unsure_reading')]).toEqual([paragraphs, false]);
  });
});

describe('a short-video page: the transcript is the answer, the format video', () => {
  const player = '<div><video src="https://cdn.example.cn/v/1.mp4" controls></video><span>01:05</span> <span>7.1万次播放</span></div>';
  const uploader = `<div><img src="/a.jpg" alt=""><b>陈思远</b><span title="认证">✓</span><p>滨海市第一医院 三甲 骨科 主治医师</p><p>粉丝 4.2万 · 获赞 6.9万</p></div>`;
  const meta = '<div>发布于 2022-03-08 09:45</div><div><span>👍 1.8万</span> <span>⭐ 2476</span> <span>分享 916</span></div>';
  const caption = '<p>医生讲解：膝盖疼怎么办？ <a href="/tag/1">#膝关节#</a> <a href="/tag/2">#健康科普</a></p>';
  const comments = '<div><h3>评论 (12)</h3><ul><li><span>李同学</span><p>讲得很清楚，收藏了</p><span>2022-03-09</span></li></ul></div>';

  it('subtitles after their start times (a span, a [0:12] seek link), the player above the heading, counters, caption and the AI note none of the answer', () => {
    const cues = [
      `<p><span class="ts">00:02</span> ${paragraphs[0]}</p><p><span class="ts">00:09</span> ${paragraphs[1]}</p>`,
      `<div><a href="javascript:seek(2)">[0:02]</a><span>${paragraphs[0]}</span></div><div><a href="javascript:seek(9)">[0:09]</a><span>${paragraphs[1]}</span></div>`,
    ];
    for (const transcript of cues) {
      const body = `${player}${uploader}<h1>膝盖疼怎么办？</h1>${caption}${meta}<div><h3>字幕</h3>${transcript}<p>字幕由AI生成，仅供参考</p></div>${comments}${related}`;
      const [page] = read(html('膝盖疼怎么办？ - 健康号视频', body));
      expect([page!.answer_paragraphs, page!.format, page!.date, page!.flags.includes('unsure_reading')]).toEqual([paragraphs, 'video', '2022-03-08', false]);
    }
  });

  it('one subtitle, on a page that shows a video, is read without its start time; times of day opening the lines of an answer elsewhere (a schedule) stay', () => {
    const [page] = read(html('膝盖疼怎么办？ - 健康号视频', `${player}<h1>膝盖疼怎么办？</h1>${uploader}${meta}<div><h3>字幕</h3><p><span>00:01</span> ${paragraphs[0]}</p></div>${related}`));
    expect(page!.answer_paragraphs).toEqual([paragraphs[0]]);
    const schedule = ['07:00 起床后空腹抽血，前一晚十点后不要进食。', '12:00 午饭后休息半小时再复查。'];
    const [plain] = read(html('空腹抽血要注意什么_问医网', `<h1>空腹抽血要注意什么</h1>${card}<div>2022-03-08</div><div>${schedule.map((p) => `<p>${p}</p>`).join('')}</div>${related}`));
    expect(plain!.answer_paragraphs).toEqual(schedule);
  });
});
