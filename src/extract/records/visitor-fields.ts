/**
 * The head of an online-consult record (a 商务通 export: 访客编号, 访客来源, 搜索关键词, 所在地区, 访客IP, 来源页面): what the
 * chat software logged of the visitor. None of it is the card's: the keyword the visitor searched
 * (`南屏糖尿病医院哪家好`) names no hospital the doctor answers for, the visitor's region none either.
 */
const VISITOR_FIELD_RE = /^(?:访客(?:编号|ID|名称|来源|地区|IP|ip)|(?:搜索|来源)关键(?:词|字)|来源(?:页面|网址|渠道)|访问来源|着陆页|所在(?:地区|城市)|访客所在地|IP地址|IP归属地?)\s*[:：]/u;
export const isVisitorField = (text: string) => text.length <= 80 && VISITOR_FIELD_RE.test(text.trim());
