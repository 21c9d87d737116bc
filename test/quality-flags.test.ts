import { describe, expect, it } from 'vitest';
import { explainFlag } from '../src/flags/explain.js';
import { detectBoilerplate, stripBoilerplate } from '../src/flags/boilerplate.js';
import { detectContact } from '../src/flags/contact.js';
import { detectMojibake } from '../src/flags/decoding.js';
import { detectIssues } from '../src/flags/issues.js';
import { detectMarkup } from '../src/flags/markup.js';
import { detectUnrelated } from '../src/flags/relevance.js';
import { FLAG_DESCRIPTIONS, FLAGS } from '../src/schema/entry.js';
import { qualityFlags } from '../src/flags/flags.js';
import { flagCases } from '../scripts/quality-fixtures.js';
import iconv from 'iconv-lite';

const clean = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长，洗完后要及时擦干身体，避免受凉，体温超过38.5℃可以服用退烧药。';
/** What a browser shows when UTF-8 bytes are read as GBK. */
const asGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gb18030');
const asLatin1 = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'win1252');

describe('mojibake', () => {
  it.each([
    ['UTF-8 read as GBK (的是 → 鐨勬槸)', asGbk('的是')],
    ['UTF-8 read as GBK (你好 → 浣犲ソ)', asGbk('你好')],
    ['a whole answer read as GBK', asGbk(clean)],
    ['U+FFFD bytes read as GBK (锟斤拷)', '患者出现锟斤拷锟斤拷的症状'],
    ['uninitialised fill read as GBK (烫烫烫)', '服用烫烫烫烫烫烫药物'],
    ['UTF-8 read as Latin-1', asLatin1('多喝温水，注意休息')],
  ])('%s is flagged', (_, text) => {
    expect(detectMojibake(text)).not.toBeNull();
  });

  it.each([
    ['clean simplified Chinese', clean],
    ['traditional script', '醫生建議您多喝溫水，注意休息，體溫超過三十八點五度可以服用退燒藥。'],
    ['rare but genuine characters (浣熊, 烫伤, 屯溪)', '被浣熊咬伤要打疫苗；烫伤后用凉水冲洗；屯溪区人民医院有皮肤科。'],
    ['astral characters and emoji', '𠮷主任建议，宝宝发烧😷时可以用温水洗澡。'],
    ['ASCII with accents', 'Café au lait spots (café-au-lait) are usually harmless.'],
  ])('%s is not flagged', (_, text) => {
    expect(detectMojibake(text)).toBeNull();
  });

  it('finds GBK mojibake with no telltale character by re-encoding it, and says what it reads as', () => {
    // 头痛发热三天 read as GBK is 澶寸棝鍙戠儹涓夊ぉ: none of the telltale or literal characters.
    expect(detectMojibake(`患者说：${asGbk('头痛发热三天')}`)?.why).toBe('UTF-8 read as GBK (reads “˵头痛发热三天”)');
    expect(detectMojibake(asGbk('孩子咳嗽'))?.why).toBe('UTF-8 read as GBK (reads “孩子咳嗽”)');
  });
});

describe('leftover_markup', () => {
  it.each([
    ['&nbsp;', '多喝水&nbsp;注意休息。'],
    ['&nbsp without ;', '多喝水&nbsp 注意休息。'],
    ['<br>', '多喝水。<br>注意休息。'],
    ['<p> wrapper', '<p>多喝水，注意休息。</p>'],
    ['a numeric entity', '常见原因有&#8226;足底筋膜炎。'],
    ['a span with a style', '<span style="color:#333">多吃蔬菜</span>。'],
    ['inline CSS', '腿抽筋.article{font-size:14px;}受凉也会引起。'],
    ['a literal \\n', '感冒期间不建议喝酒。\\n酒精会降低免疫力。'],
    ['BBCode', '[b]头晕[/b]的原因很多。'],
  ])('%s is flagged', (_, text) => {
    expect(detectMarkup(text)).not.toBeNull();
  });

  it.each([
    ['a value with <', '血压<90/60mmHg称为低血压。'],
    ['<3岁', '<3岁的儿童不建议吃整粒坚果。'],
    ['a value with >', '体温>39℃属于高热。'],
    ['书名号', '《黄帝内经》是中医的经典著作。'],
    ['R&D', 'R&D阶段的新药不建议自行购买。'],
  ])('%s is not flagged', (_, text) => {
    expect(detectMarkup(text)).toBeNull();
  });
});

describe('boilerplate', () => {
  it.each([
    ['the site disclaimer', `${clean}提示：本内容不能代替面诊，如有不适请尽快就医。`],
    ['本回答仅供参考…依据', '本回答仅供参考，不能作为诊断及医疗的依据。饭后腹泻可能与肠易激综合征有关。'],
    ['点击查看', `${clean}点击查看更多>>`],
    ['展开全文', '宝宝发烧时可以洗澡，但水温…展开全文'],
    ['上一篇', `${clean}\n上一篇：孩子发烧手脚冰凉怎么办`],
    ['a breadcrumb', '首页 > 问答 > 皮肤科 湿疹不会传染。'],
    ['the 相关推荐 label', `${clean}\n相关推荐`],
    ['an app prompt', `${clean}下载APP，免费问医生`],
    ['a player label', `${clean}\n语音解答 2021-05-18`],
    ['a usefulness counter', `${clean}\n已有1234人觉得有用`],
    ['a copyright line', `${clean}\n版权所有 © 2021 康问健康网`],
  ])('%s is flagged', (_, text) => {
    expect(detectBoilerplate(text)).not.toBeNull();
  });

  it.each([
    ['a finding (B超提示：)', 'B超提示：胆囊结石，没有症状可以定期复查。'],
    ['提示 as a verb', '心电图提示ST段压低，需要结合症状判断。'],
    ["the doctor's own hedge", `${clean}以上建议仅供参考，具体请遵医嘱。`],
    ['advice to see a doctor', '注意休息，如果不适，及时就医。'],
    ['查看 as advice', '拿到报告后，可以先查看白细胞、血红蛋白和血小板。'],
  ])('%s is not flagged', (_, text) => {
    expect(detectBoilerplate(text)).toBeNull();
  });

  it('is stripped, disclaimer sentence whole, for comparing copies', () => {
    expect(stripBoilerplate(`${clean}提示：本内容不能代替面诊，如有不适请尽快就医。`)).toBe(clean);
    expect(stripBoilerplate(`${clean}点击查看更多>>`)).toBe(clean);
  });
});

describe('contact_or_ad', () => {
  it.each([
    ['a mobile number', '如需帮助请联系13812345678。'],
    ['a mobile number with spaces', '电话 138 1234 5678'],
    ['a landline', '预约电话0591-87654321。'],
    ['a 400 hotline', '咨询热线400-123-4567。'],
    ['a WeChat id', '具体可加微信：jkys2021 详细咨询。'],
    ['加微信 without an id', '有问题可以加我微信。'],
    ['a QQ number', '有问题可以加我QQ：123456789。'],
    ['a bare domain', '更多内容请访问www.kangwen-health.com'],
    ['an https URL', '详细资料见 https://example.org/lasik ，术前要做检查。'],
    ['an e-mail', '可发邮件至doctor.wang@example.com咨询。'],
    ['clinic advertising', '本院专家在线免费咨询，治愈率高达98%。'],
    ['包治', '我院采用独家疗法，包治牛皮癣。'],
  ])('%s is flagged', (_, text) => {
    expect(detectContact(text)).not.toBeNull();
  });

  it.each([
    ['120', '要立即拨打120急救电话。'],
    ['12320', '可以拨打12320卫生健康热线。'],
    ['a lab range', '血小板的正常范围是100~300×10^9/L。'],
    ['doses', '成人每次200mg到400mg，每天不超过4次。'],
    ['a date', '2021-05-18以后的指南也这样建议。'],
    ['微信 without an id', '不要轻信微信上流传的偏方。'],
    ['opening hours', '门诊时间是8:00-12:00，14:00-17:30。'],
    ['a decimal', '糖化血红蛋白一般应控制在7.0%以下。'],
  ])('%s is not flagged', (_, text) => {
    expect(detectContact(text)).toBeNull();
  });
});

describe('qa_unrelated', () => {
  const skin = '婴儿晒黑还能白回来。因为人体皮肤有一定的自我修复功能，皮肤只是轻微晒黑，婴儿在家休养，减少紫外线照射可以慢慢变白。';
  const heart = '心电图ST段下移往往提示心肌缺血，可以采用药物治疗，如硝酸酯类药物、β受体阻滞剂；必要时做冠脉介入治疗或者搭桥手术。';

  it('flags a related list read off by one', () => {
    expect(detectUnrelated('婴儿晒黑了能白回来吗', heart)).not.toBeNull();
    expect(detectUnrelated('心脏st段下移能恢复吗', skin)).not.toBeNull();
  });

  it.each([
    ['the true pair', '婴儿晒黑了能白回来吗', skin],
    ['lay words folded (嗓子疼 / 咽痛)', '嗓子疼吃什么药', '咽喉炎引起的咽痛，可以含服润喉片，细菌感染时在医生指导下使用抗生素，同时多喝温水，少吃辛辣刺激的食物。'],
    ['a word split by one character (头疼 / 头部疼痛)', '经常头疼是怎么回事', '头部疼痛的原因很多，常见的有紧张型头痛、偏头痛，睡眠不足、颈椎病和高血压也会引起，建议记录发作的时间和诱因。'],
    ['a short answer (not judged)', '布洛芬怎么吃', '成人每次200mg到400mg，每天不超过4次。'],
  ])('%s is not flagged', (_, question, answer) => {
    expect(detectUnrelated(question, answer)).toBeNull();
  });
});

describe('qualityFlags with the content flags', () => {
  const base = { hasDoctor: true, replacementChars: 0 };
  it('adds the content flags after the original ones, in FLAGS order', () => {
    const flags = qualityFlags({ ...base, answer: `${asGbk(clean)}<br>点击查看更多，加微信：abc12345` });
    const content = flags.filter((f) => FLAGS.indexOf(f) >= FLAGS.indexOf('mojibake'));
    expect(content).toEqual(['mojibake', 'leftover_markup', 'boilerplate', 'contact_or_ad']);
    expect(flags.slice(0, flags.length - content.length)).toContain('cut_off_end');
  });
  it('judges qa_unrelated only when given the question', () => {
    const answer = '心电图ST段下移往往提示心肌缺血，可以采用药物治疗，如硝酸酯类药物、β受体阻滞剂；必要时做冠脉介入治疗或者搭桥手术。';
    expect(qualityFlags({ ...base, answer })).toEqual([]);
    expect(qualityFlags({ ...base, answer, question: '婴儿晒黑了能白回来吗' })).toEqual(['qa_unrelated']);
  });
  it('leaves a clean answer unflagged', () => {
    expect(qualityFlags({ ...base, answer: clean, question: '宝宝发烧能洗澡吗' })).toEqual([]);
  });
});

describe('each flag is documented with an example', () => {
  it.each(FLAGS.slice(5).map((f) => [f]))('%s has a description with an example', (flag) => {
    expect(FLAG_DESCRIPTIONS[flag]).toMatch(/e\.g\.|（|\(/);
  });
});

describe('evidence for reports', () => {
  it('points at the span that raised the flag', () => {
    const answer = `${clean}如需复诊请联系0591-87654321。`;
    const ev = explainFlag({ question: '宝宝发烧能洗澡吗', answer }, 'contact_or_ad');
    expect(answer.slice(ev.start, ev.end)).toBe('0591-87654321');
    expect(explainFlag({ question: 'q', answer: '多喝水，伴有乏' }, 'cut_off_end')).toMatchObject({ field: 'answer', why: 'stops without a sentence end' });
  });
});

describe('the labelled flag fixtures', () => {
  it('every labelled case raises exactly its expected content flags', () => {
    const wrong = flagCases().filter((c) => {
      const got = detectIssues(c.answer, c.question).map((i) => i.flag);
      return got.join() !== c.flags.join();
    });
    expect(wrong.map((c) => c.note)).toEqual([]);
  });
});
