import { describe, expect, it } from 'vitest';
import { isTipPrompt } from '../src/extract/words/tip-prompt.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { selfIntroCard } from '../src/extract/card/card-sentences.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * fresh-101's rules read on pages of other sites (review pages): where each must not fire — a doctor's sentence of advice
 * holding 支持我们 / 鼓励我们, a category's other articles, an answer's own `Listen` or `Comments` line, a reply's
 * self-introduction going on with the patient's case, a quote the doctor opens with, an advert's 刊登 day, a record of
 * readings dated day/month/year.
 */
const page = (body: string, title = '问答') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><header><a href="/">健康生活网</a> <a href="/ask/">问医生</a></header><main><article>${body}</article></main><footer>© 2023 健康生活网</footer></body></html>`, { url: 'saved-page.html' }))).find(
    (e) => e.origin === 'page',
  )!;
const ps = (...xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('');

describe('a tip prompt', () => {
  it('is no sentence of advice to support or encourage "us" (我们)', () => {
    expect(isTipPrompt('喜欢这篇文章吗？ 用实际行动支持创作者！')).toBe(true);
    expect(isTipPrompt('觉得有帮助吗？鼓励一下作者')).toBe(true);
    expect(isTipPrompt('觉得孩子坚持不下去的话，多鼓励我们的小病人。')).toBe(false);
    expect(isTipPrompt('喜欢甜食的话，支持我们推荐的代糖点心。')).toBe(false);
  });
});

describe('a list of someone’s other articles', () => {
  it('is headed by a writer or publisher, not by a category of the site', () => {
    expect(isRelatedLabel('張慧君醫師的診間筆記 的其他文章')).toBe(true);
    expect(isRelatedLabel('更多華人健康網的文章')).toBe(true);
    expect(isRelatedLabel('王医师的更多文章')).toBe(true);
    expect(isRelatedLabel('生活旅遊 的其他文章')).toBe(false);
    expect(isRelatedLabel('更多母婴好物的文章')).toBe(false);
  });
});

describe('a reply opening with the doctor’s self-introduction', () => {
  it('is no column’s card where what follows speaks of the patient, however often (每周)', () => {
    expect(selfIntroCard('我是陈思远，上海儿童医学中心儿科主治医师。孩子每周都复发，说明保湿做得还不够。')).toBeNull();
    expect(selfIntroCard('我是王明，梅奥诊所皮肤科助理教授。这份通讯每周回答一位读者的健康问题，欢迎来信。')).not.toBeNull();
  });
});

describe('an advert’s 刊登 day', () => {
  it('labels no publishing day', () => {
    expect(readMetaLine('原文刊登於2023/05/06').dates[0]).toMatchObject({ kind: 'answered' });
    expect(readMetaLine('广告刊登 2023-01-01 起 每月优惠').dates.every((d) => d.kind !== 'answered')).toBe(true);
  });
});

describe('an answer’s own lines', () => {
  const byline = '<h1>运动后肌肉酸痛怎么办？</h1><div class="byline">运动医学科 周晓 主治医师 北京积水潭医院 2023-03-02</div>';
  it('keeps a bare English word the doctor writes (`Listen`), and goes on after a lone `Comments`', () => {
    const listen = ['运动后肌肉酸痛一般在48小时内最明显，属于正常反应，不需要吃止痛药。', 'Listen', '这是我常对病人说的一个词：听身体的话，疼得厉害就休息一天。', '适当拉伸、热敷和充足睡眠有助于恢复。'];
    expect(page(byline + ps(...listen)).answer_paragraphs).toEqual(listen);
    const comments = ['运动后肌肉酸痛一般在48小时内最明显，属于正常反应，不需要吃止痛药。', 'Comments', '上次文章下面很多读者留言问拉伸的问题，这里统一回答：运动后拉伸十分钟即可。', '适当热敷和充足睡眠有助于恢复。'];
    // (the lone word a bar's button too, passed over; the answer goes on after it)
    expect(page(byline + ps(...comments)).answer_paragraphs).toEqual(comments.filter((p) => p !== 'Comments'));
  });
  it('keeps a record of readings dated day/month/year', () => {
    const ans = ['您提供的三次超声记录如下：', '05/01/2019 结节0.6厘米', '12/07/2021 结节0.7厘米', '两年多只长了0.1厘米，属于稳定，建议每一到两年复查一次超声。'];
    const entry = page('<h1>甲状腺结节要复查吗？</h1><div class="byline">内分泌科 李明 主治医师 北京协和医院 2023-06-01</div><p><strong>问：</strong>甲状腺结节需要多久复查一次？</p>' + ps(...ans));
    expect(entry.answer_paragraphs).toEqual(ans);
  });
  it('keeps a saying or key point the doctor opens with in a quote', () => {
    const head = '<h1>孩子发烧要马上吃退烧药吗？</h1><div class="byline">儿科 陈思远 主治医师 上海儿童医学中心 2023-05-06</div>';
    const rest = ['这是很多老人常说的话，但并不完全对。', '孩子体温超过38.5度、精神状态差时，应该按体重服用对乙酰氨基酚或布洛芬。', '退烧药只是让孩子舒服一些，不会掩盖病情。'];
    expect(page(head + '<blockquote><p>是药三分毒，发烧能扛就扛。</p></blockquote>' + ps(...rest)).answer_paragraphs[0]).toBe('是药三分毒，发烧能扛就扛。');
    expect(page(head + '<blockquote><p>重点：退烧药不是越早吃越好。</p></blockquote>' + ps(...rest.slice(1))).answer_paragraphs[0]).toBe('重点：退烧药不是越早吃越好。');
    // a reader's letter there is still the asker's
    expect(page(head + '<blockquote><p>宝宝八个月，发烧两天了，要不要马上吃退烧药？</p></blockquote>' + ps(...rest.slice(1))).answer_paragraphs[0]).toBe(rest[1]);
  });
});

describe('review pages, second round', () => {
  it('keeps a day inside the doctor’s short line (`下次复查约在05/06/2024前后`)', () => {
    const ans = ['两年多没有变化，属于稳定，建议每一到两年复查一次超声。', '下次复查约在05/06/2024前后', '平时不需要特别忌口，碘盐正常吃即可。'];
    const entry = page('<h1>甲状腺结节要复查吗？</h1><div class="byline">内分泌科 李明 主治医师 北京协和医院 2023-06-01</div><p><strong>问：</strong>甲状腺结节需要多久复查一次？</p>' + ps(...ans));
    expect(entry.answer_paragraphs).toEqual(ans);
  });
  it('reads a letter asking over `这种说法…` as the asker’s still', () => {
    const head = '<h1>孩子发烧要捂汗吗？</h1><div class="byline">儿科 陈思远 主治医师 上海儿童医学中心 2023-05-06</div>';
    const rest = ['这种说法流传很广，但是错误的。', '孩子发烧时捂汗会让体温更高，严重时可能引起捂热综合征。', '正确做法是减少衣物、多喝水，体温超过38.5度按体重服用退烧药。'];
    expect(page(head + '<blockquote><p>孩子发烧，奶奶非要给他捂被子发汗，这样对吗？</p></blockquote>' + ps(...rest)).answer_paragraphs).toEqual(rest);
  });
});

describe('the column writer’s self-introduction closing the post', () => {
  it('names the writer, not `我是{name}`', () => {
    const ans = ['胃胀反酸多与饮食和作息有关，少吃多餐，晚饭后两小时内不要平躺。', '可以短期服用抑酸药物，症状持续两周以上建议做胃镜检查。', '戒烟限酒，减少咖啡和浓茶。'];
    const entry = page('<h1>胃胀反酸怎么办？</h1><div class="byline">2023-05-06</div>' + ps(...ans) + '<p>我是王芳，上海仁济医院消化科主治医师。这份通讯每周回答一位读者的来信。</p>');
    expect(entry.doctor).toMatchObject({ name: '王芳', title: '主治医师', department: '消化科', hospital: '上海仁济医院' });
    expect(entry.answer_paragraphs).toEqual(ans);
  });
});

describe('an asker introducing themselves in their letter', () => {
  it('is no column writer’s card (`第一次来信`, `您来信说的…`)', () => {
    expect(selfIntroCard('我是刘敏，北京朝阳医院急诊科护师。第一次来信，我每周上三个夜班，白天睡不着。')).toBeNull();
    expect(selfIntroCard('我是陈思远，上海儿童医学中心儿科主治医师。您来信说的情况很常见，多半是保湿不够。')).toBeNull();
    expect(selfIntroCard('我是陈思远，上海儿童医学中心儿科主治医师。欢迎来信，我每周都会回复。')).not.toBeNull();
  });
});
