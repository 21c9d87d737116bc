import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { transcriptGuest } from '../src/extract/layouts/transcript-speakers.js';

/**
 * An adversarial review of fresh-86's reader rules: pages of other sites where the rules' words mean something else.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '小孩晚上咳嗽厉害怎么办？';
const ANSWER = '小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。';

describe('a name run in between a hospital and the title', () => {
  it('a surname’s name, as Hong Kong’s clinics sign (`{clinic}{name}注册中医师`, `…高级中医师`)', () => {
    expect(parseCardParts(['东华三院荃湾中医诊所暨教研中心徐英怡注册中医师'])).toMatchObject({ name: '徐英怡', hospital: '东华三院荃湾中医诊所暨教研中心' });
    expect(parseCardParts(['东华三院荃湾中医诊所暨教研中心乔杰伟高级中医师'])).toMatchObject({ name: '乔杰伟', title: '高级中医师' });
  });
  it('a department printed without its 科 before a rank is no name (`某市人民医院针灸主治医师`)', () => {
    expect(parseCardParts(['某市人民医院针灸主治医师']).name).toBeNull();
    expect(parseCardParts(['某中医院治未病主任中医师']).name).toBeNull();
    // (A department with its 科 and then a name, all run together, reads the name after it since 4e7bf4b7, as fresh-68's
    // zhuanzai-article keys `{hospital}{department}{name}{title}`: never the department and the name as one name.)
    expect(parseCardParts(['北京协和医院骨科王鹏主任医师'])).toMatchObject({ name: '王鹏', department: '骨科', hospital: '北京协和医院' });
    expect(parseCardParts(['某市人民医院康复主治医师']).name).toBeNull();
    expect(parseCardParts(['某市人民医院呼吸主任医师']).name).toBeNull();
    expect(parseCardParts(['某市人民医院皮肤性病主任医师']).name).toBeNull();
  });
  it('nor a unit’s or a practice’s words before the licence’s calling (`…医院中医门诊注册中医师`, `…针灸注册中医师`)', () => {
    expect(parseCardParts(['东华三院黄大仙医院中医门诊注册中医师']).name).toBeNull();
    expect(parseCardParts(['仁济医院针灸注册中医师']).name).toBeNull();
    expect(parseCardParts(['某中医诊所推拿注册中医师']).name).toBeNull();
  });
});

describe('a transcript’s guest where no card is read above it', () => {
  it('a caller named by a form of address (`李女士：`) is no guest', () => {
    expect(transcriptGuest(['观众提问', '主持人', '李女士', '主持人', '李女士'])).toBeNull();
    expect(transcriptGuest(['主持人', '王先生', '主持人', '王先生'])).toBeNull();
    expect(transcriptGuest(['观众提问', '主持人', '蒋明', '主持人'])).toBe('蒋明');
  });
  it('so a caller’s turns are not published as the guest’s answer', () => {
    const page = html(
      '《健康热线》｜咳嗽怎么办？听听专家怎么说_健康频道',
      `<h1>《健康热线》｜咳嗽怎么办？听听专家怎么说</h1><div class="info"><span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span></div><div><p><b>观众提问：</b>${QUESTION}</p><p><b>主持人：</b>观众朋友们好，今天我们请到了北岸市人民医院儿科的蒋教授，来为大家解答这个问题。</p><p><b>李女士：</b>我家孩子五岁，最近一到晚上就咳得厉害，白天倒还好，吃了止咳糖浆也不管用。</p><p><b>主持人：</b>蒋教授，这种情况要紧吗？</p><p><b>李女士：</b>对，我们都很着急，孩子睡不好觉。</p><p><b>主持人：</b>感谢蒋教授的精彩讲解，我们下期再见。</p></div><div><h4>嘉宾简介</h4><p>蒋明，北岸市人民医院儿科主任医师。擅长小儿咳嗽等常见病的诊治。</p></div><p>（责任编辑：胡志强）</p>`,
    );
    const own = pageOf(page);
    const clean = !own.flags.includes('unsure_reading');
    expect(clean && own.answer_paragraphs.some((p: string) => p.includes('我家孩子五岁'))).toBe(false);
  });
});

describe('a broadcast day on the info line', () => {
  const page = (fields: string) =>
    html(
      '小孩晚上咳嗽厉害怎么办_健康频道',
      `<h1>${QUESTION}</h1><div class="info">${fields}</div><div><p class="guest"><b>本期嘉宾：</b>北岸市人民医院儿科主治医师 蒋明</p><p><b>观众提问：</b>${QUESTION}</p><p><b>主持人：</b>观众朋友们好，今天我们请到了蒋明主治医师，来为大家解答这个问题。</p><p><b>蒋明：</b>${ANSWER}</p><p><b>主持人：</b>感谢蒋明主治医师的精彩讲解，我们下期再见。</p></div>`,
    );
  it('this programme’s day dates the answer', () => {
    expect(pageOf(page('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span><span>播出时间：2022-01-31</span>')).date).toBe('2022-01-31');
  });
  it('the next episode’s (`下期播出时间：…`, `预计播出时间：…`) dates nothing', () => {
    expect(pageOf(page('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span><span>下期播出时间：2022-02-08</span>')).date).toBe('2022-02-01');
    expect(pageOf(page('来源：城市频道《健康热线》发布时间：2022-02-01 18:42 下期播出时间：2022-02-08')).date).toBe('2022-02-01');
    expect(pageOf(page('<span>发布时间：2022-02-01 18:42</span> <span>预计播出时间：2022-02-08</span>')).date).not.toBe('2022-02-08');
  });
});
