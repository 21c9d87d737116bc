import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { pinyinPerson, ukDate, usDate, ymd, type Named } from './families-fresh67.js';
import { ASKER_LINES, cnDate, documentOf, hm, itemNum, shift, token, topicWord } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-ninth fresh held-out set (split `fresh-69`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **overseas Chinese communities in
 * North America, Europe and Australia, where Chinese-speaking doctors practising abroad answer health questions**, as
 * such pages stand in 2026: a 文学城-kind 健康 BBS follow-up page, a 华人网-kind phpBB forum thread, a 加国无忧-kind
 * Canadian portal's 家庭医生问答 column, an Australian Chinese portal's 健康问答 (今日悉尼 kind), a European Chinese
 * weekly's 医生信箱 (欧洲时报 / 英中时报 kind) and a North American Chinese daily's 醫藥信箱 in Traditional characters
 * (世界日報 kind). Not fresh-52's Taiwan / HK / SG / MY sites, fresh-67's international clinics in China and
 * Singapore, or fresh-41's telnet-era bbs-telnet-post: other places, other markup. Modelled from memory (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **whose reply is the answer**: the doctor's (the member whose signature or card names a practice); the asker's
 *   words, other members' replies and comments, a quote of the question inside the doctor's post, the signature,
 *   a `Last edited by …` line, ads (real estate, insurance, clinics) and disclaimers (English or Chinese) are none of it;
 *   `答：`, `王医生答：`, `Dr Li：` heads are labels;
 * - **the question** the thread's or letter's question as printed, without `Re:` / `回复：`, a column tag
 *   (`家庭医生问答｜`, `【医生信箱】`, `醫藥信箱／`) or a reply's own subject line (a follow-up page's question is its
 *   thread's, on the `回答:` line);
 * - **the name** the Chinese name where printed (`王明 (Sarah Wang), MD`, `Dr. Sarah Wang 王明` → 王明), else the
 *   English name as printed without `Dr` / `Dr.`; a forum username (`DrWang_MD`) is no name;
 * - **the title** the practice's word as printed, the Chinese one where both are (`家庭医生 Family Physician` →
 *   家庭医生; `Family Physician` alone kept), a membership body before it none of it (`英国中医药学会（ATCM）注册中医师` →
 *   注册中医师), `執業` before it none of it (`紐約執業家庭醫師` → 家庭醫師); **post-nominals (MD, CCFP, FRCPC, DDS,
 *   R.TCM.P, L.Ac., MBBS, FRACGP, MRCGP, MATCM) are no title**: null where only they are printed;
 * - **the department** only where a card labels a specialty (`专科：内科 Internal Medicine` → 内科); a family doctor's
 *   practice prints none (null), and `专长：女性健康、儿童健康` (interests) is no department;
 * - **the hospital** the clinic as printed, the Chinese name where printed (else the English one), without its street
 *   address, city or phone; null where no clinic is named (`於紐約法拉盛開業`); **the grade always null** (no Chinese
 *   hospital grade exists abroad);
 * - **the date** the doctor's reply's printed local day (an EST / PDT / AEST / BST zone after it, a UTC `<time
 *   datetime>` or `article:published_time` meta for another day, change nothing); `May 6, 2023`, `6 May 2023`,
 *   `2023-05-06`, `2023年5月6日` keyed; **a numeric day (`05/06/2023` month first on US / Canadian sites, `06/05/2023`
 *   day first on Australian / British ones) is keyed only where it reads one way (the day above 12, or day = month) or
 *   where another numeric day the page prints in the same form has its day above 12 (the page shows its order, as
 *   fresh-35's nanyang-portal header), else null** (fresh-67's convention); relative days (`3小时前`, `2 days ago`),
 *   the asker's, members' and `Last edited` days date nothing, nor a `最後更新` day beside the published one;
 * - format unknown (none printed); items: a follow-up tree of the same thread, a forum's other replies and a paper's
 *   热门 news are no items; an item's link as written where absolute or where the page names no address of its own,
 *   else resolved against the canonical or og:url; an item showing only its linked question is a link (`[]`).
 */

type Related = TruthPage['related'][number];
type Order = 'mdy' | 'dmy';

/** A numeric day in the site's order: 05/06/2023 (month first) or 06/05/2023 (day first), padded or not. */
const numeric = (iso: string, order: Order, padded = true) => {
  const [y, m, d] = ymd(iso);
  const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
  return order === 'mdy' ? `${p(m)}/${p(d)}/${y}` : `${p(d)}/${p(m)}/${y}`;
};
/** A numeric day whose day is above 12 reads only one way: printed on a page, it shows the order of the page's numeric days. */
const showsOrder = (iso: string) => ymd(iso)[2] > 12;
/** The key of a numeric day: the day where it reads one way or the page's other numeric days (`shown`) show its order, else null. */
const numericKey = (iso: string, shown: readonly string[]) => {
  const [, m, d] = ymd(iso);
  return d > 12 || d === m || shown.some(showsOrder) ? iso : null;
};
/** 2:22 PM / 2:22 pm. */
const twelveHour = (time: string, lower = false) => {
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const half = h < 12 ? 'AM' : 'PM';
  return `${h % 12 || 12}:${String(mi).padStart(2, '0')} ${lower ? half.toLowerCase() : half}`;
};

/** A practice abroad: the doctor's title in Chinese and English, their post-nominals, the specialty a card may label, clinics. */
interface Practice {
  title: Named;
  post: readonly string[];
  specialty: Named;
  clinics: readonly (readonly [zh: string, en: string, address: string])[];
}
const CA_PRACTICES: readonly Practice[] = [
  { title: ['家庭医生', 'Family Physician'], post: ['MD, CCFP', 'MD, CCFP, FCFP', 'MD'], specialty: ['家庭医学', 'Family Medicine'], clinics: [['万锦康华家庭诊所', 'Kanghua Family Clinic', '4400 Highway 7 E, Unit 12, Markham, ON L3R 1L9'], ['北约克华人医疗中心', 'North York Chinese Medical Centre', '5762 Yonge St, North York, ON M2M 3T7'], ['列治文康乐医务所', 'Richmond Wellness Medical Clinic', '8171 Ackroyd Rd, Richmond, BC V6X 3K1']] },
  { title: ['注册中医师', 'Registered TCM Practitioner'], post: ['R.TCM.P', 'R.TCM.P, R.Ac'], specialty: ['中医针灸', 'TCM & Acupuncture'], clinics: [['仁心中医针灸诊所', 'Renxin TCM & Acupuncture Clinic', '9325 Yonge St, Richmond Hill, ON L4C 1V4'], ['士嘉堡百草堂中医诊所', 'Baicaotang TCM Clinic', '4675 Steeles Ave E, Scarborough, ON M1V 4S5']] },
  { title: ['牙医', 'Dentist'], post: ['DDS', 'DMD'], specialty: ['牙科', 'Dentistry'], clinics: [['丽晶牙科诊所', 'Regent Dental Centre', '3601 Highway 7 E, Markham, ON L3R 0M3'], ['太平洋家庭牙科', 'Pacific Family Dentistry', '4151 Hazelbridge Way, Richmond, BC V6X 4J7']] },
  { title: ['内科专科医生', 'Internist'], post: ['MD, FRCPC'], specialty: ['内科', 'Internal Medicine'], clinics: [['约克内科专科诊所', 'York Internal Medicine Clinic', '2851 John St, Markham, ON L3R 5R7']] },
];
const US_PRACTICES: readonly Practice[] = [
  { title: ['家庭医生', 'Family Physician'], post: ['MD', 'MD, FAAFP', 'DO'], specialty: ['家庭医学', 'Family Medicine'], clinics: [['湾区华人家庭医疗', 'Bay Area Family Medical Group', '1234 El Camino Real, San Mateo, CA 94402'], ['法拉盛家庭医疗诊所', 'Flushing Family Medical Practice', '136-20 38th Ave, Flushing, NY 11354'], ['圣盖博谷家庭诊所', 'San Gabriel Valley Family Clinic', '301 W Valley Blvd, San Gabriel, CA 91776']] },
  { title: ['内科医生', 'Internist'], post: ['MD, FACP', 'MD'], specialty: ['内科', 'Internal Medicine'], clinics: [['华埠内科诊所', 'Chinatown Internal Medicine', '80 Bowery, New York, NY 10013']] },
  { title: ['牙医', 'Dentist'], post: ['DDS', 'DMD'], specialty: ['牙科', 'Dentistry'], clinics: [['库比蒂诺微笑牙科', 'Cupertino Smile Dental', '20589 Homestead Rd, Cupertino, CA 95014']] },
  { title: ['执照针灸师', 'Licensed Acupuncturist'], post: ['L.Ac.', 'L.Ac., DAOM'], specialty: ['针灸', 'Acupuncture'], clinics: [['尔湾东方针灸中心', 'Irvine Oriental Acupuncture Center', '14988 Sand Canyon Ave, Irvine, CA 92618']] },
];
const AU_PRACTICES: readonly Practice[] = [
  { title: ['全科医生', 'General Practitioner'], post: ['MBBS, FRACGP', 'MBBS (Hons), FRACGP', 'MBBS'], specialty: ['全科', 'General Practice'], clinics: [['好市围家庭医疗中心', 'Hurstville Family Medical Centre', 'Shop 5, 225 Forest Rd, Hurstville NSW 2220'], ['宝活医疗中心', 'Burwood Medical Centre', '12 Railway Pde, Burwood NSW 2134'], ['博士山家庭诊所', 'Box Hill Family Clinic', '8 Market St, Box Hill VIC 3128']] },
  { title: ['注册中医师', 'Registered Chinese Medicine Practitioner'], post: ['BHSc (Chinese Medicine)', 'MCM (UTS)'], specialty: ['中医', 'Chinese Medicine'], clinics: [['好市围仁和中医诊所', 'Renhe Chinese Medicine Clinic', 'Shop 12, 2 Woodville St, Hurstville NSW 2220']] },
  { title: ['牙医', 'Dentist'], post: ['BDS', 'BDSc'], specialty: ['牙科', 'Dentistry'], clinics: [['宝活微笑牙科', 'Burwood Smile Dental', 'Suite 3, 42 Burwood Rd, Burwood NSW 2134']] },
];
const EU_PRACTICES: readonly Practice[] = [
  { title: ['全科医生', 'GP'], post: ['MBBS, MRCGP', 'MBChB, MRCGP, DRCOG'], specialty: ['全科', 'General Practice'], clinics: [['伦敦华人全科诊所', 'London Chinese GP Practice', '32 Gerrard St, London W1D 6JA'], ['曼城华人健康中心', 'Manchester Chinese Health Centre', '48 Faulkner St, Manchester M1 4FH']] },
  { title: ['注册中医师', 'Registered TCM Practitioner'], post: ['MATCM', 'FTCMP, MATCM'], specialty: ['中医', 'TCM'], clinics: [['唐人街仁和堂中医诊所', 'Ren He Tang Chinese Medicine Clinic', '11 Lisle St, London WC2H 7BE']] },
  { title: ['全科医生', 'Médecin généraliste'], post: ['Docteur en médecine'], specialty: ['全科', 'Médecine générale'], clinics: [['巴黎十三区华人诊所', 'Cabinet Médical Paris 13', "48 Avenue d'Ivry, 75013 Paris"]] },
];

/** A doctor abroad as a page prints them: which of the Chinese and English name, title and clinic it shows. */
interface Abroad {
  zh: string;
  en: string;
  practice: Practice;
  clinic: Practice['clinics'][number];
  post: string;
  /** What the page prints of each: the Chinese, the English, both or (title, clinic) none. */
  name: 'zh' | 'en' | 'both';
  title: 'zh' | 'en' | 'both' | 'none';
  clinicShown: 'zh' | 'en' | 'both' | 'none';
  /** The labelled specialty where the card prints one. */
  specialty: boolean;
}
const drawAbroad = (rng: Rng, practices: readonly Practice[], o: { enOnly: number; titleNone: number; clinicNone: number; specialty: number }): Abroad => {
  const who = pinyinPerson(rng);
  const practice = rng.pick(practices);
  return {
    zh: who.zh,
    en: rng.chance(0.5) ? who.english : who.pinyin,
    practice,
    clinic: rng.pick(practice.clinics),
    post: rng.pick(practice.post),
    name: rng.chance(o.enOnly) ? 'en' : rng.pick(['zh', 'both', 'both'] as const),
    title: rng.chance(o.titleNone) ? 'none' : rng.weighted([['zh', 3], ['en', 3], ['both', 4]] as const),
    clinicShown: rng.chance(o.clinicNone) ? 'none' : rng.weighted([['zh', 3], ['en', 2], ['both', 5]] as const),
    specialty: rng.chance(o.specialty),
  };
};
const zhOrEn = (pair: Named, shown: 'zh' | 'en' | 'both' | 'none') => (shown === 'none' ? null : shown === 'en' ? pair[1] : pair[0]);
/** The key's doctor: Chinese where printed, else English; no grade. */
const abroadKey = (a: Abroad): TruthDoctor => ({
  name: a.name === 'en' ? a.en : a.zh,
  title: zhOrEn(a.practice.title, a.title),
  department: a.specialty ? a.practice.specialty[0] : null,
  hospital: zhOrEn([a.clinic[0], a.clinic[1]], a.clinicShown),
  hospital_grade: null,
});
/** The pieces a card or signature prints: name (with `Dr` and post-nominals as the site writes them), title, clinic. */
const abroadName = (rng: Rng, a: Abroad) =>
  a.name === 'zh' ? rng.pick([`${a.zh}医生`, `${a.zh}, ${a.post}`, a.zh]) : a.name === 'en' ? rng.pick([`Dr. ${a.en}, ${a.post}`, `Dr ${a.en}`, `${a.en}, ${a.post}`]) : rng.pick([`${a.zh} (${a.en}), ${a.post}`, `Dr. ${a.en} ${a.zh}`, `${a.zh}医生 Dr ${a.en}`]);
const abroadTitle = (a: Abroad) => (a.title === 'none' ? '' : a.title === 'zh' ? a.practice.title[0] : a.title === 'en' ? a.practice.title[1] : `${a.practice.title[0]} ${a.practice.title[1]}`);
const abroadClinic = (rng: Rng, a: Abroad) =>
  a.clinicShown === 'none' ? '' : a.clinicShown === 'zh' ? a.clinic[0] : a.clinicShown === 'en' ? a.clinic[1] : rng.pick([`${a.clinic[0]} ${a.clinic[1]}`, `${a.clinic[0]}（${a.clinic[1]}）`]);
const phone = (rng: Rng, codes: readonly string[]) => `${rng.pick(codes)} ${rng.int(200, 999)}-${rng.int(1000, 9999)}`;

/** Items at `href`, with their snippet where printed and their day as `day` keys it. */
const keyedItems = (related: readonly Related[], href: (r: Related) => string, own: string | null, snippet: boolean, day: (r: Related) => string | null): ExpectedItem[] =>
  related.map((r) => ({ question: r.question, paragraphs: snippet ? [r.snippet] : [], format: 'unknown', date: day(r), url: own ? new URL(href(r), own).href : href(r) }));

const MEMBER_REPLIES = [
  '我之前也是这样，后来去看了家庭医生，转了专科，排了三个月才排上。',
  '可以先去walk-in clinic看看，不用等家庭医生预约。',
  '国内的话直接挂专家号了，这边只能先看family doctor。',
  '同问，坐等专业人士回答。',
  '多喝水多休息，我家每次都是这样过去的。',
];
const THANKS = ['谢谢医生！很有帮助', 'mark一下，专业回复', '赞Dr.的耐心解答', '谢谢，已经约了家庭医生'];
const NICKS = ['多伦多新移民', '湾区码农', '枫叶妈妈', 'lazycat2020', '北美小白', 'sunnyday', '悉尼小王', '墨尔本阿May', '伦敦打工人', 'peachblossom'];
const AD_LINES = [
  '地产经纪 Cindy Zhang｜买房卖房 免费估价 {tel}',
  'Super Visa 父母探亲保险 低至$60/月 {tel}',
  '专业贷款 Mortgage 首付5%起 {tel}',
  '华人驾校 G2/G 一次通过 {tel}',
];
const adLine = (rng: Rng, codes: readonly string[]) => `<div${cls(rng)}><span>广告</span> ${esc(rng.pick(AD_LINES).replace('{tel}', phone(rng, codes)))}</div>`;
const EN_DISCLAIMERS = [
  'Disclaimer: This post is for general information only and does not constitute medical advice.',
  'The information provided is for general educational purposes only. Please consult your own doctor.',
  'This is not a substitute for a consultation with your family doctor.',
];
const NA_CODES = ['416', '647', '905', '604', '408', '650', '718', '626'];

// --- F1. wenxincity-followup ---

const OWN_SUBJECTS = ['建议先看家庭医生做个检查', '我是家庭医生，说几句', '从医生角度回复一下', '不用太担心，但要排查一下'];
const bbsId = (rng: Rng, a: Abroad) => rng.pick([`Dr${a.en.replace(/ /g, '')}`, `${a.en.split(' ')[0]!.toLowerCase()}_md`, 'maplefamilydoc', 'bayareadoc', `doc${rng.int(10, 999)}`]);

/** A signature or card as lines: name, title, clinic (title and clinic in either order), the address on most, a phone. */
const signatureLines = (rng: Rng, a: Abroad, codes: readonly string[]) => {
  const middle = [abroadTitle(a), abroadClinic(rng, a)].filter(Boolean);
  return [
    abroadName(rng, a),
    ...(rng.chance(0.3) ? middle.reverse() : middle),
    ...(rng.chance(0.7) ? [a.clinic[2]] : []),
    rng.pick([`Tel: ${phone(rng, codes)}`, `预约电话：${phone(rng, codes)}`, `Tel: ${phone(rng, codes)} | 接受新病人 Accepting new patients`]),
  ];
};

/**
 * F1. A 文学城-kind 健康园地 BBS follow-up page (bbs.wenxincity.com/health/…): the doctor's reply has its own page: its subject
 * (`回复：question`, `Re: question`, or on 40% the doctor's own words `建议先看家庭医生做个检查`), `送交者: id[品衔R4☆] 于
 * 2023-05-06 14:22:31 已读 N 次` (month first `05/06/2023 14:22:31` on 30%), `回答: <a>question</a> 由 asker 于 day`, the text
 * (`<br><br>` or `<p>`s), an English disclaimer on 40%, the signature after `--` / `<hr>` (name, title, clinic, address, phone:
 * the card); an ad; `所有跟帖:` the thread's tree (`• subject - id (N bytes) 05/06/2023 18:10:25`, members' thanks under the
 * doctor's). Key: the question the thread's (the `回答:` line); the signature the card; the 送交者 day (a month-first one by
 * the convention); the tree no items (related []).
 */
const wenxincityFollowup: Family = {
  name: 'wenxincity-followup',
  split: 'fresh-69',
  site: 'bbs.wenxincity.com',
  render(page, rng): Rendered {
    const canada = rng.chance(0.5);
    const a = drawAbroad(rng, canada ? CA_PRACTICES : US_PRACTICES, { enOnly: 0.2, titleNone: 0.15, clinicNone: 0.1, specialty: 0 });
    const codes = canada ? ['416', '647', '905', '604'] : ['408', '650', '718', '626'];
    const id = bbsId(rng, a);
    const asker = rng.pick(NICKS);
    const asked = shift(page.date!, -rng.int(0, 2));
    const own = page.item.num + rng.int(1, 400);
    const sec = () => String(rng.int(0, 59)).padStart(2, '0');
    const subject = rng.chance(0.4) ? rng.pick(OWN_SUBJECTS) : `${rng.pick(['回复：', 'Re: '])}${page.question}`;
    const replies = Array.from({ length: rng.int(1, 3) }, () => ({ who: rng.pick(NICKS), day: shift(page.date!, rng.int(0, 5)), title: rng.pick(THANKS) }));
    const numericHead = rng.chance(0.3);
    const date = numericHead ? numericKey(page.date!, replies.map((r) => r.day)) : page.date;
    const day = numericHead ? numeric(page.date!, 'mdy') : page.date!;
    const answer = rng.chance(0.5) ? `<div${cls(rng)}>${page.paragraphs.map(esc).join('<br><br>')}</div>` : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const sig = signatureLines(rng, a, codes).map(esc);
    const sigHtml = `${rng.pick(['--<br>', '<hr>', '——————<br>'])}${rng.chance(0.5) ? `<div style="font-size:12px;color:#666">${sig.join('<br>')}</div>` : sig.map((l) => `<p${cls(rng)}>${l}</p>`).join('')}`;
    const treeLine = (href: number, title: string, who: string, d: string, time: string) =>
      `<a href="/health/${href}.html">${esc(title)}</a> - ${esc(who)} <i>(${rng.int(0, 3000)} bytes)</i> ${numeric(d, 'mdy')} ${time}:${sec()}`;
    const tree = `<div${cls(rng)}><b>所有跟帖:</b><ul><li>• ${treeLine(own, subject, id, page.date!, page.time)}<ul>${replies.map((r, i) => `<li>• ${treeLine(own + i + 1, r.title, r.who, r.day, hm(rng))}</li>`).join('')}</ul></li></ul></div>`;
    const head = rng.pick(['h1', 'h2', 'div']);
    const post = `<div${cls(rng)}><${head}${cls(rng)}><b>${esc(subject)}</b></${head}>
<p${cls(rng)}>送交者: <a href="/user/${id}">${id}</a>${rng.pick([`[品衔R${rng.int(1, 6)}☆]`, `[★★声望品衔${rng.int(1, 9)}★★]`, ''])} 于 ${day} ${page.time}:${sec()} 已读 ${rng.int(30, 5000)} 次 <a href="#">大字阅读</a> <a href="#">繁體</a></p>
<p${cls(rng)}>回答: <a href="/health/${page.item.num}.html">${esc(page.question)}</a> 由 ${esc(asker)} 于 ${asked} ${hm(rng)}:${sec()}</p>
${wrap(rng, `<div${cls(rng)}>${answer}${rng.chance(0.4) ? `<p>${rng.pick(EN_DISCLAIMERS)}</p>` : ''}${sigHtml}</div>`, 1)}</div>`;
    const body = `<div${cls(rng)}><a href="/">文心城</a> | <a href="/news/">新闻</a> | <a href="/bbs/">论坛</a> | <a href="/blog/">博客</a> | <a href="/video/">视频</a></div>
<div${cls(rng)}><a href="/bbs/">论坛首页</a> › <a href="/health/">健康园地</a></div>
${post}
${adLine(rng, codes)}
${tree}
<div${cls(rng)}><a href="/health/">返回健康园地</a> <a href="/health/post">发表新帖</a></div>`;
    const html = documentOf(`${subject} - 健康园地 - 文心城`, null, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor: abroadKey(a), date, format: 'unknown', related: [] }) };
  },
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** phpBB's own day: `Sat May 06, 2023 2:22 pm`. */
const phpbbDay = (iso: string, time: string) => {
  const [y, , d] = ymd(iso);
  return `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${usDate(iso).slice(0, 3)} ${String(d).padStart(2, '0')}, ${y} ${twelveHour(time, true)}`;
};

/**
 * F2. A 华人网-kind forum thread on phpBB (www.huarenquan.us/forum/viewtopic.php?t=…), English interface: `健康医疗 Health` crumbs,
 * the topic title (the question); posts as phpBB 2 table rows (subSilver: `span.name`, `span.postdetails` with rank, `Joined:
 * Jan 2012`, `Posts:`; `Posted: 05/06/2023 2:22 pm PDT  Post subject: Re: …`, `span.postbody`, `_________________` and the
 * signature) or phpBB 3 `div.post` blocks (prosilver: `p.author` `by user » day`, `div.content`, `div.signature`, `dl.postprofile`);
 * every day in one form a page: month first numeric (padded or not) on 70%, phpBB's `Sat May 06, 2023 2:22 pm` else; the 楼主's
 * question, 0–2 members' replies, the doctor's reply (username `DrSarahWang`, rank `认证医生 Verified MD` or `Member`; a quote
 * of the question on 40%; an English disclaimer on 40%; `Last edited by … on day; edited 1 time in total` on 30%; the signature:
 * name, title (none on 30%: post-nominals only), clinic, address, phone, on lines or one ` | ` line), 1–2 members' thanks after;
 * `Similar Topics` (topic links, author, replies), root-relative, a canonical on half.
 */
const huarenquanPhpbb: Family = {
  name: 'huarenquan-phpbb',
  split: 'fresh-69',
  site: 'www.huarenquan.us',
  render(page, rng): Rendered {
    const a = drawAbroad(rng, US_PRACTICES, { enOnly: 0.3, titleNone: 0.3, clinicNone: 0.1, specialty: 0 });
    const id = bbsId(rng, a);
    const textual = rng.chance(0.3);
    const padded = rng.chance(0.5);
    const zone = rng.chance(0.2) ? '' : `${rng.pick(['P', 'E'])}${northernSummer(page.date!) ? 'D' : 'S'}T`;
    const posted = (iso: string, time: string) => (textual ? phpbbDay(iso, time) : `${numeric(iso, 'mdy', padded)} ${twelveHour(time, true)}${zone ? ` ${zone}` : ''}`);
    const three = rng.chance(0.4);
    const asker = rng.pick(NICKS);
    const asked = shift(page.date!, -rng.int(1, 3));
    const before = Array.from({ length: rng.int(0, 2) }, () => ({ who: rng.pick(NICKS), day: shift(page.date!, -rng.int(0, 1)), text: rng.pick(MEMBER_REPLIES) })).sort((x, y) => x.day.localeCompare(y.day));
    const after = Array.from({ length: rng.int(1, 2) }, () => ({ who: rng.pick(NICKS), day: shift(page.date!, rng.int(0, 6)), text: rng.pick(THANKS) })).sort((x, y) => x.day.localeCompare(y.day));
    const edited = rng.chance(0.3) ? shift(page.date!, rng.int(0, 3)) : null;
    const shown = [asked, ...before.map((p) => p.day), ...after.map((p) => p.day), ...(edited ? [edited] : [])];
    const date = textual ? page.date : numericKey(page.date!, shown);
    const sigLines = signatureLines(rng, a, ['(408)', '(650)', '(626)', '(718)']).map(esc);
    const sig = rng.chance(0.4) ? sigLines.join(' | ') : sigLines.join('<br />');
    const quote = rng.chance(0.4)
      ? three
        ? `<blockquote><div><cite>${esc(asker)} wrote:</cite>${esc(page.question)}</div></blockquote>`
        : `<table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>${esc(asker)} wrote:</b></span></td></tr><tr><td class="quote">${esc(page.question)}</td></tr></table>`
      : '';
    const doctorBody = `${quote}${page.paragraphs.map(esc).join('<br /><br />')}${rng.chance(0.4) ? `<br /><br /><i>${rng.pick(EN_DISCLAIMERS)}</i>` : ''}`;
    const editedNote = edited ? `Last edited by ${id} on ${posted(edited, hm(rng))}; edited 1 time in total` : '';
    type Post = { who: string; rank: string; day: string; time: string; subject: string; body: string; sig: string; edited: string };
    const member = (who: string, day: string, text: string): Post => ({ who, rank: rng.pick(['Member', 'Senior Member', 'Newbie']), day, time: hm(rng), subject: `Re: ${page.question}`, body: esc(text), sig: '', edited: '' });
    const posts: Post[] = [
      { ...member(asker, asked, ''), subject: page.question, body: `${esc(page.question)}<br />${esc(rng.pick(ASKER_LINES))}` },
      ...before.map((p) => member(p.who, p.day, p.text)),
      { who: id, rank: rng.pick(['认证医生 Verified MD', 'Member', '医生']), day: page.date!, time: page.time, subject: `Re: ${page.question}`, body: doctorBody, sig, edited: editedNote },
      ...after.map((p) => member(p.who, p.day, p.text)),
    ];
    const row = (p: Post, i: number) =>
      three
        ? `<div id="p${page.item.num + i}" class="post bg${(i % 2) + 1}"><div class="inner"><div class="postbody"><h3><a href="#p${page.item.num + i}">${esc(p.subject)}</a></h3><p class="author">by <strong>${esc(p.who)}</strong> » ${posted(p.day, p.time)}</p><div class="content">${p.body}</div>${p.edited ? `<div class="notice">${p.edited}</div>` : ''}${p.sig ? `<div class="signature">${p.sig}</div>` : ''}</div><dl class="postprofile"><dt>${esc(p.who)}</dt><dd>${p.rank}</dd><dd><strong>Posts:</strong> ${rng.int(1, 3000)}</dd><dd><strong>Joined:</strong> ${usDate(shift(asked, -rng.int(100, 4000))).replace(/ \d+,/, '')}</dd></dl></div></div>`
        : `<tr><td width="150" align="left" valign="top" class="row${(i % 2) + 1}"><span class="name"><a name="${page.item.num + i}"></a><b>${esc(p.who)}</b></span><br /><span class="postdetails">${p.rank}<br />Joined: ${usDate(shift(asked, -rng.int(100, 4000))).replace(/ \d+,/, '')}<br />Posts: ${rng.int(1, 3000)}</span></td>
<td class="row${(i % 2) + 1}" width="100%" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="100%"><span class="postdetails">Posted: ${posted(p.day, p.time)}&nbsp; &nbsp;Post subject: ${esc(p.subject)}</span></td></tr><tr><td colspan="2"><hr /></td></tr><tr><td colspan="2"><span class="postbody">${p.body}</span>${p.sig ? `<span class="postbody"><br />_________________<br />${p.sig}</span>` : ''}${p.edited ? `<span class="gensmall"><br /><br />${p.edited}</span>` : ''}</td></tr></table></td></tr>`;
    const thread = three ? `<div id="page-body"><h2 class="topic-title"><a href="/forum/viewtopic.php?t=${page.item.num}">${esc(page.question)}</a></h2>${posts.map(row).join('\n<hr class="divider" />\n')}</div>` : `<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr><th colspan="2" class="thTop">${esc(page.question)}</th></tr>${posts.map(row).join('\n')}</table>`;
    const own = rng.chance(0.5) ? `https://www.huarenquan.us/forum/viewtopic.php?t=${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/forum/viewtopic.php?t=${itemNum(r)}`;
    const similar = related.length
      ? `<table class="forumline" width="100%"><tr><th>Similar Topics</th><th>Author</th><th>Replies</th></tr>${related.map((r) => `<tr><td class="row1"><a href="${href(r)}" class="topictitle">${esc(r.question)}</a></td><td class="row2">${esc(rng.pick(NICKS))}</td><td class="row1">${rng.int(0, 40)}</td></tr>`).join('')}</table>`
      : '';
    const body = `<div${cls(rng)}><a href="/">华人圈 HuarenQuan</a> <a href="/forum/">Forum Index</a> <a href="/forum/search.php">Search</a> <a href="/forum/login.php">Log in</a></div>
<p class="nav"><a href="/forum/index.php">华人圈 Forum Index</a> -&gt; <a href="/forum/viewforum.php?f=${rng.int(3, 60)}">健康医疗 Health</a></p>
${thread}
${similar}
<p class="gensmall">All times are ${zone || 'GMT - 8 Hours'}</p>`;
    const html = documentOf(`${page.question} : 健康医疗 Health - 华人圈`, own, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor: abroadKey(a), date, format: 'unknown', related: keyedItems(related, href, own, false, () => null) }) };
  },
};

/** Seconds-free ISO instant of a local day and time at `offset` hours from UTC (what a page's machine-readable stamp says). */
const utcStamp = (iso: string, time: string, offset: number) => new Date(Date.parse(`${iso}T${time}:00Z`) - offset * 3_600_000).toISOString().replace('.000', '');
/** The question as a reader's letter opens with it, its question mark added where it has none. */
const asking = (page: TruthPage) => `${page.question}${/[？?]$/u.test(page.question) ? '' : '？'}`;
/** Whether a day falls in the northern summer (March to October, roughly: EDT, PDT, BST; AEST in Australia). */
const northernSummer = (iso: string) => ymd(iso)[1] >= 4 && ymd(iso)[1] <= 10;
const CN_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekday = (iso: string) => CN_WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const SIGNERS = ['李女士', '陈先生', '王太太', '张同学', '刘女士', '黄先生'];

/**
 * F3. A 加国无忧-kind Canadian portal's 家庭医生问答 column (www.jianada360.ca/health/jtys/…): a top bar with the city's weather and
 * the day served (`2024年1月17日 星期三`, or month first `01/17/2024` on 40%), the `<h1>` (`家庭医生问答｜` before the question on
 * 40%, `【医生信箱】` on 20%), `发布时间：` as `2023-05-06 14:22` (` EDT` after it on 30%), `May 6, 2023 2:22 PM EDT`, month first
 * `05/06/2023 14:22` or `2023年5月6日`, `来源：加国360健康频道`, an `article:published_time` meta in UTC on half; the reader's letter
 * (`读者问：` … `（万锦 李女士）`), `答：` or `王医生答：` on a line of its own or at the head of the first paragraph, an ad after the
 * first paragraph on 40%; the guest doctor's box before the letter (40%) or after the answer: labelled lines (姓名 / 资格 / 职务 /
 * 诊所 / 专科 on 40% / 地址 / 电话 / 语言) or one sentence (`王明医生（MD, CCFP），家庭医生，现于…执业。诊所地址：…`); an English and
 * Chinese disclaimer; side ads; 更多家庭医生问答 (question, the snippet on half, the day on half), absolute links.
 */
const jianada360Column: Family = {
  name: 'jianada360-column',
  split: 'fresh-69',
  site: 'www.jianada360.ca',
  render(page, rng): Rendered {
    const a = drawAbroad(rng, CA_PRACTICES, { enOnly: 0.15, titleNone: 0.1, clinicNone: 0.1, specialty: 0.4 });
    const labelled = rng.chance(0.6);
    a.specialty = labelled && a.specialty;
    const served = shift(page.date!, rng.int(20, 900));
    const servedNumeric = rng.chance(0.4);
    const kind = rng.weighted([['iso', 3], ['us', 3], ['num', 3], ['cn', 1]] as const);
    const date = kind === 'num' ? numericKey(page.date!, servedNumeric ? [served] : []) : page.date;
    const zone = northernSummer(page.date!) ? 'EDT' : 'EST';
    const dayHtml =
      kind === 'iso' ? `${page.date} ${page.time}${rng.chance(0.3) ? ` ${zone}` : ''}` : kind === 'us' ? `${usDate(page.date!)} ${twelveHour(page.time)} ${zone}` : kind === 'num' ? `${numeric(page.date!, 'mdy')} ${page.time}` : cnDate(page.date!);
    const tel = phone(rng, ['416', '647', '905', '604']);
    const plainName = a.name === 'zh' ? `${a.zh}医生` : a.name === 'en' ? `Dr. ${a.en}` : `${a.zh}医生 Dr. ${a.en}`;
    const title = abroadTitle(a);
    const clinic = abroadClinic(rng, a);
    const card = labelled
      ? `<div${cls(rng)}><h4>【嘉宾医生】</h4><p>姓名：${esc(abroadName(rng, a))}</p><p>资格：${a.post}</p>${title ? `<p>职务：${title}</p>` : ''}${clinic ? `<p>诊所：${esc(clinic)}</p>` : ''}${a.specialty ? `<p>专科：${a.practice.specialty[0]} ${a.practice.specialty[1]}</p>` : ''}<p>地址：${esc(a.clinic[2])}</p><p>电话：${tel}</p><p>语言：国语、粤语、English</p></div>`
      : `<div${cls(rng)}><p>${esc(plainName)}（${a.post}）${title ? `，${title}` : ''}，${clinic ? `现于${esc(clinic)}执业` : `在${rng.pick(['万锦', '列治文山', '士嘉堡'])}开业`}。诊所地址：${esc(a.clinic[2])}；预约电话：${tel}。</p></div>`;
    const surname = a.name === 'en' ? `Dr. ${a.en.split(' ').pop()} ` : `${a.zh.slice(0, 1)}医生`;
    const label = `<strong>${rng.pick(['答：', `${surname}答：`])}</strong>`;
    const [first, ...rest] = page.paragraphs.map(esc);
    const glued = rng.chance(0.5);
    const answer = [...(glued ? [`<p>${label}${first}</p>`] : [`<p>${label}</p>`, `<p>${first}</p>`]), ...(rng.chance(0.4) ? [adLine(rng, NA_CODES)] : []), ...rest.map((p) => `<p>${p}</p>`)].join('\n');
    const letter = `<p><strong>${rng.pick(['读者问：', '问：'])}</strong>${esc(asking(page))}${esc(rng.pick(ASKER_LINES))}</p><p${cls(rng)}>（${rng.pick(['万锦', '多伦多', '密西沙加', '温哥华'])} ${rng.pick(SIGNERS)}）</p>`;
    const cardFirst = rng.chance(0.4);
    const prefix = rng.weighted([['家庭医生问答｜', 4], ['【医生信箱】', 2], ['', 4]] as const);
    const related = page.related.slice(0, 6);
    const snippet = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const href = (r: Related) => `https://www.jianada360.ca/health/jtys/${itemNum(r)}.html`;
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['更多家庭医生问答', '相关文章', '相关阅读'])}</h3><ul>${related.map((r) => `<li${cls(rng)}><a href="${href(r)}">${esc(r.question)}</a>${snippet ? `<p>${esc(r.snippet)}</p>` : ''}${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const article = `<div${cls(rng)}><h1>${prefix}${esc(page.question)}</h1><div${cls(rng)}><span>发布时间：${dayHtml}</span> <span>来源：加国360健康频道</span> <span>阅读：${rng.int(200, 20000)}</span></div>
<div${cls(rng)}>本栏目由加国360健康频道与多位执业医生合作推出，读者如有健康问题，欢迎来信 health@jianada360.ca，医生将择要回复。</div>
${cardFirst ? card : ''}${letter}
${wrap(rng, answer, 1)}
${cardFirst ? '' : card}<p${cls(rng)}>${rng.pick(EN_DISCLAIMERS)} 免责声明：本栏目内容仅供参考，不能代替您的家庭医生的诊断。</p></div>`;
    const body = `<div${cls(rng)}><a href="/">加国360</a> <span>${rng.pick(['多伦多', '温哥华'])} ${rng.int(-15, 28)}°C</span> <span>${servedNumeric ? numeric(served, 'mdy') : `${cnDate(served)} ${weekday(served)}`}</span></div>
<div${cls(rng)}><a href="/news/">新闻</a> <a href="/house/">地产</a> <a href="/immigration/">移民</a> <a href="/health/">健康</a> <a href="/classified/">分类广告</a></div>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/health/">健康</a> &gt; <a href="/health/jtys/">家庭医生问答</a></div>
${rng.chance(0.5) ? `${article}\n<div${cls(rng)}>${adLine(rng, NA_CODES)}${adLine(rng, NA_CODES)}</div>` : `<div${cls(rng)}>${adLine(rng, NA_CODES)}</div>\n${article}`}
${list}`;
    const meta = rng.chance(0.5) ? `<meta property="article:published_time" content="${utcStamp(page.date!, page.time, zone === 'EDT' ? -4 : -5)}">\n` : '';
    const html = documentOf(`${prefix}${page.question} - 健康 - 加国360`, null, meta, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: abroadKey(a), date, format: 'unknown', related: keyedItems(related, href, null, snippet, (r) => (dated ? r.date : null)) }),
    };
  },
};

const AU_ADS = ['悉尼新盘 首付10%即可锁定 0400 {n}', '私人医保比较 Bupa / Medibank / HCF 免费咨询 0411 {n}', '移民留学 485 / 482 签证 0422 {n}', '华人搬家 同城$90起 0433 {n}'];
const auAd = (rng: Rng) => `<div${cls(rng)}><i>广告</i> ${rng.pick(AU_ADS).replace('{n}', `${rng.int(100, 999)} ${rng.int(100, 999)}`)}</div>`;
const INTERESTS = ['女性健康、儿童健康、慢病管理', '皮肤问题、睡眠障碍', '针灸、痛症调理', '儿童牙齿矫正', '糖尿病、高血压管理'];

/**
 * F4. An Australian Chinese portal's 健康问答 (www.xinihuaren.com.au/health/qa/…, 今日悉尼 kind), mobile first: a bar with the
 * weather and the day served (day first `17/09/2024` on half, else `2024年9月17日 星期二`); the `<h1>` question, the asker
 * `网友「悉尼小王」` with their words and day; the 医生回答 block: the card before the text on 70% (`陈丽医生 Dr Lily Chen`, `Dr
 * Lily Chen` alone on 20%; `全科医生 GP`, `General Practitioner` alone on 30%; `MBBS, FRACGP`; `专长：女性健康、儿童健康` on half;
 * the clinic (`好市围家庭医疗中心 Hurstville Family Medical Centre` or one of the names), its address, a `Bulk Billing 免费看诊`
 * tag, `预约 (02) 9580 1234`), the day: day first `06/05/2023 9:41 AEST` on pages printing days in numbers (60%), else `6 May
 * 2023`, `2023年5月6日 09:41`, or relative (`3小时前`, `2 days ago`, `昨天 09:41`) on 15–20%; a `<time datetime>` in UTC on
 * half of the printed days; 网友评论 (1–3, relative or dated); ads; 热门问答 (question, snippet, the day on half in the page's
 * form), root-relative links, `og:url` on half.
 */
const xinihuarenQa: Family = {
  name: 'xinihuaren-qa',
  split: 'fresh-69',
  site: 'www.xinihuaren.com.au',
  render(page, rng): Rendered {
    const a = drawAbroad(rng, AU_PRACTICES, { enOnly: 0.2, titleNone: 0.1, clinicNone: 0.05, specialty: 0 });
    const inNumbers = rng.chance(0.6);
    const padded = rng.chance(0.7);
    const printed = (iso: string) => (inNumbers ? numeric(iso, 'dmy', padded) : ukDate(iso));
    const served = shift(page.date!, rng.int(20, 900));
    const servedNumeric = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 3));
    const askedRelative = rng.chance(0.2);
    const comments = Array.from({ length: rng.int(1, 3) }, () => ({ who: rng.pick(NICKS), day: shift(page.date!, rng.int(0, 10)), relative: rng.chance(0.3), text: rng.pick([...THANKS, ...MEMBER_REPLIES.slice(3)]) }));
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const kind = inNumbers ? rng.weighted([['num', 7], ['cn', 1.5], ['rel', 1.5]] as const) : rng.weighted([['uk', 5], ['cn', 3], ['rel', 2]] as const);
    const shown = [
      ...(servedNumeric ? [served] : []),
      ...(inNumbers && !askedRelative ? [asked] : []),
      ...(inNumbers ? comments.filter((c) => !c.relative).map((c) => c.day) : []),
      ...(inNumbers && dated ? related.flatMap((r) => (r.date ? [r.date] : [])) : []),
    ];
    const date = kind === 'rel' ? null : kind === 'num' ? numericKey(page.date!, shown) : page.date;
    const zone = rng.chance(0.2) ? '' : northernSummer(page.date!) ? 'AEST' : 'AEDT';
    const time = page.time;
    const dayText =
      kind === 'num'
        ? rng.pick([`发表于 ${printed(page.date!)} ${time}${zone ? ` ${zone}` : ''}`, `Posted on ${printed(page.date!)} ${twelveHour(time)}`])
        : kind === 'uk'
          ? rng.pick([`Posted on ${ukDate(page.date!)}`, `${ukDate(page.date!)} ${time}${zone ? ` ${zone}` : ''}`])
          : kind === 'cn'
            ? `${cnDate(page.date!)} ${time}`
            : rng.pick([`${rng.int(1, 23)}小时前`, `${rng.int(2, 6)} days ago`, `昨天 ${time}`]);
    const dayHtml = kind !== 'rel' && rng.chance(0.5) ? `<time datetime="${utcStamp(page.date!, time, zone === 'AEDT' ? 11 : 10)}">${dayText}</time>` : `<span${cls(rng)}>${dayText}</span>`;
    // A UTC `<time datetime>` instant names the day, and so the order of the printed two-way one: the site's local day lies
    // within UTC−12..+14 of it, and the two readings are a month apart (changed at the 51st stop; page bytes unchanged).
    const keyedDate = kind === 'num' && dayHtml.startsWith('<time') ? page.date : date;
    const title = abroadTitle(a);
    const clinic = abroadClinic(rng, a);
    const tel = `(02) ${rng.int(8000, 9899)} ${rng.int(1000, 9999)}`;
    const card = `<div${cls(rng)}><img src="/uploads/doctor/${token(rng, 8)}.jpg" alt=""><div${cls(rng)}><p${cls(rng)}>${esc(rng.pick(a.name === 'en' ? [`Dr ${a.en}`] : a.name === 'zh' ? [`${a.zh}医生`, a.zh] : [`${a.zh}医生 Dr ${a.en}`, `Dr ${a.en} ${a.zh}`]))}</p><p${cls(rng)}>${title ? `${title} · ` : ''}${a.post}</p>${rng.chance(0.5) ? `<p>专长：${rng.pick(INTERESTS)}</p>` : ''}${clinic ? `<p${cls(rng)}>${esc(clinic)}</p>` : ''}<p${cls(rng)}>${esc(a.clinic[2])}</p><span${cls(rng)}>Bulk Billing 免费看诊</span> <a href="tel:${tel.replace(/\D/g, '')}">预约 ${tel}</a></div></div>`;
    const text = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>`;
    const cardFirst = rng.chance(0.7);
    const answer = `<div${cls(rng)}><h3>${rng.pick(['医生回答', '专业医生解答', '医生答'])}</h3>${cardFirst ? `${card}${dayHtml}${text}` : `${text}${dayHtml}<div><b>回答医生</b>${card}</div>`}</div>`;
    const commentHtml = `<div${cls(rng)}><h4>网友评论（${comments.length}）</h4>${comments.map((c) => `<div${cls(rng)}><b>${esc(c.who)}</b> · <span>${c.relative ? `${rng.int(1, 20)}小时前` : printed(c.day)}</span><p>${esc(c.text)}</p></div>`).join('')}</div>`;
    const own = rng.chance(0.5) ? `https://www.xinihuaren.com.au/health/qa/${page.item.num}` : null;
    const href = (r: Related) => `/health/qa/${itemNum(r)}`;
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['热门问答', '相关问答', '大家都在看'])}</h3>${related.map((r) => `<a${cls(rng)} href="${href(r)}"><h4>${esc(r.question)}</h4><p>${esc(r.snippet)}</p>${dated && r.date ? `<span>${printed(r.date)}</span>` : ''}</a>`).join('\n')}</div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">悉尼华人网</a> <span>悉尼 ${rng.int(8, 35)}°C</span> <span>${servedNumeric ? numeric(served, 'dmy') : `${cnDate(served)} ${weekday(served)}`}</span></div>
<div${cls(rng)}><a href="/news/">新闻</a> <a href="/property/">房产</a> <a href="/health/">健康</a> <a href="/jobs/">招聘</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p${cls(rng)}>网友「${esc(rng.pick(NICKS))}」 · ${askedRelative ? `${rng.int(2, 9)}天前` : printed(asked)}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${auAd(rng)}
${answer}
${commentHtml}
${auAd(rng)}
${list}`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 健康问答 - 悉尼华人网`, null, head, body).replace('lang="zh-CN"', 'lang="zh-AU"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: abroadKey(a), date: keyedDate, format: 'unknown', related: keyedItems(related, href, own, true, (r) => (dated && r.date ? (inNumbers ? numericKey(r.date, shown) : r.date) : null)) }),
    };
  },
};

/**
 * F5. A European Chinese weekly's 医生信箱 (www.ouhuazhoubao.co.uk/life/doctor/…, 欧洲时报 / 英中时报 kind): masthead `欧华周报
 * Ouhua Weekly`, `第1234期`, crumbs 生活 > 医生信箱; the `<h1>` (`【医生信箱】` before the question on 40%, `医生信箱｜` on 20%); a
 * line with the day (`6 May 2023`, `Saturday, 6 May 2023 14:22 BST`, day first `06/05/2023`, `2023年5月6日`), `来源：欧华周报`,
 * `责任编辑：林晓` (no doctor); 读者来信 (the question restated, the reader's words, `（伦敦 读者 陈女士）`); 本期医生 before
 * or after the answer: a London GP (`Dr Sarah Li 李思敏`, `MBBS, MRCGP`, `全科医生 GP`, `伦敦华人全科诊所 London Chinese GP
 * Practice`, its address, `NHS / Private`), a registered TCM practitioner (`英国中医药学会（ATCM）注册中医师` on half of those)
 * or a Paris `Médecin généraliste`; `李医生答：` / `Dr Li：` a head; an English NHS 111 disclaimer; 往期医生信箱: links with
 * their days (day first in numbers on 60%), absolute, a canonical on half.
 */
const ouhuaMailbox: Family = {
  name: 'ouhua-mailbox',
  split: 'fresh-69',
  site: 'www.ouhuazhoubao.co.uk',
  render(page, rng): Rendered {
    const a = drawAbroad(rng, EU_PRACTICES, { enOnly: 0.2, titleNone: 0.15, clinicNone: 0.1, specialty: 0 });
    const listNumeric = rng.chance(0.6);
    const related = page.related.slice(0, 6);
    const shown = listNumeric ? related.flatMap((r) => (r.date ? [r.date] : [])) : [];
    const kind = rng.weighted([['uk', 3], ['long', 2], ['num', 3], ['cn', 2]] as const);
    const date = kind === 'num' ? numericKey(page.date!, shown) : page.date;
    const zone = northernSummer(page.date!) ? 'BST' : 'GMT';
    const dayHtml =
      kind === 'uk' ? ukDate(page.date!) : kind === 'long' ? `${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${page.date}T00:00:00Z`).getUTCDay()]}, ${ukDate(page.date!)} ${page.time} ${zone}` : kind === 'num' ? numeric(page.date!, 'dmy') : cnDate(page.date!);
    const tcm = a.practice.title[0] === '注册中医师';
    const title = `${tcm && a.title !== 'en' && a.title !== 'none' && rng.chance(0.5) ? '英国中医药学会（ATCM）' : ''}${abroadTitle(a)}`;
    const clinic = abroadClinic(rng, a);
    const card = `<div${cls(rng)}><h4>${rng.pick(['本期医生', '解答医生', '专栏医生'])}</h4><p${cls(rng)}>${esc(abroadName(rng, a))}</p>${title ? `<p>${title}</p>` : ''}${clinic ? `<p>${esc(clinic)}</p>` : ''}<p${cls(rng)}>${esc(a.clinic[2])}</p>${rng.chance(0.5) ? `<p>${rng.pick(['NHS / Private', '私人诊所 Private Clinic', 'Tel: +44 20 7437 ' + rng.int(1000, 9999)])}</p>` : ''}</div>`;
    const head = a.name === 'en' ? `Dr ${a.en.split(' ').pop()}：` : `${a.zh.slice(0, 1)}医生答：`;
    const [first, ...rest] = page.paragraphs.map(esc);
    const answer = [rng.chance(0.5) ? `<p><b>${head}</b>${first}</p>` : `<p><b>${head}</b></p>\n<p>${first}</p>`, ...rest.map((p) => `<p>${p}</p>`)].join('\n');
    const letter = `<div${cls(rng)}><h3>读者来信</h3><p>${esc(asking(page))}${esc(rng.pick(ASKER_LINES))}</p><p${cls(rng)}>（${rng.pick(['伦敦', '曼城', '伯明翰', '巴黎'])} 读者 ${rng.pick(SIGNERS)}）</p></div>`;
    const cardFirst = rng.chance(0.5);
    const prefix = rng.weighted([['【医生信箱】', 4], ['医生信箱｜', 2], ['', 4]] as const);
    const own = rng.chance(0.5) ? `https://www.ouhuazhoubao.co.uk/life/doctor/${page.item.num}.html` : null;
    const href = (r: Related) => `https://www.ouhuazhoubao.co.uk/life/doctor/${itemNum(r)}.html`;
    const list = related.length
      ? `<div${cls(rng)}><h3>往期医生信箱</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a> ${r.date ? `<span${cls(rng)}>${listNumeric ? numeric(r.date, 'dmy') : ukDate(r.date)}</span>` : ''}</li>`).join('')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">欧华周报 Ouhua Weekly</a> <span>第${rng.int(800, 1600)}期</span> <span>伦敦 London · 巴黎 Paris</span></div>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/life/">生活</a> &gt; <a href="/life/doctor/">医生信箱</a></div>
<div${cls(rng)}><h1>${prefix}${esc(page.question)}</h1><p${cls(rng)}><span>${dayHtml}</span> <span>来源：欧华周报</span> <span>责任编辑：${rng.pick(['林晓', '王佳', '陈默', 'Lisa Wu'])}</span></p>
${letter}
${cardFirst ? card : ''}${wrap(rng, `<div${cls(rng)}>${answer}</div>`, 1)}
${cardFirst ? '' : card}<p${cls(rng)}><em>This column provides general information only and is not a substitute for advice from your GP or NHS 111.</em></p></div>
${list}
<div${cls(rng)}>© 欧华周报 Ouhua Weekly Ltd. 版权所有</div>`;
    const html = documentOf(`${prefix}${page.question} - 医生信箱 - 欧华周报`, own, '', body).replace('lang="zh-CN"', 'lang="zh-GB"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: abroadKey(a), date, format: 'unknown', related: keyedItems(related, href, own, false, (r) => (r.date && listNumeric ? numericKey(r.date, shown) : r.date)) }),
    };
  },
};

const NA_TRAD_PRACTICES: readonly { title: string; clinics: readonly string[] }[] = [
  { title: '家庭醫師', clinics: ['法拉盛家庭醫療中心', '日落公園華人家庭診所', '聖蓋博家庭醫療中心'] },
  { title: '內科醫師', clinics: ['華埠內科診所', '阿罕布拉內科醫療中心'] },
  { title: '牙醫師', clinics: ['法拉盛微笑牙科', '庫比蒂諾家庭牙科'] },
  { title: '中醫師', clinics: ['皇后區仁濟中醫診所', '舊金山百草堂中醫'] },
];
const NA_CITIES = ['紐約法拉盛', '紐約', '舊金山灣區', '洛杉磯聖蓋博', '波士頓'];
const NEWS_TITLES = ['紐約地鐵票價明年起調漲', '灣區房價連續三月回升', '加州大學公布新生錄取數據', '颶風季將至 專家籲提早準備', '國稅局提醒報稅截止日'];

/**
 * F6. A North American Chinese daily's 醫藥信箱 in Traditional characters (www.shihuaribao.com/wj/article/…, 世界日報 kind): the
 * masthead (`世華日報 World Chinese Daily`, 紐約 / 舊金山 / 洛杉磯 editions), crumbs 生活 > 醫藥信箱; the `<h1>` (`醫藥信箱／` before the
 * question on half); a byline `文／王明（紐約法拉盛執業家庭醫師）` (` MD` after the name on 30%), `王明醫師`, or none (35%); the day
 * `2023-05-06 02:22 ET`, `May 6, 2023` or `2023年5月6日 下午2:22`, a `最後更新` day beside it on 30%; `讀者問：` with the letter and
 * `（皇后區 讀者 陳先生）`; `答：` at the head of the first paragraph or on its own line; an ad between paragraphs on 40% (a clinic's,
 * `Medicare、Medicaid均收`); the author's note after the text (`（作者王明為紐約法拉盛執業家庭醫師，診所：…，電話：…）`, or `作者簡介：
 * 王明，家庭醫師，…。`; the clinic named on 60%); 延伸閱讀 links (absolute); a 熱門新聞 sidebar (news: no items). Key: question and
 * text as printed (Traditional); the name without 醫師; the title the word after `執業`; the clinic where named, else null.
 */
const shihuaMailbox: Family = {
  name: 'shihua-yiyao-xinxiang',
  split: 'fresh-69',
  site: 'www.shihuaribao.com',
  render(page, rng): Rendered {
    const who = pinyinPerson(rng);
    const name = trad(who.zh);
    const practice = rng.pick(NA_TRAD_PRACTICES);
    const city = rng.pick(NA_CITIES);
    const clinic = rng.chance(0.6) ? rng.pick(practice.clinics) : null;
    const tel = `${rng.pick(['718', '212', '415', '626'])}-${rng.int(200, 999)}-${rng.int(1000, 9999)}`;
    const md = rng.chance(0.3) ? ' MD' : '';
    const byline = rng.weighted([[`文／${name}${md}（${city}執業${practice.title}）`, 4], [`文／${name}醫師`, 2.5], ['', 3.5]] as const);
    const kind = rng.weighted([['iso', 4], ['us', 3], ['cn', 3]] as const);
    const [h, mi] = page.time.split(':').map(Number) as [number, number];
    const dayHtml = kind === 'iso' ? `${page.date} ${page.time} ET` : kind === 'us' ? usDate(page.date!, true) : `${cnDate(page.date!)} ${h < 12 ? '上午' : '下午'}${h % 12 || 12}:${String(mi).padStart(2, '0')}`;
    const updated = rng.chance(0.3) ? ` <span${cls(rng)}>最後更新：${shift(page.date!, rng.int(1, 30))}</span>` : '';
    const note = rng.chance(0.6)
      ? `<p${cls(rng)}><em>（作者${name}為${city}執業${practice.title}${clinic ? `，診所：${clinic}` : ''}，電話：${tel}）</em></p>`
      : `<div${cls(rng)}>作者簡介：${name}${md ? '，MD' : ''}，${practice.title}${clinic ? `，現於${clinic}應診` : `，於${city}開業`}。預約電話：${tel}。</div>`;
    const [first, ...rest] = page.paragraphs.map((p) => esc(trad(p)));
    const ad = `<div${cls(rng)}><span>廣告</span> ${rng.pick(['法拉盛骨科診所', '華人眼科中心', '長島牙科'])} Medicare、Medicaid均收 電話：${rng.pick(['718', '516'])}-${rng.int(200, 999)}-${rng.int(1000, 9999)}</div>`;
    const adAt = rng.chance(0.4) ? rng.int(0, rest.length) : -1;
    const paras = [rng.chance(0.6) ? `<p><strong>答：</strong>${first}</p>` : `<p><strong>答：</strong></p>\n<p>${first}</p>`, ...rest.map((p) => `<p>${p}</p>`)];
    if (adAt >= 0) paras.splice(adAt + 1, 0, ad);
    const own = rng.chance(0.5) ? `https://www.shihuaribao.com/wj/article/${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `https://www.shihuaribao.com/wj/article/${itemNum(r)}`;
    const list = related.length ? `<div${cls(rng)}><h3>延伸閱讀</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(trad(r.question))}</a></li>`).join('')}</ul></div>` : '';
    const prefix = rng.chance(0.5) ? '醫藥信箱／' : '';
    const body = `<div${cls(rng)}><a href="/">世華日報 World Chinese Daily</a> <a href="/ny/">紐約</a> <a href="/sf/">舊金山</a> <a href="/la/">洛杉磯</a></div>
<div${cls(rng)}><a href="/">首頁</a> › <a href="/life/">生活</a> › <a href="/life/health/">醫藥信箱</a></div>
<div${cls(rng)}><div${cls(rng)}><h1>${prefix}${esc(trad(page.question))}</h1>${byline ? `<p${cls(rng)}>${byline}</p>` : ''}<p${cls(rng)}><span>${dayHtml}</span>${updated}</p>
<p><strong>讀者問：</strong>${esc(trad(asking(page)))}${esc(trad(rng.pick(ASKER_LINES)))}</p><p>（${rng.pick(['皇后區', '布魯克林', '矽谷', '阿罕布拉'])} 讀者 ${trad(rng.pick(SIGNERS))}）</p>
${wrap(rng, paras.join('\n'), 1)}
${note}</div>
<div${cls(rng)}><h3>熱門新聞</h3><ul>${rng.shuffle(NEWS_TITLES).slice(0, 4).map((t) => `<li><a href="/wj/article/${rng.int(800000, 999999)}">${t}</a></li>`).join('')}</ul></div></div>
${list}
<div${cls(rng)}>© ${page.date!.slice(0, 4)} 世華日報 World Chinese Daily. All rights reserved.</div>`;
    const html = documentOf(`${prefix}${trad(page.question)} | 世華日報`, own, '', body).replace('lang="zh-CN"', 'lang="zh-Hant-US"');
    const doctor: TruthDoctor = { name, title: practice.title, department: null, hospital: clinic, hospital_grade: null };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question: trad(page.question),
        doctor,
        paragraphs: page.paragraphs.map(trad),
        date: page.date,
        format: 'unknown',
        related: keyedItems(related, href, own, false, () => null).map((e) => ({ ...e, question: trad(e.question) })),
      }),
    };
  },
};

export const FRESH69_FAMILIES: readonly Family[] = [wenxincityFollowup, huarenquanPhpbb, jianada360Column, xinihuarenQa, ouhuaMailbox, shihuaMailbox];
