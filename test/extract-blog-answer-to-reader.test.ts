import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A doctor's blog post answering a reader's letter: the blog's side column with its 博主简介 box (`name，hospital department
 * title，…擅长…`: the card), the post titled `答网友问：{question}` or with a teaser (`{topic}，医生怎么说？`), the reader's
 * `网友“nick”问：` line, the doctor's `{name}医生答：`, the answer, a `[转载请注明出处]` line, and 相关博文 (other posts, links only).
 * Before these rules the title's `答网友问：` stayed in the question, the teaser was read as the question, the 博主简介 box was no
 * card, the rights line was the answer's last, and 相关博文 gave no related links.
 */
const ANSWER = ['小孩嗓子痒可能是以下原因引起：', '（1）如果是慢性咽炎引起的，症状时轻时重，容易反复，做到早发现、早治疗。', '建议及时到医院耳鼻喉科就诊，明确诊断后规范治疗。'];
const page = (title: string, { bio = '王佳，云岭市第二人民医院感染性疾病科主任医师，从事临床工作18年，擅长常见病、多发病的诊治。', related = true } = {}) =>
  `<html><head><meta charset="utf-8"><title>${title}_王佳医生_某某博客</title></head><body>` +
  `<div class="bar"><a href="http://www.example-portal.cn/">首页</a> <a href="http://blog.example-portal.cn/">博客</a></div>` +
  `<div class="bt"><h1><a href="http://blog.example-portal.cn/u/1860245019">王佳医生的博客</a></h1></div>` +
  `<div class="l"><div class="box"><div class="hd"><span>个人资料</span></div><div><strong>王佳医生</strong><div>博客等级：23<br>博客访问：812345</div></div></div>` +
  `<div class="box"><div class="hd"><span>博主简介</span></div><div><p>${bio}</p></div></div>` +
  `<div class="box"><div class="hd"><span>博文分类</span></div><ul><li><a href="#">答网友问</a>(120)</li></ul></div></div>` +
  `<div class="r"><div class="at"><h2>${title}</h2><span class="t">(2020-12-23 14:22:31)</span></div>` +
  `<div class="tags">标签：<a href="#">慢性咽炎</a> 分类：<a href="#">答网友问</a></div>` +
  `<div class="c"><p><b>网友“小雨点”问：</b>小孩嗓子痒挂什么科？</p><p>孩子最近总说嗓子痒，晚上咳几声。</p><p><b>王佳医生答：</b></p>` +
  ANSWER.map((p) => `<p>${p}</p>`).join('') + `<p>[转载请注明出处]</p></div>` +
  `<div class="fb"><div><span>前一篇：</span><a href="http://blog.example-portal.cn/s/blog_6ee1d71b0102xa1b.html">慢性咽炎的日常护理</a></div></div>` +
  (related
    ? `<div class="rel"><h3>相关博文</h3><ul><li><a href="http://blog.example-portal.cn/s/blog_5a021c480102x1c6.html">中年人嗓子痒还咽部异物感怎么回事</a></li>` +
      `<li><a href="http://blog.example-portal.cn/s/blog_5a021c5c0102xb4e.html">嗓子痒是怎么回事</a></li><li><a href="http://blog.example-portal.cn/s/blog_5a021c6d0102xcd8.html">小孩干咳是怎么回事</a></li></ul></div>`
    : '') +
  `</div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a doctor’s blog post answering a 网友', () => {
  it('asks the reader’s question, whether the title files it under `答网友问：` or teases the topic', () => {
    expect(own(page('答网友问：小孩嗓子痒挂什么科？')).question).toBe('小孩嗓子痒挂什么科？');
    expect(own(page('慢性咽炎，医生怎么说？')).question).toBe('小孩嗓子痒挂什么科？');
  });

  it('reads the card from the 博主简介 box, and the answer without the rights line', () => {
    const entry = own(page('答网友问：小孩嗓子痒挂什么科？'));
    expect(entry.doctor).toMatchObject({ name: '王佳', title: '主任医师', department: '感染性疾病科', hospital: '云岭市第二人民医院' });
    expect(entry.answer).toBe(ANSWER.join('\n'));
    expect(entry.date).toBe('2020-12-23');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('takes 相关博文 as the page’s related links', () => {
    expect(own(page('答网友问：小孩嗓子痒挂什么科？')).related_urls).toEqual([
      'http://blog.example-portal.cn/s/blog_5a021c480102x1c6.html',
      'http://blog.example-portal.cn/s/blog_5a021c5c0102xb4e.html',
      'http://blog.example-portal.cn/s/blog_5a021c6d0102xcd8.html',
    ]);
  });

  it('a box naming another doctor than the one the answer’s label names is no card: none read, doubted', () => {
    const entry = own(page('答网友问：小孩嗓子痒挂什么科？', { bio: '李明，云岭市第一人民医院儿科主任医师，擅长小儿呼吸道疾病。' }));
    expect(entry.doctor.hospital).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });

  it('a headline that asks its own question stays the question', () => {
    expect(own(page('小孩嗓子痒要紧吗？')).question).toBe('小孩嗓子痒要紧吗？');
  });
});
