import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const read = (html: string, url: string) => {
  const entries = entriesOf(extractOrThrow(pageRecord(html, { url })));
  return { page: entries.find((e) => e.origin === 'page')!, entries };
};

/**
 * A forum's text-only view (文字版): the whole thread in one `<pre>`, each floor headed `[2楼] nick  day`, the doctor's card only in
 * the signature under `--`. 楼主's words, a 网友's floor, a quoted post (`【引用 … 的帖子】` and its `> ` lines) and the asker's thanks
 * are none of the answer; the nickname is no card. Before these rules every floor's lines ran together into the answer, no card read.
 */
const thread = (opts: { sign: string; stamp: string; body: string }) => `<html><head><meta charset="utf-8"><title>宝宝湿疹反复怎么办-育儿健康-某论坛</title></head>
<body><a href="/">某论坛</a> &gt; 文字版
<pre>
标题：宝宝湿疹反复怎么办
版块：育儿健康    人气：3120    回复：3
────────────────────────────────────
[楼主] 河西居民  2023-05-04 09:12
宝宝湿疹反复怎么办
有没有什么好的办法缓解？

[1楼] 紫金山下  2023-05-04 10:30
同问，我家也是这个情况。

[2楼] 仁心在线7  ${opts.stamp}
【引用 河西居民 的帖子】
&gt; 宝宝湿疹反复怎么办
&gt; 有没有什么好的办法缓解？

${opts.body}
--
${opts.sign}

[3楼] 河西居民  2023-05-06 18:40
谢谢医生，明白了！
────────────────────────────────────
</pre>
<p>本版其他帖子：</p>
<a href="/d1001.htm">宝宝湿疹会复发吗</a><br>
<a href="/d1002.htm">小孩湿疹吃什么好</a><br>
<a href="/d1003.htm">湿疹挂什么科？</a><br>
</body></html>`;

describe('a forum thread printed as plain text, the doctor signing under `--`', () => {
  it('answers with the signed floor, its card the signature, its day the floor head’s (a two-digit year read as 20yy)', () => {
    const { page } = read(
      thread({ sign: '——王芳，南屏市第一人民医院皮肤科主治医师', stamp: '23-05-06 14:22', body: '湿疹容易反复，要注意保湿。\n建议及时到医院皮肤科就诊，明确诊断后规范治疗。' }),
      'http://bbs.example.net/d1000.htm',
    );
    expect(page.question).toBe('宝宝湿疹反复怎么办');
    expect(page.answer_paragraphs).toEqual(['湿疹容易反复，要注意保湿。', '建议及时到医院皮肤科就诊，明确诊断后规范治疗。']);
    expect(page.doctor).toMatchObject({ name: '王芳', title: '主治医师', department: '皮肤科', hospital: '南屏市第一人民医院' });
    expect(page.date).toBe('2023-05-06');
  });

  it('joins a paragraph’s lines broken mid-phrase by hand, a card line in the signature', () => {
    const { page } = read(
      thread({ sign: '南屏市第一人民医院 皮肤科 主治医师 王芳', stamp: '2023-5-6 14:22:31', body: '一般不严重，湿疹大多是暂时的，调整作息、清淡饮食\n后会慢慢好转。' }),
      'http://bbs.example.net/d1000.htm',
    );
    expect(page.answer_paragraphs).toEqual(['一般不严重，湿疹大多是暂时的，调整作息、清淡饮食后会慢慢好转。']);
    expect(page.doctor).toMatchObject({ name: '王芳', title: '主治医师', hospital: '南屏市第一人民医院' });
  });

  it('takes the board’s other threads (`本版其他帖子：`), every title asking, as the related links', () => {
    const { page } = read(thread({ sign: '南屏市第一人民医院 皮肤科 主治医师 王芳', stamp: '2023-05-06 14:22', body: '湿疹容易反复，要注意保湿。' }), 'http://bbs.example.net/d1000.htm');
    expect(page.related_urls).toEqual(['http://bbs.example.net/d1001.htm', 'http://bbs.example.net/d1002.htm', 'http://bbs.example.net/d1003.htm']);
  });
});

/**
 * An old phone (WAP) page of a paper's Q&A column: every part a `<p>` of `<br/>`-joined lines, the expert's lead line
 * (`本期专家：…`), `问：` and `答：` in the same block, a row of `[发表评论] [转发]` links and `相关新闻：<br/>` with its links after it.
 * Before these rules the answer's first line (under `答：`, in the lead's block) was read as the card's, and the answer ran on into
 * the link row and the list, the list not taken.
 */
const wap = (card: 'lead' | 'answer') => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>
<title>名医坐诊｜南屏市第一人民医院王芳：湿疹防治有讲究-某某网</title></head><body>
<p><a href="/">某某网</a>&gt;<a href="/health/">健康</a>&gt;正文</p>
<p><b>名医坐诊｜南屏市第一人民医院王芳：湿疹防治有讲究</b><br/>
2023-05-06 08:30　来源：某某晚报<br/>
字号：<a href="?id=1&amp;fs=l">大</a> <a href="?id=1&amp;fs=m">中</a> <a href="?id=1&amp;fs=s">小</a></p>
<p>${card === 'lead' ? '本期专家：王芳，南屏市第一人民医院皮肤科主治医师<br/>\n' : ''}问：宝宝湿疹反复怎么办<br/>
${card === 'answer' ? '南屏市第一人民医院皮肤科主治医师王芳答：<br/>\n湿疹常见的原因有以下几种：' : '答：湿疹常见的原因有以下几种：'}<br/>
1.皮肤屏障受损，要注意保湿，洗澡水不要太热。<br/>
2.接触过敏原，要避免搔抓，必要时在医生指导下用药。</p>
<p>[<a href="comment.php?id=1">发表评论</a>] [<a href="share.php?id=1">转发</a>]</p>
<p>相关新闻：<br/>
<a href="article.php?id=2">宝宝湿疹会复发吗</a><br/>
<a href="article.php?id=3">小孩湿疹吃什么好</a><br/></p>
<p><a href="/">返回首页</a></p>
</body></html>`;

describe('an old WAP page of a paper’s Q&A column', () => {
  const want = ['湿疹常见的原因有以下几种：', '1.皮肤屏障受损，要注意保湿，洗澡水不要太热。', '2.接触过敏原，要避免搔抓，必要时在医生指导下用药。'];
  it('reads the answer from the `答：` line, the expert’s lead line in the same block its card, the related news its links', () => {
    const { page } = read(wap('lead'), 'http://wap.example.com.cn/health/article.php?id=1');
    expect(page.question).toBe('宝宝湿疹反复怎么办');
    expect(page.answer_paragraphs).toEqual(want);
    expect(page.doctor).toMatchObject({ name: '王芳', title: '主治医师', department: '皮肤科', hospital: '南屏市第一人民医院' });
    expect(page.related_urls).toEqual(['http://wap.example.com.cn/health/article.php?id=2', 'http://wap.example.com.cn/health/article.php?id=3']);
  });

  it('ends the answer under a `{card}答：` label at the row of links after it', () => {
    const { page } = read(wap('answer'), 'http://wap.example.com.cn/health/article.php?id=1');
    expect(page.answer_paragraphs).toEqual(want);
    expect(page.doctor).toMatchObject({ name: '王芳', title: '主治医师', hospital: '南屏市第一人民医院' });
  });
});
