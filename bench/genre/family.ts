import type { Rng } from '../../kit/pages/rng.js';
import type { Format, TruthDoctor, TruthPage } from './truth.js';

/**
 * Layout families of the genre: each is a way a site might lay out the same parts
 * (question, doctor card, answer, format and date, related list), drawn afresh for every
 * page (class names, nesting, order of the card's parts, list markup, date formats,
 * separators, label wording, encodings, structured data or not).
 *
 * The split is fixed here, before any held-out result was looked at:
 * - `tuning`: the families the genre reader was developed against;
 * - `held-out`: never run while the reader was tuned; only their final figures are reported;
 * - `known`: the layouts with a built-in profile or a fixture (youlai desktop and mobile, 康问);
 * - `fresh`: held-out families written after the first held-out run (which came out at 100%), to
 *   probe what the reader may not know (families-fresh.ts); once run, the reader WAS changed for
 *   them, so they count as tuning from then on;
 * - `fresh-2`: held-out families written after that change and committed before they were run
 *   (families-fresh2.ts); once run, the reader was changed for them too;
 * - `fresh-3`: a held-out set written after that and committed before it was run; the
 *   reader is not changed for it (families-fresh3.ts);
 * - `fresh-4`: written blind (without reading the reader or running it on them) and committed
 *   before its first run (families-fresh4.ts). It is left out of eval.ts's default splits so that
 *   no routine run shows its figures to whoever is changing the reader: run it on purpose with
 *   `--split fresh-4`, once, after the reader change it is meant to test. Once run, the reader
 *   was changed for it (what it taught is in README.md): tuning from then on, and in the defaults.
 * - `fresh-5`: a second set written blind the same way (families-fresh5.ts), committed before its
 *   first run and likewise left out of the default splits: `--split fresh-5`, once, on purpose.
 * - `fresh-6`: a third set written blind the same way (families-fresh6.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-6`, once, on purpose.
 * - `fresh-7`: a fourth set written blind the same way (families-fresh7.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-7`, once, on purpose.
 * - `fresh-8`: a fifth set written blind the same way (families-fresh8.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-8`, once, on purpose.
 * - `fresh-9`: a sixth set written blind the same way (families-fresh9.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-9`, once, on purpose.
 * - `fresh-10`: a seventh set written blind the same way (families-fresh10.ts), committed before
 *   its first run and left out of the default splits until then: `--split fresh-10`, once, on
 *   purpose. Once run, the reader was changed for it: tuning from then on, and in the defaults.
 * - `fresh-11`: an eighth set written blind the same way (families-fresh11.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-11`, once, on purpose. Once
 *   run, the reader was changed for it (0 silently wrong after): tuning from then on, and in the defaults.
 * - `fresh-12`: a ninth set written blind the same way (families-fresh12.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-12`, once, on purpose. Once
 *   run, the reader was changed for it (0 silently wrong after): tuning from then on, and in the defaults.
 * - `fresh-13`: a tenth set written blind the same way (families-fresh13.ts), committed before its
 *   first run and left out of the default splits: `--split fresh-13`, once, on purpose. Once run
 *   (and once more on the reader tuned for fresh-12), the reader was changed for it: tuning now.
 * - `fresh-14`: an eleventh set written blind the same way (families-fresh14.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-14`, once, on purpose.
 * - `fresh-15`: a twelfth set written blind the same way (families-fresh15.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-15`, once, on purpose.
 * - `fresh-16`: a thirteenth set written blind the same way (families-fresh16.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-16`, once, on purpose. Once
 *   run, the reader was changed for it (0 silently wrong after): tuning from then on, and in the defaults.
 * - `fresh-17`: a fourteenth set written blind the same way (families-fresh17.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-17`, once, on purpose. Once
 *   run, the reader was changed for it (0 silently wrong after): tuning from then on, and in the defaults.
 * - `fresh-18`: a fifteenth set written blind the same way (families-fresh18.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-18`, once, on purpose.
 * - `fresh-19`: a sixteenth set written blind the same way (families-fresh19.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-19`, once, on purpose.
 * - `fresh-20`: a seventeenth set written blind the same way (families-fresh20.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-20`, once, on purpose.
 * - `fresh-21`: an eighteenth set written blind the same way (families-fresh21.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-21`, once, on purpose. Three of
 *   its six families are pages that hold no Q&A of their own (keyed `noEntry`).
 * - `fresh-22`: a nineteenth set written blind the same way (families-fresh22.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-22`, once, on purpose.
 * - `fresh-23`: a twentieth set written blind the same way (families-fresh23.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-23`, once, on purpose.
 * - `fresh-24`: a twenty-first set written blind the same way (families-fresh24.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-24`, once, on purpose.
 * - `fresh-25`: a twenty-second set written blind the same way (families-fresh25.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-25`, once, on purpose.
 * - `fresh-26`: a twenty-third set written blind the same way (families-fresh26.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-26`, once, on purpose.
 * - `fresh-27`: a twenty-fourth set written blind the same way (families-fresh27.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-27`, once, on purpose.
 * - `fresh-28`: a twenty-fifth set written blind the same way (families-fresh28.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-28`, once, on purpose.
 * - `fresh-29`: a twenty-sixth set written blind the same way (families-fresh29.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-29`, once, on purpose.
 * - `fresh-30`: a twenty-seventh set written blind the same way (families-fresh30.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-30`, once, on purpose.
 * - `fresh-31`: a twenty-eighth set written blind the same way (families-fresh31.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-31`, once, on purpose.
 * - `fresh-32`: a twenty-ninth set written blind the same way (families-fresh32.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-32`, once, on purpose. One of
 *   its families is pages that hold no Q&A of their own (keyed `noEntry`).
 * - `fresh-33`: a thirtieth set written blind the same way (families-fresh33.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-33`, once, on purpose.
 * - `fresh-34`: a thirty-first set written blind the same way (families-fresh34.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-34`, once, on purpose.
 * - `fresh-35`: a thirty-second set written blind the same way (families-fresh35.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-35`, once, on purpose.
 * - `fresh-36`: a thirty-third set written blind the same way (families-fresh36.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-36`, once, on purpose.
 * - `fresh-37`: a thirty-fourth set written blind the same way (families-fresh37.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-37`, once, on purpose.
 * - `fresh-38`: a thirty-fifth set written blind the same way (families-fresh38.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-38`, once, on purpose.
 * - `fresh-39`: a thirty-sixth set written blind the same way (families-fresh39.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-39`, once, on purpose.
 * - `fresh-40`: a thirty-seventh set written blind the same way (families-fresh40.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-40`, once, on purpose.
 * - `fresh-41`: a thirty-eighth set written blind the same way (families-fresh41.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-41`, once, on purpose.
 * - `fresh-42`: a thirty-ninth set written blind the same way (families-fresh42.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-42`, once, on purpose.
 * - `fresh-43`: a fortieth set written blind the same way (families-fresh43.ts), committed before
 *   its first run and left out of the default splits: `--split fresh-43`, once, on purpose.
 * - `fresh-44`: a set written blind the same way (families-fresh44.ts), each family modelled on a
 *   real site of the genre; committed before its first run and left out of the default splits:
 *   `--split fresh-44`, once, on purpose.
 * - `fresh-45`: a second set on the real sites of the genre (families-fresh45.ts), written blind
 *   the same way, committed before its first run and left out of the default splits:
 *   `--split fresh-45`, once, on purpose.
 * - `fresh-46`: a third set on the real sites of the genre (families-fresh46.ts), written blind the
 *   same way, committed before its first run and left out of the default splits:
 *   `--split fresh-46`, once, on purpose. One of its families is pages that hold no Q&A (`noEntry`).
 * - `fresh-47`: a fourth set on the real sites of the genre (families-fresh47.ts), written blind the
 *   same way, committed before its first run and left out of the default splits:
 *   `--split fresh-47`, once, on purpose.
 * - `fresh-48`: a fifth set on the real sites of the genre (families-fresh48.ts), written blind the
 *   same way, committed before its first run and left out of the default splits:
 *   `--split fresh-48`, once, on purpose.
 * - `fresh-49`: a sixth set on the real sites of the genre (families-fresh49.ts), written blind the
 *   same way, committed before its first run and left out of the default splits:
 *   `--split fresh-49`, once, on purpose.
 * - `fresh-50`: template drift on the reference site, 有来医生 (families-fresh50.ts): other versions of
 *   youlai's question page than the fixtures its profile was written from, written blind the same
 *   way, committed before its first run and left out of the default splits: `--split fresh-50`, once,
 *   on purpose.
 * - `fresh-51`: template drift on the real sites already modelled (families-fresh51.ts): another
 *   template (older desktop, m., redesign) of sites fresh-44 … fresh-49 model one template each,
 *   written blind the same way, committed before its first run and left out of the default splits:
 *   `--split fresh-51`, once, on purpose.
 * - `fresh-52`: doctor Q&A of Chinese-language sites beyond the big mainland portals (families-fresh52.ts):
 *   Taiwan's (台灣e院, KingNet in Big5, a 醫學中心's own board), Hong Kong's, Singapore's and Malaysia's
 *   newspaper columns, each in its own vocabulary, written blind the same way, committed before its first run and
 *   left out of the default splits: `--split fresh-52`, once, on purpose.
 * - `fresh-53`: template drift on the real sites of the genre, second round (families-fresh53.ts): another
 *   template (an app's share page, the m. page, the desktop page) of six sites fresh-44 … fresh-49 model
 *   one template each and fresh-51 left alone (丁香医生, 家庭医生在线, 百度健康, 京东健康, 医联, 求医网),
 *   written blind the same way, committed before its first run and left out of the default splits:
 *   `--split fresh-53`, once, on purpose.
 * - `fresh-54`: specialty verticals and their own vocabulary (families-fresh54.ts): a 中医 Q&A site, a private
 *   dental chain, a county's 医共体 platform, a military hospital's own site, a mother-and-baby app where nurses
 *   answer, a mental-health centre's platform, each card in its field's words, written blind the same way,
 *   committed before its first run and left out of the default splits: `--split fresh-54`, once, on purpose.
 * - `fresh-55`: the genre on content platforms, and in the files people save (families-fresh55.ts): a
 *   doctor's answer on 抖音, 夸克健康 and 微信问一问, and a page of the genre kept as Chrome's MHTML, an
 *   archive.today snapshot and a crawler's WARC record, written blind the same way, committed before its
 *   first run and left out of the default splits: `--split fresh-55`, once, on purpose.
 * - `fresh-56`: six new sites of the genre, each built with another era's or stack's markup whose class names
 *   say nothing of a block (families-fresh56.ts): a 2005-era page of tables, `<font>` and spacer GIFs in GB2312,
 *   Bootstrap 3, Tailwind utilities, styled-components / CSS-module hashes, Angular Universal with Material,
 *   Layui, written blind the same way, committed before its first run and left out of the default splits:
 *   `--split fresh-56`, once, on purpose.
 * - `fresh-57`: doctor Q&A published through the content systems hospitals and small health sites run on
 *   (families-fresh57.ts): a DedeCMS article page, a hospital's 在线问答 on 帝国CMS / PHPCMS v9, a Discuz! X3 thread
 *   where a certified doctor answers on a later floor, WordPress with DW Question & Answer, a 站群 SEO mirror, a
 *   hospital's PbootCMS / MetInfo 专家答疑 news item, written blind the same way, committed before its first run
 *   and left out of the default splits: `--split fresh-57`, once, on purpose.
 * - `fresh-58`: the health channels of China's news portals and broadcasters, where doctors answer readers'
 *   questions in a column of the site's own CMS (families-fresh58.ts): 人民网's 问医生, 新华网's 专家解答, 央视网's
 *   健康之路, a hospital's or doctor's 搜狐号 / 网易号, a provincial paper's 健康周刊 on a Founder e-paper, a city TV
 *   station's app share page of a 名医在线 call-in, written blind the same way, committed before its first run and
 *   left out of the default splits: `--split fresh-58`, once, on purpose.
 * - `fresh-59`: pharmacists answering on China's online pharmacies and drug apps, where the page sells medicine
 *   around the answer (families-fresh59.ts): an online pharmacy's 药师咨询 detail, a drug-delivery app's share page
 *   of a 问药师 chat, a 京东大药房 product page's 问药师 tab, a hospital's 药学服务 用药咨询 reply by its 临床药师, a drug
 *   maker's 用药指导 FAQ, a chain drugstore's 药师在线 mini-program share page, written blind the same way, committed
 *   before its first run and left out of the default splits: `--split fresh-59`, once, on purpose.
 * - `fresh-60`: general-purpose Q&A and knowledge portals where a certified doctor's answer sits among ordinary
 *   users' answers (families-fresh60.ts): 搜狗问问, 360问答, 新浪爱问知识人, a 天涯社区 health board thread, a 今日头条
 *   answer share page, 果壳问答, written blind the same way, committed before its first run and left out of the
 *   default splits: `--split fresh-60`, once, on purpose.
 * - `fresh-61`: the same question pages of the genre as people and machines render them in another mode
 *   (families-fresh61.ts): 平安健康's 长辈模式, a hospital's 专家答疑 page with a 无障碍 toolbar injected, 飞华健康网's
 *   打印本页 version, 寻医问药's WAP 2.0 page with its answer split over `第1/N页`, 百度's 转码 copy of a 快速问医生 page,
 *   Firefox's 阅读模式 of a 妙手医生 page saved to disk, written blind the same way, committed before its first run
 *   and left out of the default splits: `--split fresh-61`, once, on purpose.
 * - `fresh-62`: paid and social Q&A where doctors answer, the answer partly behind a fee or a follow wall
 *   (families-fresh62.ts): 在行一点's paid voice answer (1元偷偷听), 微博问答 (1元围观), a 得到 course's 答疑 lesson, a B站
 *   health UP's video, a 喜马拉雅 episode's 文稿, a 快手 share page, written blind the same way, committed before its first
 *   run and left out of the default splits: `--split fresh-62`, once, on purpose.
 * - `fresh-63`: public-service and government health platforms where a hospital, a CDC or a health bureau answers the
 *   public's questions (families-fresh63.ts): a provincial 卫健委's 政务咨询 reply, a city 12345 热线's 知识库 entry, a
 *   疾控中心's 专家答疑 article, a hospital's reply on a 问政 message board, a 健康教育所's 科普专家 Q&A, a 卫健委's WeChat
 *   你问我答 article, written blind the same way, committed before its first run and left out of the default splits:
 *   `--split fresh-63`, once, on purpose.
 * - `fresh-64`: AI-assisted health answers that a doctor checked or signed (families-fresh64.ts): 头条搜索's health AI
 *   answer with a 医生审核 badge, 讯飞晓医's AI 家庭医生 chat a doctor 复核s and adds to, 叮当快药's AI 问诊 小结 signed by the
 *   doctor, a hospital's 智能客服 FAQ reviewed by a 审核专家, 纳里健康's record mixing an AI 预问诊 小结 with the doctor's
 *   replies, a 知乎 answer under an AI 速览 box, written blind the same way, committed before its first run and left
 *   out of the default splits: `--split fresh-64`, once, on purpose.
 * - `fresh-65`: vertical health and lifestyle apps whose community Q&A registered professionals answer
 *   (families-fresh65.ts): 美柚's 问答 share page with an obstetrician's answer among mothers', Keep's 运动损伤 Q&A by a
 *   康复治疗师 or a sports-medicine doctor, 薄荷健康's 营养师问答 beside a food card, 小豆苗's 疫苗答疑 by a 疾控 or 接种门诊
 *   doctor beside a schedule, 丁香妈妈's 专家答 with course and product cards, 糖护士's 控糖问答 by an endocrinologist or a
 *   糖尿病专科护士 beside glucose and device widgets, written blind the same way, committed before its first run and
 *   left out of the default splits: `--split fresh-65`, once, on purpose.
 * - `fresh-66`: patient communities and disease-specific sites where doctors answer patients' questions
 *   (families-fresh66.ts): a cancer patients' forum's 专家答疑 thread on Discuz! 7.2 (与癌共舞 kind), a cancer app's 病友圈
 *   share with a 医生回复 comment (觅健 kind), a hepatitis-B community's old ASP 专家门诊 archive in GB2312 (肝胆相照 kind),
 *   a rare-disease organisation's 答疑会 transcript of several Q&As, a kidney patients' site's 肾友问医生 page with 追问
 *   rounds, a hospital department's 病友会 / 糖友俱乐部 column and activity report, written blind the same way, committed
 *   before its first run and left out of the default splits: `--split fresh-66`, once, on purpose.
 * - `fresh-67`: private, international and cross-border clinics' bilingual Q&A pages (families-fresh67.ts): an
 *   international hospital group's 专家问答 / Ask our Doctors page (和睦家 kind), a private clinic chain's WordPress 健康问答
 *   blog (卓正 kind), a Hong Kong–Shenzhen hospital's page in Traditional Chinese with FHKAM post-nominals, a
 *   medical-tourism agency's Q&A answered by a Japanese or Korean partner clinic's doctor, a Singapore clinic's
 *   Simplified-Chinese page with day-first dates, a bilingual page printing each answer in English and Chinese, written
 *   blind the same way and committed before its first run; the reader was changed for it after (h/reader67), and it is
 *   in the default splits since.
 * - `fresh-68`: aggregator, mirror and scraper sites that republish doctors' answers from the big portals
 *   (families-fresh68.ts): a 问答聚合 page of one question's answers from several portals, a 百度知道-kind netizen re-post
 *   with its attribution, a 采集站 article whose card is flattened into an attribution line, a 健康头条-kind hub whose copy
 *   is cut off with `…查看全文`, a 伪原创 站群 page with spun text, keyword links and ads, and an aggregator's keyword
 *   page (noEntry), written blind the same way and committed before its first run; tuning now (in the default splits
 *   since the twenty-fourth stop, after the reader was changed for it).
 * - `fresh-69`: overseas Chinese communities where Chinese-speaking doctors practising abroad answer health questions
 *   (families-fresh69.ts): a 文学城-kind 健康 BBS follow-up page with the doctor's signature, a 华人网-kind phpBB thread with
 *   month-first days, a Canadian portal's 家庭医生问答 column (`MD, CCFP`, `R.TCM.P`), an Australian Chinese portal's 健康问答
 *   with day-first and relative days, a European Chinese weekly's 医生信箱 (a London GP or TCM practitioner), a North American
 *   Chinese daily's 醫藥信箱 in Traditional characters with the card in an author's note, written blind the same way,
 *   committed before its first run; tuning now (in the default splits since the twenty-fifth stop, after the reader was
 *   changed for it, h/reader69).
 * - `fresh-70`: health-check centres, lab-test companies and report-reading services where a doctor answers a customer's
 *   question about their check-up or test report (families-fresh70.ts): a check-up chain's 报告解读 H5 share, a lab company's
 *   检验报告咨询 page, a hospital 健康管理中心's 报告解读问答 column, an insurer's 体检后咨询 service record, a 报告解读 mini-program's
 *   chat, a gene-test community's Q&A on 肿瘤标志物 and 基因 reports, written blind the same way, committed before its first run;
 *   tuning now (in the default splits since the twenty-sixth stop, after the reader was changed for it, h/reader70 and h/reader70b).
 * - `fresh-71`: private specialist hospitals' SEO Q&A pages and the 站群 sites that feed them (families-fresh71.ts): a
 *   民营专科医院's own 专家解答 page, its `m.` twin, a 站群 mini-site for one disease keyword, a 商务通 consult record
 *   published as Q&A, a 医院集团's 专家问答 portal over many cities' branches, a 在线咨询 landing page quoting one doctor's
 *   answer, written blind the same way, committed before its first run; tuning now (in the default splits since the
 *   twenty-seventh stop, after the reader was changed for it, h/reader71 and h/reader71b).
 * - `fresh-72`: the real sites of the genre, a seventh set (families-fresh72.ts): six sites no earlier split models — 民福康 问答
 *   (several doctors, one 采纳), 中华康网 问答 in GBK with a card filled by script, 育儿网 问医生 (the 专家 among mothers, a 追问
 *   thread), 微脉's 医生回答 H5 share, 好心情 问答 (a psychiatrist among 心理咨询师s), a city 健康网's 问医生 channel —, written blind
 *   the same way, committed before its first run; tuning now (in the default splits since the twenty-sixth stop, after the
 *   reader was changed for it, h/reader72).
 * - `fresh-73`: the real sites of the genre, an eighth set (families-fresh73.ts): six sites no earlier split models — 久久健康网
 *   问答 in GBK (several answers, one 最佳答案, unclosed tags), 名医汇's 问诊 record (a chat with a 追问 round, 图文 / 电话 / 视频问诊
 *   tags), 小荷健康's 医生回答 (a video and its 文字版, 发布 / 更新 days), 大众养生网 问答 (a 审核 line, relative days, snippets cut with
 *   `...`), 人民好医生 问答 (a 责任编辑, zero-padded Chinese days), 育学园's 医生回答 share page (voice answers, yearless days) —, written
 *   blind the same way, committed before its first run; tuning now (in the default splits since the twenty-seventh stop,
 *   after the reader was changed for it, h/reader73).
 * - `fresh-74`: the real sites of the genre, a ninth set (families-fresh74.ts): six sites no earlier split models — 放心医苑 问答
 *   in GBK (a 满意回答 pulled to the top or marked in place, a 追问 in the answer's box), 医脉通's 患者问答 (several certified doctors,
 *   a 点评), 摇篮网 问答 (a 摇篮专家 among mothers, a mother's 最佳答案), 宝宝中心's 专家解答 (发布日期 / 最后更新 only), 健康时报's 问专家
 *   column (读者问 / 专家答, the card a signature), 亲宝宝's 育儿问答 share page (hashed classes, video and voice, dotted days) —,
 *   written blind the same way, committed before its first run; tuning now (in the default splits since the twenty-eighth
 *   stop, after the reader was changed for it, h/reader74).
 * - `fresh-75`: the real sites of the genre, a tenth set (families-fresh75.ts): six sites no earlier split models or names —
 *   妈妈网's 孕育问答 (a 认证医生 among mothers, a mother's reply marked 采纳), 新氧's 问答 (several certified 医美 doctors, video
 *   answers, 日记 and 商品 lists), 健康一线 问答 in GBK (a table template, labelled card rows, `14时22分` days, a 最佳答案), 怡禾's
 *   儿科问诊 share page (chat bubbles, 追问 rounds, voice bubbles), 中国医药信息查询平台's 问答 (an 审核专家 card, 发布 / 更新 days),
 *   悦美网's 问答 (a clinic's 美学顾问 beside the doctor, priced ads) —, written blind the same way, committed before its first
 *   run; tuning now (in the default splits since the twenty-ninth stop, after the reader was changed for it, h/reader75).
 * - `fresh-76`: the real sites of the genre, an eleventh set (families-fresh76.ts): six sites no earlier split models or names —
 *   宝宝知道's question page (a 认证医生 among mothers, a mother's reply marked 提问者采纳, voice bars with their text), 医学微视's
 *   video answer page (the player, the transcript, a `医院等级：` row, 发布 / 更新 days), 康爱多's 问药师 (pharmacists, a 最佳答案, a
 *   网友's reply, a 药师推荐 box), 更美's 问答 (doctors beside 过来人 users, a user's 精选回答, video answers), 全球医院网 问答 in GBK
 *   (declared four ways or not at all, a 满意答案, 追问 rounds, 更新时间 alone, yearless item days), 爱尔眼科's 眼科问答 (the card as a
 *   signature, a 专家团队 sidebar) —, written blind the same way, committed before its first run; tuning now (in the default
 *   splits since the twenty-ninth stop, after the reader was changed for it, h/reader76).
 * - `fresh-77`: the real sites of the genre, a twelfth set (families-fresh77.ts): six sites no earlier split models or names —
 *   碧莲盛植发's 植发问答 (a chain clinic's doctor, a post such as 技术院长 beside the rank, video answers, a 商务通 chat invitation),
 *   七乐康's 问答 in GBK (declared three ways or not at all; pharmacists and the 互联网医院's doctors, a 最佳答案, a 网友's reply, a 追问
 *   round in the answer's box), 大姨妈's 问医生 share page (voice answers, 姐妹's replies with one marked 楼主采纳, yearless days),
 *   父母必读's 专家答疑 (a magazine column, GB2312 on some pages, the card as a box or a byline, video answers), 中华中医网's 中医问答
 *   (辨证分析 / 调理建议 heads, a 中医爱好者's reply, a 最佳答案), 药房网商城's 药师问答 (a product's question, shops' pharmacists, a
 *   buyer's reply, two Q&A lists) —, written blind the same way, committed before its first run; tuning now (in the default
 *   splits since the thirtieth stop, after the reader was changed for it, h/reader77).
 * - `fresh-78`: the real sites of the genre, a thirteenth set (families-fresh78.ts), written blind on 2026-12-04: six sites no
 *   earlier split models or names — 固生堂中医's 名医问答 (a TCM chain's 中医馆 beside the doctor's 执业 hospital, `<dl>` or inline
 *   cards, 辨证分析 / 调理建议 heads, voice and video answers, days with their weekday), 泰康在线's 健康 问医生 share page (an insurer's
 *   H5: a service tag, a 健康管家's messages, a one-line card, `pre-wrap` answers, `__INITIAL_STATE__`), 生命时报's 专家答疑 (a
 *   newspaper column, GB2312 on some pages, `受访专家：` credits, a credit glued before the answer, a reporter), a city's 健康云
 *   家庭医生在线咨询 (label/value tables, GBK on half, a 家庭医生助理's reply, a team named after another doctor, 继续咨询),
 *   瑞尔齿科's 口腔问答 (a dental chain's clinic, the card inline, in a sidebar or a byline, `<br><br>` paragraphs, a video iframe),
 *   辣妈帮's 帖子 with an expert's floor (mothers' floors, a pinned preview, a 追问 answered on a later floor) —, committed before
 *   its first run; tuning now (in the default splits since the thirty-first stop, after the reader was changed for it,
 *   h/reader78a and h/reader78b).
 * - `fresh-79`: the real sites of the genre, a fourteenth set (families-fresh79.ts), written blind on 2026-12-04: six sites no
 *   earlier split models or names — 北京卫视《养生堂》's 专家答疑 (a TV programme's site: the episode's box and player beside the
 *   Q&A, the guest's card as a 本期嘉宾 box or a credit line, 网友评论), 欧姆龙健康's 血压专家问答 (a device maker's site: a 特邀专家,
 *   the maker's 客服 replying beside the expert, product boxes), 益丰大药房's 问医生 in GBK on most pages (a pharmacy chain's
 *   互联网医院 doctor, a shop pharmacist's 用药提醒, unclosed tags, 推荐用药), 健康湖北's 名医在线 (a province 卫健委's record on a
 *   government CMS: label/value tables or lines, a 转办 row, GB2312 or undeclared GBK on half), 南京鼓楼医院's 微信文章 mirrored on
 *   its own site (`rich_media` markup, `Q：` / `A：`, a `专家简介` section, 文字 / 编辑 / 审核 lines), 年糕妈妈's 问医生 share page
 *   (an 育儿顾问's messages, voice and video answers, 追问 bubbles, mothers' discussion, app state) —, committed before its first
 *   run; tuning now (in the default splits since the thirty-second stop, after the reader was changed for it, h/reader79a
 *   and h/reader79b).
 * - `fresh-80`: the real sites of the genre, a fifteenth set (families-fresh80.ts), written blind on 2026-12-04: six sites no
 *   earlier split models or names — 彰化基督教醫院's 網路諮詢 (a Taiwanese medical centre's own board in Big5, traditional
 *   throughout, ROC years, a 衛教護理師's 補充), 清华大学校医院's 健康咨询 (a university health centre on a campus CMS, the card a
 *   closing line), 《大众医学》's 读者来信 (a magazine's old ASP site in GB2312, table layout, the card a credit before or after the
 *   answer), 甜蜜家园's 专家答疑 (a diabetes forum on Discuz! X3.4 in GBK on most pages, the doctor's floor among 糖友s', the card in
 *   the author column's profile fields, relative days with the whole day only in a title), 大河网's 大河健康 问诊 (a regional news
 *   portal: ads, video answers, 健康要闻), 杏仁医生's 问诊 share page (chat bubbles, a 医生助理, voice bubbles, 追问, a prescription
 *   card) —, committed before its first run; tuning now (in the default splits since the thirty-third stop, after the reader was changed for it, h/reader80a, h/reader80b and h/reader80c).
 * - `fresh-81`: the real sites of the genre, a sixteenth set (families-fresh81.ts), written blind on 2026-12-05: six sites no
 *   earlier split models or names — 香港01's 醫師Easy (a Hong Kong news site's health channel, traditional, day-first days,
 *   `{specialty}專科醫生` cards), 方回春堂's 名医问答 (a 中医 clinic chain's old PHP site in GBK, the answer holding a 方剂 with
 *   dosages), 众安健康's 问医生 (an insurer's health channel: a 健康管家 before the doctor, insurance offers, app state that
 *   disagrees), 好看视频's doctor videos (a video platform: the player and the transcript), 广州市妇女儿童医疗中心's 在线咨询 (a
 *   hospital's PHP CMS of tables in GBK, a 导医护士's reply before the doctor's), 美团买药's 问诊 web-view share page (a thin DOM
 *   beside a JSON blob) —, committed before its first run; tuning now (in the default splits since the thirty-third stop, after the reader was changed for it, h/reader81a and h/reader81b, reviewed by h/review81a and h/review81b).
 * - `fresh-82`: the real sites of the genre, a seventeenth set (families-fresh82.ts), written blind on 2026-12-05: six sites no
 *   earlier split models or names — 四川省人民医院's 在线咨询 (a provincial hospital's JSP `.do` site in GB18030, `<dl>` markup,
 *   the card a line after the answer), 中国营养学会's 专家答疑 (a 学会's 科普 column pasted from Word, the card a closing credit),
 *   慈铭体检's 报告解读 (a 体检 chain: a 健康顾问 before the 主检医师, a branch the hospital, `data-*` that disagree), 爱帝宫's
 *   专家问答 (a 月子中心's mini-program share page: a 母婴护理师 after the expert, mothers' comments), 中國報's 医生答问 (a
 *   Malaysian Chinese paper: English days and hospital names, `顾问医生` cards), 松果倾诉's 问答 (a 心理 platform: a
 *   psychologist's card, no hospital) —, committed before its first run; tuning now (in the default splits since the thirty-fourth
 *   stop, after the reader was changed for it, h/reader82a and h/reader82b, reviewed by h/reviewA).
 * - `fresh-83`: the real sites of the genre, an eighteenth set (families-fresh83.ts), written blind on 2026-12-05: six sites no
 *   earlier split models or names — 奇美醫學中心's 醫療諮詢 (a Taiwanese medical centre's ASP.NET page in Big5, 民國 days, a
 *   諮詢中心 before the doctor), 中山眼科中心's 眼科问答 (an eye hospital's Nuxt SSR page, a 视光师 before the doctor, video
 *   answers), 一心堂's 药师问答 (a pharmacy chain's H5 page answered by a 执业药师, a 客服 first), 华夏中医论坛's 中医问诊 (a
 *   Discuz! thread in GBK, the doctor's floor among members', a `<base href>`), 中国疾控中心's 健康问答 (a TRS CMS page answered
 *   by an expert group), 马泷齿科's 牙医问答 (a dental chain's old table template, before/after case ads) —, committed before
 *   its first run; tuning now (in the default splits since the thirty-fourth stop, after the
 *   reader was changed for it, h/reader83, reviewed by h/reviewB).
 * - `fresh-84`: the real sites of the genre, a nineteenth set (families-fresh84.ts), written blind on 2026-12-05: six sites no
 *   earlier split models or names — 仁安醫院's 健康問答 (a Hong Kong private hospital's page in traditional characters, HK
 *   English mixed in, `DD/MM/YYYY` days, a 客戶服務部 reply first), 澳門日報's 醫生信箱 (a Macao paper's column on a founder
 *   e-paper page, the day, a credit at the end or a byline at the head), 澎湃新闻's 问吧 (a doctor hosting a news
 *   app's Q&A, readers' replies under the answer), 长兴县人民医院's 医患互动 (a county hospital's board in GB18030, an
 *   office's reply before the doctor's), a doctor's 新浪博客 post answering a 网友 (the card in the 博主简介 side box,
 *   comments), 问止中医's 问诊记录 (a TCM clinic's chat share page, a time on each bubble, an assistant first) —, committed
 *   before its first run; tuning now (in the default splits since the thirty-fifth stop, after the reader was changed for it,
 *   h/reader84a and h/reader84b, reviewed by h/review84; two keys brought to earlier splits' conventions after the first run).
 * - `fresh-85`: the real sites of the genre, a twentieth set (families-fresh85.ts), written blind on 2026-12-05: six sites no
 *   earlier split models or names — 元氣網's 醫病Q&A (a Taiwanese news group's health site, traditional, a `諮詢／` credit at the
 *   head, an in-text ad, JSON-LD naming the reporter), 中国养老网's 健康问答 (an elderly-care portal in GBK, `<dl>` markup, a
 *   养老顾问's reply before or after the doctor's, care-home ads), 汤臣倍健's 营养师问答 (a supplement maker's Nuxt page answered
 *   by a 注册营养师: no hospital), 美中宜和's 会员月刊 e-mail in its web archive (nested tables, inline styles, GB2312 on some
 *   issues, the day), 中华护理学会's 护理科普 问答 (a nurse's answer and title, an 审核 line), 招商银行掌上生活's 健康
 *   问医生 share page (a bank app: a 健康管家 first, a `pre-wrap` answer, bank offers, app state that disagrees) —, committed
 *   before its first run; tuning now (in the default splits since the thirty-sixth stop, after the reader was changed for it,
 *   h/reader85a and h/reader85b; amcare's key brought to fresh-30's newsletter convention after the first run).
 * - `fresh-86`: the real sites of the genre, a twenty-first set (families-fresh86.ts), written blind on 2026-12-05: six sites
 *   no earlier split models or names — 荔枝网's page of 江苏城市频道's 《万家灯火》 (a TV health programme: the host's words
 *   around the guest doctor's, a broadcast day beside the page's), 科普中国's 问答 (a closing 作者 / 审核 / 出品 credit, page
 *   state that disagrees), 瑞金医院's 国际医疗中心 患者问答 (English and Chinese, a nurse coordinator's note first, a day-first
 *   date), 孩子王's 育儿问答 share page (a retailer's 育儿顾问 before or after the doctor, mothers' replies, product cards),
 *   北京大学国际医院's 在线咨询 print view (a bordered table, a print day, a 追问 row, GBK declared gb2312 on some), 東華三院's
 *   中醫 健康問答 (Big5, table layout, a day-first date, a 註冊中醫師's card) —, committed before its first run; tuning now
 *   (in the default splits since the thirty-seventh stop, after the reader was changed for it, h/reader86a and h/reader86b,
 *   reviewed by h/review86; jstv's and rjh's keys brought to fresh-58's and fresh-22's conventions after the first run).
 * - `fresh-87`: the real sites of the genre, a twenty-second set (families-fresh87.ts), written blind on 2026-12-05: six
 *   sites no earlier split models or names — 中国抗癌协会's 科普平台 问答 (a 专业委员会 as the answering body, its 执笔专家 the
 *   card, JSON-LD that disagrees), 美呗's 医生回答 (a 医美 platform: before/after case ads, a 咨询师 after the doctor, a format
 *   label, a `<dl>` list with snippets), 北医三院 运动医学科's 患者问答 (SSR `data-*` markup, the card in a side column, a
 *   short name), 瑞慈体检's 报告解读 问答 (a 客服 first, a 主检医师's card, GB18030 / GBK declared or not), 光明网's 健康
 *   专家答疑 (GBK, the card in a lead sentence, a column headline), 澳門衛生局's 健康問答 (traditional, Portuguese beside,
 *   day-first dates, a 衛生中心's doctor) —, committed before its first run; tuning now (in the default splits since the
 *   thirty-eighth stop, after the reader was changed for it, h/reader87a and h/reader87b; ssm's key brought to the page's own
 *   day order after the first run).
 * - `fresh-88`: the real sites of the genre, a twenty-third set (families-fresh88.ts), written blind on 2026-12-05: six
 *   sites no earlier split models or names — 北京市红十字血液中心's 献血问答 (a blood centre's 体检 doctor, a `<dl>`, an
 *   update day beside the publication day), 中文导报's 日本医生答疑 (a Chinese weekly in Japan: Japanese hospitals and posts,
 *   an issue line with a Japanese weekday, GBK on some), 央广网's 《健康之家》 page (a radio programme: the host's words, a
 *   播出时间, the segment's audio player on some), 广东省职业病防治院's 在线咨询 (a JCMS label table, GB18030 / GBK / UTF-8),
 *   親子王國's 專家答問 thread (a Hong Kong Discuz! forum in Big5, mothers' floors, the card in the author column),
 *   北京急救中心's 急救问答 (steps as an `<ol>` on some, a course ad, JSON-LD that disagrees) —, committed before its first
 *   run; tuning now (in the default splits since the thirty-eighth stop, after the reader was changed for it by the lead).
 * - `fresh-89`: the real sites of the genre, a twenty-fourth set (families-fresh89.ts), written blind on 2026-12-05: six
 *   sites no earlier split models or names — 上海国际旅行卫生保健中心's 在线咨询 (a customs-run travel health centre on
 *   ASP.NET WebForms, GBK declared gb2312 or undeclared, label rows, a second name as 口岸门诊部), 香港家庭計劃指導會's
 *   性健康問答 (a family-planning NGO, traditional, day-first days, a 註冊護士's 補充), 西藏自治区藏医院's 藏医问答 (Tibetan
 *   script beside the Chinese, a 藏历 day, GB18030 on some), 惠耳听力's 听力问答 (a hearing-aid chain's Nuxt page, a 验配师's
 *   reply, video answers), 菲律賓商報's 醫藥信箱 (a Manila daily, Big5 on some, English days, Manila hospitals), 诺和关怀's
 *   糖友问答 (a drug maker's patient programme on a Taro H5 build, a 糖尿病教育护士's 补充, an 审批 line, voice answers) —,
 *   committed before its first run; tuning now (in the default splits since the thirty-ninth stop, after the reader was
 *   changed for it, h/reader89a, h/reader89b and the lead's shangbao rules, then reviewed, h/review39).
 * - `fresh-90`: the real sites of the genre, a twenty-fifth set (families-fresh90.ts), written blind on 2026-12-05: six
 *   sites no earlier split models or names — 阜外医院's 专家答疑 (a national heart centre, `<dl>` markup, GB18030 / GBK on
 *   most pages, a second name 国家心血管病中心), 北京大学第六医院's 心理健康问答 (an update day beside the publication day, a
 *   心理治疗师's 补充, the credit at the head or the foot), 红星新闻's 名医问诊 (a city daily's app on Next.js: a reporter's
 *   lede, a `受访专家` credit, `__NEXT_DATA__` that disagrees), 禾连健康's 问医生 share page (a 健康助手 first, stamped chat
 *   bubbles, a 追问 round, voice answers), 新光醫院's 醫師信箱 (Big5 on most pages, `112.05.06` ROC days, a 服務台 reply
 *   first), 邵逸夫医院's 在线咨询 print view (a print day, no list) —, committed before its first run; tuning now (in the
 *   default splits since the fortieth stop, after the reader was changed for it, h/reader90a and h/reader90b, then
 *   reviewed, h/review40; skh's `{name} 醫師` keyed the title 醫師 after its first run, as fresh-80 and fresh-83 key it).
 * - `fresh-91`: the real sites of the genre, a twenty-sixth set (families-fresh91.ts), written blind on 2026-12-06: six
 *   sites no earlier split models or names — 花蓮慈濟醫院's 醫療諮詢 (Big5 on most pages, `112年05月06日` ROC days, a 醫療志工's
 *   note first, a `敬祝　平安` salutation and a `敬覆` signature), 北京天坛医院's 专家答疑 (Vue SSR, a side card with its 出诊时间
 *   table, JSON-LD with a later `dateModified`, a `data-ctime` ask day), 新民晚报's 名医问答 web copy (the print issue line
 *   beside a later web day), 温州医科大学附属眼视光医院's ASP 在线咨询 (GB2312 declared, unpadded days, a 视光师's 补充 and a
 *   追问 row), 北京中医医院's Baidu MIP 名医问答 (cambrian JSON-LD with a later `upDate`, a 中药师's 提示), 中国人寿's 家庭医生 share
 *   page (a 客服's message first, policy boxes, `__INITIAL_STATE__` stamps) —, committed before its first run; tuning now
 *   (in the default splits since the forty-first stop, after the reader was changed for it, h/reader91a and h/reader91b,
 *   then reviewed, h/review41a and h/review41).
 * - `fresh-92`: the real sites of the genre, a twenty-seventh set (families-fresh92.ts), written blind on 2026-12-06: six
 *   sites no earlier split models or names — 广东省中医院's DedeCMS 名医在线 (GBK on most pages, `<dl>` 问 / 答, a 药师's
 *   提醒, a list with month-day days), 西京医院's 专家咨询 print view (GB18030 or UTF-8, an 导医's note first, a 打印时间, no
 *   list), 北京安贞医院's ASP.NET 专家答疑 (`__VIEWSTATE`, `lbl` spans, `2023/5/6 14:22:31` days, a 护士's 护理提示, a GridView
 *   list), 看看新闻's programme page of a 东方卫视 health show (a host's lines, `播出时间` beside a later web day, `__NUXT__`),
 *   臺中榮總's 醫療信箱 (Big5 on most pages, `112-05-06` ROC days, a 公共事務室 note, a `敬祝 健康` wish), 江苏省人民医院's
 *   互联网医院 uni-app export (a 药师's 处方审核 and a 护士's 随访 message) —, committed before its first run; tuning now
 *   (in the default splits since the forty-second stop, after the reader was changed for it, h/tune92a and h/tune92b, then
 *   reviewed, h/review42).
 * - `fresh-93`: the real sites of the genre, a twenty-eighth set (families-fresh93.ts), written blind on 2026-12-06: six
 *   sites no earlier split models or names — 星暹日报's 医药顾问 (a Bangkok Chinese daily on WordPress: a Thai Buddhist-era
 *   masthead day, Bangkok hospitals, `{department}专科医生` cards, Jetpack related posts), 大众卫生报's e-paper (Founder-style
 *   tables in GBK, an image map, the issue line, a `坐诊专家` line), 仁济医院's AMP 专家问答 (`<html ⚡>`, `amp-accordion`, an 审核
 *   line, a later `dateModified`), 蜻蜓FM's episode page of a doctors' programme (an `<audio>` player, `本期嘉宾`, a host's
 *   lines), 新西兰先驱报中文网's 家庭医生 column (English days, NZ hospitals, `顾问医生` / `专科医生` cards), 成大醫院 藥劑部's
 *   用藥諮詢 (a pharmacist answering, Big5 on most pages, Gregorian or ROC days, an 審閱 line) —, committed before its first
 *   run; tuning now (in the default splits since the forty-third stop, after the reader was changed for it, h/tune93a,
 *   h/tune93b and h/tune93c, then reviewed, h/review93 and h/review93c).
 * - `fresh-94`: the real sites of the genre, a twenty-ninth set (families-fresh94.ts), written blind on 2026-12-06: six
 *   sites no earlier split models or names — 广州日报's 名医问答 web copy on 大洋网 (GB2312 declared over GBK bytes, a
 *   reporter's byline and lede, a `专家：` line or a closing `（本期专家：…）`), 上海儿童医学中心's JEECMS 在线咨询 (label
 *   cells, a child's age, an 导医台's note first), 萬芳醫院's 醫療諮詢 (Big5 declared, Big5 undeclared or UTF-8, ROC days
 *   `112/05/06(六)`, a 客服中心's note first), 振興醫院's 院訊 健康Q&A (an issue line with a ROC month only, a `撰文／` head or a
 *   closing credit), 屈臣氏 Hong Kong's 藥劑師 Q&A (Next.js, day-first days, a branch as the pharmacist's place, product
 *   cards), 千岛日报's 医药信箱 (an Indonesian Chinese daily: Indonesian days, a `（3天前）` beside the day, Jakarta
 *   hospitals) —, committed before its first run; tuning now (in the default splits since the forty-third stop, after the
 *   reader was changed for it, h/tune94a and h/tune94b, then reviewed, h/review94).
 * - `fresh-95`: the real sites of the genre, a thirtieth set (families-fresh95.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 柬华日报's 医生信箱 (a Cambodian Chinese daily: a Khmer masthead day in Khmer digits,
 *   the post day's Khmer rendering beside it on some, Phnom Penh hospitals or a Chinese aid team's doctor), 頭條日報's 專科醫生
 *   column (a Hong Kong free daily: `{specialty}專科醫生` with post-nominals, `私人執業`, an in-read ad, JSON-LD with a later
 *   `dateModified`), 義大醫院's ASP.NET 醫療諮詢 (Big5 on half, `2023/5/6 下午 02:22:31` stamps or ROC days, a 醫務秘書室's
 *   note first), 19楼's 健康 thread (a city forum in GBK, a certified doctor on a later floor, `3天前` beside the day, a quoted
 *   post), 浙江省人民医院's 科普 video page (a `<video>`, a transcript with `[00:12]` marks, a second name in the header), 阿基米德's
 *   share page of a radio programme's `#问嘉宾#` post (a guest's text or voice reply, listeners' month-day stamps) —, committed
 *   before its first run; in the default splits since the forty-fourth stop, after the reader was changed for it
 *   (h/tune95a, h/tune95b) and this stop's rules reviewed (h/review44).
 * - `fresh-96`: the real sites of the genre, a thirty-first set (families-fresh96.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 西贡解放日报's Chinese edition's 医生解答 (a Vietnamese daily: a masthead's Vietnamese
 *   today and lunar day, `Thứ Bảy, 06/05/2023` day-first post days, Ho Chi Minh City hospitals with their Vietnamese names,
 *   `专科二级医生（BS.CKII）` grades), 香港電台's 《精靈一點》 episode page (a radio phone-in: Cantonese host lines in Big5-HKSCS
 *   declared `big5` or `big5-hkscs`, unclosed tags, a 播出日期, a 節目重溫 player on some), 小宇宙's episode page of a doctor's
 *   podcast (`__NEXT_DATA__` with a UTC `pubDate` a day early on some, a 时间轴, a 主播 or a 本期嘉宾), 批踢踢's web view of a
 *   doctor's `Re:` post (a ctime `時間`, a quoted post, hand-broken lines, a signature after `--`, pushes, an edit line), 新疆医科
 *   大学第一附属医院's bilingual 科普问答 (Uyghur right to left beside the Chinese, Uyghur names with `·`, GB18030 declared
 *   `gb18030` or `gbk`), 深圳卫视's 《健康来了》 clip page (two guests, speakers' labels, `播出时间` beside a later web day) —,
 *   committed before its first run; in the default splits since the forty-fifth stop, after the reader was changed for it
 *   (h/tune96a, h/tune96b, h/tune96c) and those rules reviewed (h/review96).
 * - `fresh-97`: the real sites of the genre, a thirty-second set (families-fresh97.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 醫管局's 智友站 問與答 (a public hospital authority's patient portal: nurses, therapists
 *   and doctors under their HA ranks, traditional, a `發佈日期` beside a later `最後更新日期`, a `<video>` on some), 金凤凰中文报's
 *   医药顾问 (a Burmese Chinese daily on WordPress: a masthead day in Burmese digits, the post day's Burmese rendering beside
 *   it on some, `<time datetime>` and JSON-LD in UTC a day early on early posts, Yangon hospitals, Burmese names beside),
 *   河南省人民医院's 在线咨询 (label cells, GBK declared `gb2312` / `gbk` or undeclared, unclosed cells, an earlier 咨询时间, a
 *   `（3天前）` beside the reply day, an unanswered 追问), 同仁堂's 名医问答 share page (a 医馆 doctor or a store's 坐堂医师,
 *   voice answers, a 药师's 提示, goods cards, `__INITIAL_STATE__` that disagrees), 信報's health column (a headline that asks
 *   nothing on some, an author box, a paywall that cuts the answer), 龙源期刊网's reading page of a health magazine's 专家答疑
 *   (GBK declared `gb2312`, an issue line with no whole day, an 作者单位 footnote, a hidden watermark, a 本期目录) —,
 *   committed before its first run; tuned in the forty-fifth stop (h/tune97a, h/tune97b), h/tune97b's rules reviewed (h/review45),
 *   h/tune97a's in the forty-sixth (h/review9798); in the default splits since the forty-sixth stop.
 * - `fresh-98`: the real sites of the genre, a thirty-third set (families-fresh98.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 日本新华侨报网's 健康 column (doctors working in Japan: days in Japanese eras, `令和5年5月6日`
 *   or `平成30年…` alone on some, a masthead's era today, Japanese hospitals and ranks `医长` / `讲师`, a katakana reading beside
 *   the name), 南美侨报's 医生解答 (a Chinese paper of São Paulo on WordPress: Portuguese days `sábado, 6 de maio de 2023`,
 *   day-first `06/05/2023` with a masthead's day-first today on some, hospitals with their Portuguese names, a `CRM-SP`
 *   number), 澳洲日报's 醫生信箱 (traditional or simplified, AU day-first days and `6 May 2023`, a GP at a suburban 醫務所 or a
 *   specialist, a Medicare note), 大樹藥局's 藥師 Q&A (Big5 declared or undeclared on some, ROC `112/05/06` days, a pharmacist
 *   at a store, JSON-LD with a later day), 扬子晚报's e-paper 健康 page (Founder markup, GBK on half, unclosed `<P>`, a headline
 *   that asks nothing on some, inline `答：`, the page's other headlines, no list), 人保健康's 图文问诊 share page (a 健康管家's
 *   greeting and an AI 预问诊小结 first, month-day bubble stamps under a whole-day header, voice bubbles, insurance promos) —,
 *   committed before its first run; tuned in the forty-fifth stop (h/tune98a, h/tune98b), reviewed in the forty-sixth (h/review9798);
 *   in the default splits since the forty-sixth stop.
 * - `fresh-99`: the real sites of the genre, a thirty-fourth set (families-fresh99.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — Yahoo!奇摩知識+'s question page with a doctor's 最佳解答 (Big5 on some, a `發問時間`
 *   before and a `解決時間` after the `回答時間`, other users' answers and 意見, the card only in a signature or in `參考資料`),
 *   惠氏妈妈俱乐部's 育儿专家问答 (a formula brand's club: the mandatory 母乳 notice, a baby's 月龄, a dietitian with no workplace,
 *   JSON-LD dating the answer by the question on some), a hospital's 专家答疑 H5 on 易企秀 saved rendered (absolutely
 *   positioned elements in a DOM order not the reading order on some, a cover day or none, a `<video>` on some),
 *   首尔峨山医院's Chinese 在线咨询 board (`2023.05.06 (토)` days, `euc-kr` declared over UTF-8 on some, professors with
 *   Hangul names, the Korean original beside on some), 传送门's copy of a hospital 公众号's 专家答疑 post (WeChat's markup,
 *   `<mpvoice>` on some, a title that asks nothing on some, 往期回顾 links to mp.weixin.qq.com), 欧联时报's 医生解答 on a
 *   Discuz! portal (GBK on some, `2023-5-6 14:22| 发布者: …` lines, Italian days, day-first `06/05/2023`, Italian
 *   hospitals) —, committed before its first run; tuned in the forty-sixth stop (h/tune99a, h/tune99b), reviewed in the forty-seventh (h/review99);
 *   in the default splits since the forty-seventh stop.
 * - `fresh-100`: the real sites of the genre, a thirty-fifth set (families-fresh100.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 好心肝基金會's 肝病Q&A (a Taiwanese patient foundation: Big5 declared or undeclared on
 *   half, ROC days `112-05-06` / `112年5月6日`, a 會刊 issue month, a free-screening notice with its own later day, a donation
 *   box), 内蒙古自治区人民医院's bilingual 健康问答 (traditional Mongolian script set vertical beside the Chinese, GB18030
 *   declared `gb18030` or `gbk`, Mongolian digits, Mongol doctors with one name, 蒙医 titles, a `<video>` on some), ESDlife
 *   健康生活網's 專家答問 (Hong Kong: `{specialty}專科醫生` at a clinic, an English name beside, day-first days, a YouTube
 *   專家短片 on some, HK$ offers), 自由時報 健康網's Q&A column (`健康網》` headlines or one that asks nothing, a reporter's
 *   lede, `2023/05/06 05:30`, a later 更新時間), 人卫健康's share page (a publisher's app: an `<audio>` answer with its 文字稿 on
 *   some, a 审核 line, the expert's own book card, a state blob with a later `publishTime`), 诗华日报's 医药信箱 (a Sarawak
 *   daily on WordPress: a Malay masthead day, `May 6, 2023` or day-first `06/05/2023`, Sarawak hospitals with Malay names)
 *   —, committed before its first run; tuned in the forty-seventh stop (h/tune100a, h/tune100b, h/credits), reviewed in it
 *   (h/review100); in the default splits since the forty-seventh stop.
 * - `fresh-101`: the real sites of the genre, a thirty-sixth set (families-fresh101.ts), written blind on 2026-12-06: six sites
 *   no earlier split models or names — 方格子's doctor's salon post (Next.js, `__NEXT_DATA__` with a UTC `createdAt` a day
 *   early on early posts, `N 天前` at the head beside a whole `發佈於` day at the foot, the author's replies among readers'
 *   comments), 汶莱联合日报's 医药信箱 (a Bruneian Chinese daily: a Malay masthead today with its Hijri day, `回历` days beside
 *   the post day, day-first `06-05-2023`, GBK on some, Brunei hospitals with their Malay names), 毛里求斯华侨商报's 医生信箱
 *   (French days `samedi 6 mai 2023`, traditional or simplified, Big5 on some, a doctor's French name, a `Résumé en
 *   français`), 香港浸會大學中醫藥學院's 問與答 (`註冊中醫師` at a district clinic, the whole Q&A again in English on half,
 *   day-first days, an acupoint figure), a Chinese doctor's newsletter on Substack (an English interface, `May 6` without
 *   its year beside JSON-LD's, the card only in an intro or sign-off, a read-aloud `<audio>` on some), LINE TODAY's repost
 *   of 華人健康網's 醫師Q&A (an original day in the 授權轉載 line before the repost's later day, `__NUXT__`) —, committed
 *   before its first run; tuned in the forty-eighth stop (h/tune101a, h/tune101b), reviewed in it (h/review-b); in the
 *   default splits since the forty-eighth stop.
 * - `fresh-102`: the real sites of the genre, a thirty-seventh set (families-fresh102.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, mainland kinds the table had few of — 青岛大学附属医院's 互联网医院 published
 *   consultation record (a chat transcript: the consultation's start as the only whole day, `05-06 14:25` bubble stamps or
 *   `5月6日` dividers, a doctor's `[自动回复]` bubble, `图文问诊`), 好药师网's 药师问答 (a pharmacy e-commerce site: GBK declared
 *   `gbk` or `gb2312` on most pages, a store's 执业药师 or an invited hospital 主管药师, the asker's earlier day, `<br>`-joined
 *   answers, product cards), 优酷's page of a doctor's talk (a `<video>`, a `视频文稿` transcript with a greeting and a
 *   sign-off, `N天前` at the head beside the 简介's whole day, an ad among the 相关推荐), 妈咪知道's share page of a
 *   pediatrician's voice answer (an `<audio>` with its 文字版, `05-06 回答` with no year on some), 智云健康's 控糖问答 (a
 *   doctor, a 糖尿病专科护士 or a dietitian, a glucose card, a state blob dating the question), 新华保险's app's 名医问答 share
 *   page (the sharing agent's own card, unclosed `<p>`s, a `<video>` on some, a 95567 line) —, committed before its first
 *   run; tuned in the forty-ninth stop (h/tune102a, h/tune102b), reviewed in it (h/review-c); in the default splits since
 *   the forty-ninth stop.
 * - `fresh-103`: the real sites of the genre, a thirty-eighth set (families-fresh103.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, pages as they reach a crawler in odd shapes — 必应's cached copy of
 *   甘肃省人民医院's 网上咨询 reply (the cache's banner and later day, the original's `gb2312` meta over UTF-8 bytes, a
 *   `<base href>`, highlighted search words), 西祠胡同's 讨论版 文字版 (GBK, one `<pre>`, floors, a doctor's signature as the
 *   only card, hand-broken lines, a two-digit year on some), 云南省第一人民医院's old ASP 网上咨询 frame page (`<font>`,
 *   tables, unclosed cells, GBK declared `gb2312` or undeclared), 中国宁波网's WAP 甬上名医 page (XHTML Mobile, `<br/>`
 *   lines, a headline that asks nothing, `问：` / `答：`, a later clock line), 嘉基電子報's web view (Big5 on some, a 600px
 *   table, an issue day `2023/05/06`, `112.05.06` or only `112年5月號`, other sections, tracked links), U Lifestyle's AMP
 *   `【醫生解答】` (`<html ⚡>`, a `{specialty}專科醫生` with no hospital, day-first days, `<amp-youtube>` on some, JSON-LD in
 *   UTC) —, committed before its first run; its ulifestyle key corrected after it to the Hong Kong convention of earlier
 *   splits; tuned in the forty-ninth stop (h/tune103a, h/tune103b, h/tune103c) and the fiftieth (h/tune103d); in eval.ts's
 *   default splits since the fiftieth stop.
 * - `fresh-104`: the real sites of the genre, a thirty-ninth set (families-fresh104.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, pages where other voices sit close to the doctor's answer — 妈妈帮's 问答 (two
 *   or three doctors and mothers answering one question, the page's answer the one marked `提问者采纳` or boxed `最佳回答`,
 *   else the first doctor's; a 追问 round; yearless or relative stamps on some), 安徽医科大学第一附属医院's 专家答疑 (a
 *   revised answer: a `修改于` note, the earlier version folded in a `<details>` or a hidden `<div>`; GBK on some), 南方医院's
 *   院长信箱 (a reply quoting the citizen's letter, a greeting, a relay line naming the expert, a closing formula, a
 *   satisfaction comment; a subject that asks nothing on some), 陕西省卫生健康委员会's 在线访谈 (a transcript page of one
 *   netizen's question: the host's lines and acknowledgements between the guest's turns, the guest's greeting, a later
 *   发布时间, a `<video>` on some, a wrong `gbk` declaration on some), 泉源堂's 药师问答 (an `AI药师` preliminary answer, a goods
 *   card and a 说明书 excerpt inside the pharmacist's answer), 8视界's 医生答客问 (Singapore: a `重点` summary box, a
 *   `延伸阅读` line inside the answer, Singapore ranks, day-first and English days, a Brightcove player on some) —, committed
 *   before its first run; tuned in the fiftieth stop (h/tune104a, h/tune104b), reviewed in it (h/review-e); in
 *   eval.ts's default splits since the fiftieth stop.
 * - `fresh-105`: the real sites of the genre, a fortieth set (families-fresh105.ts), written blind on 2026-12-07: six sites
 *   no earlier split models or names, pages whose structure itself misleads — 桐庐县第一人民医院's 专家答疑 (a county
 *   hospital on a 站群 template: every part in the same generic box, the list box before the Q&A on some, GBK on some),
 *   童綜合醫院's 網路諮詢 (one table of label / value cells, Big5 on most pages, ROC days, unclosed cells), 美国中文网's 名医问答
 *   (Discuz! Portal, English days, English in the answer, US hospitals, `{department}专科医生`), 香港癌症基金會's Ask the Expert
 *   (bilingual, an English abridgement and byline before the Chinese Q&A), 齐鲁壹点's 壹点问医 (Vue SSR with a state JSON
 *   that disagrees: a SEO title, a short title, a grade and an update day the page does not print), 惠州市中心人民医院's 专家答疑
 *   (the card an image's alt on some, a QR business card, other experts' pictures) —, committed before its first run;
 *   tuned in the fiftieth and fifty-first stops (h/tune105a, h/tune105b, h/tune105c); in eval.ts's default splits since
 *   the fifty-first stop.
 * - `fresh-106`: the real sites of the genre, a forty-first set (families-fresh106.ts), written blind on 2026-12-07: six sites
 *   no earlier split models or names, pages where the same content shows in several places or forms and only one is the
 *   page's — 贵州省人民医院's 网上咨询 print view (the question `…`-cut in the title and whole in the body, a later 打印时间,
 *   a wrong `utf-8` declaration over GBK on some), 中华网健康's 专家问答 split over pages (page 1's paragraphs only, a pager,
 *   `<link rel="next">`), 红网's 时刻新闻 share page (H5: a share poster repeating the question with a cut answer, yearless or
 *   relative stamps on some, a `<video>` on some), 青海省人民医院's 公众号 article (the account's intro and outro, a second
 *   Q&A of the same doctor on some, `<mp-common-mpaudio>` on some, 往期推荐), 荆楚网's 专家问答 (a `医生补充` second opinion by
 *   another doctor, newest first on some, comments), 彰化秀傳紀念醫院's 網路諮詢 (a canned 相似問題 Q&A box inside the answer
 *   column, Big5 on half, ROC days) —, committed before its first run; tuned in the fifty-first stop (h/tune106a,
 *   h/tune106b); in eval.ts's default splits since the fifty-first stop.
 * - `fresh-107`: the real sites of the genre, a forty-second set (families-fresh107.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, pages whose answer is not plain text in one box — 懒人畅听's health album
 *   track (a voice answer whose page prints its 文稿 transcript, folded on some), 爱奇艺's 健康 video page (a `看点` chapter
 *   list, an `AI看点总结` on some, the answer's 文字版 in the folded `简介`), 新京报's m. article (the whole article in a
 *   height-limited box under `展开全文`), 親子天下's 醫師解答 (a member wall after the answer's first part, the rest not in
 *   the page; Big5 on some), Hello醫師's 醫師解答 (the answer in `<details>`, collapse or tab sections with closed panels),
 *   读特's 名医说 share page (the answer as a numbered card carousel, the text as HTML, an alt or a caption) —, committed
 *   before its first run; tuned in the fifty-second stop (h/tune107a, h/tune107b); in eval.ts's default splits since the
 *   fifty-second stop.
 * - `fresh-108`: the real sites of the genre, a forty-third set (families-fresh108.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, of regions and professions the table has few of, pages where the page's own
 *   Q&A must be told from others like it on the same page — 佳礼论坛's 健康保健 thread (Malaysia: a pharmacist's reply
 *   and, after the asker's 追问, a second one), 余仁生's 问中医师 (Singapore's TCM chain: other physicians' whole answers
 *   listed under the page's), 澳廣視's 健康節目 專題 (Macau: a `本期焦點` Q&A with the clip, more Q&As below), 天维网's
 *   医生专栏 (New Zealand: the `?qid=` answer expanded and marked among collapsed ones), 美维口腔's 常见问题 (a dental chain:
 *   the FAQ entry the title, crumbs and `#q` anchor name opened among closed ones; GBK on some), 好食課's 營養師信箱 (a
 *   dietitian's answer, then comments the dietitian answers too) —, committed before its first run and left out of the
 *   default splits at first; tuned in the fifty-second stop (h/tune108); in eval.ts's default splits since the
 *   fifty-second stop.
 * - `fresh-109`: the real sites of the genre, a forty-fourth set (families-fresh109.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on related lists and page labels in forms the table has few of —
 *   爱爱医's 患者咨询 (the format as an icon's `title` / `aria-label`, `相关咨询` a table with 科室 / 医生 / 日期 / 回复数
 *   columns; GBK on most), 寶貝家庭's 專家諮詢 (Taiwan: the board's other Q&As in 最新 / 熱門 tabs; Big5 on some), 醫護行's
 *   醫生問答 (Hong Kong: other doctors' answers as a horizontal scroller of cards, the day in the meta line far from the
 *   answer), 康是美's 藥師諮詢 (a drugstore chain: the day a badge, more answers as a grid of pharmacists' cards),
 *   Sundaykiss's 專家問答 (Hong Kong: the day in a `<time>`'s `title` behind `N日前`, a `載入更多` list whose first items
 *   are in the markup), DrGo's 醫生解答 (Hong Kong: the same doctor's other answers, the day only at the page's foot) —,
 *   committed before its first run and left out of the default splits at first; tuned in the fifty-second and
 *   fifty-third stops (h/tune109, h/tune109b); in eval.ts's default splits since the fifty-third stop.
 * - `fresh-110`: the real sites of the genre, a forty-fifth set (families-fresh110.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, pages that carry their Q&A twice, in the visible markup and in data a script
 *   or a crawler reads — 嬰兒與母親's 專家Q&A (Taiwan, Next.js: JSON-LD `QAPage` and `__NEXT_DATA__`, a later
 *   `dateModified` / `article:published_time`), 媽咪拜's 問答 share page (an `打開App看完整回答` wall cutting the expert's
 *   answer while `__NUXT__` holds it whole, a `展開全文` fold, mothers' answers), 愛長照's 長照問答 (WordPress / Yoast `@graph`
 *   with the 編輯部 as author and the post's day, a 護理師 / 社工師 / 藥師 answering on half), MamiDaily's 專家QA (Hong Kong:
 *   JSON-LD `MedicalWebPage` with another doctor as `reviewedBy`, microdata, `N日前`), 潮新闻's 名医问答 share page
 *   (`__INITIAL_STATE__`, a `展开全文` fold, a `<video>` on some), 北青网's 专家答疑 (GBK on most, declared `utf-8` over GBK
 *   on some, `og:description`, a later `lastmod`) —, committed before its first run and left out of the default splits
 *   at first; tuned in the fifty-third stop (h/tune110); in eval.ts's default splits since the fifty-third stop.
 * - `fresh-111`: the real sites of the genre, a forty-sixth set (families-fresh111.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, pages where the answerer is not shown as a card — 新华日报·交汇点's 专家答疑 (the
 *   doctor only in a `指导专家：` / `口述：` byline or a `（口述专家：…）` line after the answer, a `审核` doctor), 东南网's 网友问答
 *   (GBK on most: a bare `专家答：`, the answerer in a `本期答疑专家` table of 姓名 / 职称 / 科室 / 医院 rows far from it, a
 *   `往期专家` list), 华龙网's 名医在线 (the name in the `<title>` / `<h1>` `{name}医生：{question}` and a speaker label, the
 *   rest in a `嘉宾简介` at the foot, a 主持人), 新湖南's 问医生 (the card in the answer's first line or a `——` signature, the
 *   asker, yearless days on some), 健康遠見's 醫師問答 (Taiwan: a `諮詢／` byline or a `專家簡介` box, a `審稿／` doctor),
 *   四川在线's 名医说 (GBK on most: the doctor only in a picture's caption or `alt`) —, committed before its first run and
 *   left out of the default splits at first; tuned in the fifty-third and fifty-fourth stops (h/tune111, h/tune111b); in
 *   eval.ts's default splits since the fifty-fourth stop.
 * - `fresh-112`: the real sites of the genre, a forty-seventh set (families-fresh112.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, answers whose body is not a run of plain paragraphs — 浙江在线's 名医答疑
 *   (sub-headings inside the answer, an inline `相关阅读` box, a `参考文献` list), 掌上长沙's 问医 (`<div>`s and `<br>` runs with
 *   no `<p>`, indents, a quoted restatement of the question first, an app box, `温馨提示`, relative days), 北晚新视觉's 专家门诊
 *   (a diet or dose table inside the answer, a captioned picture), 南都's 名医问答 (an `<ol>` / `<ul>` of the points, a bold
 *   `建议：` lead-in, a 追问 round), 中国江苏网's 名医在线 (GBK on most: nested `<span>`s, an inline ad, a `补充回答`), 民視's
 *   醫師解答 (Taiwan: `①②③` points, `▲` captions, a `延伸閱讀` box, a signature) —, committed before its first run and
 *   left out of the default splits at first; tuned in the fifty-fourth stop (h/tune112); in eval.ts's default splits since
 *   the fifty-fourth stop.
 * - `fresh-113`: the real sites of the genre, a forty-eighth set (families-fresh113.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on doctor cards in forms the table has few of — 北京大学人民医院's 专家答疑
 *   (doubled titles, 病区 / 亚专业 departments, a campus, a 会诊 colleague's card), 北京积水潭医院's 专家问答 (the card as chips
 *   in a drawn order, short titles, `三甲` tag, 推荐医生), 商業電台's 醫生信箱 (Hong Kong `專科醫生` / `家庭醫生`, no hospital,
 *   `<audio>`), 新樓醫院's 醫療諮詢 (Big5, ROC days, `主治醫師` / `總醫師`, a 院區 row), 东北网's 名医问答 (GBK declared, undeclared
 *   or wrongly utf-8, the card `|`-parted, grades every way), 壹点灵's 心理问答 (a psychotherapist's card, another 咨询师's
 *   answer) —, committed before its first run and left out of the default splits at first; tuned in the fifty-fifth stop
 *   (h/tune113); in eval.ts's default splits since the fifty-fifth stop.
 * - `fresh-114`: the real sites of the genre, a forty-ninth set (families-fresh114.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on questions in forms the table has few of — 千龙网's 健康访谈 (a
 *   `记者：` question, `专家：` reply), 半岛都市报's 名医热线 (`市民王女士来电：…` ending in the question, `【咨询】`), 温州网's
 *   网友问医 (GBK, the site's title of the question over the patient's labelled fields, `_网友问医_温州网`, a 追问),
 *   华商网's 名医在线 (`帮妈妈问：`, a question split over the title and the first paragraph, `（附图2张）`, 追问s),
 *   和信治癌中心醫院's 網路諮詢 (Big5, `Q：` with English terms, `（附圖1張）`), 國際時報's 醫藥信箱 (Sarawak, `讀者來信：` then
 *   `問：`, `顧問醫生` cards) —, committed before its first run and left out of the default splits at first; tuned in the
 *   fifty-fifth stop (h/tune114); in eval.ts's default splits since the fifty-fifth stop.
 * - `fresh-115`: the real sites of the genre, a fiftieth set (families-fresh115.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on pages as phones get them — 大象新闻's app share page (`打开APP`, the
 *   answer folded or cut to a preview with the rest only in the app, `__INITIAL_STATE__`, a feed with video and ad cards),
 *   新黄河's Baidu MIP page (`<mip-img>`, `<mip-showmore>` with `展开全文`, `<mip-fixed>` bars), 触电新闻's Next.js video
 *   share page (`__NEXT_DATA__`, `查看全部`, relative days with a `本文首发于` day on some), 中天新聞's AMP page (Taiwan,
 *   `<amp-accordion>` `閱讀全文`), 點新聞's mobile 醫生話你知 (Hong Kong `專科醫生` cards, a `display:none` rest), 新華澳報's
 *   mobile 醫生信箱 (Macau, Big5) —, committed before its first run and left out of the default splits at first; tuned in the
 *   fifty-fifth and fifty-sixth stops (h/videobyline, h/f115); in eval.ts's default splits since the fifty-sixth stop.
 * - `fresh-116`: the real sites of the genre, a fifty-first set (families-fresh116.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on where the answer begins and ends — 中国蓝新闻's 名医说 share page (an
 *   editor's `导语`, `【推荐阅读】` and ad boxes inside the answer, a `——` signature the only card on half, a `审核` doctor,
 *   `参考文献`, `版权声明`), 中山大学附属第三医院's 网上咨询 (GBK on most: `【医生回答】`, a `您好，您说的“…”` opening, a 追问 /
 *   补充问题 / 二次咨询 round), 有線新聞's 醫生解答 (Hong Kong: a lede, a `醫生建議` box in the doctor's words and an editor's
 *   `小編總結`), 台視新聞's 醫師解答 (Taiwan: captions, `延伸閱讀：` lines and an ad inside the answer, its last paragraph alone
 *   after them, a `<ul>`), 躍獅連鎖藥局's 藥師問答 (Big5 on most: an `<ol>`, a dose `<table>`), 长江云's 问医生 (`原标题：`,
 *   `【导语】`, `病情分析：` / `指导意见：`, `（完）`) —, committed before its first run and left out of the default splits;
 *   tuned in the fifty-sixth and fifty-seventh stops (h/tune116, h/tune116b); in eval.ts's default splits since the fifty-seventh
 *   stop.
 * - `fresh-117`: the real sites of the genre, a fifty-second set (families-fresh117.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on the related list in every shape — 天眼新闻's share page (`大家还在问`
 *   cards with each item's own doctor, a card linking to the page itself, `换一换`), 冀云's 问医 (items with `语音 1'32"` /
 *   `图文` / `视频` badges and `N人听过`, relative and yearless days, a `推广` item, `加载更多`), 位元堂's 中醫師問答 (Hong Kong:
 *   相關問答 / 相關文章 / 相關產品 tabs, the question panel a two-column grid, in a sidebar before the answer on some), 書田診所's
 *   網路諮詢 (Taiwan, Big5 on most: a `<table>` of rows with 民國 and yearless days, a question listed twice, a pager),
 *   新唐人's 健康1+1 (video items with durations in a column before the article on some), 新生活报's 医药信箱 (Malaysia: snippets
 *   under `答：` cut with `…` and `展开`, a `赞助` item, a pager, short answers) —, committed before its first run and left out
 *   of the default splits at first; tuned in the fifty-sixth stop (h/tune117); in eval.ts's default splits since the fifty-sixth stop.
 * - `fresh-118`: the real sites of the genre, a fifty-third set (families-fresh118.ts), written blind on 2026-12-07: six
 *   sites no earlier split models or names, leaning on dates, times and format labels as real sites print them and on pages
 *   that arrive broken — 今晚网's 专家答疑 (GBK, declared UTF-8 on some: `二〇二三年一月五日`, a print-edition day), 厦门网's
 *   名医在线 (a BOM on some: `23-01-05`, split `<span>`s, `<time datetime>` over `3天前`, a `data-time` timestamp only, 提问 /
 *   审核 / 更新 / 打印 days, `图文` / `语音回复` / `[语音]` words), 希望之聲's 健康問答 (a US site: `01/05/2023` month first,
 *   jPlayer or MediaElement, `時長 03'24"`, an icon with only alt/title), 澳亞衛視's 健康 programme (Macau: `05/01/2023` day
 *   first, ISO with a zone, TCPlayer over a bare `<video>`, a `首播` day), 東港安泰醫院's 醫師信箱 (Taiwan, Big5 on most: 民國
 *   days with 上午 / 下午, an HTML comment with an old card, unclosed cells), 郭綜合醫院's 網路諮詢 (a page cut off inside its
 *   related list, a stray `</body></html>`, mojibake in the footer, `&nbsp;` runs, `<br><br>` paragraphs, entity
 *   punctuation) —, committed before its first run and left out of the default splits at first; tuned in the fifty-seventh
 *   stop (h/tune118); in eval.ts's default splits since the fifty-seventh stop.
 * - `fresh-119`: the real sites of the genre, a fifty-fourth set (families-fresh119.ts), written blind on 2026-12-08: six
 *   sites no earlier split models or names, leaning on the doctor card in every form beyond the mainland's portals —
 *   莱佛士医疗's 健康问答 (Singapore: `陈伟明 Dr. Tan Wei Ming` or the English name alone, post-nominals, English-only titles,
 *   departments and clinics, a contradicting JSON-LD `Physician`), 汤申医疗's 妇产问答 (a `<dl>` card, a clinic's English name
 *   only in a tooltip, `妇产科/O&G` / `O&G`, a nurse or lactation consultant answering), 南华医院's 医药信箱 (Penang, GBK,
 *   declared windows-1252 on some: the title before the name, `{specialty}专科医生`, a sentence-only card, `ENT`), 東周刊's
 *   醫生信箱 (Hong Kong, Big5: `{specialty}專科醫生`, `註冊中醫`, `名譽臨床助理教授`, `瑪麗`, `私人執業`, a reviewer and a
 *   reporter beside the answering doctor), 温哥华天空's 家庭医生问答 (`医学博士`, `MD, CCFP`, `执业护士（NP）`, `本文由…解答`,
 *   an English-only clinic, `3天前`), 洛杉矶华人资讯网's 醫生專欄 (`醫學博士` / `執業醫師`, `醫師助理（PA）`, a team with its 主筆)
 *   —, committed before its first run and left out of the default splits.
 */

export type Split = 'tuning' | 'held-out' | 'fresh' | 'fresh-2' | 'fresh-3' | 'fresh-4' | 'fresh-5' | 'fresh-6' | 'fresh-7' | 'fresh-8' | 'fresh-9' | 'fresh-10' | 'fresh-11' | 'fresh-12' | 'fresh-13' | 'fresh-14' | 'fresh-15' | 'fresh-16' | 'fresh-17' | 'fresh-18' | 'fresh-19' | 'fresh-20' | 'fresh-21' | 'fresh-22' | 'fresh-23' | 'fresh-24' | 'fresh-25' | 'fresh-26' | 'fresh-27' | 'fresh-28' | 'fresh-29' | 'fresh-30' | 'fresh-31' | 'fresh-32' | 'fresh-33' | 'fresh-34' | 'fresh-35' | 'fresh-36' | 'fresh-37' | 'fresh-38' | 'fresh-39' | 'fresh-40' | 'fresh-41' | 'fresh-42' | 'fresh-43' | 'fresh-44' | 'fresh-45' | 'fresh-46' | 'fresh-47' | 'fresh-48' | 'fresh-49' | 'fresh-50' | 'fresh-51' | 'fresh-52' | 'fresh-53' | 'fresh-54' | 'fresh-55' | 'fresh-56' | 'fresh-57' | 'fresh-58' | 'fresh-59' | 'fresh-60' | 'fresh-61' | 'fresh-62' | 'fresh-63' | 'fresh-64' | 'fresh-65' | 'fresh-66' | 'fresh-67' | 'fresh-68' | 'fresh-69' | 'fresh-70' | 'fresh-71' | 'fresh-72' | 'fresh-73' | 'fresh-74' | 'fresh-75' | 'fresh-76' | 'fresh-77' | 'fresh-78' | 'fresh-79' | 'fresh-80' | 'fresh-81' | 'fresh-82' | 'fresh-83' | 'fresh-84' | 'fresh-85' | 'fresh-86' | 'fresh-87' | 'fresh-88' | 'fresh-89' | 'fresh-90' | 'fresh-91' | 'fresh-92' | 'fresh-93' | 'fresh-94' | 'fresh-95' | 'fresh-96' | 'fresh-97' | 'fresh-98' | 'fresh-99' | 'fresh-100' | 'fresh-101' | 'fresh-102' | 'fresh-103' | 'fresh-104' | 'fresh-105' | 'fresh-106' | 'fresh-107' | 'fresh-108' | 'fresh-109' | 'fresh-110' | 'fresh-111' | 'fresh-112' | 'fresh-113' | 'fresh-114' | 'fresh-115' | 'fresh-116' | 'fresh-117' | 'fresh-118' | 'fresh-119' | 'known';

export interface ExpectedItem {
  question: string;
  /** The snippet's paragraphs; none (`[]`) where the page shows only the linked question: a link of the page entry's, not an entry (link-items.ts). */
  paragraphs: string[];
  format: Format;
  date: string | null;
  url: string;
}

/** What a careful reader gets from the page: only what it prints. */
export interface Expected {
  /**
   * Set where the page must give no entry at all (a search results page, a deleted question's
   * notice served with 200, a list page): why. A page entry from it is wrong (silently unless
   * flagged), as is every item read from it; the other fields are then not looked at.
   */
  noEntry?: string;
  question: string;
  doctor: TruthDoctor;
  paragraphs: string[];
  date: string | null;
  format: Format;
  related: ExpectedItem[];
}

export interface Rendered {
  body: Buffer;
  expected: Expected;
}

export interface Family {
  name: string;
  split: Split;
  /** The host pages of the family are published under. */
  site: string;
  render(page: TruthPage, rng: Rng): Rendered;
}

/** The expected entry of a page whose every part is printed as the truth has it, with overrides. */
export function expectedOf(page: TruthPage, overrides: Partial<Expected> = {}): Expected {
  return {
    question: page.question,
    doctor: { ...page.doctor },
    paragraphs: page.paragraphs,
    date: page.date,
    format: page.format,
    related: page.related.map((r) => ({
      question: r.question,
      paragraphs: [r.snippet],
      format: r.format,
      date: r.date,
      url: new URL(r.path, page.canonical).href,
    })),
    ...overrides,
  };
}
