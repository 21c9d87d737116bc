import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on news portals' and broadcasters' health columns: related reading, footers, info lines, e-papers, programmes, self-media articles.
 * What fresh-58 (news portals' and broadcasters' health columns) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
/** A page saved to a file: no address of its own to tell the site's pages by. */
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];
const CARD = '<p>解答专家：北岸市人民医院儿科主治医师 蒋明</p>';

describe('a news site’s related reading under a head that says so', () => {
  const links = ['http://health.news.example/n1/2022/0301/c1-101.html', 'http://health.news.example/n1/2021/1102/c1-207.html', 'http://health.news.example/n1/2020/0715/c1-318.html'];
  const titles = ['孩子反复发烧怎么办', '宝宝咳嗽有痰吃什么药', '小孩鼻塞睡不好怎么回事'];
  const article = (head: string, hrefs: readonly string[], shown: readonly string[] = titles) =>
    html(
      `${QUESTION}--健康频道`,
      `<h1>${QUESTION}</h1><div>2022年03月12日08:21 | 来源：健康频道</div><div class="con"><p>网友提问：${QUESTION}？</p><p><strong>专家解答：</strong></p>${ps(ANSWER)}${CARD}</div><div class="rel"><h3>${head}</h3><ul>${hrefs.map((h, i) => `<li><a href="${h}">${shown[i]}</a></li>`).join('')}</ul></div>`,
    );

  it('its links on the site’s own host are the page entry’s related_urls, in order, though the page’s address is unknown', () => {
    const own = pageOf(article('相关新闻', links));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.related_urls).toEqual(links);
  });

  it('links to several sites under it are not taken as the page’s related questions', () => {
    const mixed = [links[0]!, 'http://other.example/a/1.html', links[2]!];
    expect(pageOf(article('相关新闻', mixed)).related_urls).toEqual([]);
  });

  it('an account’s 往期推荐 of titles that ask nothing is its other posts, not its related questions', () => {
    // Titles that ask, under the same head, are the column's other questions (test/extract-government-health-platforms.test.ts).
    const posts = ['春季儿童常见病预防指南', '一图读懂流感疫苗接种', '我院开设夜间儿科门诊'];
    expect(pageOf(article('往期推荐', links, posts)).related_urls).toEqual([]);
  });

  it('a programme’s past episodes (往期节目) whose titles each ask are its related questions, on its host or as paths the page wrote', () => {
    const asking = ['孩子反复发烧怎么办', '宝宝咳嗽有痰吃什么药？', '小孩鼻塞睡不好怎么回事'];
    expect(pageOf(article('往期节目', links, asking)).related_urls).toEqual(links);
    const paths = ['/detail/122765', '/detail/122838'];
    expect(pageOf(article('往期节目', paths, asking)).related_urls).toEqual(paths);
    // Past episodes named as programmes ask nothing: the programme's other shows, not questions like the page's.
    expect(pageOf(article('往期节目', paths, ['健康早知道 第411期', '健康早知道 第410期'])).related_urls).toEqual([]);
  });
});

describe('a site’s footer after a signed answer', () => {
  it('a row of the site’s pages parted by bars is no answer, nor is the copyright under it', () => {
    const page = html(
      `${QUESTION}--健康频道`,
      `<h1>${QUESTION}</h1><div>2022年03月12日08:21 来源：健康频道</div><div class="con"><p>网友提问：${QUESTION}？</p><p><strong>专家解答：</strong>${ANSWER[0]}</p>${ps(ANSWER.slice(1))}${CARD}</div><div class="foot">报社概况 | 关于我们 | 招聘英才 | 广告服务 | 网站声明<br>健 康 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</div>`,
    );
    const own = pageOf(page);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('蒋明');
  });
});

describe('an article’s info line', () => {
  it('a 来源 naming the account after a colon and a space is the line’s meta: its time dates the answer', () => {
    const page = html(
      `${QUESTION}_网易`,
      `<h1>${QUESTION}</h1><div class="post_info">2020-08-19 08:23:49　来源: <a href="https://www.163.example/dy/media/T1.html">北岸市人民医院</a></div><div class="post_body"><p><strong>读者提问：</strong>${QUESTION}？</p><p>本期答疑专家：蒋明 北岸市人民医院儿科主治医师</p><p><strong>医生回答：</strong></p>${ps(ANSWER)}</div>`,
    );
    expect(pageOf(page).date).toBe('2020-08-19');
  });
});

describe('a reading list the reader does not take', () => {
  it('two linked questions under 推荐阅读, each with its account and count, flag the entry: never dropped unsaid', () => {
    const items = ['孩子反复发烧怎么办', '宝宝咳嗽有痰吃什么药']
      .map((q, i) => `<li><a href="https://www.portal.example/dy/article/A${i}B.html"><img src="/t${i}.jpg"><h4>${q}</h4></a><span>北岸市人民医院</span> <span>阅读 ${1200 + i}</span></li>`)
      .join('');
    const page = html(
      `${QUESTION}_网易`,
      `<h1>${QUESTION}</h1><div>2020-08-19 08:23:49　来源: 北岸市人民医院</div><div class="post_body"><p><strong>读者提问：</strong>${QUESTION}？</p><p>本期答疑专家：蒋明 北岸市人民医院儿科主治医师</p><p><strong>医生回答：</strong></p>${ps(ANSWER)}</div><div><h3>推荐阅读</h3><ul>${items}</ul></div>`,
    );
    const own = pageOf(page);
    expect(own.related_urls).toEqual([]);
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('an e-paper’s article', () => {
  const others = ['http://epaper.example/html/2022-01/14/content_11.htm', 'http://epaper.example/html/2022-01/14/content_12.htm'];
  const page = html(
    '日报-小孩晚上咳嗽厉害怎么办',
    `<table><tr><td>2022年1月14日 星期五　<a href="http://epaper.example/">首页</a></td></tr><tr><td>第A16版：健康周刊</td></tr></table><table><tr><td><founder-introtitle>名医信箱</founder-introtitle><br><founder-title><strong>${QUESTION}</strong></founder-title><br><founder-author>本报记者 刘建国</founder-author><founder-content><P>　　问：${QUESTION}？请问需要做什么检查？（读者 周女士）</P><P>　　答：${ANSWER[0]}</P><P>　　${ANSWER[1]}</P><P>　　（蒋明　北岸市人民医院儿科主治医师）</P></founder-content></td></tr></table><table><tr><td>本版其他文章</td></tr>${others.map((h, i) => `<tr><td><a href="${h}">${['孩子反复发烧怎么办', '宝宝咳嗽有痰吃什么药'][i]}</a></td></tr>`).join('')}</table>`,
  );

  it('its question is the headline the title ends with, not the reader’s letter under it', () => {
    expect(pageOf(page).question).toBe(QUESTION);
  });

  it('its day is the issue’s, and the page’s other articles are its related links', () => {
    const own = pageOf(page);
    expect(own.date).toBe('2022-01-14');
    expect(own.related_urls).toEqual(others);
  });
});

describe('a broadcaster’s health programme', () => {
  const player = '<div class="video"><img src="/poster.jpg"><div><span>00:00</span> / <span>00:04:46</span></div></div>';
  const episode = (heading: string, asked = QUESTION) =>
    html(
      `${heading}_节目官网`,
      `${player}<h1>${heading}</h1><div><span>本期播出：2020-09-18</span> <span>来源：央视网 2020-09-19 08:02</span></div><div><h3>本期嘉宾</h3><img src="/g.jpg"><p>蒋明</p><p>北岸市人民医院</p><p>儿科</p><p>主治医师</p></div><div><h3>视频简介</h3><p>观众提问：${asked}？平时工作比较忙。</p><p>专家解答：</p>${ps(ANSWER)}</div><div>分享到：<a>微信</a> <a>微博</a></div>`,
    );

  it('the programme’s name and day before the question are none of it; the guest box’s head is no name', () => {
    const own = pageOf(episode(`《健康之路》 20200918 ${QUESTION}`));
    expect(own.question).toBe(QUESTION);
    expect(own.doctor.name).toBe('蒋明');
  });

  it('a question opening with 中 after the programme’s name is no book quoted (《…》中说)', () => {
    expect(pageOf(episode('《健康之路》 20200918 中年人胆囊炎要做手术吗', '中年人胆囊炎要做手术吗')).question).toBe('中年人胆囊炎要做手术吗');
  });

  it('the day it aired dates the answer, not the web page’s; the scripted player makes it a video; the share row is none of it', () => {
    const own = pageOf(episode(`[健康之路]${QUESTION}`));
    expect(own.date).toBe('2020-09-18');
    expect(own.format).toBe('video');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a script template beside the scripted player (a page’s own, or one a network injected) does not hide that it plays', () => {
    const withTemplate = episode(`[健康之路]${QUESTION}`).replace('</span></div></div>', '</span></div><script type="text/template"><li><a href="{{url}}">{{title}}</a></li></script></div>');
    expect(withTemplate).toContain('text/template');
    expect(pageOf(withTemplate).format).toBe('video');
  });

  it('a call-in’s transcript: the host’s lines none of the answer, the guest’s label none of its text', () => {
    const page = html(
      `《名医在线》${QUESTION}？`,
      `<video src="/v.mp4" controls></video><h1>《名医在线》${QUESTION}？</h1><div><span>看城市</span> <span>2023年3月29日</span></div><div><h3>栏目嘉宾</h3><p>姓名：蒋明</p><p>职称：主治医师</p><p>科室：儿科</p><p>医院：北岸市人民医院</p></div><div><p>主持人：欢迎收看今天的《名医在线》，今天我们请到了北岸市人民医院的蒋明主治医师。</p><p>观众来电：${QUESTION}？平时工作比较忙。</p><p>蒋主任：${ANSWER[0]}</p><p>${ANSWER[1]}</p><p>主持人：感谢专家的详细解答，我们下期再见。</p></div>`,
    );
    const own = pageOf(page);
    expect(own.question).toBe(`${QUESTION}？`);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-29');
    expect(own.format).toBe('video');
  });
});

describe('a self-media account’s article', () => {
  it('an empty 责任编辑 and the platform’s 平台声明 are none of the answer', () => {
    const page = html(
      `${QUESTION}_搜狐`,
      `<h1>${QUESTION}</h1><div><span>2023-05-06 14:22</span> <span>发布于：北京市</span></div><article><p><strong>读者提问：</strong>${QUESTION}？</p><p>本期答疑专家：蒋明 北岸市人民医院儿科主治医师</p><p><strong>医生回答：</strong></p>${ps(ANSWER)}<p>责任编辑：</p></article><p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>`,
    );
    expect(pageOf(page).answer_paragraphs).toEqual(ANSWER);
  });

  it('a hospital’s own account beside it gives the card’s grade from its intro', () => {
    const page = html(
      `${QUESTION}_搜狐`,
      `<h1>${QUESTION}</h1><div><span>2023-05-06 14:22</span></div><article><p><strong>读者提问：</strong>${QUESTION}？</p><p>本期答疑专家：蒋明 北岸市人民医院 儿科 主治医师</p><p><strong>医生回答：</strong></p>${ps(ANSWER)}</article><div class="side"><h4><a href="https://mp.example/profile?x=1">北岸市人民医院</a></h4><p>三甲综合医院，官方账号，发布权威健康科普</p></div>`,
    );
    expect(pageOf(page).doctor.hospital_grade).toBe('三甲');
  });
});
