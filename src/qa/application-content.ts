/**
 * What an application asked for, when a report says it (申请公开内容是2014年…贫困户数, 申请内容为要求公开…处罚结果): most
 * reports count applications and never say, so 那个申请是问什么的 is refused unless the report's own sentence states it.
 */

import { sentences as proseSentences } from '../report/prose.js';
import { toSimplified } from '../text/script.js';

/**
 * A sentence saying what an application asked to be disclosed: 申请(公开)(的)内容是/为/：…; what the applications were about
 * (申请内容主要集中在财政资金…, 申请事项集中在项目立项批复领域, 申请事项主要涉及…); or a count of applications then what it
 * (they) concerned (收到…申请1件。涉及“…森林蓄积量”等相关信息; …申请16件，主要涉及政府工作报告…; …申请55件(其中信函申请20件…),内容主要
 * 涉及业主委员会…, its breakdown in brackets between), never the applicants' kinds
 * (涉及自然人72件、商业企业3件); 政府信息公开申请主要涉及土地征占… with no 内容 or 事项 before the verb; one application
 * referred back to (从申请的信息内容来看,该申请涉及信息咨询). Pages in traditional characters are read simplified.
 */
const CONTENT_STATED =
  /申请(?:公开)?(?:的)?(?:信息)?内容(?:是|为|系|[：:])\s*(?=\S)|申请(?:公开)?(?:的)?(?:信息)?(?:内容|事项)(?:主要|大多|多)?(?:集中在|集中于|涉及|是关于|关于)(?!(?:自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|公民))|(?:信息公开|依申请公开)申请(?:主要|大多|多)(?:集中在|集中于|涉及)(?!(?:自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|公民))|(?:申请\d+[件条个]|申请[一二两三四五六七八九十]+[件条个])(?:[(（][^()（）]{0,40}[)）])?[。，,]?(?:其)?(?:内容|事项)?(?:均|主要|大多)?涉及(?!(?:自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|公民|政府信息公开的))|从申请(?:的)?(?:信息)?内容(?:来|上)?看|(?:该|此|这|上述)(?:件|条|个|一)?申请(?:主要|均|都)?(?:涉及|是关于|关于)(?!(?:自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|公民|政府信息公开的))/;
/**
 * A sentence that opens with what the applications counted just before it concerned (涉及“…”等相关信息, 其内容涉及征地补偿…,
 * 主要集中在拆违治乱有关信息申请).
 */
const CONTENT_OPENS =
  /^(?:(?:主要|均|都)?(?:集中在|集中于)|其(?:申请)?(?:内容|事项)(?:主要|均|都)?(?:涉及|集中在|集中于|为|是)|(?:主要|均|都)?涉及)(?!(?:自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|公民|政府信息公开的))/;

/**
 * Whether the sentence before `index` counts applications: it names them itself, or it counts their outcomes (处理结果中,部分公开2件…)
 * right after one that names them.
 */
function countsApplications(sentences: readonly string[], index: number): boolean {
  const before = sentences[index - 1];
  if (!/\d+[件条个]/.test(before)) return false;
  return /申请/.test(before) || (index > 1 && /申请/.test(sentences[index - 2]) && /\d+[件条个]/.test(sentences[index - 2]));
}

/**
 * The sentence of the report's sections (in the order given) that states what an application asked for, with the one
 * before it when that one counts the applications it speaks of (收到1条…申请。申请公开内容是…); undefined when none does.
 */
export function applicationContentStated(
  sections: ReadonlyArray<readonly [key: string, text: string]>,
): { sectionKey: string; sentence: string } | undefined {
  for (const [sectionKey, text] of sections) {
    const sentences = proseSentences(toSimplified(text));
    const at = sentences.findIndex(
      (sentence, index) =>
        CONTENT_STATED.test(sentence) || (index > 0 && CONTENT_OPENS.test(sentence) && countsApplications(sentences, index)),
    );
    if (at < 0) continue;
    // (A sentence opening with 主要集中在… is quoted with the count it speaks of, whatever that one names.)
    const before =
      at > 0 &&
      ((/申请/.test(sentences[at - 1]) && /\d|[一二两三四五六七八九十]/.test(sentences[at - 1])) ||
        (!CONTENT_STATED.test(sentences[at]) && countsApplications(sentences, at)))
        ? sentences[at - 1]
        : '';
    return { sectionKey, sentence: `${before}${sentences[at]}` };
  }
  return undefined;
}

/**
 * Whether anyone asked for one kind of information (有没有人申请征地拆迁方面的信息, 有人申请过拆迁相关的信息吗): the kind
 * asked, named before 方面 / 相关 / 有关 / 类 / 领域; undefined for any other question.
 */
const TOPIC_ASKED =
  /(?:有没有|有无|是否有)人?(?:申请|要求公开|申请公开)过?(\p{Script=Han}{2,12}?)(?:方面|相关|有关|类|领域)的?(?:政府)?(?:信息|内容|材料|文件|申请)|有人(?:申请|要求公开|申请公开)过?(\p{Script=Han}{2,12}?)(?:方面|相关|有关|类|领域)的?(?:政府)?(?:信息|内容|材料|文件)?(?:吗|么|没有?)/u;

export function applicationTopicAsked(text: string): string | undefined {
  const match = TOPIC_ASKED.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Whether a sentence on what applications concerned names the kind asked (征地拆迁 whole, or both halves of a four-character kind). */
export function topicStated(sentence: string, topic: string): boolean {
  if (sentence.includes(topic)) return true;
  return topic.length === 4 && sentence.includes(topic.slice(0, 2)) && sentence.includes(topic.slice(2));
}
