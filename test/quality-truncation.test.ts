import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confirmAgainstFullAnswers } from '../src/dedupe/confirm-snippets.js';
import { answerContent, placeIn, placeNormalised } from '../src/flags/truncation.js';
import { isCutOffEnd, isCutOffStart } from '../src/flags/flags.js';
import { entryFrom, truncationCases } from '../scripts/quality-fixtures.js';

const seed = readFileSync(new URL('../fixtures/pages/seed-page.txt', import.meta.url), 'utf8');
const seedSnippet = (question: string) => seed.split(`\n${question}\n\n`)[1]!.split('\n')[0]!;
const full =
  '宝宝腹泻最需要警惕的是脱水。家长要注意观察宝宝的精神状态、尿量和嘴唇是否干燥，可以少量多次地喂口服补液盐。如果出现频繁呕吐、精神萎靡、尿量明显减少或者大便带血，应尽快到医院就诊。';

describe('the seed behaviour stands', () => {
  it('cuts the 脸色发黄 snippet at both ends and the 女生第一次 snippet at the end only', () => {
    const face = seedSnippet('脸色发黄是什么原因引起的');
    const girl = seedSnippet('女生第一次性生活会流血吗');
    expect(face.startsWith('有的是单眼')).toBe(true);
    expect([isCutOffEnd(face), isCutOffStart(face)]).toEqual([true, true]);
    expect([isCutOffEnd(girl), isCutOffStart(girl)]).toEqual([true, false]);
  });
});

describe('cut off at the end, beyond the base rules', () => {
  it.each([
    ['a number broken at its decimal point', '孩子发烧时如果体温超过38.'],
    ['a 展开全文 control', '建议多喝水，注意休息...展开全文'],
    ['a [详细] link', '如果症状持续不缓解[详细]'],
    ['（未完）', '洗澡水温不宜过高（未完）'],
    ['an announced list stopping after its first item', '后背疼可能与以下三个方面有关。一、肌肉劳损，长时间保持一个姿势，肌肉得不到放松。'],
    ['an unpunctuated list whose last item is cut', '1、多喝温水\n2、清淡饮食\n3、如果发热超过三天，应该'],
  ])('%s is cut off', (_, text) => {
    expect(isCutOffEnd(text)).toBe(true);
  });

  it.each([
    ['an emoji', '多观察就好😊'],
    ['a tilde', '饮食清淡一些哦~'],
    ['a modal particle (吧)', '先吃点益生菌调理一下肠道试试吧'],
    ['a list without end punctuation', '1、多喝温水\n2、清淡饮食，少吃油腻\n3、保证充足的睡眠\n4、症状加重要及时就医'],
    ['an inline list announced with 三种', '主要有三种：缺铁性贫血、巨幼细胞性贫血和再生障碍性贫血。'],
    ['an announced list given in full', '治疗分两步。第一，控制感染；第二，修复黏膜。'],
  ])('%s is complete', (_, text) => {
    expect(isCutOffEnd(text)).toBe(false);
  });
});

describe('cut off at the start, beyond the base rules', () => {
  it.each([
    ['二是', '二是要注意休息，避免过度劳累。'],
    ['另一种', '另一种情况是细菌感染，需要使用抗生素。'],
    ['还可以', '还可以用温水泡脚，促进血液循环。'],
    ['也可能', '也可能是胃食管反流引起的。'],
    ['the particle 的', '的症状，建议尽快做个心电图。'],
    ['a unit without its number', '毫克，一天两次，饭后服用。'],
    ['a quotation closed before it opened', '多喝水”，这个说法有道理。'],
    ['②', '②注意饮食清淡。'],
    ['后者', '后者一般需要手术治疗。'],
  ])('%s is cut off', (_, text) => {
    expect(isCutOffStart(text)).toBe(true);
  });

  it.each([
    ['也许', '也许和最近工作压力大有关。'],
    ['的确', '的确，长期熬夜会影响内分泌。'],
    ['了解', '了解病因之后再用药，效果会更好。'],
    ['就诊', '就诊前最好空腹，方便抽血。'],
    ['天气', '天气转凉时关节炎容易加重。'],
    ['二甲双胍', '二甲双胍是二型糖尿病的一线用药。'],
    ['一是', '一是注意休息，二是多喝水。'],
    ['a quotation opened first', '“少吃多餐”是胃病患者的饮食原则之一。'],
  ])('%s is not cut off', (_, text) => {
    expect(isCutOffStart(text)).toBe(false);
  });
});

describe('confirmed against a full answer', () => {
  const upToFirstStop = full.slice(0, full.indexOf('。') + 1);

  it('a snippet cut right after a 。 is cut off when the full answer goes on', () => {
    expect(isCutOffEnd(upToFirstStop)).toBe(false);
    expect(isCutOffEnd(upToFirstStop, [full])).toBe(true);
  });

  it('a copy that merely lost its final 。 is complete when a full copy confirms it', () => {
    const copy = full.slice(0, -1);
    expect(isCutOffEnd(copy)).toBe(true);
    expect(isCutOffEnd(copy, [full])).toBe(false);
  });

  it('two copies that both lost the 。 confirm nothing', () => {
    const copy = full.slice(0, -1);
    expect(isCutOffEnd(copy, [`${copy} `])).toBe(true);
  });

  it('a summary from the middle is cut at both ends; a tail is cut at the start only', () => {
    const middle = full.slice(20, 70);
    expect([isCutOffEnd(middle, [full]), isCutOffStart(middle, [full])]).toEqual([true, true]);
    const tail = full.slice(full.indexOf('，') + 1);
    expect([isCutOffEnd(tail, [full]), isCutOffStart(tail, [full])]).toEqual([false, true]);
  });

  it('compares the answers without page furniture: a copy with the site disclaimer appended is the same answer', () => {
    expect(answerContent(`${full}提示：本内容不能代替面诊，如有不适请及时就医。`)).toBe(answerContent(full));
    expect(placeIn(`${full}提示：本内容不能代替面诊。`, full)).toEqual({ relation: 'same', textBefore: false, textAfter: false });
    expect(placeNormalised(answerContent(full.slice(0, 40)), answerContent(full))).toEqual(placeIn(full.slice(0, 40), full));
  });

  it('compares content: a mirror copy with ASCII punctuation still places', () => {
    const mirror = full.replace(/，/g, ',').replace(/。/g, '.').slice(0, 60);
    expect(placeIn(mirror, full)).toEqual({ relation: 'inside', textBefore: false, textAfter: true });
    expect(placeIn('多喝水', full)).toBeNull(); // too short to place
  });

  it('the seed snippets are confirmed against the full pages', () => {
    const plac3 = readFileSync(new URL('../fixtures/pages/youlai-desktop-0A0A0Aplac3.html', import.meta.url), 'utf8');
    const fullFace = /脸色发黄常见的原因是黄疸[^<]*/u.exec(plac3.split('div class="docYes"')[1] ?? plac3)![0];
    const face = seedSnippet('脸色发黄是什么原因引起的');
    expect(placeIn(face, fullFace)).toMatchObject({ relation: 'inside', textBefore: true, textAfter: true });
    expect([isCutOffEnd(face, [fullFace]), isCutOffStart(face, [fullFace])]).toEqual([true, true]);
  });
});

describe('confirmAgainstFullAnswers (per question)', () => {
  const page = { question: '宝宝拉肚子怎么办', doctor: { name: '张华', title: '主治医师', department: '儿科', hospital: '江州市儿童医院', hospital_grade: '三甲' }, origin: 'page' as const, url: 'https://www.kangwen.example/wenda/1.html', source: 'a.html' };
  const snippet = { ...page, doctor: null, origin: 'related' as const, source: 'b.html' };

  it('supersedes a snippet found in the full answer, punctuation aside, and sets its flags', () => {
    const s = entryFrom({ ...snippet, answer: full.replace(/。/g, '.').slice(0, 30) + '.' });
    const f = entryFrom({ ...page, answer: full });
    const v = confirmAgainstFullAnswers([s, f]);
    expect(v.supersededBy.get(s.id)).toBe(f.id);
    expect(v.flags.get(s.id)).toContain('cut_off_end');
  });

  it('clears cut_off_end from a copy that lost its 。 and does not supersede it', () => {
    const copy = entryFrom({ ...page, source: 'mirror.html', url: 'https://mirror.example/1.html', answer: full.slice(0, -1) });
    const f = entryFrom({ ...page, answer: full });
    expect(copy.flags).toContain('cut_off_end');
    const v = confirmAgainstFullAnswers([copy, f]);
    expect(v.flags.get(copy.id)).not.toContain('cut_off_end');
    expect(v.supersededBy.has(copy.id)).toBe(false);
  });

  it("does not re-judge a doctor's complete answer that a longer one contains", () => {
    const short = entryFrom({ ...page, answer: full.slice(0, full.indexOf('。') + 1) });
    const long = entryFrom({ ...page, source: 'c.html', answer: full });
    const v = confirmAgainstFullAnswers([short, long]);
    expect(v.flags.size).toBe(0);
    expect(v.supersededBy.size).toBe(0);
  });

  it("never supersedes a snippet by another doctor's answer", () => {
    const s = entryFrom({ ...page, doctor: { ...page.doctor, name: '王芳' }, origin: 'related', answer: full.slice(0, 40) });
    const f = entryFrom({ ...page, answer: full });
    expect(confirmAgainstFullAnswers([s, f]).supersededBy.size).toBe(0);
  });
});

describe('the labelled truncation fixtures', () => {
  const cases = truncationCases();
  const measure = (side: 'end' | 'start', withFull: boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of cases) {
      const truth = side === 'end' ? c.label === 'cut_end' || c.label === 'cut_both' : c.label === 'cut_start' || c.label === 'cut_both';
      const fulls = withFull && c.full ? [c.full] : [];
      const got = side === 'end' ? isCutOffEnd(c.text, fulls) : isCutOffStart(c.text, fulls);
      if (got && truth) tp++;
      else if (got) fp++;
      else if (truth) fn++;
    }
    return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
  };

  it('has at least 80 realistic cases, some with their full answer', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.full).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps cut_off_end precision and recall at 90% or better with the full answers known', () => {
    const m = measure('end', true);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps cut_off_start precision at 95% and recall at 80% or better with the full answers known', () => {
    const m = measure('start', true);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('does better with the full answers than without', () => {
    expect(measure('end', true).recall).toBeGreaterThan(measure('end', false).recall);
    expect(measure('end', true).precision).toBeGreaterThan(measure('end', false).precision);
  });
});
