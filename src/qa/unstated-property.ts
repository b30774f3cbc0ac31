/**
 * Figures that count the things asked about but not the property asked of them: 预决算公开的金额 answered with 预决算公开3件,
 * 工作总结有多少字 with 工作总结2条, 那件申请是哪天收到的 with 本年新收申请1件. The report holds no such figure: no number is said.
 */
import type { Answer } from './engine.js';
import { attributeAsked, LIST_CLOSE_ASKED, statesAttribute } from './retrieve.js';

/** A day asked (哪天收到的, 几月几号, 什么时候提交的) rather than a number of things. */
const DAY_ASKED = /哪(?:一)?天|哪日|几号|几月几[日号]|具体日期|什么日期|(?:什么|啥)时候(?:收到|提交|递交|申请|办结|答复|受理)的/;
/** A count asked in the same message (几件, 多少条): the day is then asked besides it, not instead. */
const COUNT_ASKED = /多少|几(?:件|条|个|次|名|家|人|期|场|项|篇)/;

/**
 * Reports asked as the things published (统计局报告发了几篇, 2024年报告出了多少份): 报告 right after the agency's name, a year or
 * nothing, so no kind of report (统计报告, 分析报告) is named.
 */
const BARE_REPORTS_ASKED =
  /(?:^|[局委办府处厅室会院所队站心道镇乡区县市省州旗]|年度?)报告(?:一共|总共|共)?(?:发布|发|出|印发|公开|公布|编发)了?(?:几|多少)[篇份个期]?/;
/** A count of reports printed (统计报告25篇, 发布分析报告4期, 3篇调研报告). */
const REPORTS_COUNTED = /报告\d|\d+[篇份期个][^，。；,;\d]{0,12}报告/;

/** A number the question states, then a part of it asked (那183条信息里有多少条是…, 这33家中有几家…, 25名代表里企业代表有几名). */
const PART_OF_STATED =
  /(\d+)\s*([条件个名家项人])[^，,。？?！!\d]{0,8}?(?:里|中|当中|里面|之中)(?:有|的)?(?:\p{Script=Han}{1,6}?(?:有|是|占))?(?:多少|几)/u;

/**
 * A number the question states, then what its things are asked (那6件行政许可都是什么项目, 这3条分别是哪些), or to whom they
 * went (那6件都批给了谁, 发给了哪些企业): the count is no answer.
 */
const CONTENTS_OF_STATED =
  /(\d+)\s*([条件个名家项人期次])[^，,。？?！!\d]{0,10}?(?:都|分别|各|具体)?(?:是|叫|有|(?:批|发|给|颁|办)给了?)(?:什么|啥|哪些|哪几|谁)(?!时候)/;

/** What the things counted are, asked with no number (批的都是啥项目, 都是哪些企业, 批给了谁): what a count never says. */
const CONTENTS_ASKED = /(?:都|分别|具体)(?:是|有)(?:什么|啥|哪些|哪几)|(?:批|发|颁|办)给了?(?:谁|哪些|哪个|哪家)/;

/** A group of table 三's outcomes named (不予公开, 无法提供, 不予处理, 其他处理): its rows are the kinds of it. */
const GROUP_NAMED = /不予公开|无法提供|不予处理|其他处理/;

/** The name of what is counted (那件规范性文件叫什么名字, 文件标题是啥, 文号多少): a count is no name. */
const NAME_ASKED = /叫(?:什么|啥|嘛)|(?:名字|名称|标题|题目|文号)(?:是|叫)?(?:什么|啥|多少|哪个)?(?=[？?。！!吗呢啊呀]*$)/;
/** How long something took (多少天办完的, 几天答复的, 用了多久, 多久能办完): the days, which a count of cases is no answer to. */
const DURATION_ASKED =
  /(?:(?:多少|几)(?:个)?(?:天|工作日|小时)|多长时间|多久)(?:才能|才|就|能够|能|可以|要|会)?(?:办完|办结|答复|回复|处理完?|搞定|给|结)/;

export function withoutUnstatedProperty(answer: Answer, text: string, agencyName: string): Answer {
  // 那2条工作总结分别是什么, answered with the sentence that counts them: the count is all the report says of them.
  const listed = answer.kind === 'text' && /什么|啥|哪些|哪几|谁/.test(text) ? CONTENTS_OF_STATED.exec(text) : null;
  if (listed && answer.answer.includes(`${listed[1]}${listed[2]}`)) return contentsUnstated(agencyName, listed);
  if (answer.kind !== 'figure' || answer.facts.length === 0) return answer;
  // The answer's own lines (a note on the year may come first), not the quote or the source under them.
  const line = answer.answer
    .split('\n')
    .filter((said) => !/^(?:原文|（来源)/.test(said))
    .join('\n');
  const attribute = attributeAsked(text);
  if (attribute !== undefined && !statesAttribute(line, attribute))
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告中没有关于${attribute === '字' || attribute === '页' ? `${attribute}数` : attribute}的数字，无法回答。`,
      facts: [],
    };
  // 统计局报告发了几篇 answered with 全年共发布信息847篇: reports asked, bare (no kind of report named before 报告), as the things
  // published are counted only where a report's count is printed (统计报告25篇); the year's items are no count of them.
  if (BARE_REPORTS_ASKED.test(text) && !answer.facts.some((fact) => REPORTS_COUNTED.test(fact.sentence ?? line)))
    return { kind: 'refusal', answer: `${agencyName}的年度报告没有写明发布了几篇报告，无法回答。`, facts: [] };
  // 那件规范性文件叫什么名字: no title is in a count (a title the answer quotes, 《…》, is the name asked).
  // (None of them, 0: nothing has a name, and the 0 is the answer.)
  // (有几件，叫什么 asks the count too: it stands.)
  if (NAME_ASKED.test(text) && !COUNT_ASKED.test(text) && !line.includes('《') && answer.facts.some((fact) => fact.value !== 0))
    return { kind: 'refusal', answer: `${agencyName}的年度报告只写了数量，没有写明具体名称，无法回答。`, facts: [] };
  // 那1件申请多少天办完的: the days it took, which no count of cases states.
  if (DURATION_ASKED.test(text) && !answer.facts.some((fact) => /天|工作日|小时/.test(fact.unit)))
    return { kind: 'refusal', answer: `${agencyName}的年度报告没有写明办理用了多长时间，无法回答。`, facts: [] };
  // 那183条信息里有多少条是转载的: a part of the figure the question states; that figure itself is no answer.
  const whole = PART_OF_STATED.exec(text);
  if (whole && answer.facts.every((fact) => fact.value === Number(whole[1])))
    return { kind: 'refusal', answer: `${agencyName}的年度报告没有把这${whole[1]}${whole[2]}再分开写明，无法回答其中有多少。`, facts: [] };
  // 自治区级高新技术企业几家 answered with 国家高新技术企业1家: a level the report does not give the thing at.
  const sentence = answer.facts[0].sentence ?? line;
  const level = LEVEL_TEST.test(text) ? otherLevel(text, sentence) : undefined;
  if (level)
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告写的是${level.stated}${level.thing}，没有写明${level.asked}级的数字，无法回答。`,
      facts: [],
    };
  // 服务动态发了几条 answered with 智慧西工17条，包含公告公示、政策规定、服务动态等 (or 科普常识 with …、科普常识等信息455条): one
  // kind of the items counted together.
  const kind = sentence.includes('等') && /包含|包括|涵盖|、/.test(sentence) ? kindInCountedList(text, sentence) : undefined;
  if (kind)
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告只写了这些信息的总数，“${kind}”是其中包含的一类，没有单独写明数字，无法回答。`,
      facts: [],
    };
  // 增福镇政策解读发了几篇 answered with 公众号发布信息122条,内容聚焦镇域工作动态、政策解读宣传及重要资讯转载: a topic the
  // clause after the count names only as what its items are about, with no number of its own.
  const topic = kindOfCountsContent(text, sentence, answer.facts);
  if (topic)
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告只写了这些信息的总数，“${topic}”是其内容之一，没有单独写明数字，无法回答。`,
      facts: [],
    };
  // 行政许可批的都是啥项目 answered with the table's 6件: a table's row counts decisions and names none of them.
  // (无法提供的都有哪些 answered with the group's rows, 不掌握513件、需另行制作48件: the kinds asked are those rows.)
  if (
    CONTENTS_ASKED.test(text) &&
    !COUNT_ASKED.test(text) &&
    !(GROUP_NAMED.test(text) && answer.facts.length > 1) &&
    answer.facts.every((fact) => !fact.sentence && fact.value !== 0)
  ) {
    const [fact] = answer.facts;
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告只写了${fact.value}${fact.unit}这个数，没有写明具体是哪些，无法回答。`,
      facts: [],
    };
  }
  const contents = CONTENTS_OF_STATED.exec(text);
  if (contents && answer.facts.every((fact) => fact.value === Number(contents[1]))) return contentsUnstated(agencyName, contents);
  if (/[天号日期时]/.test(text) && DAY_ASKED.test(text) && !COUNT_ASKED.test(text.replace(/几月几[日号]|几号/g, '')))
    return { kind: 'refusal', answer: `${agencyName}的年度报告只写了数量，没有写明具体日期，无法回答。`, facts: [] };
  return answer;
}

function contentsUnstated(agencyName: string, stated: RegExpExecArray): Answer {
  return {
    kind: 'refusal',
    answer: `${agencyName}的年度报告只写了${stated[1]}${stated[2]}这个数，没有写明具体是哪些，无法回答。`,
    facts: [],
  };
}

/** 国家 / 自治区 / 省 / 市 / 县 / 区, with or without 级, right before the thing they rank (a cheap test first). */
const LEVEL_TEST = /国家|自治区|[省市县区]级/;
const LEVEL = /(国家|自治区|(?<!自治)区|省|市|县)级?(?=(\p{Script=Han}{4}))/gu;

/**
 * The level the question asks a thing at (自治区级高新技术企业) when the report's sentence gives that thing only at another
 * level (国家高新技术企业1家); undefined when the sentence gives it at the level asked, or names no level before it.
 */
function otherLevel(text: string, sentence: string): { asked: string; stated: string; thing: string } | undefined {
  for (const [, asked, thing] of text.matchAll(LEVEL)) {
    if (!thing || !sentence.includes(thing)) continue;
    const before = [...sentence.matchAll(new RegExp(`(国家|自治区|(?<!自治)区|省|市|县)?级?${thing}`, 'gu'))].map((found) => found[1]);
    if (before.length > 0 && before.every((stated) => stated !== undefined && stated !== asked)) {
      const stated = before[0] as string;
      return { asked, stated, thing };
    }
  }
  return undefined;
}

/** 包含公告公示、政策规定、服务动态等: the kinds a count's items include, with no number of their own. */
const COUNTED_LIST = /(?:包含|包括|涵盖)([^，。；,;：:\d]{2,40}?)等/gu;

/**
 * 实验室安全生产、科技政策解读、部门动态、法律法规、科普常识等信息455条: topics listed with 、 before a count of information
 * they share (媒体通气、新闻发布会等17场 lists the things counted themselves: it stays).
 */
const LISTED_BEFORE_COUNT = /([^，。；,;：:\d]*、[^，。；,;：:\d]*)等(?:各类|多类)?(?:信息|内容|稿件)\s*(?=\d)/gu;

/** The words before a list's first item, up to the verb that publishes it (…微博主动公开|实验室安全生产). */
const LIST_LEAD = /^.*(?:公开|发布|推送|转载|刊发|报道)(?=\p{Script=Han}{2})/u;

/** A question asking a list's items together (这些一共, 总共, 加起来, 合计). */
const WHOLE_LIST_ASKED = /这些|一共|总共|加起来|合计|总计|全部/;

/** The kind the question asks (服务动态) when the sentence names it only in such a list, undefined otherwise. */
function kindInCountedList(text: string, sentence: string): string | undefined {
  for (const [whole, listed] of [...sentence.matchAll(COUNTED_LIST), ...sentence.matchAll(LISTED_BEFORE_COUNT)]) {
    // 微博主动公开实验室安全生产、…: the first item starts after the verb that publishes the list (实验室安全生产).
    const items = listed.split(/[、和及与]/).map((part) => part.trim().replace(LIST_LEAD, ''));
    // 新闻动态、政策文件、公示公告这些一共多少条: the list asked whole (two of its items, or 一共/这些, or closed as the list is:
    // 政策文件等内容) is what the count counts.
    if (
      WHOLE_LIST_ASKED.test(text) ||
      LIST_CLOSE_ASKED.test(text) ||
      items.filter((item) => item.length >= 2 && text.includes(item)).length >= 2
    )
      continue;
    for (const item of items) {
      if (item.length < 2 || !text.includes(item)) continue;
      // Named elsewhere in the sentence too (with its own number): not only a kind of the whole.
      if (sentence.replace(whole, '').includes(item)) continue;
      return item;
    }
  }
  return undefined;
}

/**
 * A count's clause, then one after it telling what its items are about with no number (发布信息122条,内容聚焦镇域工作动态、政策
 * 解读宣传及重要资讯转载; 推送稿件80篇,主要涉及…): the topics, from the lead word to the clause's end.
 */
const CONTENT_AFTER_COUNT =
  /(\d+(?:\.\d+)?)(?:余|多)?[条篇件期份个],(?:(?:发布|推送)?内容|主要)(?:主要)?(?:聚焦|涵盖|涉及|包括|包含|围绕|覆盖|集中在|集中于)(?:了|于)?([^，。；,;：:\d]{2,60})(?=[。；;]|$)/gu;
/** What an item of such a list says beside its topic (宣传, 转载, 信息): the topic is the rest. */
const TOPIC_TAIL = /(?:宣传|转载|发布|推送|信息|内容|资讯|报道|等)+$/u;

/** The topic the question asks (政策解读) when the sentence names it only as what a stated count's items are about. */
function kindOfCountsContent(text: string, sentence: string, facts: Answer['facts']): string | undefined {
  if (WHOLE_LIST_ASKED.test(text) || LIST_CLOSE_ASKED.test(text)) return undefined;
  for (const [whole, value, listed] of sentence.replace(/，/g, ',').matchAll(CONTENT_AFTER_COUNT)) {
    if (!facts.some((fact) => fact.value === Number(value))) continue;
    const items = listed.split(/[、和及与]/).map((part) => part.trim().replace(TOPIC_TAIL, ''));
    const named = items.filter((item) => item.length >= 2 && (text.includes(item) || (item.length > 4 && text.includes(item.slice(-4)))));
    // 工作动态和政策解读一共多少: two topics asked together are no one topic of the count.
    if (named.length !== 1) continue;
    const [item] = named;
    if (sentence.replace(/，/g, ',').replace(whole, '').includes(item)) continue;
    return item.length > 4 && !text.includes(item) ? item.slice(-4) : item;
  }
  return undefined;
}
