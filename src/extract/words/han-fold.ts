/**
 * Traditional Chinese folded to simplified, one character for one, to MATCH labels and
 * vocabulary (醫生 as 医生, 職稱 as 职称, 相關問答 as 相关问答) on pages printed in traditional
 * script; what is published stays as printed (`unfoldAsPrinted`). A table of our own of about a
 * thousand characters, the ones pages of the genre use (medicine, the card's words, names,
 * dates and site furniture; 覆 of 回覆 too, for matching only), rather than opencc-js: that library cannot be added here (the
 * worktree shares main's node_modules) and its phrase-level conversion changes lengths, which
 * folding for matching must not do (positions in the folded text are positions in the printed one).
 */

const TRADITIONAL =
  '覆醫師職稱問題關於係麼麽這個們來會時間後發佈髮態應該還沒過嗎請謝診療藥檢驗術癥狀體頭腦頸腎臟腸膽脈脹膚腫瘡癢癇癒傷熱燒嘔瀉' +
  '鬱憂慮眾專業結節經絡營養飲飯麵雞魚蘋蔔蘿葉藍紅綠黃顏長寬廣東華國區縣鄉鎮陽陰灣島蘇遼寧廈門開閉聞聽說讀寫話語詞譯記訊設計' +
  '論評議護讓認識證誤課談調誰變點擊鍾鐘錢銀鐵鋼針錯鏡張陳劉楊趙吳鄭馮蔣韓許鄧蕭羅盧範賈孫馬鄒龔賴嚴顧歐陸萬譚閻湯餘龍鳳麗偉' +
  '軍強豔靜傑濤輝儀潔嬌蓮鵬飛興寶貴順榮帥婦兒嬰產齡歲週號樓層電網頁齊頻視聲響錄訪員務處單辦據歷曆價壓濕氣溫濃淨潰瘍斷續線紙' +
  '維總綜級類項額顯現實際難雜離雙觀覺親見規貝負責費資質購賣買讚車軟輕較轉運達遠適選遺邊遲進連遊郵釋鈣鉀鋅鹽鹼隨險隻雖雲靈預' +
  '顆風飽餵館驚髒鬆鬍魯鳥鴨鹹麥黴齒龜擴擠擾攝損換掃採擇擔擁擬敗數曉暈暫曬書條極標樣橫機權歡歸殘決況淚淺測滯滿漢潤澀濁災爭爾' +
  '獨獲環畢畫異當疊瘋盡盤礙禮種穩窮競筆簡糧糾紀約紋納純細紹組終絕給統絲緊緒編緩練縮織繞繫纖義習聯肅脫腳膠膩臉臨舉舊莖薦藝蟲' +
  '衛衝補裝裡裏製複覽觸訂訴詢詳誌誠諸講譽豐豬貓貧貼賓賬贈趨跡躍輩輪輸辭農遞鄰銷鋪鍊鍛鏈鑑閃閱闊陣隊階隱霧韻頂須頓領頰願飄飾' +
  '餅餓饑駕騎騙驅鬥鬧鮮鳴鶴黨倫側備傳債傾僅億優償兇兩冊凍劃劇劑勁動勝勞勢勵勸匯協卻參嘗嚇嚨團園圍圖圓塊塗墊壞壯壽夢夠奪奮娛' +
  '學寢審對尋導將屆屬崗嶺幣幫幹廁廚廢廳彈彎徑從復徵徹恆惡惱愛慣慘慶憐憑憶懇懶懷懸懼戀戰戲戶拋捨揮搖搶撐撫撲擋擺攔攤攪棄構槍' +
  '樂橋櫃欄殺殼涼減湧溝準滲滾漲漸潛澤濟濫灘烏無煉煙煩燈燦爛牽狹猶獎獻瘓癱皺盜監確碼礎稅窩籃糞紛紮絞綿緣縫縱繃繪繳纏聖聳脣膿' +
  '臍莊蓋蔥蕩薑蘆虛蝦蠅蠟覓討訓託註詐試詩誇誕誘諒諧諮謂謊謎謙謹譜貢貪販貫貸貿賊賜賞賢賭軌輛輯轄辮辯迴遙遷邁醬釘鈴鉛銅鋁鋒錘' +
  '錶鍋鍵鎖鑄鑰閒閣闖陝隸頌頒頗顛颱飢駐駛騰驕驢鬢鴉鴿鷹麩齋龐臺蔘啟衞綫羣牀痺癲癬瘻痙攣噁囑闌蟎濾創紗併並佔彙緻內為與亞亂倆' +
  '剛剝勻厭厲呂啞喚喪嗆嘆噴執堅報場墳夾奧媽寵尷屢峽帳帶幾庫廠彆憤懲擱攏攢敘敍昇晉晝朮桿棧棲槓樁樸樹檔櫥櫻殲沖洩淒湊漿澆濱濺' +
  '瀋瀕瀝灑爐爺獵瑣甦畝瘧瘮癆癟癤癩癮皰盞睏瞞瞼礦祕稟穀窪窺竪篩簽籤簾絨綁綢緬緯縷績繡繭罵聶膕艦蕁蕎蘭虜螞蟬蠍衆衹襯襲訣詭誨' +
  '諷謠謬譴貳賄賠贏贓趕踐蹤軀轎轟逕醜釐銳鋸錫錳鍍鎂鎳鏟鏽閥闡陞雛靂鞏韌頑頹顫颳飼餃餡饅饒駁駝騷驟髏髖鬚鯊鰻鵝鷄鹵麯齦齷龕瀰' +
  '瘂癭嚥喫痠瞭藉餚鍼瞇眥疿痲蠔頜顎顱顳臏臚膾脛漬瀧癰瘉籲鏢鐳錠鉗鈉矽氫氬滷蔴糰鬨鬩覈贊讒冪廬徬氾汙紓紂緝別瀏';
const SIMPLIFIED =
  '复医师职称问题关于系么么这个们来会时间后发布发态应该还没过吗请谢诊疗药检验术症状体头脑颈肾脏肠胆脉胀肤肿疮痒痫愈伤热烧呕泻' +
  '郁忧虑众专业结节经络营养饮饭面鸡鱼苹卜萝叶蓝红绿黄颜长宽广东华国区县乡镇阳阴湾岛苏辽宁厦门开闭闻听说读写话语词译记讯设计' +
  '论评议护让认识证误课谈调谁变点击钟钟钱银铁钢针错镜张陈刘杨赵吴郑冯蒋韩许邓萧罗卢范贾孙马邹龚赖严顾欧陆万谭阎汤余龙凤丽伟' +
  '军强艳静杰涛辉仪洁娇莲鹏飞兴宝贵顺荣帅妇儿婴产龄岁周号楼层电网页齐频视声响录访员务处单办据历历价压湿气温浓净溃疡断续线纸' +
  '维总综级类项额显现实际难杂离双观觉亲见规贝负责费资质购卖买赞车软轻较转运达远适选遗边迟进连游邮释钙钾锌盐碱随险只虽云灵预' +
  '颗风饱喂馆惊脏松胡鲁鸟鸭咸麦霉齿龟扩挤扰摄损换扫采择担拥拟败数晓晕暂晒书条极标样横机权欢归残决况泪浅测滞满汉润涩浊灾争尔' +
  '独获环毕画异当叠疯尽盘碍礼种稳穷竞笔简粮纠纪约纹纳纯细绍组终绝给统丝紧绪编缓练缩织绕系纤义习联肃脱脚胶腻脸临举旧茎荐艺虫' +
  '卫冲补装里里制复览触订诉询详志诚诸讲誉丰猪猫贫贴宾账赠趋迹跃辈轮输辞农递邻销铺炼锻链鉴闪阅阔阵队阶隐雾韵顶须顿领颊愿飘饰' +
  '饼饿饥驾骑骗驱斗闹鲜鸣鹤党伦侧备传债倾仅亿优偿凶两册冻划剧剂劲动胜劳势励劝汇协却参尝吓咙团园围图圆块涂垫坏壮寿梦够夺奋娱' +
  '学寝审对寻导将届属岗岭币帮干厕厨废厅弹弯径从复征彻恒恶恼爱惯惨庆怜凭忆恳懒怀悬惧恋战戏户抛舍挥摇抢撑抚扑挡摆拦摊搅弃构枪' +
  '乐桥柜栏杀壳凉减涌沟准渗滚涨渐潜泽济滥滩乌无炼烟烦灯灿烂牵狭犹奖献痪瘫皱盗监确码础税窝篮粪纷扎绞绵缘缝纵绷绘缴缠圣耸唇脓' +
  '脐庄盖葱荡姜芦虚虾蝇蜡觅讨训托注诈试诗夸诞诱谅谐咨谓谎谜谦谨谱贡贪贩贯贷贸贼赐赏贤赌轨辆辑辖辫辩回遥迁迈酱钉铃铅铜铝锋锤' +
  '表锅键锁铸钥闲阁闯陕隶颂颁颇颠台饥驻驶腾骄驴鬓鸦鸽鹰麸斋庞台参启卫线群床痹癫癣瘘痉挛恶嘱阑螨滤创纱并并占汇致内为与亚乱俩' +
  '刚剥匀厌厉吕哑唤丧呛叹喷执坚报场坟夹奥妈宠尴屡峡帐带几库厂别愤惩搁拢攒叙叙升晋昼术杆栈栖杠桩朴树档橱樱歼冲泄凄凑浆浇滨溅' +
  '沈濒沥洒炉爷猎琐苏亩疟瘆痨瘪疖癞瘾疱盏困瞒睑矿秘禀谷洼窥竖筛签签帘绒绑绸缅纬缕绩绣茧骂聂腘舰荨荞兰虏蚂蝉蝎众只衬袭诀诡诲' +
  '讽谣谬谴贰贿赔赢赃赶践踪躯轿轰径丑厘锐锯锡锰镀镁镍铲锈阀阐升雏雳巩韧顽颓颤刮饲饺馅馒饶驳驼骚骤髅髋须鲨鳗鹅鸡卤曲龈龌龛弥' +
  '哑瘿咽吃酸了借肴针眯眦痱麻蚝颌颚颅颞膑胪脍胫渍泷痈愈吁镖镭锭钳钠硅氢氩卤麻团哄阋核赞谗幂庐彷泛污纾纣缉别浏';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

/** The folded characters by their code (all of them in the BMP, one UTF-16 unit each): asked of every character of a page. */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) IS_TRADITIONAL[TRADITIONAL.charCodeAt(i)] = 1;

/** The text with its traditional characters as simplified ones; same length, same positions. */
export function foldHan(text: string): string {
  // Most texts hold none (every line of a page in simplified script is asked): returned as they are, no copy built.
  if (!holdsTraditional(text)) return text;
  let out = '';
  for (const c of text) out += FOLD.get(c) ?? c;
  return out;
}

function holdsTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (IS_TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** How many characters of the text are traditional ones of the table. */
export function traditionalCount(text: string): number {
  // By UTF-16 unit, not by character: a surrogate (half of a character beyond the BMP) is never one of them.
  let n = 0;
  for (let i = 0; i < text.length; i++) n += IS_TRADITIONAL[text.charCodeAt(i)]!;
  return n;
}

/** A page read in traditional script: its text nodes folded while it is read. */
export interface FoldedPage {
  /** Puts the page's text back as printed. */
  restore(): void;
  /** A string read from the folded page, as the page printed it; of its places, the one nearest `near` (placeOf) where given. */
  asPrinted(text: string, near?: number): string;
  /** Where a string read from the folded page stands in it (-1 where it is not found whole). */
  placeOf(text: string): number;
}

/** Below this many traditional characters a page is not read folded (a name or two in traditional script). */
const MIN_TRADITIONAL = 12;

interface TextNode {
  type: string;
  data?: string;
  children?: TextNode[];
}

/**
 * Folds the text nodes under `root` in place where the page is printed in traditional script
 * (null where it is not: nothing changed). `asPrinted` finds a string read from the folded page
 * in the folded text and returns the printed text at the same place; a string not found there
 * (pieces joined) is unfolded character by character, each as the page prints it most often.
 */
export function foldPage(root: TextNode): FoldedPage | null {
  const nodes: TextNode[] = [];
  const stack: TextNode[] = [root];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.data) {
      nodes.push(node);
      count += traditionalCount(node.data);
    } else if (node.children && node.type !== 'script' && node.type !== 'style') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  if (count < MIN_TRADITIONAL) return null;
  const printed = nodes.map((n) => n.data!);
  const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ');
  const originalText = collapse(printed.join('\n'));
  for (const node of nodes) node.data = foldHan(node.data!);
  const foldedText = collapse(nodes.map((n) => n.data!).join('\n'));
  // Which printed character each folded one stands for on this page, by how often.
  const seen = new Map<string, Map<string, number>>();
  for (let i = 0; i < originalText.length; i++) {
    const f = foldedText[i]!;
    const o = originalText[i]!;
    if (f === o && !FOLD_TARGETS.has(f)) continue;
    const counts = seen.get(f) ?? new Map<string, number>();
    counts.set(o, (counts.get(o) ?? 0) + 1);
    seen.set(f, counts);
  }
  const back = new Map([...seen].map(([f, counts]) => [f, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]));
  // A value read across elements (`<b>問：</b>{question}<span>（附圖1張）</span>`) stands in the page's text with breaks between
  // its pieces that the reading joined without, or with spaces the page does not print: found with whitespace set aside, each
  // character is the one printed at its place. A simplified character the page prints traditional elsewhere (`药` beside
  // `藥師`) stays as printed there, where unfolding it by the page's most usual form would change the asker's words.
  let dense: { text: string; at: number[] } | null = null;
  const spreadAt = (text: string, near?: number): string | null => {
    if (dense === null) {
      const at: number[] = [];
      let chars = '';
      for (let i = 0; i < foldedText.length; i++) if (!/\s/u.test(foldedText[i]!)) (at.push(i), (chars += foldedText[i]));
      dense = { text: chars, at };
    }
    const key = text.replace(/\s+/gu, '');
    if (key === '') return null;
    let found = dense.text.indexOf(key);
    if (found === -1) return null;
    if (near !== undefined && near >= 0) {
      for (let next = dense.text.indexOf(key, found + 1); next !== -1; next = dense.text.indexOf(key, next + 1)) {
        if (Math.abs(dense.at[next]! - near) < Math.abs(dense.at[found]! - near)) found = next;
      }
    }
    // By UTF-16 unit, as the places were taken (a character beyond the BMP is two).
    let out = '';
    let k = found;
    for (let i = 0; i < text.length; i++) out += /\s/u.test(text[i]!) ? text[i] : originalText[dense.at[k++]!]!;
    return out;
  };
  return {
    restore() {
      nodes.forEach((node, i) => (node.data = printed[i]!));
    },
    asPrinted(text: string, near?: number): string {
      if (!text) return text;
      const at = valueAt(foldedText, collapse(text), near);
      if (at !== -1 && collapse(text) === text) return originalText.slice(at, at + text.length);
      const spread = spreadAt(text, near);
      if (spread !== null) return spread;
      let out = '';
      for (const c of text) out += back.get(c) ?? c;
      return out;
    },
    placeOf(text: string): number {
      return text ? valueAt(foldedText, collapse(text)) : -1;
    },
  };
}

const FOLD_TARGETS = new Set(SIMPLIFIED);
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** How far from the card's name its other values stand, at most, in characters of the page's text. */
const CARD_SPAN = 80;

/**
 * Where a value read from the folded page stands in it: its first place that no label's colon follows. The same words may
 * be printed once as a label's (`回覆醫師：`, traditional) and once as the value (`{name} 医师`, simplified, on a page mixing
 * scripts): the label names the field, and its script is none of the value's. A place where the value stands as words of its
 * own comes first: a short value (a title, `医师`) may be printed inside a longer word before (`醫師解答`, a menu's; `Hello醫師`,
 * the site's name; traditional) and as the card's value after (`{name} 医师`, simplified). Where `near` is given (the card's
 * name's place), the place nearest it: a card prints its values together (`{name}` over `{hospital}{department}医师`).
 */
function valueAt(folded: string, text: string, near?: number): number {
  const first = folded.indexOf(text);
  const labelled = (at: number) => /^\s*[:：]/u.test(folded.slice(at + text.length, at + text.length + 2));
  const runsOn = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && WORD_CHAR_RE.test(a) && WORD_CHAR_RE.test(b);
  const endsApart = (at: number) => !runsOn(text.at(-1), folded[at + text.length]);
  const apart = (at: number) => !runsOn(folded[at - 1], text[0]) && endsApart(at);
  const places: number[] = [];
  for (let at = first; at !== -1; at = folded.indexOf(text, at + 1)) if (!labelled(at)) places.push(at);
  if (places.length === 0) return first;
  const nearest = (xs: number[]) => xs.reduce((best, at) => (Math.abs(at - near!) < Math.abs(best - near!) ? at : best));
  if (near === undefined || near < 0) return places.find(apart) ?? places[0]!;
  // By the card: its values as words of their own there, else where the word ends there (`{hospital}{department}医师`, a title
  // run on after the department, not `醫師解答`'s), else its nearest place.
  const byCard = places.filter((at) => Math.abs(at - near) <= CARD_SPAN);
  const own = byCard.filter(apart);
  const ending = byCard.filter(endsApart);
  return nearest(own.length > 0 ? own : ending.length > 0 ? ending : places);
}
