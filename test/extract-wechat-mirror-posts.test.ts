import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a WeChat-article mirror's copy of a hospital account's 专家答疑 post (fresh-99's 传送门 pages): the
 * posting line under the headline (the day, then the account), a recorded voice as WeChat's `<mpvoice>`.
 */

const URL = 'https://mirror.example-wx.cn/n/4411';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，建议做胃镜检查。'];
const S = (s: string) => `<p style="margin:0 8px;"><span style="font-size:15px;">${s}</span></p>`;

const CARD_SECTION = `<section><p><strong>本期专家</strong></p>${S('林晓')}${S('滨海市中心医院消化内科主治医师')}</section>`;
const post = ({ headline = '【专家答疑】第20期：胃胀', voice = false, card = CARD_SECTION, askerWords = '', label = true } = {}) => `<html><head><title>${headline} - 滨海市中心医院健康 - 文章镜像</title></head><body>
<div class="topbar"><a href="/">文章镜像</a> <a href="/hot">热门</a></div>
<div class="rich_media"><h2>${headline}</h2>
<div><em>2022-09-04</em> <a href="/account/ab12">滨海市中心医院健康</a></div>
<div>
${card}
<section style="background:#f4f8fc;">${S('<strong>网友提问：</strong>吃完饭总是胃胀怎么办')}${askerWords ? S(askerWords) : ''}</section>
${voice ? '<mpvoice name="专家语音解答" play_length="120000" voice_encode_fileid="MzI123"></mpvoice>' : ''}
${label ? S('<strong>专家解答：</strong>') : ''}
${ANSWER.map(S).join('\n')}
${S('（滨海市中心医院宣传科 整理）')}
<section><p><span style="font-size:12px;">长按识别二维码关注我们</span></p></section>
</div></div>
<div class="footer">文章镜像 © 内容来自微信公众号</div>
</body></html>`;

/** A post whose headline asks the question itself, the posting line under it, the expert in a closing credit (as a mirror saves it). */
const TITLED_POST = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>专家答疑｜小孩尿路感染需要注意什么？ - 临江市医科大学附属医院微健康 - 传送门</title>\n</head>\n<body>\n<div class=\"topbar\"><a href=\"https://chuansong.me/\">传送门</a> <a href=\"https://chuansong.me/hot\">热门</a> <a href=\"https://chuansong.me/category/health\">健康</a> <form action=\"https://chuansong.me/search\"><input name=\"q\" placeholder=\"搜索公众号或文章\"></form></div>\n<div class=\"main\"><div class=\"rich_media\">\n<h2 class=\"rich_media_title\" id=\"activity-name\">专家答疑｜小孩尿路感染需要注意什么？</h2>\n<div class=\"rich_media_meta_list\" id=\"meta_content\"><em id=\"post-date\" class=\"rich_media_meta rich_media_meta_text\">2020-08-24 17:25</em> <a class=\"rich_media_meta rich_media_meta_link\" id=\"post-user\" href=\"https://chuansong.me/account/d4b83e57\">临江市医科大学附属医院微健康</a></div>\n<div class=\"rich_media_content\" id=\"js_content\">\n<section><section><img data-src=\"https://mmbiz.qpic.cn/mmbiz_jpg/480ace20cece0817f4a70572/640\"></section>\n<section><p><span><strong>网友提问：</strong>小孩尿路感染需要注意什么？</span></p><p><span>请问需要做什么检查？</span></p></section>\n<p><span><strong>专家解答：</strong></span></p>\n<p><span>一般不严重，尿痛大多是暂时的，调整作息、清淡饮食后可以慢慢好转。</span></p>\n<p><span>（解答专家：临江市医科大学附属医院泌尿外科 副主任医师 吕静超）</span></p>\n<p><span>（临江市医科大学附属医院微健康宣传科 整理）</span></p>\n<section><img data-src=\"https://mmbiz.qpic.cn/mmbiz_png/363268206ec888b860c8eadc/640\"><p><span>长按识别二维码关注我们</span></p></section>\n<section><p><strong>往期回顾</strong></p><p><a href=\"https://mp.weixin.qq.com/s?__biz=Mz85829C36E0==&amp;mid=2650137358&amp;idx=1\" target=\"_blank\" data-linktype=\"2\">男性尿路感染会复发吗</a></p>\n<p><a href=\"https://mp.weixin.qq.com/s?__biz=Mz85829C36E0==&amp;mid=2650137370&amp;idx=1\" target=\"_blank\" data-linktype=\"2\">经期尿频伴有尿急要紧吗？</a></p>\n<p><a href=\"https://mp.weixin.qq.com/s?__biz=Mz85829C36E0==&amp;mid=2650137383&amp;idx=1\" target=\"_blank\" data-linktype=\"2\">年轻人尿急怎么办</a></p>\n<p><a href=\"https://mp.weixin.qq.com/s?__biz=Mz85829C36E0==&amp;mid=2650137350&amp;idx=1\" target=\"_blank\" data-linktype=\"2\">总是尿急是什么病</a></p></section>\n</section></div>\n<div class=\"rich_media_tool\"><a href=\"https://mp.weixin.qq.com/s?__biz=Mz85829C36E0==&amp;mid=2650137344&amp;idx=1\" id=\"js_view_source\">阅读原文</a></div>\n</div>\n<div class=\"side\"><div class=\"qr-box\"><img src=\"https://chuansong.me/qr/2c7a1006b1.png\" alt=\"\"><p>微信扫一扫关注该公众号</p><p>临江市医科大学附属医院微健康</p></div>\n<ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-8293447353\" data-ad-slot=\"5105776990\"></ins>\n<div class=\"recommend\"><h3>推荐阅读</h3><ul><li><a href=\"https://chuansong.me/n/7197118\">这五种垃圾分类你做对了吗</a></li><li><a href=\"https://chuansong.me/n/1811510\">周末去哪儿？城郊赏花攻略来了</a></li><li><a href=\"https://chuansong.me/n/933425\">新能源车下乡活动启动</a></li></ul></div></div></div>\n<div class=\"footer\">传送门 © chuansong.me · 内容来自微信公众号，版权归原作者所有</div>\n<script>var ct = \"1598261100\"; var msg_title = \"专家答疑｜小孩尿路感染需要注意什么？\"; var nickname = \"临江市医科大学附属医院微健康\";</script>\n</body>\n</html>";

describe("a WeChat-article mirror's copy of a hospital account's 专家答疑 post", () => {
  it('dates the post by its posting line under the headline: the day, then the account the <title> names', () => {
    const [own] = read(post());
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-04');
  });

  it('dates the post by its posting line where the headline itself asks the question, the posting line under it', () => {
    const [own] = read(post({ headline: '专家答疑｜吃完饭总是胃胀怎么办' }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-04');
  });

  it('dates the post by its posting line under a headline that asks the question itself, the expert credited after the answer', () => {
    const [own] = read(TITLED_POST);
    expect(own!.question).toBe('小孩尿路感染需要注意什么？');
    expect(own!.doctor.name).toBe('吕静超');
    expect(own!.date).toBe('2020-08-24');
  });

  it("reads the asker's further words in the box of their labelled question as none of the answer, where no label heads the answer", () => {
    const [own] = read(post({ headline: '专家答疑｜吃完饭总是胃胀怎么办', askerWords: '最近一段时间一直这样，不知道是什么原因。', label: false }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("reads the bio line's clauses (name, title, then hospital and department) as the card, and the publicity office's credit as none of the answer", () => {
    const [own] = read(post({ card: S('专家简介：林晓，主治医师，滨海市中心医院消化内科。擅长胃炎等疾病的诊治。') }));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the bio line over the reader’s box as the card where the headline asks the question and no label heads the answer', () => {
    const bio = S('专家简介：林晓，主治医师，滨海市中心医院消化内科。擅长胃炎等疾病的诊治。');
    const [own] = read(post({ headline: '专家答疑｜吃完饭总是胃胀怎么办', card: bio, askerWords: '请问需要做什么检查？', label: false }));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("reads WeChat's recorded voice (<mpvoice>) as the answer's format", () => {
    const [own] = read(post({ voice: true }));
    expect(own!.format).toBe('voice');
  });
});
