import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on related lists of bare linked questions, 追问 rounds and several authors' answers' days.
 * What fresh-48 (and fresh-47's babytree-ask) taught the genre reader: link-only related lists, 追问 rounds, several answers' days.
 */

const URL = 'https://www.wenyi.example/qa/50321.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title><link rel="canonical" href="${URL}"></head><body>${body}</body></html>`;
const entries = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('a related list of bare linked questions: the page entry’s related links, no entries', () => {
  const QUESTION = '孩子晚上磨牙是什么原因';
  const ANSWER = ['磨牙多和白天过度兴奋、睡前吃得太饱或者有肠道寄生虫有关。', '睡前避免剧烈玩耍，如果持续磨牙，建议到口腔科看看牙齿咬合。'];
  const LINKED = ['小孩磨牙要不要补钙', '睡觉磨牙会影响牙齿吗？', '磨牙和肚子里有虫有关系吗'];
  const answer = `<h1>${QUESTION}</h1><div class="doc"><b>蒋文华</b> 主治医师 临江市儿童医院 口腔科</div>${ps(ANSWER)}<div>回复时间 2021-06-18</div>`;
  const page = (list: string) => html(`${QUESTION}_问医生`, `${answer}${list}<div class="ft">本站信息仅供参考</div>`);

  it('questions linked each with its count of answers (`12条回答`) under 网友还问了', () => {
    const list = `<section><h4>网友还问了</h4><ol>${LINKED.map((q, i) => `<li><a href="/qa/${50400 + i}.html">${q}</a><i>${12 + i}条回答</i></li>`).join('')}</ol></section>`;
    const found = entries(page(list));
    const own = found.find((e) => e.origin === 'page')!;
    expect(own.related_urls).toEqual(LINKED.map((_, i) => `https://www.wenyi.example/qa/${50400 + i}.html`));
    expect(own.flags).not.toContain('unsure_reading');
    expect(found.filter((e) => e.origin === 'related')).toEqual([]);
  });

  it('questions linked each with its day, as rows of a table under 相关问题', () => {
    const list = `<div><p class="hd">相关问题</p><table>${LINKED.map((q, i) => `<tr><td><a href="/qa/${50500 + i}.html">${q}</a></td><td>2020-0${i + 1}-11</td></tr>`).join('')}</table></div>`;
    const own = entries(page(list)).find((e) => e.origin === 'page')!;
    expect(own.related_urls).toEqual(LINKED.map((_, i) => `https://www.wenyi.example/qa/${50500 + i}.html`));
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('titles that ask nothing (an article list under the label) are not taken for related questions', () => {
    const list = `<div><p class="hd">相关推荐</p><ul>${['儿童口腔保健指南', '夜磨牙的成因与对策', '牙齿咬合的发育'].map((t, i) => `<li><a href="/art/${i}.html">${t}</a><span>2020-01-0${i + 1}</span></li>`).join('')}</ul></div>`;
    const own = entries(page(list)).find((e) => e.origin === 'page')!;
    expect(own.related_urls).toEqual([]);
  });
});

describe('the asker’s follow-up run into its head and worded as a question ends the doctor’s first answer', () => {
  const QUESTION = '宝宝发烧38度5需要吃退烧药吗';
  const ANSWER = ['38.5度以上可以按体重服用布洛芬混悬液，两次用药间隔至少6小时。', '多喝水，注意观察精神状态，持续发热超过三天要到儿科就诊。'];
  const page = (round: string) =>
    html(
      `${QUESTION}-在线问诊`,
      `<h1>${QUESTION}</h1><div class="who">女 1岁 2022-03-14</div><article><header><strong>沈嘉怡</strong> 副主任医师 · 安平市妇幼保健院 儿科</header>${ps(ANSWER)}<footer>2022-03-14 20:05</footer></article>
<dl class="more">${round}</dl>`,
    );

  it('`用户追问：…吗？` and the doctor’s reply under it are none of the answer', () => {
    const own = entries(page('<dt>用户追问：那退烧以后还能打疫苗吗？</dt><dd>答复：退烧满三天后可以接种。</dd><dd>2022-03-15</dd>')).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-03-14');
  });

  it('so is `继续追问：…？` over a second round', () => {
    const rounds = '<dt>继续追问：晚上睡觉出汗多是怎么回事？</dt><dd>这个是退烧药的作用，不用担心。</dd><dt>继续追问：要不要用物理降温？</dt><dd>可以温水擦浴。</dd>';
    expect(entries(page(rounds)).find((e) => e.origin === 'page')!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('of several authors’ answers listed alike, the days in the others’ items are theirs, not the doctor’s answer’s', () => {
  const QUESTION = '脸上长痘痘反复发作怎么办';
  const ANSWER = ['反复长痘多与皮脂分泌旺盛、毛囊角化异常和痤疮丙酸杆菌有关。', '建议外用阿达帕林凝胶，少吃甜食和油炸食物，严重时到皮肤科就诊。'];
  const reply = (who: string, line: string, text: readonly string[], day: string) =>
    `<section class="reply"><div class="author"><span class="nick">${who}</span><em>${line}</em></div><div class="body">${ps(text)}</div><time>${day}</time><span>点赞 12</span></section>`;
  const member = reply('爱生活的小王', '美妆博主', ['我也长过，后来换了洗面奶就好多了，大家可以试试。'], '2022-08-01');
  const doctor = reply('孟晓东', '北城市人民医院 皮肤科 副主任医师', ANSWER, '2022-08-03');
  const later = reply('阿花', '', ['坚持早睡早起很重要，熬夜就爆痘。'], '2022-08-05');
  const page = (items: string) => html(`${QUESTION} - 问答社区`, `<h1>${QUESTION}</h1><p>3个回答</p><div class="replies">${items}</div>`);

  it('a member’s answer with its day before the doctor’s: the doctor’s day, unflagged', () => {
    const own = entries(page(member + doctor)).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-08-03');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the next author’s item, a nickname in plain text over their words, ends the doctor’s answer', () => {
    const own = entries(page(doctor + later)).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-08-03');
  });
});
