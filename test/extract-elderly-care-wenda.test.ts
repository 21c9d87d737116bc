import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An elderly-care portal's 健康问答 (an old `<dl>` template): the question in a `<dt>`, the doctor's card and answer in
 * another `<dl>`, a 养老顾问's reply beside it (`养老顾问 小王` over `已为您推荐…养老机构`), and a 相关问答 `<dl>` whose every
 * snippet is cut with `...` and followed on its line by the count of answers (`<span>回答数：3</span>`). The adviser's reply is
 * none of the doctor's answer; the counter none of the snippet. What the blind split fresh-85 taught.
 */

const ANSWER = ['脂肪肝需要结合具体情况来看，一般有以下几种情况：', '（1）年龄超过40岁的，适当热敷、按摩能促进肝脏的血液循环。', '建议及时到医院消化内科就诊，明确诊断后规范治疗。'];
const ADVISER = `<dl class="gw"><dt>养老顾问 小王</dt><dd>您好，已为您推荐附近可接收半失能老人的养老机构，如需参观请拨打400-357-8959。<span class="t">2020-03-23</span></dd></dl>`;
const SNIPPETS = ['关于胆囊炎，可以从以下几个方面来考虑：一、单纯的后背痛，症状时轻时重，容易反复，...', '脂肪肝需要结合具体情况来看，一般有以下几种情况：1.如果是脂肪肝引起的，可以先完...'];
const page = ({ adviser = '', after = '', snippets = SNIPPETS, counter = (i: number) => `<span class="gray">回答数：${3 + i}</span>` } = {}) => `<html><head><title>中年人脂肪肝会复发吗_健康问答_中国养老网</title></head><body>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 问题详情</div>
<dl class="q"><dt>中年人脂肪肝会复发吗</dt><dd>提问者：老人子女　提问时间：2020-05-24 22:49</dd><dd class="ms">请问需要做什么检查？</dd></dl>
${adviser}
<dl class="a"><dt><img src="/images/ys.gif"> <b>汤华</b> 主治医师</dt><dd class="hos">北岸市人民医院 消化内科</dd>
<dd class="nr">${ANSWER.join('<br>\n')}</dd><dd class="sj">回答时间：2020-05-26</dd></dl>
${after}
<p class="sm">声明：以上回答仅供参考，老人身体不适请及时就医。</p>
<div class="xgwd"><h3>相关问答</h3><dl>
${snippets.map((s, i) => `<dt><a href="/wenda/11989${i}.html">${['宝宝胆囊炎怎么治疗效果好？', '中年人脂肪肝吃什么好'][i]}</a></dt>\n<dd>${s} ${counter(i)}</dd>`).join('\n')}
</dl></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)));

describe('an elderly-care portal’s 健康问答', () => {
  it('a 养老顾问’s reply after the doctor’s, or before it, is none of the answer', () => {
    for (const html of [page({ after: ADVISER }), page({ adviser: ADVISER })]) {
      const [own] = read(html);
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2020-05-26');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it('a line of the answer naming the adviser before its advice (`养老顾问建议`) stays the answer’s', () => {
    const said = '养老顾问建议：老人平时饮食清淡，按时复查肝功能。';
    const html = page().replace(`${ANSWER[2]}</dd>`, `${ANSWER[2]}<br>\n${said}</dd>`);
    expect(read(html)[0]!.answer_paragraphs).toEqual([...ANSWER, said]);
  });

  it('the count of answers after an item’s snippet on its line (`回答数：3`) is none of the snippet', () => {
    const [, ...items] = read(page());
    expect(items.map((e) => e.answer_paragraphs)).toEqual(SNIPPETS.map((s) => [s]));
    // Uncut snippets too, and other counters so labelled (`浏览数：`, `阅读量：`).
    const whole = ['胆囊炎多数与饮食有关，建议清淡饮食。', '脂肪肝可以先调整饮食，配合运动。'];
    const [, ...others] = read(page({ snippets: whole, counter: (i) => `<span>${['浏览数', '阅读量'][i]}：${120 + i}</span>` }));
    expect(others.map((e) => e.answer_paragraphs)).toEqual(whole.map((s) => [s]));
  });

  it('a figure the snippet’s own sentence ends with stays the snippet’s', () => {
    const own = ['胆囊炎发作时可以口服消炎利胆片，每日3次', '脂肪肝患者复查时要看回答数：3项指标'];
    const [, ...items] = read(page({ snippets: own, counter: () => '' }));
    expect(items.map((e) => e.answer_paragraphs)).toEqual(own.map((s) => [s]));
  });
});
