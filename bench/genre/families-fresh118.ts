import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Hundred-and-eighteenth fresh held-out set (split `fresh-118`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fifty-third set**, leaning on **dates, times
 * and format labels in the forms real sites print them, and pages that arrive broken**: `二〇二三年一月五日`, `2023.01.05`,
 * `23-01-05`, `01/05/2023` (a US site: month first) vs `05/01/2023` (a Macau site: day first), 民國 days (`112年1月5日`,
 * `民國112/01/05`), ISO with `T` and a zone, a day split over `<span>`s, a day only in `<time datetime>` or only in a
 * `data-time` Unix timestamp, several days on a page (asked, answered, reviewed, updated, first aired, print edition,
 * printed-on footer, copyright year), times with seconds and 上午 / 下午; format labels as words (`图文`, `视频解答`,
 * `语音回复`, `文字回覆`), bracket tags (`[语音]`, `【視頻】`), an icon with only `alt` / `title`, durations (`03'24"`,
 * `时长 3:24`), players of kinds not used before (jPlayer's `<div>`s with no `<audio>` element, a MediaElement wrapper,
 * Tencent's TCPlayer over a bare `<video>`); and broken delivery: GBK bytes declared UTF-8, Big5 declared UTF-8 or not at
 * all, a BOM, unclosed `<p>` / `<td>`, a stray `</body></html>` mid-page, a page cut off inside its related list, mojibake
 * in a footer string, `&nbsp;` runs and full-width spaces inside the card, HTML comments holding an old card, `<br>`-only
 * paragraphs, CJK punctuation as numeric entities.
 *
 * Six Chinese-language sites, none modelled or named by an earlier split. Grepped (case-insensitive, fixed strings, in
 * README.md and families*.ts), no hit: 今晚报 / 今晚网 / 今晚 / jwb / jwb.com / 天津日报 / tjrb / 海河, 厦门日报 / xmnn, 希望之聲 /
 * 希望之声 / soundofhope, 澳亞衛視 / 澳亚卫视 / MASTV / macauasia, 安泰醫院 / 安泰医院 / 安泰 / 東港 / 东港 / tsmh, 郭綜合醫院 /
 * 郭综合 / kgh; also no hit but not taken: 亞洲大學附屬醫院 / auh, 歐洲時報 (traditional; 欧洲时报 hits), 大连晚报 / dlxww,
 * 武汉晚报 / whwb, 光明日報 (traditional; 光明日报 hits), 舜网 (its host word e23 hits), jPlayer / TCPlayer / MediaElement
 * (players, no hit). Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (hit a third time), 明報 / mingpao,
 * 信報 / hkej, 東方日報 / on.cc, 星島 / stheadline, 頭條, 華視, 公視, 中央社, 康健, 早安健康, 華人健康, 馬偕, 長庚, 亞東, 奇美, 慈濟,
 * 成大, 高醫, 榮總, 扬子 / yangtse, 钱江晚报, 大河 / dahe, 羊城晚报, 新民, 楚天, 南方网's southcn, 人民网, 央视, 东方网, 胶东,
 * 中安 (中安在线), 星洲, 中国报, 光华日报, 诗华, 8world, 澳門日報, 正報, 华西, 湘雅, 瑞金, 西京, 齐鲁医院, 浙江大学医学院附属第一医院
 * (浙一 and 浙大一院 no hit, its full name hits), zy91, 北醫, 萬芳, 雙和, 光田, 澄清, 聖馬爾定, 門諾, 博愛 (羅東博愛), 屏東基督教's
 * ptch, 蘋果, 港台 / rthk, 新城, 經濟日報, 大公, 文匯, 養和, 聖保祿, 浸會, 明德, 港安, 醫管局, 仁安, ssm.gov (山頂醫院), 鏡湖,
 * kankanews, 澎湃, 大皖, 新浪, 网易, 搜狐, 腾讯, 今日头条, 杭州网, 长江日报, 汉网, jxnews, 黄河新闻, 新文化报, 彩练, 动静, 广西云,
 * 引力播, 看苏州, 无锡博报, 深圳晚报, 映象 / hnr.cn, 大象新闻, 顶端, 晶报, 羊城, 广州日报, 健康时报, 生命时报, 家庭医生, dplayer,
 * xgplayer, video-js, 西瓜.
 * - **jwb-zhuanjia-dayi-gbk**: 今晚网's (今晚报, Tianjin) 专家答疑 web copy, GBK bytes (gb2312 / gbk declared, undeclared, or
 *   **declared UTF-8**), newspaper full-width indents; **`二〇二三年一月五日` / `2023年1月5日` / `2023-01-05 14:20:33`, a
 *   `《今晚报》… 第N版` print-edition day (the next day: none)**, the copyright year; a `相关文章` list (dated or not);
 * - **xmnn-mingyi-zaixian**: 厦门网's (厦门日报) 名医在线, UTF-8 (BOM on some): **`提问时间` / `回复时间` / `审核` / `更新于`
 *   days, the reply day as `2023.01.05`, `23-01-05`, split `<span>`s, a `<time datetime>` with `3天前` shown, or only a
 *   `data-time` Unix timestamp a script fills; a `本页打印于` footer; format words `图文` / `语音回复` / `视频解答` / `文字` or a
 *   `[语音]` tag**;
 * - **soundofhope-jiankang-wenda**: 希望之聲's 健康問答 (a US radio site, /b5/ or /gb/): **a jPlayer (`<div>`s, no `<audio>`) or
 *   MediaElement wrapper over an `<audio>`, `時長 03'24"` / `时长 3:24`, a `[语音]` / `【語音】` title tag or a speaker icon with
 *   only alt/title; days `01/05/2023` (month first: the US site), `2023年1月5日 下午2:20:33` or a `<time datetime>` with a
 *   `-05:00` zone over a yearless `1月5日 下午2:20`**; `相關節目` audio items with durations;
 * - **mastv-jiankang-jiemu**: 澳亞衛視's 健康 programme page (Macau): **TCPlayer over a bare `<video>` (no src) or a `【視頻】`
 *   tag alone; days `05/01/2023` (day first: the Macau site), ISO `2023-01-05T14:20:33+08:00` printed, `2023年1月5日
 *   14:20:33`; `首播` (an earlier day: none)**; `相關影片` items with durations;
 * - **tsmh-yishi-xinxiang-big5**: 東港安泰醫院's 醫師信箱 (Taiwan, Big5 on most, declared, undeclared or declared UTF-8): **民國
 *   days `112年1月5日` / `民國112/01/05` / `112.01.05` with `上午 10:20:33` / `下午`, a `來信日期`, an HTML comment with an old
 *   card, unclosed `<td>` / `<p>`, `回覆方式：文字` on some**; `其他來信` (link-only, 民國 days);
 * - **kgh-wangshang-zixun-broken**: 郭綜合醫院's 網路諮詢 (Tainan, UTF-8, BOM on some): **a page cut off inside its related list
 *   (no `</html>`), a stray `</body></html>` before the list, a footer string in mojibake, `&nbsp;` runs and full-width spaces
 *   in the card, the answer `<br><br>`-separated, `，` / `。` as `&#65292;` / `&#12290;`, `2023/01/05 下午 02:20:33`**.
 * Hosts from memory (www.jwb.com.cn, www.xmnn.cn, www.soundofhope.org) or guessed (www.imastv.com, www.tsmh.org.tw,
 * www.kgh.com.tw); every path, column name and the markup guessed; none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the date** the day the doctor's answer was published / replied, as printed in full: `二〇二三年一月五日` that day;
 *   `23-01-05` 2023-01-05 (yy-mm-dd, the site's own form); 民國 days the western day; **`01/05/2023` on 希望之聲 month first
 *   (a US site: its `美東時間` and `lang="zh-Hans-US"` / `zh-Hant-US`), `05/01/2023` on 澳亞衛視 day first (Macau prints
 *   dd/mm/yyyy)**; a day only in `<time datetime>` (the visible text `3天前` or a yearless `1月5日 下午2:20`) the date, by
 *   fresh-8's title / datetime / data-* rule; **a day only in a `data-time` Unix timestamp filled by a script null** (an
 *   epoch count, as fresh-8 keyed); **none**: `提问时间` / `來信日期` (the asker's), `审核` / `更新于` / `最後更新` days, 今晚报's
 *   print-edition day, 澳亞衛視's `首播` day, a `本页打印于` footer, a copyright year;
 * - **format** voice on 希望之聲 (a player on every page: jPlayer's controls with a duration, or MediaElement over `<audio>`);
 *   video on 澳亞衛視 (TCPlayer's `<video>`, or the `【視頻】` tag where no player); on 厦门网 the printed word or tag (`图文` /
 *   `文字` text, `语音回复` / `[语音]` voice, `视频解答` video), else unknown; on 安泰 / 郭綜合 `回覆方式：文字` / `文字回覆` text,
 *   else unknown; 今晚网 unknown;
 * - **the question** the `<h1>`'s, tags `[语音]` / `【語音】` / `【視頻】` / `专家答疑｜` none; the asker's text none;
 * - **the answer** the doctor's paragraphs (on 郭綜合 the `<br><br>`-separated blocks, entities decoded); labels, disclaimers
 *   and a `（本文据《今晚报》）` source line none; the HTML comment with an old card none of anything;
 * - **the card** as printed; the hospital the site itself on 安泰 (`東港安泰醫院`) and 郭綜合 (`郭綜合醫院`); 希望之聲's and
 *   澳亞衛視's guest lines as printed (the 主持人 none); grade null wherever none is printed;
 * - **related items**: 今晚网's `相关阅读`, 厦门网's `相关咨询`, 希望之聲's `相關節目`, 澳亞衛視's `相關影片`, 安泰's `其他來信`,
 *   郭綜合's `相關問題`; **a `热门医生` doctor list, `熱門文章` / `最新新聞` / `热点新闻` news lists, a `節目表` none**; the
 *   question as printed; snippets as printed (cut ones with `...`); the day only where a whole day is printed (民國 and
 *   `mm/dd/yyyy` ones read as the page reads its own); items with a duration on 希望之聲 voice and on 澳亞衛視 video (the
 *   duration convention); links as written, resolved against the canonical where the page names one; **on a page cut off
 *   inside the list only the items printed whole before the cut** (the key holds what a careful person can still read).
 */

type Related = TruthPage['related'][number];

const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
const slash = (iso: string) => iso.replace(/-/g, '/');
const dot = (iso: string) => iso.replace(/-/g, '.');
const VIEWPORT = '<meta name="viewport" content="width=device-width,initial-scale=1">\n';
const lang = (html: string, l: string) => html.replace('<html lang="zh-CN">', `<html lang="${l}">`);
const rocYear = (iso: string) => Number(iso.slice(0, 4)) - 1911;
const mdy = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const CN_DIGITS = '〇一二三四五六七八九';
const cnNum = (n: number) => (n <= 10 ? (n === 10 ? '十' : CN_DIGITS[n]!) : n < 20 ? `十${CN_DIGITS[n - 10]}` : `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
/** 二〇二三年一月五日. */
const cnNumeralDate = (iso: string) => `${[...iso.slice(0, 4)].map((d) => CN_DIGITS[Number(d)]).join('')}年${cnNum(Number(iso.slice(5, 7)))}月${cnNum(Number(iso.slice(8, 10)))}日`;
/** `下午2:20:33` from `14:20` and seconds. */
const ampm = (time: string, sec: string, pad: boolean) => {
  const h = Number(time.slice(0, 2));
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h < 12 ? '上午' : '下午'}${pad ? ' ' : ''}${pad ? two(h12) : h12}:${time.slice(3)}:${sec}`;
};
const voiceLen = (rng: Rng) => `${two(rng.int(1, 6))}'${two(rng.int(0, 59))}"`;
const videoLen = (rng: Rng) => `${two(rng.int(1, 25))}:${two(rng.int(0, 59))}`;
const withFormat = (items: ExpectedItem[], format: Format) => items.map((e) => ({ ...e, format }));

const B5_OK = new Map<string, boolean>();
/** Bytes in Big5, every character the WHATWG Big5 decoder would not read back as written as `&#x…;`. */
const big5Bytes = (html: string) => {
  const dec = new TextDecoder('big5');
  const out = [...html]
    .map((ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      let ok = B5_OK.get(ch);
      if (ok === undefined) {
        const bytes = iconv.encode(ch, 'big5');
        ok = iconv.decode(bytes, 'big5') === ch && dec.decode(bytes) === ch;
        B5_OK.set(ch, ok);
      }
      return ok ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
};

// --- F1. jwb-zhuanjia-dayi-gbk ---

/**
 * F1. 今晚网's (今晚报, Tianjin) 专家答疑 web copy (www.jwb.com.cn/health/{yyyymm}/t{yyyymmdd}_{id}.html: host from memory,
 * path guessed), GBK bytes: `gb2312` by http-equiv (45%), `<meta charset="gbk">` (20%), undeclared (15%), **declared
 * `utf-8` over the GBK bytes (20%)**; canonical on 40% (links root-relative: resolved against it, else as written); nav,
 * `当前位置：`; the `<h1>` the question or `专家答疑｜{q}` (35%, the prefix none); the info line `发布时间：` **`二〇二三年一月五日`
 * (30%), `2023年1月5日` (35%) or `2023-01-05 14:20:33` (35%)** (keyed) `来源：今晚报` `编辑：`; on 50% `《今晚报》{next day}
 * 第N版` (none); `解答专家：{name}，{hospital}{（grade） 35%}{department}{title}`; the asker's line `市民{x}问：` (none); the
 * answer, each paragraph indented with `　　` (full-width spaces); `（本文据《今晚报》）` (none); 分享到 / 打印本页 / 关闭窗口;
 * `相关阅读` (link-only, `（yyyy-mm-dd）` on 50% keyed); `热点新闻` (none); `Copyright © 2001-{year} 今晚网` and 津ICP备.
 */
const jwbZhuanjiaDayiGbk: Family = {
  name: 'jwb-zhuanjia-dayi-gbk',
  split: 'fresh-118',
  site: 'www.jwb.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const ym = iso.slice(0, 7).replace('-', '');
    const base = 'https://www.jwb.com.cn';
    const path = (day: string, num: number) => `/health/${day.slice(0, 7).replace('-', '')}/t${day.replace(/-/g, '')}_${num}.html`;
    const canonical = rng.chance(0.4) ? `${base}${path(iso, page.item.num)}` : null;
    const enc = rng.weighted([['gb2312', 45], ['gbk', 20], ['none', 15], ['lie', 20]] as const);
    const prefix = rng.chance(0.35);
    const dayForm = rng.weighted([['numerals', 30], ['cn', 35], ['iso', 35]] as const);
    const day = dayForm === 'numerals' ? cnNumeralDate(iso) : dayForm === 'cn' ? cnDate(iso) : `${iso} ${page.time}:${two(rng.int(0, 59))}`;
    const edition = rng.chance(0.5);
    const grade = rng.chance(0.35) ? d.hospital_grade : null;
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => path(r.date!, itemNum(r));
    const items = related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? `<span class="date">（${r.date}）</span>` : ''}</li>`);
    const list = related.length ? `<div class="${c(rng, 'xgyd', 'related')}"><div class="tit">相关阅读</div><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const indent = (p: string) => `<p>　　${esc(p)}</p>`;
    const body = `<div class="${c(rng, 'top', 'header')}"><a href="/"><img src="/images/logo.gif" alt="今晚网"></a><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/health/">健康</a> | <a href="/epaper/">今晚报数字报</a></div></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/health/">健康</a> &gt; 专家答疑</div>
<div class="${c(rng, 'main', 'article')}">
<h1>${prefix ? '专家答疑｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'source')}">发布时间：${day}　来源：今晚报　编辑：${otherName(rng)}</div>
${edition ? `<div class="paper">《今晚报》${cnDate(shift(iso, 1))} 第${rng.int(9, 20)}版</div>\n` : ''}<div class="${c(rng, 'content', 'TRS_Editor')}">
<p>　　解答专家：${esc(d.name!)}，${esc(d.hospital!)}${grade ? `（${grade}）` : ''}${esc(d.department!)}${esc(d.title!)}</p>
<p>　　市民${rng.pick(['王', '刘', '张'])}女士问：${esc(rng.pick(ASKER_LINES))}</p>
${page.paragraphs.map(indent).join('\n')}
<p>　　（本文据《今晚报》）</p>
</div>
<div class="tools">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
</div>
${list}
<div class="hot"><div class="tit">热点新闻</div><ul><li><a href="/news/${ym}/t${rng.int(100000, 999999)}.html">海河沿线夜景提升工程完工</a></li><li><a href="/news/${ym}/t${rng.int(100000, 999999)}.html">津城今冬供热准备就绪</a></li></ul></div>
<div class="foot">Copyright © 2001-${Number(iso.slice(0, 4)) + rng.int(0, 2)} 今晚网 版权所有　津ICP备${rng.int(10000000, 99999999)}号</div>`;
    const charset = enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'gbk' ? '<meta charset="gbk">' : enc === 'lie' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${prefix ? '专家答疑｜' : ''}${page.question}_今晚网`, canonical, '', body, charset);
    return {
      body: iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F2. xmnn-mingyi-zaixian ---

const XM_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = { voice: ['语音回复', '[语音]'], text: ['图文', '文字'], video: ['视频解答'] };

/**
 * F2. 厦门网's (厦门日报) 名医在线 (www.xmnn.cn/jk/mygz/{yyyymm}/t{yyyymmdd}_{id}.htm: host from memory, path guessed), UTF-8,
 * a BOM on 40%; canonical on 50% (links root-relative: resolved, else as written); nav; the `<h1>` the question (a `[语音]` tag
 * before it on voice pages where that tag is drawn: none of the question); `提问时间：` a day or two before (none); the
 * card (`回复医生`: name, title, `{hospital} {department}`, a `三甲` badge on 40%); **`回复时间：` `2023.01.05` (25%),
 * `23-01-05` (20%), `<span>2023</span>年<span>01</span>月<span>05</span>日` (20%), `<time datetime="2023-01-05 14:20">3天前</time>`
 * (20%: the date by the datetime rule), or `<span data-time="{unix}">` with `--` filled by a script (15%: null)**; the format
 * word beside it on 60% (`图文` / `文字` text, `语音回复` / `[语音]` voice — an `<audio>` under it —, `视频解答` video — a
 * `<video>` —: keyed), else unknown; the answer; `审核：{x} {day}` (a later day: none) on 40%, `更新于 {day}` on 30% (none);
 * 举报 / 分享; **`相关咨询`**: items with a snippet cut at 30 with `...` (50%) or link-only, `yyyy.mm.dd` (keyed) on 50%;
 * `热门医生` (doctors: none); `本页打印于 {a later day}` footer on 40% (none), copyright.
 */
const xmnnMingyiZaixian: Family = {
  name: 'xmnn-mingyi-zaixian',
  split: 'fresh-118',
  site: 'www.xmnn.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.xmnn.cn';
    const path = (day: string, num: number) => `/jk/mygz/${day.slice(0, 7).replace('-', '')}/t${day.replace(/-/g, '')}_${num}.htm`;
    const canonical = rng.chance(0.5) ? `${base}${path(iso, page.item.num)}` : null;
    const bom = rng.chance(0.4);
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const dayForm = rng.weighted([['dot', 25], ['yy', 20], ['spans', 20], ['datetime', 20], ['unix', 15]] as const);
    const unix = Math.floor(Date.parse(`${iso}T${page.time}:00+08:00`) / 1000);
    const day =
      dayForm === 'dot'
        ? `<span class="t">${dot(iso)} ${page.time}</span>`
        : dayForm === 'yy'
          ? `<span class="t">${iso.slice(2)}</span>`
          : dayForm === 'spans'
            ? `<span class="y">${iso.slice(0, 4)}</span>年<span class="m">${iso.slice(5, 7)}</span>月<span class="d">${iso.slice(8)}</span>日`
            : dayForm === 'datetime'
              ? `<time datetime="${iso} ${page.time}">${rng.int(2, 6)}天前</time>`
              : `<span class="t" data-time="${unix}">--</span><script>document.querySelectorAll('[data-time]').forEach(function(e){var t=new Date(e.dataset.time*1000);e.textContent=t.getMonth()+1+'-'+t.getDate()})</script>`;
    const labelled = page.format !== 'unknown' && rng.chance(0.6);
    const word = labelled ? rng.pick(XM_WORDS[page.format as Exclude<Format, 'unknown'>]) : null;
    const tagInTitle = word === '[语音]' && rng.chance(0.5);
    const player = labelled && page.format === 'voice' ? `<audio src="https://video.xmnn.cn/audio/${token(rng, 10)}.mp3" controls></audio>\n` : labelled && page.format === 'video' ? `<video src="https://video.xmnn.cn/v/${token(rng, 10)}.mp4" controls width="100%"></video>\n` : '';
    const review = rng.chance(0.4);
    const updated = rng.chance(0.3);
    const printed = rng.chance(0.4);
    const snip = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => path(r.date!, itemNum(r));
    const snippetOf = (r: Related) => (snip ? cutSnippet(r.snippet, 30, 32, '...') : null);
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <span class="date">${dot(r.date!)}</span>` : ''}${s === null ? '' : `<p class="sum">${esc(s)}</p>`}</li>`;
    });
    const list = related.length ? `<div class="${c(rng, 'xgzx', 'related-ask')}"><h3>相关咨询</h3><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const doctors = `<div class="hot-doc"><h3>热门医生</h3><ul>${[0, 1, 2].map(() => `<li><a href="/jk/mygz/doctor/${rng.int(1000, 9999)}.htm">${otherName(rng)}</a> 主任医师 厦门大学附属第一医院</li>`).join('')}</ul></div>`;
    const card = `<div class="${c(rng, 'doc-card', 'reply-doc')}"><img src="/jk/images/doc/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><div><b>回复医生：</b><span class="name">${esc(d.name!)}</span> <span class="title">${esc(d.title!)}</span>${grade ? ` <i class="badge">${grade}</i>` : ''}<p class="org">${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>`;
    const body = `<div class="${c(rng, 'topbar', 'header')}"><a href="/"><img src="/images/logo.png" alt="厦门网"></a><nav><a href="/">首页</a> <a href="/xmxw/">厦门新闻</a> <a href="/jk/">健康</a> <a href="/jk/mygz/">名医在线</a></nav></div>
<div class="${c(rng, 'qa-detail', 'main')}">
<h1>${tagInTitle ? '[语音] ' : ''}${esc(page.question)}</h1>
<p class="ask-time">提问时间：${shift(iso, -rng.int(1, 2))}</p>
<div class="ask-body">${esc(rng.pick(ASKER_LINES))}</div>
${card}
<div class="${c(rng, 'reply-meta', 'meta')}">回复时间：${day}${word ? `　<em class="fmt">${word}</em>` : ''}</div>
${player}<div class="${c(rng, 'reply-body', 'answer')}">
${paras(page.paragraphs)}
</div>
${review ? `<p class="review">审核：${otherName(rng)}　${shift(iso, rng.int(1, 5))}</p>\n` : ''}${updated ? `<p class="upd">更新于 ${shift(iso, rng.int(10, 200))}</p>\n` : ''}<div class="ops"><a href="javascript:;">举报</a> <a href="javascript:;">分享</a></div>
</div>
${rng.chance(0.5) ? `${list}\n${doctors}` : `${doctors}\n${list}`}
<div class="foot">${printed ? `<p class="print">本页打印于 ${shift(iso, rng.int(30, 400))}</p>` : ''}<p>Copyright © 厦门日报社 厦门网 版权所有　闽ICP备${rng.int(10000000, 99999999)}号</p></div>`;
    const doc = documentOf(`${page.question}_名医在线_厦门网`, canonical, VIEWPORT, body);
    return {
      body: Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(doc, 'utf8')]),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        date: dayForm === 'unix' ? null : iso,
        format: labelled ? page.format : 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, dated),
      }),
    };
  },
};

// --- F3. soundofhope-jiankang-wenda ---

/**
 * F3. 希望之聲's 健康問答 radio page (a US site; www.soundofhope.org/post/{id} with a /b5/ or /gb/ edition: host from
 * memory, path guessed), UTF-8, `lang="zh-Hant-US"` or `zh-Hans-US`, the canonical always (links absolute on 50%, else
 * root-relative: resolved); nav; the `<h1>` with `[语音] ` / `【語音】` before the question on 40% (none of it); **the player:
 * jPlayer (`<div class="jp-jplayer">` + a `jp-audio` control bar, no `<audio>` element, 50%) or a MediaElement wrapper
 * (`mejs-container` over an `<audio>`, 50%); `時長 03'24"` or `时长 3:24` beside it; a speaker icon with only `alt="語音"` /
 * `title="語音節目"` on 40%** (format voice on every page); the day: **`01/05/2023 14:20` with `美東時間` (40%, month
 * first: keyed), `2023年1月5日 下午2:20:33` (30%, keyed) or `<time datetime="2023-01-05T14:20:33-05:00">1月5日 下午2:20</time>`
 * (30%: the datetime's day, keyed)**; `更新：` a later day on 30% (none); `主持人：{x}` (none); `嘉賓：{name}（{hospital}
 * {department}{title}）`; `聽眾提問：` (label none); the answer; `責任編輯` (none); **`相關節目`: items with a duration
 * (voice, the duration convention), `mm/dd/yyyy` on 50% (keyed month first)**; `熱門文章` (none).
 */
const soundofhopeJiankangWenda: Family = {
  name: 'soundofhope-jiankang-wenda',
  split: 'fresh-118',
  site: 'www.soundofhope.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.soundofhope.org';
    const b5 = rng.chance(0.5);
    const w = (t: string, s: string) => (b5 ? t : s);
    const ed = b5 ? 'b5' : 'gb';
    const canonical = `${base}/${ed}/post/${page.item.num}`;
    const absolute = rng.chance(0.5);
    const tag = rng.chance(0.4) ? rng.pick(['[语音] ', '【語音】']) : '';
    const jplayer = rng.chance(0.5);
    const len = rng.chance(0.5) ? `${w('時長', '时长')} ${voiceLen(rng)}` : `${w('時長', '时长')} ${rng.int(1, 9)}:${two(rng.int(0, 59))}`;
    const icon = rng.chance(0.4);
    const dayForm = rng.weighted([['mdy', 40], ['cn', 30], ['datetime', 30]] as const);
    const sec = two(rng.int(0, 59));
    const day =
      dayForm === 'mdy'
        ? `${mdy(iso)} ${page.time} ${w('美東時間', '美东时间')}`
        : dayForm === 'cn'
          ? `${cnDate(iso)} ${ampm(page.time, sec, false)}`
          : `<time datetime="${iso}T${page.time}:${sec}-05:00">${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日 ${ampm(page.time, sec, false).replace(/:\d\d$/, '')}</time>`;
    const updated = rng.chance(0.3);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${absolute ? base : ''}/${ed}/post/${itemNum(r)}`;
    const mp3 = `https://media.soundofhope.org/audio/${iso.slice(0, 4)}/${token(rng, 10)}.mp3`;
    const player = jplayer
      ? `<div id="jquery_jplayer_1" class="jp-jplayer" data-media="${mp3}"></div>
<div id="jp_container_1" class="jp-audio" role="application" aria-label="media player"><div class="jp-controls"><button class="jp-play" role="button">play</button><button class="jp-stop" role="button">stop</button></div><div class="jp-progress"><div class="jp-seek-bar"><div class="jp-play-bar"></div></div></div><div class="jp-current-time">00:00</div><div class="jp-duration">${len.replace(/^\S+ /, '')}</div></div>
<script>$("#jquery_jplayer_1").jPlayer({ready:function(){$(this).jPlayer("setMedia",{mp3:$(this).data("media")})},cssSelectorAncestor:"#jp_container_1",supplied:"mp3"});</script>`
      : `<div class="mejs-container audio-player"><audio class="mejs-player" src="${mp3}" preload="none" controls></audio></div>`;
    const items = related.map(
      (r) =>
        `<li class="${c(rng, 'post-item', 'prog')}"><a href="${href(r)}"><span class="ico-audio"></span><span class="title">${esc(r.question)}</span></a> <span class="len">${voiceLen(rng)}</span>${dated ? ` <span class="date">${mdy(r.date!)}</span>` : ''}</li>`,
    );
    const list = related.length ? `<section class="${c(rng, 'related-posts', 'rel')}"><h3>${w('相關節目', '相关节目')}</h3><ul>\n${items.join('\n')}\n</ul></section>` : '';
    const body = `<header><a href="${base}/${ed}/"><img src="/static/logo.svg" alt="${w('希望之聲', '希望之声')}"></a><nav><a href="/${ed}/category/news">${w('新聞', '新闻')}</a> <a href="/${ed}/category/health">${w('健康', '健康')}</a> <a href="/${ed}/radio">${w('電台直播', '电台直播')}</a></nav></header>
<article class="${c(rng, 'post', 'single')}">
<h1 class="post-title">${tag}${esc(page.question)}</h1>
<div class="post-meta"><span class="date">${day}</span>${updated ? ` <span class="upd">${w('更新', '更新')}：${mdy(shift(iso, rng.int(1, 30)))}</span>` : ''}</div>
<div class="${c(rng, 'audio-box', 'player')}">${icon ? `<img class="ico" src="/static/speaker.png" alt="${w('語音', '语音')}" title="${w('語音節目', '语音节目')}"> ` : ''}<span class="len">${len}</span>
${player}</div>
<div class="${c(rng, 'post-content', 'entry')}">
<p class="host">${w('主持人', '主持人')}：${otherName(rng)}</p>
<p class="guest">${w('嘉賓', '嘉宾')}：${esc(d.name!)}（${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}）</p>
<p><strong>${w('聽眾提問', '听众提问')}：</strong>${esc(rng.pick(ASKER_LINES))}</p>
${paras(page.paragraphs)}
<p class="editor">${w('責任編輯', '责任编辑')}：${otherName(rng)}</p>
</div>
</article>
${list}
<aside class="hot"><h3>${w('熱門文章', '热门文章')}</h3><ul><li><a href="/${ed}/post/${rng.int(100000, 999999)}">${w('冬季進補的三個誤區', '冬季进补的三个误区')}</a></li><li><a href="/${ed}/post/${rng.int(100000, 999999)}">${w('紐約華人社區新聞', '纽约华人社区新闻')}</a></li></ul></aside>
<footer>© ${w('希望之聲國際廣播電台', '希望之声国际广播电台')} Sound of Hope Radio Network</footer>`;
    const doc = lang(documentOf(`${tag}${page.question} | ${w('希望之聲', '希望之声')}`, canonical, VIEWPORT, body), b5 ? 'zh-Hant-US' : 'zh-Hans-US');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'voice',
        related: withFormat(itemsOf(related, href, canonical, () => null, dated), 'voice'),
      }),
    };
  },
};

// --- F4. mastv-jiankang-jiemu ---

/**
 * F4. 澳亞衛視's 健康 programme page (Macau; www.imastv.com/health/{id}.html: host and path guessed), UTF-8, `lang="zh-Hant-MO"`,
 * canonical on 60% (links root-relative: resolved, else as written); a cookie notice, nav; the `<h1>` `【視頻】{q}` (where no
 * player, always; else 30%: none of the question) or the question; **TCPlayer over a bare `<video id="player-container-id">`
 * (no src; a script gives the fileID) on 75% — format video —, else the `【視頻】` tag alone (video, by the label)**; **the
 * day `發佈：05/01/2023` (40%, day first: keyed), `2023-01-05T14:20:33+08:00` printed (30%, keyed) or `2023年1月5日
 * 14:20:33` (30%, keyed); `首播：{an earlier day}` on 50% (none)**; `主講：{name} {title}` / `{hospital}{department}`; the
 * answer; Facebook / WeChat share; **`相關影片`: items with a duration (video, the duration convention), `dd/mm/yyyy` on
 * 40% (keyed day first)**; `節目表` (a schedule: none), `最新新聞` (none).
 */
const mastvJiankangJiemu: Family = {
  name: 'mastv-jiankang-jiemu',
  split: 'fresh-118',
  site: 'www.imastv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.imastv.com';
    const canonical = rng.chance(0.6) ? `${base}/health/${page.item.num}.html` : null;
    const tcplayer = rng.chance(0.75);
    const tag = !tcplayer || rng.chance(0.3);
    const dayForm = rng.weighted([['dmy', 40], ['iso', 30], ['cn', 30]] as const);
    const sec = two(rng.int(0, 59));
    const day = dayForm === 'dmy' ? dmy(iso) : dayForm === 'iso' ? `${iso}T${page.time}:${sec}+08:00` : `${cnDate(iso)} ${page.time}:${sec}`;
    const firstAired = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/health/${itemNum(r)}.html`;
    const items = related.map(
      (r) =>
        `<div class="${c(rng, 'v-card', 'video-item')}"><a href="${href(r)}"><div class="cover"><img src="https://img.imastv.com/cover/${token(rng, 8)}.jpg" alt=""><span class="dur">${videoLen(rng)}</span></div><p class="t">${esc(r.question)}</p></a>${dated ? `<span class="d">${dmy(r.date!)}</span>` : ''}</div>`,
    );
    const list = related.length ? `<div class="${c(rng, 'related-video', 'xgsp')}"><h3>相關影片</h3>\n${items.join('\n')}\n</div>` : '';
    const player = tcplayer
      ? `<div class="player-wrap"><video id="player-container-id" preload="auto" playsinline webkit-playsinline></video></div>
<script src="https://web.sdk.qcloud.com/player/tcplayer/release/v5.1.0/tcplayer.min.js"></script>
<script>var player = TCPlayer('player-container-id', {}); player.loadVideoByID({fileID: '${rng.int(1e9, 9e9)}', appID: '${rng.int(1e9, 2e9)}'});</script>\n`
      : '';
    const body = `<div class="cookie">本網站使用Cookies以提升瀏覽體驗。<a href="javascript:;">同意</a></div>
<header><a href="/"><img src="/images/logo.png" alt="澳亞衛視"></a><nav><a href="/news/">新聞</a> <a href="/program/">節目</a> <a href="/health/">健康</a> <a href="/live/">直播</a></nav></header>
<main class="${c(rng, 'detail', 'program')}">
<h1>${tag ? '【視頻】' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'info')}"><span>發佈：${day}</span>${firstAired ? ` <span>首播：${dmy(shift(iso, -rng.int(2, 20)))}</span>` : ''}</div>
${player}<div class="${c(rng, 'speaker', 'guest')}"><p>主講：${esc(d.name!)} ${esc(d.title!)}</p><p>${esc(d.hospital!)}${esc(d.department!)}</p></div>
<div class="${c(rng, 'content', 'desc')}">
${paras(page.paragraphs)}
</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(base)}">Facebook</a> <a href="javascript:;">WeChat</a></div>
</main>
${list}
<aside><div class="schedule"><h3>節目表</h3><ul><li>19:00 澳亞新聞</li><li>20:30 健康生活</li><li>21:00 澳門街坊</li></ul></div>
<div class="latest"><h3>最新新聞</h3><ul><li><a href="/news/${rng.int(100000, 999999)}.html">氹仔輕軌延伸線最新進度</a></li><li><a href="/news/${rng.int(100000, 999999)}.html">本澳流感季高峰將至</a></li></ul></div></aside>
<footer>© 澳亞衛視 Macau Asia Satellite TV</footer>`;
    const doc = lang(documentOf(`${tag ? '【視頻】' : ''}${page.question} - 澳亞衛視`, canonical, VIEWPORT, body), 'zh-Hant-MO');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'video',
        related: withFormat(itemsOf(related, href, canonical, () => null, dated), 'video'),
      }),
    };
  },
};

// --- F5. tsmh-yishi-xinxiang-big5 ---

const TSMH = '東港安泰醫院';

/**
 * F5. 東港安泰醫院's 醫師信箱 (Pingtung, Taiwan; www.tsmh.org.tw/mailbox/reply.asp?no={id}: host and path guessed),
 * `lang="zh-TW"`: Big5 declared (40%), Big5 undeclared (15%), **Big5 declared `utf-8` (10%)**, UTF-8 (35%); every
 * character the WHATWG Big5 decoder would not read back written as `&#x…;`; no canonical (links root-relative, as written);
 * a `<table>` layout: logo, nav; `來信主旨：{q}` (the question; `<td>`s left unclosed on 35%); `來信日期：` a day or two
 * before (none); **an HTML comment holding an old card (`<!-- <td>回覆醫師：…</td> -->`, another name) on 50% (none)**;
 * `回覆醫師：{department} {name} {title}` (the hospital the site itself); **`回覆日期：` `112年1月5日` (35%), `民國112/01/05`
 * (35%) or `112.01.05` (30%) (keyed: the western day), with `上午 10:20:33` / `下午 02:20:33` on 50%**; `回覆方式：文字` on 40%
 * (text, else unknown); the answer as `<p>`s, unclosed on 35%; `※本信箱回覆僅供參考…` (none); **`其他來信` (link-only, `[112/01/05]`
 * before the question on 50%: keyed)**; `門診時刻表` (none); footer with the address.
 */
const tsmhYishiXinxiangBig5: Family = {
  name: 'tsmh-yishi-xinxiang-big5',
  split: 'fresh-118',
  site: 'www.tsmh.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const enc = rng.weighted([['big5', 40], ['undeclared', 15], ['wrong', 10], ['utf8', 35]] as const);
    const unclosed = rng.chance(0.35);
    const oldCard = rng.chance(0.5);
    const dayForm = rng.weighted([['roc-cn', 35], ['roc-slash', 35], ['roc-dot', 30]] as const);
    const y = rocYear(iso);
    const base = dayForm === 'roc-cn' ? `${y}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日` : dayForm === 'roc-slash' ? `民國${y}/${iso.slice(5, 7)}/${iso.slice(8)}` : `${y}.${iso.slice(5, 7)}.${iso.slice(8)}`;
    const day = rng.chance(0.5) ? `${base} ${ampm(page.time, two(rng.int(0, 59)), true)}` : base;
    const textLabel = rng.chance(0.4);
    const dated = rng.chance(0.5);
    const asked = shift(iso, -rng.int(1, 2));
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/mailbox/reply.asp?no=${itemNum(r)}`;
    const td = (v: string) => `<td>${v}${unclosed ? '' : '</td>'}`;
    const row = (k: string, v: string) => `<tr><td class="k" width="100">${k}</td>${td(v)}</tr>`;
    const items = related.map((r) => `<li>${dated ? `[${rocYear(r.date!)}/${r.date!.slice(5, 7)}/${r.date!.slice(8)}] ` : ''}<a href="${href(r)}">${esc(r.question)}</a></li>`);
    const list = related.length ? `<div class="${c(rng, 'other', 'more')}"><b>其他來信</b><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const answer = page.paragraphs.map((p) => `<p>${esc(p)}${unclosed ? '' : '</p>'}`).join('\n');
    const body = `<table width="980" align="center"><tr><td><a href="/"><img src="/images/logo.jpg" alt="${TSMH}"></a></td><td class="nav"><a href="/">首頁</a>｜<a href="/dept/">科別介紹</a>｜<a href="/schedule/">門診時刻表</a>｜<a href="/mailbox/">醫師信箱</a></td></tr></table>
<table width="980" align="center" class="${c(rng, 'mail', 'letter')}" border="1" cellpadding="6">
${row('來信主旨：', `<b>${esc(page.question)}</b>`)}
${row('來信日期：', `${rocYear(asked)}/${asked.slice(5, 7)}/${asked.slice(8)}`)}
${row('來信內容：', esc(rng.pick(ASKER_LINES)))}
</table>
<div class="${c(rng, 'reply', 'answer-box')}">
${oldCard ? `<!-- <table><tr><td>回覆醫師：${esc(d.department!)} ${otherName(rng)} 醫師</td></tr></table> -->\n` : ''}<p class="doc">回覆醫師：${esc(d.department!)} ${esc(d.name!)} ${esc(d.title!)}</p>
<p class="date">回覆日期：${day}</p>
${textLabel ? '<p class="way">回覆方式：文字</p>\n' : ''}<div class="${c(rng, 'content', 'txt')}">
${answer}
</div>
<p class="note">※本信箱回覆僅供參考，不能取代醫師當面診療，如有不適請儘速就醫。</p>
</div>
${list}
<div class="sched"><b>門診時刻表</b> 週一至週六 上午8:30-12:00　下午2:30-5:30　夜間6:30-9:00</div>
<div class="foot">${TSMH}　屏東縣東港鎮　電話：08-8329966</div>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'undeclared' ? '' : '<meta charset="utf-8">';
    const html = lang(documentOf(`${page.question} - 醫師信箱 - ${TSMH}`, null, '', body, charset), 'zh-TW');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: TSMH, hospital_grade: null },
        format: textLabel ? 'text' : 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F6. kgh-wangshang-zixun-broken ---

const KGH = '郭綜合醫院';
/** A footer string as GBK bytes read as Latin-1 (an include saved in the wrong encoding). */
const MOJIBAKE = iconv.decode(iconv.encode('欢迎光临', 'gbk'), 'latin1');

/**
 * F6. 郭綜合醫院's 網路諮詢 (Tainan; www.kgh.com.tw/consult/detail.php?id={id}: host and path guessed), UTF-8, a BOM on 30%,
 * `lang="zh-TW"`, canonical on 40% (links root-relative: resolved, else as written); the logo with the hospital's name, nav; `諮詢標題：` the question in an
 * `<h2>`; **the card lines `醫師：&nbsp;&nbsp;{name}　{title}` / `科別：　{department}` (`&nbsp;` runs and full-width spaces
 * inside)** (the hospital the site itself); **`回覆時間：2023/01/05 下午 02:20:33` (50%), `2023-01-05` (30%) or `112/01/05`
 * (20%)** (keyed); `文字回覆` beside it on 35% (text, else unknown); **the answer one `<div>` of `<br><br>`-separated blocks
 * (50%) or `<p>`s; `，` / `。` written `&#65292;` / `&#12290;` on 50%**; **a stray `</body></html>` after the answer on 25%
 * (the rest still shown: keyed as printed)**; `相關問題` items with a snippet cut at 26 with `...` (50%) or link-only,
 * `yyyy/mm/dd` on 50% (keyed); **on 30% the page cut off inside the list after its first one to three items (no `</ul>`, no
 * `</html>`): only those items keyed**; else a footer with a mojibake string (欢迎光临's GBK bytes read as Latin-1) on 50% (none).
 */
const kghWangshangZixunBroken: Family = {
  name: 'kgh-wangshang-zixun-broken',
  split: 'fresh-118',
  site: 'www.kgh.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.kgh.com.tw';
    const canonical = rng.chance(0.4) ? `${base}/consult/detail.php?id=${page.item.num}` : null;
    const bom = rng.chance(0.3);
    const dayForm = rng.weighted([['ampm', 50], ['iso', 30], ['roc', 20]] as const);
    const day = dayForm === 'ampm' ? `${slash(iso)} ${ampm(page.time, two(rng.int(0, 59)), true)}` : dayForm === 'iso' ? iso : `${rocYear(iso)}/${iso.slice(5, 7)}/${iso.slice(8)}`;
    const textLabel = rng.chance(0.35);
    const brs = rng.chance(0.5);
    const entities = rng.chance(0.5);
    const stray = rng.chance(0.25);
    const snip = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const cut = related.length > 1 && rng.chance(0.3) ? rng.int(1, Math.min(3, related.length - 1)) : null;
    const mojibake = rng.chance(0.5);
    const href = (r: Related) => `/consult/detail.php?id=${itemNum(r)}`;
    const snippetOf = (r: Related) => (snip ? cutSnippet(r.snippet, 26, 28, '...') : null);
    const ent = (s: string) => (entities ? esc(s).replace(/，/g, '&#65292;').replace(/。/g, '&#12290;') : esc(s));
    const answer = brs ? `<div class="${c(rng, 'ans', 'reply-text')}">${page.paragraphs.map(ent).join('<br><br>\n')}</div>` : `<div class="${c(rng, 'ans', 'reply-text')}">\n${page.paragraphs.map((p) => `<p>${ent(p)}</p>`).join('\n')}\n</div>`;
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <span class="d">${slash(r.date!)}</span>` : ''}${s === null ? '' : `<div class="s">${esc(s)}</div>`}</li>`;
    });
    const shown = cut === null ? items : items.slice(0, cut);
    const listHead = `<div class="${c(rng, 'related', 'xggwt')}"><h3>相關問題</h3><ul>\n${shown.join('\n')}`;
    const head = `${bom ? '\ufeff' : ''}<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 網路諮詢 - ${KGH}</title>
${canonical ? `<link rel="canonical" href="${canonical}">\n` : ''}${VIEWPORT}</head>
<body>
<div class="${c(rng, 'top', 'header')}"><a href="/"><img src="/img/logo.png" alt=""> <span class="name">${KGH}</span></a><ul class="nav"><li><a href="/">首頁</a></li><li><a href="/dept/">門診科別</a></li><li><a href="/consult/">網路諮詢</a></li></ul></div>
<div class="${c(rng, 'consult', 'qa')}">
<h2>諮詢標題：${esc(page.question)}</h2>
<div class="asker">諮詢內容：${esc(rng.pick(ASKER_LINES))}</div>
<div class="${c(rng, 'docinfo', 'replyer')}"><p>醫師：&nbsp;&nbsp;${esc(d.name!)}　${esc(d.title!)}</p><p>科別：　${esc(d.department!)}</p></div>
<p class="time">回覆時間：${day}${textLabel ? '　<span class="way">文字回覆</span>' : ''}</p>
${answer}
</div>
${stray ? '</body></html>\n' : ''}`;
    const html =
      cut === null
        ? `${head}${related.length ? `${listHead}\n</ul></div>\n` : ''}<div class="foot">${mojibake ? `<span class="welcome">${MOJIBAKE}</span> ` : ''}${KGH}　台南市北區勝利路22號</div>
</body>
</html>`
        : `${head}${listHead}\n<li><a href="${href(related[cut]!)}">`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: KGH, hospital_grade: null },
        format: textLabel ? 'text' : 'unknown',
        related: itemsOf(cut === null ? related : related.slice(0, cut), href, canonical, snippetOf, dated),
      }),
    };
  },
};

export const FRESH118_FAMILIES: readonly Family[] = [jwbZhuanjiaDayiGbk, xmnnMingyiZaixian, soundofhopeJiankangWenda, mastvJiankangJiemu, tsmhYishiXinxiangBig5, kghWangshangZixunBroken];
