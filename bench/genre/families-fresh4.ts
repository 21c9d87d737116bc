import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ask, relatedWith, shift } from './ordinary-parts.js';
import { cls, dateText, encode, esc, formatLabel, jsonLd, pageHead } from './parts.js';
import type { Format } from './truth.js';

/**
 * Fourth fresh held-out set (split `fresh-4`): written blind — without reading the reader
 * (src/extract/) and without running it on these pages — and committed before their first run.
 * Each family is modelled on the general shape of a kind of Chinese health Q&A site (from
 * memory, no copied markup): a 问题描述 block with its own asking date and 病情分析/指导意见
 * sections broken by an ad; a consultation shown as chat bubbles with the department only in
 * the doctor's breadcrumb and the grade only in an icon's `title`; a mobile page without <h1>
 * and with related cards in a grid; an old GBK page with broken markup, the card split between
 * a byline and a footer, and other doctors' answers and comments after the main one; a search
 * portal's answer with the grade before the hospital, a voice player and related items opened
 * by a label; a one-line card in an unusual order, an answer indented with full-width spaces
 * and an inline link, and a related <ol> whose items begin with their date and format.
 *
 * The answer key holds what a careful person reads on the page: where the page does not print
 * a field (the answer's format, a related item's date), it is null / 'unknown'.
 */

const earlier = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const t = Math.max(0, h * 60 + m - minutes);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};
const heading = (rng: Rng, words: readonly string[], tag = rng.pick(['h2', 'h3', 'div'])) => `<${tag}${cls(rng)}>${rng.pick(words)}</${tag}>`;

/**
 * H1. An ask-a-doctor portal: the <h1> question, a 问题描述 block with the asker's sex, age and
 * asking date (a day or more before the answer), the card with an 擅长 line that names
 * departments, the answer in 病情分析 / 指导意见 sections with an ad link between them, the reply
 * date under the answer; related items with an answer count and no date.
 */
const analysisAdvice: Family = {
  name: 'analysis-advice',
  split: 'fresh-4',
  site: 'www.wenyi120.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asked = shift(page.date!, -rng.int(1, 4));
    const [first, ...rest] = page.paragraphs;
    const sectioned = rest.length > 0;
    const label = (t: string) => `<div${cls(rng)}><strong>${t}</strong></div>`;
    const ad = `<div${cls(rng)}><a href="/ask/free.html">${rng.pick(['在线医生免费咨询，3分钟内回复 &gt;&gt;', '点击这里，免费向医生提问', '找不到答案？立即咨询专家'])}</a></div>`;
    const ps = (list: readonly string[]) => list.map((p) => `<p>${esc(p)}</p>`).join('');
    const answer = sectioned ? `${label('病情分析：')}${ps([first!])}${ad}${label('指导意见：')}${ps(rest)}` : `${label('指导意见：')}${ps(page.paragraphs)}${ad}`;
    const deptLine = rng.chance(0.5) ? `科室：${esc(d.department!)}` : esc(d.department!);
    const card = `<div${cls(rng)}><a href="/doctor/${page.item.num}/"><img src="/avatar/${page.item.num}.jpg" alt=""></a>
<p><a href="/doctor/${page.item.num}/">${esc(d.name!)}</a> <span>${d.title}</span></p>
<p>${esc(d.hospital!)} <em${cls(rng)}>${d.hospital_grade}</em></p><p>${deptLine}</p>
<p>擅长：内科、外科常见病及多发病的诊断和治疗</p><p>已帮助 ${rng.int(100, 90000)} 人</p></div>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><span>${rng.int(1, 9)}个回答</span><p>${esc(r.snippet)}</p></li>`,
    );
    const html = `${pageHead(page, `${page.question}_问医120`, '<meta charset="utf-8">')}<body>
<div${cls(rng)}><a href="/">问医120</a> &gt; <a href="/wenda/">健康问答</a> &gt; 正文</div>
<div${cls(rng)}>
<h1>${esc(page.question)}</h1>
<div${cls(rng)}><span>${rng.pick(['男', '女'])}</span> | <span>${rng.int(16, 75)}岁</span> | <span>提问时间：${dateText(rng, asked, page.time)}</span></div>
<div${cls(rng)}><p><b>健康咨询描述：</b>${esc(ask(page))}，${rng.pick(['断断续续有一段时间了', '最近两周加重了', '以前没有这种情况'])}，想问问是怎么回事。</p>
<p><b>曾经的治疗情况和效果：</b>${rng.pick(['没有治疗过', '自己买药吃过，效果一般'])}</p><p><b>想得到怎样的帮助：</b>需要去医院做检查吗？</p></div>
<div${cls(rng)}>${card}
<div${cls(rng)}>${answer}</div>
<div${cls(rng)}>回复时间：${dateText(rng, page.date!, page.time, true)}</div>
<p>*以上回答仅供参考，不作为诊断及医疗依据。</p></div>
</div>
${page.related.length ? `<div${cls(rng)}>${heading(rng, ['相似问题', '相关问题'])}<ul>${items.join('')}</ul></div>` : ''}
</body></html>`;
    const paragraphs = sectioned ? ['病情分析：', first!, '指导意见：', ...rest] : ['指导意见：', ...page.paragraphs];
    const related = relatedWith(page, () => ({ format: 'unknown', date: null }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { paragraphs, format: 'unknown', related }) };
  },
};

const CONSULT: Record<Exclude<Format, 'unknown'>, string> = { voice: '电话问诊', text: '图文问诊', video: '视频问诊' };

/**
 * H2. A consultation record shown as chat: the doctor's name and title in a byline over the
 * question (the <title> puts the doctor first), the hospital a link with the grade only in an
 * icon's `title`, the department only in the doctor's breadcrumb; the patient's message, one
 * bubble per answer paragraph, a thank-you from the patient; the day in <time datetime>;
 * related consultations as <dl>.
 */
const chatConsult: Family = {
  name: 'chat-consult',
  split: 'fresh-4',
  site: 'www.haodaifu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const kind = page.format === 'unknown' ? null : CONSULT[page.format];
    const stamp = (time: string) => {
      const [y, m, dd] = page.date!.split('-');
      return `<div${cls(rng)}><time datetime="${page.date}T${time}:00+08:00">${y}.${m}.${dd} ${time}</time></div>`;
    };
    const bubble = (who: 'patient' | 'doctor', text: string) =>
      `<div class="msg msg-${who}"><span class="who">${who === 'doctor' ? esc(d.name!) : '患者'}</span><div class="bubble">${esc(text)}</div></div>`;
    const crumbs = ['好大夫', d.hospital!.replace(/市.*$/u, '市'), d.hospital!, d.department!, `${d.name}`].map((t, i) => `<a href="/c/${i}/">${esc(t)}</a>`);
    const dl = page.related.map((r) => `<dl${cls(rng)}><dt><a href="${r.path}">${esc(r.question)}</a></dt><dd>${esc(r.snippet)}</dd><dd>${formatLabel(rng, r.format)}</dd><dd>${r.date}</dd></dl>`);
    const html = `${pageHead(page, `${d.name}医生回复：${page.question}_好大夫问诊`, '<meta charset="utf-8">')}<body>
<div${cls(rng)}>${crumbs.join(' &gt; ')} &gt; <span>问诊记录</span></div>
<div${cls(rng)}><img src="/a/${page.item.num}.jpg" alt="${esc(d.name!)}"><b>${esc(d.name!)}</b> <span>${d.title}</span>
<a href="/hospital/${page.item.num}.html">${esc(d.hospital!)}</a><i class="grade-icon" title="${d.hospital_grade}"></i>
<a${cls(rng)} href="/doctor/${page.item.num}/ask">向TA提问</a></div>
<h1${cls(rng)}>${esc(page.question)}</h1>${kind ? `<span${cls(rng)}>${kind}</span>` : ''}
<div${cls(rng)}>
${stamp(earlier(page.time, rng.int(5, 50)))}${bubble('patient', `${ask(page)}，${rng.pick(['已经一个多月了', '这两天特别明显', '吃药后好一些但还是反复'])}，请问需要怎么处理？`)}
${stamp(page.time)}${page.paragraphs.map((p) => bubble('doctor', p)).join('\n')}
${bubble('patient', rng.pick(['好的，谢谢医生！', '明白了，非常感谢。']))}
</div>
${page.related.length ? `<div${cls(rng)}>${heading(rng, ['相关问诊', '相似问诊', '相关问答'])}${dl.join('')}</div>` : ''}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: kind ? page.format : 'unknown' }) };
  },
};

/**
 * H3. A mobile page with no <h1> (the question is a styled <div>, the <title> repeats it), the
 * card's department before the hospital and the grade one tag among others (公立, 医保定点), the
 * answer one <div> split by <br><br>, the day in <time datetime> printed 2023年3月5日, related
 * items as cards in a grid, a bottom tab bar and a fixed consult button.
 */
const mobileGrid: Family = {
  name: 'mobile-grid',
  split: 'fresh-4',
  site: 'm.dingxiang-yi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [y, m, dd] = page.date!.split('-').map(Number) as [number, number, number];
    const tags = ['公立', d.hospital_grade!, '医保定点'];
    if (rng.chance(0.5)) tags.reverse();
    const cards = page.related.map(
      (r) =>
        `<a class="grid-item" href="${r.path}"><div${cls(rng)}>${esc(r.question)}</div><div${cls(rng)}>${esc(r.snippet)}</div><div${cls(rng)}><span>${formatLabel(rng, r.format)}</span><span>${dateText(rng, r.date!, page.time, false)}</span></div></a>`,
    );
    const html = `${pageHead(page, `${page.question} - 丁香医问`, '<meta charset="utf-8">', { viewport: true })}<body>
<div class="app">
<div${cls(rng)}><a href="javascript:history.back()">‹</a><span>问答详情</span></div>
<div class="q-title">${esc(page.question)}</div>
<div${cls(rng)}><img src="/a/${page.item.num}.png"><div><div><span>${esc(d.name!)}</span> | <span>${d.title}</span></div>
<div>${esc(d.department!)} | ${esc(d.hospital!)}</div><div>${tags.map((t) => `<span class="tag">${t}</span>`).join('')}</div></div></div>
<div${cls(rng)}><span${cls(rng)}>${formatLabel(rng, page.format)}</span><time datetime="${page.date}">${y}年${m}月${dd}日</time></div>
<div class="answer-text">${page.paragraphs.map(esc).join('<br><br>')}</div>
<div${cls(rng)}><span>有帮助 ${rng.int(0, 500)}</span><span>分享</span></div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关推荐', '相关问答'])}</div><div class="grid">${cards.join('')}</div></div>` : ''}
<a class="fixed-btn" href="/consult">立即咨询医生</a>
<div class="tabbar"><a href="/">首页</a><a href="/ask">问医生</a><a href="/me">我的</a></div>
</div></body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page) };
  },
};

/**
 * H4. An old GBK page (gb2312 declared) with broken markup: upper-case tags, unclosed <p> and
 * <li>, a stray </div>. The card split in two: 回答者 name and title in a byline over the answer,
 * 科室 and the hospital with its grade in a footer under it. After the main answer, other
 * doctors' answers with their own cards, and visitors' comments. Related items as table rows.
 */
const legacyGbk: Family = {
  name: 'legacy-gbk',
  split: 'fresh-4',
  site: 'www.jiankang39.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const others = [
      { name: d.name === '陈立' ? '吴敏' : '陈立', title: '副主任医师', hospital: '白沙市第三人民医院', grade: '三级甲等', dept: '普通内科' },
      { name: d.name === '郑红' ? '孙阳' : '郑红', title: '主治医师', hospital: '南屏市中医院', grade: '二甲', dept: '中医科' },
    ].slice(0, rng.int(1, 2));
    const otherAnswers = others.map(
      (o) => `<DIV${cls(rng)}><P>回答者：<A href="/doc/2/">${o.name}</A> ${o.title}
<P>${rng.pick(['同意上面医生的意见，注意休息，多喝水，必要时到医院复查。', '建议先到正规医院做相关检查，明确诊断后再对症治疗。'])}
<P>科室：${o.dept}　执业医院：${o.hospital}（${o.grade}）</DIV>`,
    );
    const rows = page.related.map((r) => `<TR><TD><A href="${r.path}">${esc(r.question)}</A><BR>${esc(r.snippet)}<TD>${r.date}`);
    const html = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(page.question)}_39问答_健康问答</title><link rel="canonical" href="${page.canonical}">
</head><body>
<DIV${cls(rng)}><A href="/">首页</A> | <A href="/ask/">我要提问</A></DIV></div>
<TABLE width="960"><TR><TD>
<DIV${cls(rng)}><H1>${esc(page.question)}</H1>
<P>问题描述：${esc(ask(page))}，${rng.pick(['该怎么办', '要紧吗', '需要吃什么药'])}？<SPAN>${rng.pick(['男', '女'])}，${rng.int(18, 70)}岁</SPAN>
</DIV>
<DIV${cls(rng)}><B>医生回答</B>
<P>回答者：<A href="/doc/1/">${esc(d.name!)}</A> <FONT color="#999">${d.title}</FONT>
<DIV${cls(rng)}>${page.paragraphs.map((p) => `<P>${esc(p)}`).join('\n')}
</DIV>
<P><FONT size="2">科室：${esc(d.department!)}　执业医院：${esc(d.hospital!)}（${d.hospital_grade}）</FONT>
<P>${dateText(rng, page.date!, page.time, true)}
</DIV>
<DIV${cls(rng)}><B>其他回答（${others.length}）</B>
${otherAnswers.join('\n')}
</DIV>
<DIV${cls(rng)}><B>网友评论</B><UL><LI>谢谢医生，很有帮助<LI>我也是这种情况，请问后来好了吗？</UL></DIV>
</TD></TR></TABLE>
${page.related.length ? `<TABLE${cls(rng)}><TR><TD colspan="2"><B>${rng.pick(['相关问答', '相关问题'])}</B>\n${rows.join('\n')}</TABLE>` : ''}
<DIV${cls(rng)}>Copyright © 2003-2023 健康39 版权所有</DIV>
</body></html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'gb2312-http-equiv'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

/**
 * H5. A search portal's medical answer: the <h1> question with a longer 问题描述 under it, an
 * 医生回答 block whose card shows name, department, title, then the grade as a badge BEFORE the
 * hospital; for voice answers a player (点击播放 0'58'') over the transcript; vote buttons and a
 * 编辑于 date after the answer; JSON-LD now and then; related items (question in an <h3>, no format) whose
 * snippet is opened by a separate 答： label.
 */
const portalAnswer: Family = {
  name: 'portal-answer',
  split: 'fresh-4',
  site: 'health.baidu-like.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ld = rng.chance(0.4) ? jsonLd(page, { date: true, author: rng.chance(0.5) }) : '';
    const voice = page.format === 'voice';
    const player = voice ? `<div${cls(rng)}><span>点击播放</span><span>${rng.int(0, 1)}'${String(rng.int(10, 59))}''</span></div>` : '';
    const label = voice ? '' : `<span${cls(rng)}>${formatLabel(rng, page.format)}</span>`;
    const items = page.related.map(
      (r) => `<div${cls(rng)}><h3><a href="${r.path}">${esc(r.question)}</a></h3><p><span${cls(rng)}>答：</span>${esc(r.snippet)}</p><p>${dateText(rng, r.date!, page.time, false)}</p></div>`,
    );
    const html = `${pageHead(page, `${page.question} - 健康搜索`, '<meta charset="utf-8">', { extra: ld })}<body>
<div${cls(rng)}><form action="/s"><input name="wd" value="${esc(ask(page))}"><button>搜索</button></form></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1>
<div${cls(rng)}><span>问题描述：</span>${esc(ask(page))}，${rng.pick(['这种情况严重吗', '需要注意些什么', '平时该怎么调理'])}？${rng.pick(['最近一周', '这半年', '断断续续一个月'])}一直这样，${rng.pick(['没有吃过药', '吃过药但效果不明显'])}。</div></div>
<div${cls(rng)}><div${cls(rng)}>医生回答</div>
<div${cls(rng)}><img src="/a/${page.item.num}.jpg"><div><b>${esc(d.name!)}</b> <span>${esc(d.department!)}</span> <span>${d.title}</span></div>
<div><span class="badge">${d.hospital_grade}</span> <span>${esc(d.hospital!)}</span></div></div>
${player}${label}
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div${cls(rng)}><span>编辑于 ${dateText(rng, page.date!, page.time, false)}</span> <a href="#">有用 ${rng.int(0, 300)}</a> <a href="#">没用</a> <a href="#">分享</a></div>
<p${cls(rng)}>本回答仅供参考，不能作为诊断及医疗的依据。</p></div>
${page.related.length ? `<div${cls(rng)}>${heading(rng, ['相关问答', '相关推荐', '相似问题'])}${items.join('')}</div>` : ''}
</body></html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { related }) };
  },
};

/**
 * H6. A family-health site: the card one line in an unusual order (hospital（grade）· department
 * · name title) under a 解答专家 label; the answer one block with full-width indents and <br>s, an
 * inline 点击咨询 link ending one paragraph's line and a stray </div>; the date as 2023年03月05日
 * 14时22分; the related <ol> items begin with [date] and 【format】 before the question link.
 */
const oneLineCard: Family = {
  name: 'one-line-card',
  split: 'fresh-4',
  site: 'www.jiatingyisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const sep = rng.pick([' · ', ' | ', '　', ' / ']);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const [hh, mm] = page.time.split(':') as [string, string];
    const link = rng.int(0, page.paragraphs.length - 1);
    const body = page.paragraphs
      .map((p, i) => `　　${esc(p)}${i === link ? ` <a href="/consult/" style="color:red">[点击咨询医生]</a>` : ''}`)
      .join('<br>\n');
    const fmtWord = (f: Format) => (f === 'unknown' ? '' : `【${rng.pick({ voice: ['语音'], text: ['图文'], video: ['视频'] }[f])}】`);
    const items = page.related.map((r) => `<li${cls(rng)}><span>[${r.date}]</span>${fmtWord(r.format)}<a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p></li>`);
    const html = `${pageHead(page, `${page.question}_家庭医生问答`, '<meta charset="utf-8">')}<body>
<div${cls(rng)}><a href="/">家庭医生</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/list/">全部问题</a></div>
<div${cls(rng)}><h2${cls(rng)}>${esc(page.question)}</h2>
<div${cls(rng)}><span>解答专家：</span>${esc(d.hospital!)}（${d.hospital_grade}）${sep}${esc(d.department!)}${sep}<a href="/doctor/${page.item.num}/">${esc(d.name!)}</a> ${d.title}</div>
<div${cls(rng)}>${body}</div></div></div>
<div${cls(rng)}>${y}年${m}月${dd}日 ${hh}时${mm}分</div>
${page.related.length ? `<div${cls(rng)}>${heading(rng, ['相关问答', '相关问题', '其他人还问了'])}<ol>${items.join('')}</ol></div>` : ''}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown' }) };
  },
};

export const FRESH4_FAMILIES: readonly Family[] = [analysisAdvice, chatConsult, mobileGrid, legacyGbk, portalAnswer, oneLineCard];
