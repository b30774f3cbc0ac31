/**
 * A thing reports tell of in their prose (新闻发布会, 政策解读, 培训, 开放日, 政务新媒体, 建议提案 …), asked of one agency whose
 * report never writes of it: the answer says the report does not mention it, naming the thing, instead of "没有理解您想了解…
 * 的哪项内容" (which reads as if the question were not understood). Only when no asked report's text holds any word of the
 * thing: a report that mentions it without the count asked still gets the general reply, never a "not mentioned".
 */

/** The things, each with the words a report may write of it (the first is the name said back). */
const THINGS: ReadonlyArray<readonly [asked: RegExp, written: RegExp, name: string]> = [
  [/新闻发布会|发布会|记者会|吹风会/, /发布会|记者会|吹风会/, '新闻发布会'],
  [/政策解读|解读/, /解读/, '政策解读'],
  [/培训|业务学习|开班/, /培训|学习|讲座|辅导/, '培训'],
  [/开放日|开放活动/, /开放日|开放活动|走进/, '政府开放日'],
  [/在线访谈|访谈|直播/, /访谈|直播/, '在线访谈'],
  [/听证会|听证/, /听证/, '听证'],
  [/座谈会|座谈/, /座谈/, '座谈会'],
  [/征求意见|意见征集|征集意见/, /征求|征集/, '意见征集'],
  [/人大(?:代表)?建议|政协(?:委员)?提案|建议提案/, /建议|提案/, '建议提案办理'],
  [/政府公报|公报/, /公报/, '政府公报'],
  [/抖音|视频号|快手/, /抖音|视频号|快手|短视频/, '短视频账号'],
  [/微博/, /微博/, '政务微博'],
  [/公众号|微信号|服务号|订阅号/, /公众号|微信/, '微信公众号'],
  [/新媒体/, /新媒体|公众号|微博|抖音|视频号|头条号/, '政务新媒体'],
  [/小程序|客户端|(?<![a-z])app(?![a-z])/i, /小程序|客户端|app/i, '移动客户端'],
  [/网上留言|留言板|信箱|意见箱/, /留言|信箱|意见箱/, '信箱或留言'],
  [/考核|评议|责任追究|问责/, /考核|评议|追究|问责/, '考核与责任追究'],
  [/查阅点|查阅场所|查阅室/, /查阅/, '政府信息查阅点'],
  [/被投诉|投诉|被举报/, /投诉|举报/, '投诉举报'],
  [/重点领域/, /重点领域|重点工作|重点信息/, '重点领域信息公开'],
  [/保密审查/, /保密/, '保密审查'],
  [/公开目录|信息目录/, /目录/, '政府信息公开目录'],
];

/** The thing a question names (its name said back) and the words a report writes of it, if any. */
export function proseThingAsked(question: string): { name: string; written: RegExp } | undefined {
  for (const [asked, written, name] of THINGS) if (asked.test(question)) return { name, written };
  return undefined;
}

/** Whether none of the texts writes of the thing. */
export function unmentionedIn(texts: readonly string[], written: RegExp): boolean {
  return texts.length > 0 && texts.every((text) => !written.test(text));
}

/** 有没有领导信箱 / 开通公众号了吗 / 是否召开过听证会: whether something exists, asked yes or no, with no count asked. */
const EXISTENCE_ASKED = /有没有|有无|是否|开通|设立|[吗么嘛][?？!！。]*$|没有?[?？!！。]*$/;
const COUNT_OR_WHICH = /多少|几[个次场篇条件项名人家期天]|哪[个些里天]|什么|啥|怎么|如何|为什么|为啥/;

export function existenceAsked(question: string): boolean {
  return EXISTENCE_ASKED.test(question) && !COUNT_OR_WHICH.test(question);
}

/** The sentences of one text that write of the thing (at most `most`, each at most 160 characters, whole where short). */
export function sentencesWriting(text: string, written: RegExp, most = 2): string[] {
  const found: string[] = [];
  for (const raw of text.split(/(?<=[。；;！!？?])|\n+/)) {
    const sentence = raw.trim();
    if (sentence.length < 6 || !written.test(sentence)) continue;
    found.push(sentence.length > 160 ? `${sentence.slice(0, 160)}…` : sentence);
    if (found.length >= most) break;
  }
  return found;
}
