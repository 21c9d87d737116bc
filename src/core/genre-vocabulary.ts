/**
 * The genre's vocabulary of doctors' titles and hospital grades, in one place below the reader
 * (src/extract, which reads values by it) and the consistency checks (src/flags, which doubt a
 * value outside it). The reader takes a title or a grade only in one of its exact forms; the
 * checks are looser on purpose — a title is doubted only where it holds none of the words
 * titles are made of, since sites print titles the reader does not read (大夫, 博士) and a
 * doubt on a right row costs a data scientist a look. test/genre-vocabulary.test.ts keeps the
 * two in step: nothing the reader reads is doubted by the checks. So too the words a question is
 * asked in: the reader finds questions by them, the checks doubt a short question without them.
 */

/**
 * The words a question is asked in (怎么, 吗, 多久, ？), in either script (怎麼, 嗎: a Big5 site's questions ask too), and
 * in Cantonese (a Hong Kong site's titles: 咩, 係咪, 有冇, 邊個, 乜嘢, 幾耐, 得唔得 and any X唔X, 點解 opening a clause, 點算 closing one,
 * 點樣 near the end; not 重點解讀, 這點算不了 重點樣本 or 這邊個別, Mandarin's own, nor a lamb's 咩咩).
 */
export const QUESTION_WORDS_RE = /[吗嗎呢？?]|(?<!咩)咩(?!咩)|怎么|怎麼|怎样|怎樣|什么|什麼|为什么|為什麼|如何|能否|是否|多久|多长时间|多長時間|(?:有|是)哪些(?:[？?]|$)|能不能|会不会|會不會|有没有|有沒有|要不要|有冇|[係系]咪|(\p{Script=Han})唔\1|(?:邊個|边个)(?![別别體体性案人])|乜嘢|乜野|幾耐|几耐|(?:^|[，,：:\s])(?:點解|点解)|(?:點算|点算)好?(?:[啊呀呢]|$)|(?<![重要難难考亮特焦優优缺弱起終终節节據据站測测採采抽取檢检觀观景地])(?:點樣|点样)(?=\p{Script=Han}{0,3}(?:[啊呀呢？?]|$))/u;
/** Whether a line is worded as a question (怎么, 吗, ？). */
export const asksQuestion = (line: string): boolean => QUESTION_WORDS_RE.test(line);

/**
 * A practice's calling as doctors practising abroad (and Hong Kong's specialists) print it: a family physician (家庭医生,
 * 家庭医师), a GP (全科医生), a registered TCM practitioner (注册中医师), a licensed acupuncturist (执照针灸师), a dentist
 * (牙医师), a specialist in a field (`内科专科医生`, `内科医师`). One title, its field part of it: `内科专科医生` is no 内科
 * and a 专科医生, `注册中医师` no 中医师 (a practice names its specialty, where it does, under a label of its own). Read only
 * where no word runs into it before (`心内科医师` is 心内科's 医师) but the licence's 执业 / 注册, nor after (a
 * 家庭医生工作室 is a department, a 家庭医生团队 a team, 家庭医生说 an account's name).
 */
export const PRACTICE_TITLES = [
  '家庭医学专科医生', '内科专科医生', '外科专科医生', '儿科专科医生', '妇产科专科医生', '眼科专科医生', '皮肤科专科医生', '精神科专科医生', '骨科专科医生',
  '心脏科专科医生', '耳鼻喉科专科医生', '神经科专科医生', '肿瘤科专科医生', '泌尿科专科医生',
  '家庭医生', '家庭医师', '全科医生', '全科医师', '内科医生', '内科医师', '外科医师', '儿科医师', '牙医师', '牙医', '注册中医师', '注册针灸师', '执照针灸师', '针灸师',
  // Taiwan's registered nurse (護理師), as a hospital's newsletter credits one who wrote the answer (`撰文／護理部 {name} 護理師`):
  // a word of its own only, no 母婴护理师 (a care worker's grade) nor a note's head (`护理师补充：`)
  '护理师',
  // Taiwan's licensed social worker (社工師), as a long-term-care site's answerer signs beside its nurses and pharmacists: one
  // calling, a word of its own only
  '社工师',
  // a cancer hospital's case manager (個案管理師, a nurse following each patient), as its consult page signs a reply beside its
  // physicians, pharmacists and dietitians (`回覆者：護理部 {name} 個案管理師`): one calling, a word of its own only
  '个案管理师',
] as const;

/** Longest first, so 副主任医师 is not read as 主任医师. */
export const DOCTOR_TITLES = [
  '副主任医师', '主任医师', '主治医师', '主管医师', '住院医师', '执业医师', '执业助理医师', '助理医师', '医师',
  // a chief resident (总住院医师; Taiwan's hospitals print 總醫師): one rank, never a name (总) and a 医师
  '总住院医师', '总医师',
  // a licence of its class (执业类别), as a dental or TCM clinic's card prints it: one title, no field and a 执业医师
  '口腔执业医师', '口腔执业助理医师', '中医执业医师', '中医执业助理医师',
  '副主任药师', '主任药师', '主管药师', '药师',
  // a pharmacist's or nutritionist's qualifier before the title (执业药师, 公共营养师): one title, not a name and a title
  '执业药师', '临床药师', '执业中药师', '副主任中药师', '主任中药师', '主管中药师', '中药师',
  // a pharmacy chain's pharmacist by seniority or post (Taiwan's 資深藥師, 門市藥師): one title, not a name before a 药师
  '资深药师', '门市药师',
  // Hong Kong's pharmacist as the register names them (註冊藥劑師, Registered Pharmacist): one title, not 注册 and a 药剂师
  '注册药剂师', '药剂师',
  '注册营养师', '公共营养师', '临床营养师', '高级营养师', '主管营养师', '健康管理师', '康复治疗师', '心理治疗师',
  '副主任护师', '主任护师', '主管护师', '护师',
  // a registered dietetic technician's, a rehabilitation therapist's and a specialist nurse's ranks, as their cards print them
  '注册营养技师', '副主任治疗师', '主任治疗师', '主管治疗师', '糖尿病专科护士',
  '副主任技师', '主任技师', '主管技师', '技师',
  '副主任中医师', '主任中医师', '主治中医师', '中医师',
  // China's ethnic medicines rank their doctors as TCM does (主任蒙医师, 副主任藏医师): one title each, never a name (蒙) and a 医师
  '副主任蒙医师', '主任蒙医师', '主治蒙医师', '蒙医师', '副主任藏医师', '主任藏医师', '主治藏医师', '藏医师',
  // Hong Kong's public TCM clinics' senior rank (高級中醫師, over the 註冊中醫師), one title, no 高级 and a 中医师
  '高级中医师',
  // a village clinic's doctor (乡村医生, 村医) holds this title, not a name and 医生
  '乡村医生',
  // 医生 for 医师, as many hospitals' own sites print it (kept as printed)
  '副主任医生', '主任医生', '主治医生', '住院医生',
  // the ranks of Hong Kong's, Singapore's and Malaysia's hospitals (顾问医生 = consultant), kept as printed
  '资深顾问医生', '高级顾问医生', '副顾问医生', '顾问医生', '高级医生', '驻院医生', '专科医生',
  // Hong Kong's public hospitals' nursing and allied-health ranks (顧問護師 = nurse consultant, 病房經理 = ward manager), as the
  // Hospital Authority's pages credit its staff who answer: one title each, never a name (資深) and a 护师
  '顾问护师', '资深护师', '注册护士', '登记护士', '病房经理', '物理治疗师', '职业治疗师',
  // Vietnam's specialist levels (Bác sĩ chuyên khoa I / II) as its Chinese press prints them: one title, no 专科医生 after a 一级 / 二级
  '专科一级医生', '专科二级医生',
  // Taiwan's board-certified specialist (專科醫師) after the specialty (`骨科專科醫師`): the title, the specialty its department
  '专科医师',
  // Taiwan's nurse practitioner (專科護理師), as a hospital's newsletter credits one (`撰文／外科部 {name} 專科護理師`): one title, no 专科 and a 护理师
  '专科护理师',
  // the doctor in charge of a Hong Kong clinic or service (醫務主任, a medical officer in charge), one post, not 主任 alone
  '医务主任',
  // a post (head of a department, of the hospital), as Taiwan's cards print it for the rank (`神经内科主任`: 主任 of 神经内科)
  // 科室主任 as private hospitals' cards print the head of a department (a post, not 主任 and a 科室)
  '科室主任', '科主任', '副主任', '主任', '副院长', '院长',
  // the attending rank written short (`主治`, as compact cards print 主治医师): a word of its own only, never a drug's 主治 (`功能主治：`)
  '主治',
  // Japanese and Korean clinics' ranks as their Chinese pages print them (部長, 医長, 代表院長, 専門医), kept as printed
  '代表院长', '部长', '医长', '专科医',
  // the same ranks in Japanese kanji, as a Chinese paper in Japan prints a Japanese hospital's card (`医長`, `部長`, `院長`, `医師`):
  // a page in simplified script is not folded (han-fold.ts folds traditional pages), so the forms are listed as printed
  '代表院長', '副院長', '院長', '部長', '医長', '医師',
  // a Japanese university hospital's other ranks (副部長 under 部長, 准教授 = associate professor, 講師, 医員 = staff physician), in
  // either script: one title each, never a 副 left on a department (`皮肤科副`) nor a 准 on a name
  '副部长', '副部長', '准教授', '讲师', '講師', '医员', '医員',
  // private hospitals' attending rank (主诊医生) and Hong Kong's head of a service (部門主管), as printed
  '资深主诊医生', '主诊医生', '部门主管',
  // a check-up centre's examining physician (主检医师, 总检医师): the post that signs the report, printed where the title stands;
  // one word, never a name (主检) and 医师; a clinical rank printed beside it is the title (card-parts.ts)
  '主检医师', '总检医师',
  // a North American university's assistant professor (助理教授, below 副教授): one title, never a name (助理) and 教授
  '助理教授',
  '副教授', '教授', '副研究员', '研究员', '营养师', '心理咨询师', '心理治疗师',
  // a nutritionist's national registration (国家注册营养师) and a 公共营养师's vocational level in brackets (`公共营养师（二级）`) are
  // parts of the title as printed: never a name (国家) before it, nor a hospital's grade (二级) after it
  '国家注册营养师', '公共营养师（一级）', '公共营养师（二级）', '公共营养师（三级）', '公共营养师（四级）',
  // the level printed before it as a counsellor's is (`国家二级公共营养师`): never a name (国家二级) before 公共营养师
  '国家一级公共营养师', '国家二级公共营养师', '国家三级公共营养师', '国家四级公共营养师',
  // a counsellor's national grade is part of the title (国家二级心理咨询师), never a name
  '国家一级心理咨询师', '国家二级心理咨询师', '国家三级心理咨询师',
  // a psychotherapist's level (初级 / 中级, 主管) and a registered psychologist (注册心理师) likewise
  '初级心理治疗师', '中级心理治疗师', '主管心理治疗师', '注册心理师', '注册心理咨询师',
  // the callings of practices abroad, read whole (PRACTICE_TITLES)
  ...PRACTICE_TITLES,
] as const;

export const HOSPITAL_GRADES = [
  '三级特等', '三级甲等', '三级乙等', '三级丙等', '二级甲等', '二级乙等', '二级丙等',
  '一级甲等', '一级乙等', '一级丙等', '三甲', '三乙', '二甲', '二乙', '一甲', '一乙',
  // in digits, as some sites print them (kept as printed)
  '3甲', '3乙', '2甲', '2乙', '1甲', '1乙',
  // a clinic or township health centre not yet graded, as its 机构等级 row prints it
  '未定级',
] as const;

/**
 * Taiwan's accreditation levels of hospitals (医学中心 > 区域医院 > 地区医院), which its sites print as the hospital's
 * grade (`医院层级：地区医院`): a grade only as a part of its own, since each also ends hospitals' names (`某某地区医院`).
 */
/** The posts among the titles: a card printing a clinical title beside one (`副院长 主任医师`) is titled by the clinical one. */
export const POST_TITLES: readonly string[] = ['科室主任', '科主任', '副主任', '主任', '副院长', '院长', '代表院长', '部长', '医长', '专科医', '部门主管', '代表院長', '副院長', '院長', '部長', '医長', '副部长', '副部長'];

export const ACCREDITATION_LEVELS = ['医学中心', '区域医院', '地区医院'] as const;

/** The level alone (三级), where a site prints no 甲/乙: a grade only as a part of its own (`国家二级心理咨询师` is a title), kept as printed. */
export const GRADE_LEVELS = ['三级', '二级', '一级'] as const;

/** A grade in the letters of its English name (Grade 3A, 甲 = A, 乙 = B), as some cards print it: a grade only as a part of its own, kept as printed. */
export const LETTER_GRADES = ['3A', '3B', '2A', '2B', '1A', '1B'] as const;

/**
 * Titles printed in English only, on the cards of international hospitals and of Hong Kong's and Singapore's clinics
 * (`Consultant Physician`, `Senior Consultant`): kept as printed where no Chinese title stands beside them. Longest first.
 */
export const ENGLISH_DOCTOR_TITLES = [
  'Associate Chief Physician', 'Deputy Chief Physician', 'Chief Physician', 'Senior Consultant', 'Associate Consultant', 'Consultant Physician',
  'Consultant Surgeon', 'Consultant', 'Attending Physician', 'Attending Doctor', 'Family Physician', 'General Practitioner', 'Specialist',
  'Resident Physician', 'Senior Medical Officer', 'Medical Officer', 'Department Chief', 'Chief of Service', 'Medical Director', 'Senior Registrar',
  'Registrar', 'Physician', 'Surgeon',
  // the callings of practices abroad, as a clinic's card prints them in English alone (`Dentist`, `Registered TCM Practitioner`)
  'Dentist', 'Internist', 'Registered TCM Practitioner', 'Registered Chinese Medicine Practitioner', 'Licensed Acupuncturist', 'Médecin généraliste',
] as const;

/**
 * The 母婴 trade's vocational grades, as a 月子中心's or a 母婴 app's care staff print them (`高级母婴护理师`, `育婴师`, `催乳师`,
 * `产后康复师`, `金牌月嫂`): no 卫生专业技术职称, no doctor's card; their bylines and notes beside the expert's answer are none of
 * it. A ward's 护士 / 护师 / 护理师 is none of them.
 */
export const CARE_WORKER_ROLE = '(?:高级|中级|初级|金牌|资深)?(?:母婴护理师|育婴师|育婴员|催乳师|产后康复师|产康师|月嫂)';
/** The words titles are made of, in simplified and traditional forms and in English: a title holding none is no title. */
export const TITLE_WORD_RE = /医师|医生|醫師|醫生|医師|医長|藥師|药师|藥劑師|药剂师|营养师|營養師|护师|护理师|護理師|社工师|社工師|个案管理师|個案管理師|护士|技师|治疗师|针灸师|咨询师|教授|讲师|講師|医员|医員|研究员|专家|院长|院長|部长|部長|医长|醫長|专科医|專科醫|主任|主治|主管|大夫|医士|牙医|牙醫|康复师|心理师|健康管理师|病房经理|病房經理|護師|護士|治療師|博士|硕士|Physician|Consultant|Specialist|Practitioner|Surgeon|Registrar|Officer|Chief|Director/u;

/** A grade as sites print it (三甲, 三级甲等, 二乙, 一级, 三级, 未定级, 3甲), whole. */
export const GRADE_SHAPE_RE = /^(?:(?:[一二三1-3]\s*[级級]?\s*(?:[甲乙丙特]\s*等?)?|[一二三1-3]\s*[甲乙丙]|未定级|三级特等|[1-3][AB])(?:医院)?|[医醫]学中心|[医醫]學中心|(?:[区區]域|地[区區])[医醫]院)$/u;

/**
 * Common Chinese surnames (single and compound): a personal name of the genre opens with one.
 * A word read as the name that does not (公共 of 公共营养师, 注册, 答疑, 建议) is a label or a word of
 * a sentence taken for the name.
 */
export const SURNAMES_1 = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖傅甘覃蔺' + '陳張劉楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蘇呂盧陸賈韋鄒閆龍賀顧龔萬嚴錢湯溫莊聶魯嶽歐關蘭紀畢塗駱藍遊鮑饒車項蘆婁竇鄺戴賴鍾譚廖範孫蔣餘杜喬衛閔鄔聞鍾寧齊龐顏貝談鄺甯單雲慕嚴鄔闞權幹邊卞師佟'],
);
export const SURNAMES_2 = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|令狐|夏侯|轩辕|端木|独孤|南宫|西门|百里|呼延|申屠|太史|闻人|万俟|赫连|澹台|钟离|公冶|濮阳|淳于|单于|第五|宗政|拓跋)/u;
/** A personal name as the genre prints one: two to four Han characters (spaces apart), opening with a surname (`李明`, `慕容雪刚`). */
export function isPersonalName(text: string): boolean {
  const n = text.replace(/\s+/gu, '');
  return /^\p{Script=Han}{2,4}$/u.test(n) && (SURNAMES_1.has(n[0]!) || SURNAMES_2.test(n));
}

/**
 * The parts Tibetan names are made of, as Chinese writes them (扎西, 次仁, 卓玛, 平措): a Tibetan name has no surname, but two
 * such parts (`扎西平措`, `旦增曲珍`), sometimes three. A doctor of a Tibetan or Tibetan-medicine hospital is named so.
 */
const TIBETAN_NAME_PART =
  '(?:扎西|次仁|次旦|次珍|次央|次吉|多吉|多布杰|卓玛|卓嘎|平措|央金|央宗|央拉|拉姆|拉巴|拉珍|尼玛|格桑|索朗|索南|旺姆|旺堆|旺久|旦增|丹增|单增|曲珍|曲吉|普布|普琼|达瓦|达娃|德吉|德庆|白玛|白珍|洛桑|洛旦|顿珠|边巴|边珍|米玛|巴桑|巴珍|群培|仁增|仁青|益西|强巴|罗布|贡布|贡嘎|加措|嘉措|桑珠|桑布|欧珠|琼达|才让|才旦|阿旺|土登|朗杰|泽仁|泽旺|晋美|玉珍|措姆|仓决|嘎玛|旺扎|朗措)';
const TIBETAN_NAME_RE = new RegExp(`^${TIBETAN_NAME_PART}{2,3}$`, 'u');
export const isTibetanName = (text: string): boolean => TIBETAN_NAME_RE.test(text.replace(/\s+/gu, ''));
/** The dots Chinese writes between the parts of a Uyghur's, a Kazakh's or a foreigner's name (`阿依古丽·买合木提`, `•`, `‧`, `・`). */
export const NAME_DOT_RE = /[·•‧・]/u;
/** A name's shape with its parts apart by such a dot: no surname to judge it by, and longer than a Han name. */
export const DOTTED_NAME_SHAPE_RE = new RegExp(`^\\p{Script=Han}{1,6}(?:${NAME_DOT_RE.source}\\p{Script=Han}{1,6}){1,2}$`, 'u');
/**
 * The characters Chinese writes a Uyghur's, a Kazakh's or a foreigner's name with (Xinhua's transliteration table and Xinjiang's
 * usage: 阿依古丽, 买合木提, 努尔艾力, 约翰, 史密斯), in either script.
 */
const TRANSLITERATION_CHARS = new Set('阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾滨波玻伯勃博布查察达戴丹道德登邓迪狄蒂底丁东杜都敦顿多朵厄恩尔法凡范方菲斐费芬丰冯弗福富盖甘冈高戈哥格根贡古谷瓜圭贵果哈海亥罕汗汉杭豪好合何赫黑亨洪胡华怀霍基吉姬加佳嘉贾坚简江姜杰捷金津京久居喀卡凯坎康考柯科可克肯孔库夸奎昆阔拉腊莱赖兰朗劳乐勒雷蕾楞黎里理丽利莉力连林琳灵柳龙隆楼卢鲁陆路伦罗洛吕律马玛买麦迈曼芒毛梅美门蒙孟米密敏明谟莫默木姆穆纳娜乃奈南楠内尼妮涅宁纽努诺欧帕派潘庞佩彭皮平珀普齐奇恰乔切钦琴琼丘曲热仁日荣茹若瑞萨塞赛桑瑟森沙莎山珊尚绍舍申圣施什史士舒斯丝松苏索塔泰坦汤唐陶特滕提汀通图土吐托瓦娃万旺威韦维温文翁沃乌吾伍武西希锡夏肖谢欣辛休许雅亚扬杨耶叶伊依易因英尤于约扎泽詹兹朱卓孜宗祖佐衣牙则逊不尕肉訾卜俄翰治夫卫旦再别列麗買約爾遜邁瑪蘭倫羅魯盧陸龍維韋溫萊賴齊喬錫謝許楊葉亞貝鮑畢濱東頓豐馮費貢漢華懷賈堅簡傑凱庫誇闊臘勞樂連靈樓納紐諾歐龐欽瓊熱榮薩賽紹聖蘇絲湯騰圖託萬烏紮澤茲衛達別');
/**
 * A name of parts apart by a dot (DOTTED_NAME_SHAPE_RE) written wholly in such characters: a transliterated name, one name. A dot
 * setting a column's, a place's or a specialty's word beside a Han name (`名医·李明`, `北京·李明`, `中医·王芳`), or two names, holds
 * characters no transliteration uses: two parts of a card.
 */
export const isTransliteratedName = (text: string): boolean =>
  DOTTED_NAME_SHAPE_RE.test(text) && [...text].every((c) => NAME_DOT_RE.test(c) || TRANSLITERATION_CHARS.has(c));

/**
 * The 馆 closing a 中医 chain's branch hall, its brand's 堂 and the hall's place before it (`方回春堂城西馆`), as a pattern's
 * source to end a hospital's name with (extract/words/genre.ts, flags/consistency.ts). Not a venue's 馆 after a 堂 (`胡庆余堂中药博物馆`,
 * `李玉堂纪念馆`, `食堂旁体育馆`), nor a hall after a hospital's own 国医堂 (`江州市中医院国医堂城西馆`: the 中医院's unit, as its
 * 国医馆 is), nor one after a 堂 that is a room (食堂, 礼堂, 教堂); nor the hall's 馆长, a post.
 */
const HALL_HAN = '\\p{Script=Han}';
const VENUE_BEFORE_HALL = '纪念|博物|体育|图书|美术|展览|科技|档案|文化|艺术|书画|陈列|游泳|健身|天文|海洋|水族|规划|照相|药膳|[球宾饭茶酒餐会使菜面武影]';
export const BRANCH_HALL = `(?<=堂${HALL_HAN}{1,4})(?<![食礼课学天澡佛祠教殿讲会弄]堂${HALL_HAN}{1,4})(?<!院${HALL_HAN}{0,2}堂${HALL_HAN}{1,4})(?<!${VENUE_BEFORE_HALL})馆(?!长)`;

/**
 * A chain's store as a card prints it (`{brand}{city}{road}店`, `…分店`), not a shop's button (`附近门店`, `进店`) nor another
 * trade's (饭店, 酒店, 书店). On a pharmacist's card (isPharmacistTitle) it is where they work, the hospital field, as a pharmacy
 * with its word is (fresh-59's and fresh-83's keys).
 */
const CHAIN_STORE_RE = /^\p{Script=Han}{4,16}(?<![门饭酒商书网花进])店$/u;
/** A shop's badge or button ending in 店 (`官方旗舰店` alone, `全场满包邮店`, `查看全部店`): no store's name. */
const SHOP_WORDS_RE = /^(?:官方|品牌|自营|授权|正品)*旗舰店$|包邮|全部|查看|收藏|进入|关注|满减|优惠/u;
export const isChainStore = (text: string) => CHAIN_STORE_RE.test(text) && !SHOP_WORDS_RE.test(text);
/** A pharmacist's title (执业药师, 主管药师, 中药师, Hong Kong's 注册药剂师). */
export const isPharmacistTitle = (title: string | null) => title !== null && /[药藥][剂劑]?[师師]/u.test(title);
/** A nurse's or therapist's rank (注册护士, 顾问护师, 物理治疗师, a ward's 病房经理): a carer's, no doctor's. */
export const isCarerTitle = (title: string | null) => title !== null && /[护護](?:理)?[师師士]|治[疗療][师師]|病房[经經]理/u.test(title);
