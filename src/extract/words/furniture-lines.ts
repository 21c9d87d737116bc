/**
 * The site's own lines around an answer: players, buttons, social bars, votes, tags, bylines, footers,
 * dividers and the heads of the site's feeds. None of them is the answer's text; several mark where it ends.
 */

/** What a player shows: its duration (labelled or not; a call's `通话时长 14:42` is its recording's; the medium's word before it, `音频 4分0秒`), play buttons (▶) and prompts (`收听本段音频`), the format word after the duration (`▶ 58″ 语音解答`). */
export const PLAYER_RE =
  /^(?:(?:视频|音频|语音|录音|播放|通话)?(?:时长|长度)\s*[:：]?|(?:音频|语音|录音|视频)(?=\s*\d)|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*['′]\s*\d{1,2}\s*(?:″|''|"|”)|\d{1,3}\s*(?:″|''|"|”|秒|分钟?)|点击播放|点击收听|点击观看|Listen\s+now|Listen(?=\s*\d)|(?:点击)?收听(?:本段|本期|本集|这段|完整|全部)(?:音频|节目|录音|语音)|播放|暂停|语音播放|收听语音|观看视频|正在播放|加载中|[▶►▷⏵⏸]|(?:限时|VIP|会员)?免费听|(?:[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*元)\s*(?:偷偷听|偷听|旁听|听)|偷偷听|偷听|旁听|(?<=[″"'秒]\s*)(?:语音|音频|视频)(?:解答|回答|回复)?|[\s/|｜])+$/u;
/** What an <audio> or <video> shows where it cannot play. */
export const PLAYER_FALLBACK_RE = /^(?:您的|你的|当前)?浏览器(?:暂)?不支持(?:该|此)?(?:音频|视频|语音|audio|video|HTML5)/iu;
/** A portal's prompt to log in to answer too (`登录后才能回答问题，登录或注册`): the site's, none of the answer. */
export const LOGIN_TO_ANSWER_RE = /^(?:请先?)?(?:登录|登陆)\s*(?:后)?\s*(?:才能|才可以|即可|可以|方可)?\s*(?:回答|参与回答|发表回答|添加回答|写回答|评论|回复|发言)/u;
/**
 * A prompt to vote on the answer (`这个回答对您有帮助吗？`, `此回答是否有用？`), its buttons and counts after it
 * (`有用(114) 没用(5)`): a question to the reader, none of the answer.
 */
export const VOTE_PROMPT_RE =
  /^(?:这个|这条|该|此|本|以上)?(?:回答|解答|答案|回复|内容|文章|信息)?(?:(?:对(?:您|你)|是否)+有(?:所)?(?:帮助|用|启发)(?:吗)?|有(?:帮助|用)吗)\s*[？?]\s*(?:(?:有用|没用|有帮助|没帮助|无帮助|是|否|[👍👎])\s*[（(]?\s*\d*\s*[）)]?\s*)*$/u;
/** The same prompt on a site's English interface (`Was this answer helpful? Yes (12) No`). */
export const ENGLISH_VOTE_PROMPT_RE = /^(?:was|is|did)\s+(?:this|the)\s+(?:answer|reply|article|page|information|content)\s+(?:helpful|useful|help(?:\s+you)?)\s*\?\s*(?:(?:yes|no)\s*(?:\(\s*\d+\s*\))?\s*)*$/iu;
/** A prompt that offers the whole text elsewhere (`扫码查看完整回答`, `长按识别…查看全文`). */
export const FULL_TEXT_OFFER_RE = /(?:完整|全部|全文|剩余)/u;
/** The same head on an English interface around a Chinese post (a newsletter's `Discussion about this post`, `12 Comments`). */
export const ENGLISH_COMMENTS_HEAD_RE = /^(?:discussion about this (?:post|article)|\d+\s+comments?|comments|leave a comment)$/iu;
/** Of those, the words an answer may hold as a line of its own (`Comments` over what readers asked, review pages): a head only as a heading. */
export const BARE_ENGLISH_COMMENTS_RE = /^(?:\d+\s+comments?|comments)$/iu;
/**
 * A newsletter platform's box asking the reader to subscribe (`医生通讯 is a reader-supported publication. To receive new posts and
 * support my work, consider becoming a free or paid subscriber.`, `Subscribe now`): the platform's, none of the answer.
 */
export const SUBSCRIBE_PROMPT_RE = /\bis a reader-supported publication\b|\bconsider becoming a (?:free or )?paid subscriber\b|^(?:subscribe(?: now| for free)?|type your email…?|share this post)$/iu;
/** The head of a section of readers' comments (网友评论（5）, 全部评论, 评论区 3, a note's 共 58 条评论): what follows is theirs, not the answer. */
export const COMMENTS_HEAD_RE = /^(?:共\d+条|网友|用户|读者|热门|最新|精彩|全部|相关)?(?:评论|留言)(?:区|列表)?\s*(?:[（(]\s*\d+\s*[）)]|\d+(?:\s*条)?)?$/u;
/**
 * Buttons and prompts around an answer (a follow button drawn `+ 关注`, its plus set apart); a Q&A's buttons to pick or praise
 * an answer (`采纳`, `赞`) alone on a line, under whichever answer they stand.
 */
export const UI_RE =
  /^(?:展开全文|展开|收起|举报|分享|收藏|点赞|采纳|赞|有帮助|没帮助|无帮助|有用|没用|无用|赞同|反对|感谢|追问|我要提问|立即咨询|在线咨询|免费咨询|咨询TA|咨询他|咨询她|[+＋]?\s*关注|已关注|查看更多|更多|阅读全文|查看全文|复制链接|打开APP|APP内打开|下载APP|[👍👎\uFE0F]|[\d()（）\s|·])+$/u;
/**
 * A carousel's hint to swipe through its cards or pictures (`（左右滑动查看）`, `← 左滑查看更多`, `滑动查看下一张`): the slider's,
 * none of the text its cards hold.
 */
export const SWIPE_HINT_RE = /^[（(【\[]?\s*[←→<>]?\s*(?:向?[左右上下]{1,2})?(?:滑动|滑屏|滑)\s*(?:查看|浏览|阅读)(?:更多|全部|下一张|下一页|图片)?\s*[←→<>]?\s*[）)】\]]?$/u;
/**
 * A social bar under a post (`举报/反馈 赞 426 评论 64`, `阅读 1.2万 在看 49`, a video site's `点赞 5998 投币 973`): its buttons and
 * counters, none of the answer, however many of them a line holds.
 */
// A Q&A portal's votes (支持 / 反对, 有用(54) / 无用) and its share buttons (分享到 微博 豆瓣) are buttons of the bar too; so is an English
// interface's around a Chinese post (a newsletter's `237 Likes Share`, `217 2 Share`).
const SOCIAL_BUTTON = '(?:举报|反馈|投诉|赞|点赞|评论|转发|分享到(?:\\s*[:：]?\\s*(?:新浪微博|微博|豆瓣|微信|朋友圈|QQ空间|QQ|人人网))*|分享|收藏|喜欢|在看|阅读|浏览|投币|充电|支持|反对|有用|无用|没用|Likes?|Share|Comments?|Restacks?|\\p{Extended_Pictographic}\\uFE0F?)';
/** A counter: one number, never split into two (`69.8万`, `6002`), bracketed or not (`评论(20)`). */
const SOCIAL_COUNT = '[(（]?\\d+(?:\\.\\d+)?(?![\\d.])\\s*[万千wWkK]?\\+?[)）]?';
// Where the buttons are icons the counters stand bare before the one worded button (`6002 110 69.8万 分享`): a bar too.
export const SOCIAL_BAR_RE = new RegExp(`^(?=.*${SOCIAL_BUTTON})(?:(?:${SOCIAL_BUTTON}\\s*(?:${SOCIAL_COUNT})?|${SOCIAL_COUNT})\\s*[/|｜·•]?\\s*)+$`, 'u');
/**
 * A day without its year, or a relative one, opening a post's social bar (`05-08 赞 154 评论 18`, `3天前 赞 12`): the bar's, dating nothing.
 * Not a dotted one: `27.4万` is a count.
 */
export const BAR_DAY_RE = /^(?:\d{1,2}\s*[-/月]\s*\d{1,2}(?![\d万千wWkK])\s*日?|昨天|前天|今天|\d{1,2}\s*(?:分钟|小时|天)前)(?:\s*\d{1,2}[:：]\d{2})?\s*(?:[·•|｜]\s*)?/u;
/**
 * A full day and time opening a post's social bar, perhaps labelled (`回答于 2021-05-28`, `回复时间：2023年5月6日`), perhaps with how
 * long ago it was beside it (`2023-05-06 14:22（8天前）`).
 */
export const BAR_STAMP_RE = /^(?:(?:回答|发表|发布|回复)于\s*|(?:回答|回复|答复|解答|发表|发布)(?:时间|日期)\s*[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:[（(]\d{1,3}\s*(?:分钟|小时|天|周|个月)前[)）]\s*)?/u;
/** A post's vote count (`4625 人赞同了该回答`, `1.2万人觉得有用`): a counter, none of the answer. */
export const VOTES_RE = /^\d+(?:\.\d+)?\s*[万千wWkK]?\s*(?:人|个人|位网友)?\s*(?:赞同|点赞|赞过|喜欢|收藏|觉得有用|认为有用|觉得有帮助)了?\s*(?:该|这个|此|这条|这篇)?(?:回答|答案|解答|文章|内容)?$/u;
/** An article's end mark (`— END —`, `（完）`): where its text ends. */
export const END_MARK_RE = /^[-—–―\s]*(?:END|THE END|完|全文完)[-—–―\s]*$|^[（(]\s*完\s*[）)]$/iu;
/**
 * A consultation record's diagnosis field after the advice (`初步诊断：高血压`, `诊断：痛风`): the record's,
 * none of the answer, which has ended. Only a short value, no sentence: an answer may reason `诊断：考虑为…，建议…。`.
 */
export const DIAGNOSIS_FIELD_RE = /^(?:初步|临床|门诊)?诊断(?:结果|意见)?\s*[:：]\s*[^，,。；;！!？?]{1,24}$/u;
/** Tags and categories after an answer: where the answer has ended. */
export const TAGS_RE = /^(?:标签|关键词|相关标签|相关疾病|相关科室|所属分类|分类|相关搜索|相关药品)\s*[:：]/u;
/**
 * An article's byline or editor's credit after its text (责任编辑：…, 责编：…, 来源：…, `（编辑：…）`, a page's editor `（本期编辑：…）`, a reviewer with their office `审核：name（医务部）`), perhaps after a
 * news site's buttons (`【纠错】 【责任编辑：…】`): where the answer has ended. Taiwan's papers sign it in their script with a
 * slash (`（編輯／王芳）`), as a slash parts 文／ from its writer.
 */
export const BYLINE_RE = /^(?:[【[]\s*(?:纠错|打印|关闭|收藏|分享)\s*[】\]]\s*)*[（(【[]?\s*(?:文\s*[/／]\s*)?(?:(?:本版|本期|本栏|本刊)(?:责任)?编辑|责任编辑|责编|编辑|責任編輯|責編|編輯|审核|審核|审校|校对|(?:本文|文章|内容)?来源|出处)\s*[:：/／]\s*[^，,。；;！!？?（()）【】[\]]{0,20}(?:[（(][^，,。；;！!？?（()）]{1,12}[）)])?[）)】\]]?$/u;
/**
 * A board's author line over a post: its label and the account's handle, no space in it, the owner's name bracketed after on some
 * (`作者 kneedoc (李明)`, `作者：kneedoc`, `發文者 bone_doc（李明）`, `楼主：膝盖小王`): the board's, none of the post. A handle after
 * the plain 作者 or run on after a label with no colon opens with a Latin letter or a digit (`作者kneedoc`): prose about an author
 * (`作者认为…`) is none, nor an article's byline naming its doctor (`作者：王芳医生`, the card's).
 */
const HANDLE = String.raw`[A-Za-z\d][\w.\-]{0,19}`;
const AUTHOR_HANDLE_RE = new RegExp(
  String.raw`^(?:(?:作者|Author)\s*[:：]?\s*${HANDLE}|(?:發文者|发文者|发帖人|發帖人|发帖者|發帖者|楼主|樓主|帖主)\s*(?:[:：]\s*[^\s，,。；;！!？?：:（()）]{1,20}|${HANDLE}))(?:\s*[（(]\p{Script=Han}{2,4}[）)])?$`,
  'u',
);
export const isAuthorHandleLine = (text: string) => AUTHOR_HANDLE_RE.test(text.trim());
/**
 * A news article's closing credits with no colon, each role followed by its person's name (`编辑 王芳　责编 李明`,
 * `记者 张三 实习生 李四`), bracketed as a paper's page prints them under its column, perhaps naming what they made
 * (`（本版文字 记者 王芳）`, `（图片 记者 王芳）`), in brackets perhaps with a 审核 among them (`（编辑 王芳　审核 李明）`):
 * the paper's staff, none of the answer; where it has ended. A 审核 outside brackets is a reviewer's line (references.ts).
 */
const STAFF_ROLE = '(?:责任编辑|责编|编辑|校对|审校|美编|记者|实习生|通讯员)';
const STAFF_OR_REVIEWER_ROLE = '(?:责任编辑|责编|编辑|校对|审校|审核|美编|记者|实习生|通讯员)';
const STAFF_WORK = '(?:(?:本版|本期|本栏|本文)?(?:文字|文|图片|图|摄影)\\s*[:：/／]?\\s*)?';
const staffRun = (role: string) => `${STAFF_WORK}(?:${role}\\s+\\p{Script=Han}{2,4}\\s*(?:(?:文字|图片|摄影)\\s+)?){1,4}`;
// Unbracketed, a 审核 after an editor's credit is the desk's own reviewer (`编辑 王芳 审核 李明`): the run opens with the staff's role.
const staffThenReviewer = `${STAFF_WORK}${STAFF_ROLE}\\s+\\p{Script=Han}{2,4}\\s*(?:${STAFF_OR_REVIEWER_ROLE}\\s+\\p{Script=Han}{2,4}\\s*){1,3}`;
export const STAFF_CREDITS_RE = new RegExp(`^(?:[（(]\\s*${staffRun(STAFF_OR_REVIEWER_ROLE)}[）)]|[（(]?\\s*${staffRun(STAFF_ROLE)}[）)]?|${staffThenReviewer})$`, 'u');
/**
 * A short line that names a desk's role or a picture's source and says nothing (no clause, no sentence's end): `编辑 王芳 审核
 * 李明`, `（編輯／王芳）`, `资料图`, `圖／民視新聞`, in any form the rules above do not know. Not taken as furniture by itself (a
 * doctor's short line could name 审核 or 图片), only a reason to doubt an answer that holds it (answer-text.ts).
 */
const DESK_OR_PICTURE_WORD_RE = /编辑|編輯|责编|責編|审核|審核|审校|審校|校对|校對|记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像|文字整理|撰稿|美编|美編|供图|供圖|配图|配圖|资料图|資料圖|资料照|資料照|示意图|示意圖|图片来源|圖片來源|图源|圖源|[图圖攝摄]\s*[/／]/u;
export const mayBeCreditOrCaption = (text: string): boolean => {
  const line = text.trim();
  return [...line].length <= 40 && !/[，,。；;！!？?]/u.test(line) && DESK_OR_PICTURE_WORD_RE.test(line);
};
/**
 * A self-media platform's statement under an account's article (搜狐号, 网易号: `特别声明：本文为…作者上传并发布，仅代表该作者观点`):
 * the platform's, where the answer has ended.
 */
export const PLATFORM_STATEMENT_RE = /^(?:特别|平台)?声明\s*[:：]\s*(?:本文|该文).{0,40}(?:自媒体|作者上传|仅代表(?:该|本)?作者)/u;
/**
 * A programme's or column's standing description (`健康早知道，每期邀请一位名医，回答听众最关心的健康问题。`, `本节目由…`,
 * `本栏目每周…`): the site's words about the show, printed on every episode, none of its guest's answer. Who it invites is a
 * doctor or a guest, what makes it is a maker (由…出品), what it is a show: a doctor's own `每周邀请朋友一起运动` or `本栏目为大家讲过…`
 * is advice.
 */
export const PROGRAMME_BLURB_RE =
  /^(?:[^，,。；;！!？?]{1,16}[，,]\s*)?(?:(?:每期|每周|每晚|每一期)(?:节目)?(?:都会?|将)?(?:邀请|特邀|请来|邀约|约请)[^，,。；;！!？?]{0,12}?(?:名医|专家|医生|医师|大夫|嘉宾|主任|教授)|本(?:节目|栏目)(?:由[^，,。；;！!？?]{1,30}?(?:主办|出品|制作|承办|播出|推出|提供|支持|合作|策划)|(?:是|为)[^，,。；;！!？?]{0,20}?(?:节目|栏目|平台|专栏)|旨在|致力|聚焦|每期|每周|特邀|邀请))/u;
/**
 * A rule drawn in characters (————, ----, ====), maybe naming itself (a CMS template's `------分隔线------`):
 * a divider between the answer and what follows it.
 */
export const DIVIDER_RE = /^[-—─━=＝_＿*＊~～]{4,}$|^[-—─━=＝_＿*＊~～]{2,}\s*(?:分隔线|分割线)\s*[-—─━=＝_＿*＊~～]*$/u;
/**
 * The page's own address printed on it (`本文地址：https://…`, as a print version does) and when
 * it was printed or fetched (`打印时间：…`): the reader's copy, neither the answer nor its date.
 */
export const PAGE_FOOT_RE = /^(?:(?:本文|原文|文章|本页|页面)?(?:地址|链接|网址)\s*[:：]\s*(?:https?:\/\/|www\.)\S+|(?:打印|下载|访问|生成|导出)(?:时间|日期)\s*[:：].{0,30})$/iu;
/**
 * A search engine's banner over its cached copy of a page (`这是 Bing 对 http://… 的缓存。这是该页面在 2024/1/22 21:06:19 检索时的快照。…`,
 * `百度快照 …`): the cache's words above the page it keeps, none of the page.
 */
const CACHE_BANNER_RE = /^这是\s*\S{2,16}\s*对\s*\S+\s*的缓存|^百度快照|(?:网页|页面)在.{4,40}?(?:检索|抓取|保存|收录)时的快照/iu;
export const isCacheBanner = (text: string) => text.length <= 200 && CACHE_BANNER_RE.test(text.trim());
/** A forum's or site's note that a post was edited (`本帖最后由 王医生 于 2021-10-18 21:05 编辑`): its date is the edit's. */
export const EDIT_NOTE_RE = /^(?:本帖|本文|此帖|该帖|本回答|此回答|本楼)?(?:最后|最近)?由\s*\S.{0,15}?\s*于\s*.{4,24}?\s*(?:编辑|修改|重新编辑)\s*(?:过)?$|^(?:最后|最近)(?:编辑|修改)于\s*\d/u;
/** Only private-use characters: an icon font's glyphs, which show a picture and say nothing. */
export const ICON_GLYPHS_RE = /^[\uE000-\uF8FF\s]+$/u;
/**
 * The site's copyright line (© 某站, 版权所有, 某站 版权所有, 某站 · 某医院 ©2026): its footer, never the answer; with its licence
 * number and hotline after it (`某中心　版权所有　京ICP备…号　咨询电话：010-…`).
 */
export const COPYRIGHT_RE = /^\s*(?:©|Ⓒ|\(c\)\s|Copyright\b|版权所有)|^[^，,。；;！!？?]{0,30}版权所有[^，,。；;！!？?]{0,48}$|^[^，,。；;！!？?]{0,30}(?:©|Ⓒ)\s*\d{4}(?:\s*[-–—]\s*\d{4})?\s*$/iu;
/**
 * A site's footer row printed as text (`关于我们 | 联系我们 | 网站声明 | 广告服务`): four or more short names
 * parted by bars, none a sentence or a card's field; where the page's own part has ended.
 */
export const SITE_LINKS_ROW_RE = /^[^\s|｜，,。；;！!？?:：\d]{2,8}(?:\s*[|｜]\s*[^\s|｜，,。；;！!？?:：\d]{2,8}){3,}$/u;
/**
 * A printed publication's colophon (`主办：某市卫生健康委员会`, `编印：某某中心　内部资料　免费交流`): who issues the bulletin or
 * newsletter, and the internal print's notice (内部资料, 免费赠阅); its masthead or foot, never the answer.
 */
export const COLOPHON_RE = /^(?:(?:主办|主管|承办|协办|编印|印发|编辑出版)(?:单位)?\s*[:：]\s*[^，,。；;！!？?:：]{2,40}|(?:[^，,。；;！!？?:：]{2,30}\s+)?内部资料[\s，,、]*(?:免费(?:交流|赠阅|索取)|仅供(?:内部)?(?:交流|参考)))$/u;
/**
 * A site's foot naming the institution and its street address and nothing else (`某某綜合醫院　某市北區中山路8號`,
 * `某某医院 地址：某市某区某路8号`), perhaps after a greeting or a garbled one (`欢迎光临`, its bytes misread): where the site's
 * own part has begun, never the answer (a referral in the answer is a sentence: `建议到…就诊`).
 */
export const ADDRESS_FOOT_RE =
  /^(?:[^\s，,。；;！!？?]{1,12}\s+)?[\p{Script=Han}]{2,20}(?:医院|醫院|诊所|診所|门诊部|門診部|卫生院|衛生院|医疗中心|醫療中心|院区|院區)\s*(?:(?:地址|地點|地点)\s*[:：]\s*)?[\p{Script=Han}]{1,12}?[市县縣区區镇鎮][\p{Script=Han}\d]{0,16}?[路街道巷弄]\s*\d{1,5}\s*(?:之\d{1,3}\s*)?[号號]$/u;
/** A mailing's foot (`您收到这封邮件，是因为您订阅了…`, `退订 | 管理订阅`): the sender's, never the answer. */
export const MAILING_FOOT_RE = /^(?:您(?:之所以)?收到(?:这|此|本)封(?:邮件|电子邮件)|(?:如果?|若)(?:您)?不(?:想|希望)再?收到|(?:点击)?(?:退订|取消订阅)(?:\s*[|｜]|$|本))/u;
/**
 * Heads of the site's own feeds: its newest or most read posts, news or questions (最新文章, 热门问答,
 * 问答排行榜) — the same on every page of the site, so none of them related to this page's question.
 */
export const SITE_LIST_HEAD_RE = /^(?:近期|最新|热门|最热|推荐|随机|热点|精选|往期)(?:文章|资讯|阅读|新闻|帖子|内容)|^(?:近期|最新|热门|最热|热点|精选|往期|今日|本周|本月)(?:问答|问题|咨询|提问)|^(?:问答|问题|咨询|热门|热搜|医生|文章)?(?:排行榜?|榜单|热榜)|^文章导航$/u;
/** The head of a search engine's suggested searches (大家还在搜, 相关搜索, 猜你想搜): search words under it, none of an answer. */
export const SEARCHES_HEAD_RE = /^(?:大家|网友|用户|别人|其他人)?(?:还|都|也)?在搜$|^(?:相关|热门|推荐|延伸)搜索$|^搜索推荐$|^猜你(?:想|要)搜$/u;
/** A short line heading the site's own lists of posts or news (`最新文章`, `新闻动态`, `更多资讯`; a hospital's notices, `最新公告`, `通知公告`): never the answer's. */
export const SITE_NEWS_HEAD_RE = new RegExp(`${SITE_LIST_HEAD_RE.source}|^(?:更多|医院|本院)?(?:新闻|资讯)(?:动态|中心)?$|^(?:医院|本院)动态$|^(?:最新|医院|本院)(?:公告|通知)$|^通知公告$`, 'u');
/** A newsletter's event or members' box's head alone on its line (`活动预告`, `讲座报名`, `近期活动`, `会员专享`). */
const EVENT_BOX_HEAD_RE = /^(?:活动|讲座|课程|义诊)(?:预告|报名|通知)$|^(?:近期|最新|精彩|本期|本月)(?:活动|讲座)$|^会员(?:专享|福利|活动)$/u;
/** What an event's notice or a members' offer prints: its day or hour, a sign-up, a lecture, a price. */
const EVENT_NOTICE_RE = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*[-./年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}|报名|名额|公开课|讲座|沙龙|直播|义诊|[￥¥]|\d\s*元|优惠|折扣|套餐|福利|领取/u;
/**
 * A newsletter's event or members' box (`活动预告` over `孕妇学校：2019年9月28日 14:00 …公开课，免费报名`, `会员专享` over
 * `产后康复套餐 ￥8,144 起`): the site's, never the answer's. Only where the line under the head is an event's notice or an offer:
 * the same words heading a part of the doctor's advice (`近期活动` over `术后两周内以床上活动为主…` in a rehab plan) are the answer's.
 */
export const isEventBoxHead = (head: string, next: string | undefined): boolean =>
  head.length <= 8 && EVENT_BOX_HEAD_RE.test(head.replace(/\s+/gu, '')) && next !== undefined && EVENT_NOTICE_RE.test(next);

/**
 * A site's customer-service chat widget's head alone on its line (`在线客服`, `联系客服`, `人工客服`), over its canned greeting
 * (`您好，我是营养顾问小汤，有什么可以帮您？`): the site's, none of the answer, and after the answer's text where the answer ends.
 * Not a bare `客服`: a chat record's speaker (consult-speakers.ts) whose turn may stand between the doctor's.
 */
export const SUPPORT_WIDGET_HEAD_RE = /^(?:在线|联系|人工|智能)客服$/u;
