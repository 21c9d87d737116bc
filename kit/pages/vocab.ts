/**
 * Word pools for synthetic pages of the genre. The medical text is written for the
 * benchmark (not copied from any site); doctors, hospitals and cities are invented.
 * Answers use full-width punctuation here; the youlai renderers print ASCII `,:;` as
 * youlai does, which NFKC folds back, so copies of one answer on both sites share an id.
 */

export interface Topic {
  disease: string;
  department: string;
  symptoms: readonly string[];
  part: string;
  drugs: readonly string[];
  tests: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { disease: '慢性咽炎', department: '耳鼻喉科', symptoms: ['嗓子痒', '咽喉干燥', '咽部异物感', '干咳'], part: '咽部黏膜', drugs: ['含片', '雾化药物'], tests: ['喉镜'] },
  { disease: '胃食管反流', department: '消化内科', symptoms: ['反酸', '烧心', '胸骨后疼痛', '嗳气'], part: '食管下段', drugs: ['抑酸药', '胃黏膜保护剂'], tests: ['胃镜'] },
  { disease: '慢性胃炎', department: '消化内科', symptoms: ['胃胀', '上腹隐痛', '食欲下降', '饭后饱胀'], part: '胃黏膜', drugs: ['促胃动力药', '胃黏膜保护剂'], tests: ['胃镜', '碳十三呼气试验'] },
  { disease: '腰椎间盘突出', department: '骨科', symptoms: ['腰痛', '腿麻', '下肢放射痛', '久坐后腰酸'], part: '腰椎间盘', drugs: ['消炎止痛药', '营养神经药'], tests: ['腰椎磁共振'] },
  { disease: '颈椎病', department: '骨科', symptoms: ['脖子僵硬', '手指发麻', '头晕', '肩背酸痛'], part: '颈椎', drugs: ['消炎止痛药', '肌肉松弛药'], tests: ['颈椎磁共振', '颈椎X线片'] },
  { disease: '高血压', department: '心血管内科', symptoms: ['头晕', '后脑勺胀痛', '耳鸣', '心慌'], part: '血管', drugs: ['降压药'], tests: ['动态血压监测', '心电图'] },
  { disease: '冠心病', department: '心血管内科', symptoms: ['胸闷', '心前区疼痛', '活动后气短', '心慌'], part: '冠状动脉', drugs: ['硝酸酯类药物', '抗血小板药物'], tests: ['心电图', '冠脉造影'] },
  { disease: '糖尿病', department: '内分泌科', symptoms: ['口渴', '多尿', '体重下降', '乏力'], part: '胰岛', drugs: ['降糖药', '胰岛素'], tests: ['空腹血糖', '糖化血红蛋白'] },
  { disease: '甲状腺结节', department: '内分泌科', symptoms: ['脖子肿大', '吞咽有异物感', '声音嘶哑'], part: '甲状腺', drugs: ['甲状腺激素'], tests: ['甲状腺彩超', '甲功五项'] },
  { disease: '过敏性鼻炎', department: '耳鼻喉科', symptoms: ['打喷嚏', '流清鼻涕', '鼻塞', '鼻子痒'], part: '鼻黏膜', drugs: ['抗过敏药', '鼻喷激素'], tests: ['过敏原检测'] },
  { disease: '支气管炎', department: '呼吸内科', symptoms: ['咳嗽', '咳痰', '喘息', '低热'], part: '支气管', drugs: ['止咳化痰药', '抗生素'], tests: ['胸部CT', '血常规'] },
  { disease: '湿疹', department: '皮肤科', symptoms: ['皮肤瘙痒', '起红疹', '皮肤脱屑', '渗液'], part: '皮肤', drugs: ['外用激素药膏', '保湿霜'], tests: ['皮肤镜'] },
  { disease: '荨麻疹', department: '皮肤科', symptoms: ['起风团', '全身发痒', '皮肤红肿'], part: '皮肤', drugs: ['抗组胺药'], tests: ['过敏原检测'] },
  { disease: '痛风', department: '风湿免疫科', symptoms: ['脚趾关节红肿', '关节剧痛', '关节发热'], part: '关节', drugs: ['降尿酸药', '消炎止痛药'], tests: ['血尿酸'] },
  { disease: '缺铁性贫血', department: '血液科', symptoms: ['脸色苍白', '乏力', '头晕', '心慌'], part: '骨髓', drugs: ['铁剂', '维生素C'], tests: ['血常规', '血清铁蛋白'] },
  { disease: '偏头痛', department: '神经内科', symptoms: ['一侧头痛', '怕光', '恶心', '头部跳痛'], part: '脑血管', drugs: ['止痛药'], tests: ['头颅磁共振'] },
  { disease: '失眠', department: '神经内科', symptoms: ['入睡困难', '早醒', '多梦', '白天犯困'], part: '神经系统', drugs: ['助眠药'], tests: ['睡眠监测'] },
  { disease: '焦虑症', department: '精神心理科', symptoms: ['心慌', '紧张不安', '坐立不安', '手抖'], part: '神经系统', drugs: ['抗焦虑药'], tests: ['心理量表评估'] },
  { disease: '尿路感染', department: '泌尿外科', symptoms: ['尿频', '尿急', '尿痛', '小肚子胀'], part: '尿道', drugs: ['抗生素'], tests: ['尿常规', '尿培养'] },
  { disease: '肾结石', department: '泌尿外科', symptoms: ['腰部绞痛', '血尿', '恶心呕吐'], part: '肾脏', drugs: ['解痉止痛药', '排石药'], tests: ['泌尿系彩超', '腹部CT'] },
  { disease: '前列腺炎', department: '男科', symptoms: ['尿频', '会阴部坠胀', '排尿不尽'], part: '前列腺', drugs: ['抗生素', 'α受体阻滞剂'], tests: ['前列腺液检查'] },
  { disease: '乳腺增生', department: '乳腺外科', symptoms: ['乳房胀痛', '乳房有肿块', '经前乳房疼'], part: '乳腺', drugs: ['疏肝理气的中成药'], tests: ['乳腺彩超'] },
  { disease: '月经不调', department: '妇科', symptoms: ['月经推迟', '经量减少', '经期延长', '痛经'], part: '子宫', drugs: ['调经药物'], tests: ['性激素六项', '妇科彩超'] },
  { disease: '阴道炎', department: '妇科', symptoms: ['白带异常', '外阴瘙痒', '白带有异味'], part: '阴道', drugs: ['栓剂'], tests: ['白带常规'] },
  { disease: '先兆流产', department: '妇产科', symptoms: ['孕早期出血', '小腹坠痛', '腰酸'], part: '子宫', drugs: ['黄体酮'], tests: ['孕酮', '产科彩超'] },
  { disease: '小儿肺炎', department: '儿科', symptoms: ['发烧', '咳嗽', '呼吸急促', '精神差'], part: '肺部', drugs: ['抗生素', '退烧药'], tests: ['胸片', '血常规'] },
  { disease: '小儿腹泻', department: '儿科', symptoms: ['拉肚子', '大便稀', '呕吐', '不爱吃奶'], part: '肠道', drugs: ['口服补液盐', '益生菌'], tests: ['大便常规'] },
  { disease: '手足口病', department: '儿科', symptoms: ['手上起疱疹', '口腔溃疡', '发烧'], part: '口腔黏膜', drugs: ['退烧药', '抗病毒药'], tests: ['肠道病毒检测'] },
  { disease: '龋齿', department: '口腔科', symptoms: ['牙疼', '牙齿发黑', '遇冷热酸疼'], part: '牙齿', drugs: ['止痛药'], tests: ['牙片'] },
  { disease: '牙周炎', department: '口腔科', symptoms: ['牙龈出血', '牙齿松动', '口臭'], part: '牙龈', drugs: ['漱口水'], tests: ['牙周检查'] },
  { disease: '结膜炎', department: '眼科', symptoms: ['眼睛红', '眼屎多', '眼睛痒'], part: '结膜', drugs: ['抗生素眼药水'], tests: ['裂隙灯检查'] },
  { disease: '干眼症', department: '眼科', symptoms: ['眼睛干涩', '眼睛疲劳', '视物模糊'], part: '泪膜', drugs: ['人工泪液'], tests: ['泪液分泌试验'] },
  { disease: '痔疮', department: '肛肠科', symptoms: ['大便出血', '肛门疼痛', '肛门有肿物'], part: '肛门', drugs: ['痔疮膏'], tests: ['肛门指检'] },
  { disease: '脂肪肝', department: '消化内科', symptoms: ['右上腹胀', '乏力', '转氨酶升高'], part: '肝脏', drugs: ['保肝药'], tests: ['肝功能', '肝脏彩超'] },
  { disease: '胆囊炎', department: '肝胆外科', symptoms: ['右上腹痛', '油腻饭后腹痛', '后背痛'], part: '胆囊', drugs: ['消炎利胆药'], tests: ['腹部彩超'] },
  { disease: '肩周炎', department: '骨科', symptoms: ['肩膀疼', '抬胳膊困难', '夜间肩痛'], part: '肩关节', drugs: ['消炎止痛药'], tests: ['肩关节磁共振'] },
  { disease: '膝关节炎', department: '骨科', symptoms: ['膝盖疼', '上下楼膝盖痛', '膝盖肿'], part: '膝关节', drugs: ['软骨保护剂', '消炎止痛药'], tests: ['膝关节X线片'] },
  { disease: '带状疱疹', department: '皮肤科', symptoms: ['皮肤刺痛', '成簇水疱', '腰部起疱'], part: '神经', drugs: ['抗病毒药', '营养神经药'], tests: ['血常规'] },
];

export const WHO: readonly string[] = ['', '', '', '宝宝', '小孩', '老人', '孕妇', '女性', '男性', '中年人', '年轻人', '产后', '哺乳期', '经期'];

export const SYMPTOM_QUESTIONS: readonly string[] = [
  '{who}{s}是怎么回事', '{who}{s}怎么办', '{who}{s}是什么原因引起的', '{who}{s}吃什么药好',
  '{who}{s}严重吗', '{who}{s}要做什么检查', '{who}{s}挂什么科', '{who}总是{s}是什么病',
  '{who}{s}{s2}是怎么回事', '{who}{s}还{s2}怎么回事', '{who}{s}伴有{s2}要紧吗', '{who}{s}几天了怎么办',
];

export const DISEASE_QUESTIONS: readonly string[] = [
  '{who}{d}的症状有哪些', '{who}得了{d}能治好吗', '{who}{d}吃什么好', '{who}{d}需要注意什么', '{who}{d}会复发吗',
  '{who}{d}怎么治疗效果好', '{who}{d}会引起{s}吗', '{who}{d}要做手术吗', '{who}{d}多久能好', '{who}{d}有{s}怎么办',
  '{who}{d}和{s}有关系吗', '{who}{d}{s}吃什么药',
];

export const INTROS: readonly string[] = [
  '{subj}可能是以下原因引起：', '{subj}常见的原因有以下几种：', '{subj}需要结合具体情况来看，一般有以下几种情况：',
  '关于{subj}，可以从以下几个方面来考虑：', '{subj}的处理要根据病情轻重来决定：',
];

/**
 * A numbered point of an answer is three clauses drawn independently (opening, middle,
 * ending), with hedges, numbers and the topic's words filled in: two answers on one topic
 * share words and phrases, as real ones do, but seldom whole sentences, so near-duplicate
 * detection is not handed more look-alikes than a real site would give it.
 */
export const POINT_OPENINGS: readonly string[] = [
  '见于{d}', '{hedge}与{d}有关', '如果是{d}引起的', '{who2}出现{s}时', '{s}持续{n}天以上的', '有{d}病史的患者',
  '{d}早期', '{s}反复发作{n}次以上', '{hedge}是{part}受到刺激', '在受凉或劳累以后', '{s}伴有{s2}的', '年龄超过{age}岁的',
  '{d}的发生和体质、生活习惯都有关系', '单纯的{s}', '{s}在夜间加重的',
];
export const POINT_MIDDLES: readonly string[] = [
  '{part}出现慢性损伤和局部炎症', '常常同时伴有{s2}、{s3}等表现', '需要在医生指导下使用{drug}', '可以先完善{test}等检查',
  '症状时轻时重，容易反复', '{hedge}和饮食不规律、熬夜有关', '应注意观察{s}的变化', '要排除其他疾病引起{s}的可能',
  '适当热敷、按摩能促进{part}的血液循环', '饮食以清淡、易消化为主', '不要长期自行服用{drug}', '多数在{n}到{n2}天内逐渐缓解',
  '{hedge}需要复查{test}', '可以配合理疗和适量运动', '要避免辛辣刺激和油腻的食物',
];
export const POINT_ENDINGS: readonly string[] = [
  '一般可以逐渐缓解', '必要时需要手术治疗', '做到早发现、早治疗', '用药期间不要自行加量或者停药', '注意规律作息、避免熬夜',
  '症状加重时要及时复诊', '平时多喝温水、适当休息', '大约{n}周后复查一次', '以免延误病情', '有助于减轻{s}',
  '同时补充优质蛋白和维生素', '{who2}尤其要注意', '配合医生规范治疗效果更好', '保持心情舒畅也很重要',
];
export const HEDGES: readonly string[] = ['', '', '多数', '通常', '大部分情况下', '可能', '往往', '一般'];

export const CLOSINGS: readonly string[] = [
  '建议及时到医院{dept}就诊，明确诊断后规范治疗。',
  '如果症状持续不缓解或者逐渐加重，应尽快到{dept}就诊。',
  '平时要注意保持良好的生活习惯，按时复查。',
  '总之，{s}的原因比较多，需要在医生指导下明确原因后再治疗。',
];

/** Short answers: a whole answer under any site's snippet limit, so its snippet is complete. */
export const SHORT_ANSWERS: readonly string[] = [
  '{s}多数与{d}有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。',
  '一般不严重，{s}大多是暂时的，调整作息、清淡饮食后可以慢慢好转。',
  '可以先观察，{s}如果伴有{s2}或者持续加重，要及时就诊查明原因。',
];

export const NUMBERINGS: readonly (readonly string[])[] = [
  ['一、', '二、', '三、', '四、', '五、'],
  ['1.', '2.', '3.', '4.', '5.'],
  ['（1）', '（2）', '（3）', '（4）', '（5）'],
];

export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
export const GIVEN = '建华明丽芳伟静敏军磊强洋艳娟勇杰涛超霞平刚桂英秀兰玉清文红梅海波国华志宏宁晓晨雪琳颖慧欣怡佳琪子涵雨辰浩然';
export const TITLES = [['主任医师', 2], ['副主任医师', 4], ['主治医师', 5], ['医师', 1]] as const;
export const CITIES = ['江州市', '云岭市', '青川市', '白沙市', '东湖市', '南屏市', '西陵市', '北岸市', '临江市', '石门市'];
export const HOSPITAL_KINDS = ['第一人民医院', '第二人民医院', '人民医院', '中心医院', '中医院', '妇幼保健医院', '儿童医院', '第三人民医院', '医科大学附属医院'];
export const GRADES = [['三甲', 6], ['三级甲等', 2], ['二甲', 2]] as const;
