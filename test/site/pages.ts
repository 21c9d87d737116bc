import { createHash } from 'node:crypto';

/**
 * Generated pages for the test site, in the layouts the fixtures use (youlai desktop list
 * and question pages). The medical text is filler assembled from a few invented sentences;
 * every page's question and answer are unique, so every page adds entries of its own.
 */

const SYMPTOMS = ['头痛', '咳嗽', '失眠', '胃胀', '腰酸', '口干', '耳鸣', '心慌', '手麻', '乏力', '低烧', '便秘'];
const PEOPLE = ['老人', '孩子', '孕妇', '上班族', '学生', '中年人'];
const DOCTORS = [
  ['陈明', '主任医师', '神经内科', '江州市第一人民医院', '三甲'],
  ['李芳', '副主任医师', '消化内科', '江州市第二人民医院', '三甲'],
  ['周强', '主治医师', '呼吸内科', '江州市中医院', '二甲'],
  ['吴静', '医师', '全科', '江州市社区卫生服务中心', '一甲'],
] as const;
const ADVICE = [
  '建议先注意休息,规律作息,避免熬夜和过度劳累。',
  '饮食上要清淡,少吃辛辣刺激和油腻的食物,多喝温水。',
  '如果症状持续超过一周或者明显加重,应及时到医院就诊,查明原因。',
  '可以在医生指导下做相关检查,比如血常规、肝功能和影像学检查。',
  '平时适当运动,增强体质,保持心情舒畅,对恢复有帮助。',
];

function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length]!;
}

function seedOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0);
}

export interface GeneratedQuestion {
  id: string;
  question: string;
  paragraphs: string[];
  date: string;
}

/** The question page `id` stands for, the same every time. */
export function generatedQuestion(id: string): GeneratedQuestion {
  const s = seedOf(id);
  const symptom = pick(SYMPTOMS, s);
  const who = pick(PEOPLE, s >>> 4);
  const question = `${who}经常${symptom}是怎么回事(${id})`;
  const paragraphs = [
    `${who}经常${symptom},多数与生活习惯和身体状态有关,编号${id}的这个情况需要结合具体表现来判断:`,
    `一、${pick(ADVICE, s >>> 8)}`,
    `二、${pick(ADVICE, (s >>> 12) + 1)}`,
    `三、${pick(ADVICE, (s >>> 16) + 2)}`,
  ];
  const day = String((s % 28) + 1).padStart(2, '0');
  return { id, question, paragraphs, date: `2021-0${(s % 9) + 1}-${day}` };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A youlai desktop question page with a 相关推荐 list linking to `related`. */
export function questionPage(id: string, related: readonly string[], path = `/ask/${id}.html`): string {
  const q = generatedQuestion(id);
  const s = seedOf(id);
  const [name, title, dept, hospital, grade] = pick(DOCTORS, s >>> 3);
  const items = related
    .map((rid) => {
      const r = generatedQuestion(rid);
      return `        <li>
          <h3><a href="/ask/${rid}.html" target="_blank">${esc(r.question)}</a></h3>
          <p class="txt">${esc(r.paragraphs.slice(1).join(''))}</p>
          <div class="voice"><span class="type">图文解答</span> <span class="time">${r.date}</span></div>
        </li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(q.question)}-有来医生</title>
<link rel="canonical" href="${path}">
</head>
<body>
<div class="main clearfix">
  <div class="main_left">
    <p class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">名医问答</a> &gt; ${esc(q.question)}</p>
    <dl>
      <dt><h3><i></i>${esc(q.question)}</h3></dt>
      <dd><p></p></dd>
    </dl>
    <p class="ask_meta"><span>${q.date}</span></p>
    <div class="ans_box clearfix">
      <div class="doc_left">
        <a href="/yyk/doctor/${encodeURIComponent(name)}.html">${esc(name)}</a>
        <h5>${name}<span>${title}</span><em>${dept}</em><span>${hospital}</span></h5>
        <i class="grade">${grade}</i>
      </div>
      <div class="docYes">
${q.paragraphs.map((p) => `        <p>${esc(p)}</p>`).join('\n')}
      </div>
    </div>
    <p class="tips">提示:本内容不能代替面诊,如有不适请尽快就医。</p>
    <div class="recommend">
      <h4>相关推荐</h4>
      <ul>
${items}
      </ul>
    </div>
  </div>
</div>
</body>
</html>
`;
}

/** A youlai list page: question links, up to nine numbered pages around this one, and 下一页 (none on the last page). */
export function listPage(disease: string, page: number, pages: number, questionPaths: readonly string[]): string {
  const items = questionPaths
    .map((p, i) => `        <li>\n          <h3><a href="${p}" target="_blank">问题 ${page}-${i + 1}</a></h3>\n          <span class="time">2021-05-0${(i % 9) + 1}</span>\n        </li>`)
    .join('\n');
  const first = Math.max(1, Math.min(page - 4, pages - 8));
  const numbers = Array.from({ length: Math.min(9, pages) }, (_, i) => first + i)
    .map((n) => `  <li${n === page ? ' class="on"' : ''}><a href="/dise/asklist/${disease}_${n}.html">${n}</a></li>`)
    .join('\n');
  const next = page < pages ? `\n  <li><a href="/dise/asklist/${disease}_${page + 1}.html">下一页</a></li>` : '';
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>黄疸问答_黄疸名医问答-有来医生</title>
</head>
<body>
<div class="main clearfix">
  <div class="main_left">
    <p class="crumbs"><a href="/">首页</a> &gt; <a href="/dise/${disease}.html">黄疸</a> &gt; 黄疸问答</p>
    <h2 class="list_title">黄疸相关问答</h2>
    <div class="ask_list">
      <ul>
${items}
      </ul>
    </div>
<div id="pages"><div class="pageyl"><ul>
${numbers}${next}
</ul></div></div>
  </div>
</div>
</body>
</html>
`;
}

/** A page with links and no Q&A: home, section and doctor pages. */
export function linkPage(title: string, links: ReadonlyArray<readonly [href: string, text: string]>): string {
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body>
<h1>${esc(title)}</h1>
<ul>
${links.map(([href, text]) => `  <li><a href="${esc(href)}">${esc(text)}</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
}
