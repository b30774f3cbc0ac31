/**
 * Figures a report's prose states only for a whole that the question asks a part of: 涉密不给公开的几件 answered with 不予公开121件,
 * 重复申请的几件 with 不予处理41件, 没经复议直接起诉的几件 with 行政诉讼2件 (table 三's and 四's finer rows, which the prose does not
 * split), and 商业企业提交的几件 with 商业企业、科研机构…等其他组织提交申请4件 or 行政处罚的几条 with 行政处罚+行政强制14条 (one item
 * of several counted together). The whole is no answer for its part: the answer says what the report does state and refuses.
 */
import type { Answer } from './engine.js';

interface FinerRow {
  /** What the row is called in the answer. */
  name: string;
  /** The row asked in a citizen's words. */
  asked: RegExp;
  /** Words by which a sentence counts the row itself (因涉密不予公开2件): then its figure may be the row's. */
  counted: RegExp;
  /** The whole the row is part of, as a sentence names it. */
  whole: RegExp;
}

const WITHHELD = /不予公开|不公开/;
const NOT_PROCESSED = /不予处理/;
const UNABLE = /无法提供/;
const OTHER_HANDLING = /其他处理/;
const LAWSUITS = /诉讼|起诉/;

/** The rows of table 三 under 不予公开 / 无法提供 / 不予处理 / 其他处理 and table 四's two kinds of lawsuit, by their everyday names. */
const FINER_ROWS: readonly FinerRow[] = [
  { name: '因涉及国家秘密', asked: /涉密|国家秘密|保密/, counted: /涉密|国家秘密|保密/, whole: WITHHELD },
  {
    name: '因涉及商业秘密、个人隐私等第三方合法权益',
    asked: /商业秘密|隐私|第三方/,
    counted: /商业秘密|隐私|第三方/,
    whole: WITHHELD,
  },
  { name: '因属于三类内部事务信息', asked: /内部事务|内部管理/, counted: /内部事务|内部管理/, whole: WITHHELD },
  { name: '因属于四类过程性信息', asked: /过程性|讨论记录|过程稿/, counted: /过程性/, whole: WITHHELD },
  { name: '因属于行政执法案卷', asked: /执法案卷|案卷/, counted: /案卷/, whole: WITHHELD },
  { name: '因属于行政查询事项', asked: /行政查询|查询事项/, counted: /查询/, whole: WITHHELD },
  {
    name: '因危及“三安全一稳定”',
    asked: /三安全|一稳定|危及.{0,4}安全|社会稳定/,
    counted: /安全|稳定/,
    whole: WITHHELD,
  },
  { name: '因法律行政法规禁止公开', asked: /法律.{0,6}禁止|法规禁止|禁止公开/, counted: /禁止/, whole: WITHHELD },
  { name: '因属于信访举报投诉类申请', asked: /信访|举报|投诉/, counted: /信访|举报|投诉/, whole: NOT_PROCESSED },
  { name: '因属于重复申请', asked: /重复/, counted: /重复/, whole: NOT_PROCESSED },
  { name: '因要求提供公开出版物', asked: /出版物/, counted: /出版物/, whole: NOT_PROCESSED },
  { name: '因无正当理由大量反复申请', asked: /大量|反复/, counted: /大量|反复/, whole: NOT_PROCESSED },
  { name: '因需要另行制作', asked: /另行制作|另外制作|重新制作|加工|汇总/, counted: /制作|加工|汇总/, whole: UNABLE },
  { name: '因补正后申请内容仍不明确', asked: /补正|不明确|说不清/, counted: /补正|不明确/, whole: UNABLE },
  { name: '因申请人逾期不补正、行使权利', asked: /不补正|没补正|未补正|撤回/, counted: /补正|撤回/, whole: OTHER_HANDLING },
  { name: '因申请人逾期未缴费', asked: /缴费|交费|交钱|收费通知/, counted: /缴费|交费|费用/, whole: OTHER_HANDLING },
  {
    name: '未经复议直接起诉',
    asked: /(?:没|未|不)(?:经过?|走)复议|直接(?:去法院|去)?(?:起诉|告|打官司|上法院)/,
    counted: /直接|未经复议/,
    whole: LAWSUITS,
  },
  {
    name: '复议后起诉',
    asked: /复议(?:完了?|后|之后|以后|结束后?)(?:又|再|还)?(?:去)?(?:起诉|告|打官司|上法院)/,
    counted: /复议后|经复议/,
    whole: LAWSUITS,
  },
];

/** The words that join a list's items (无法提供、不予处理及其他处理, 行政处罚+行政强制). */
const JOINER = /、|以及|(?<![涉普以])及|和(?![谐睦])|(?<![参给赋])与|或(?!者)|\+|＋/;
/** The rows and columns of tables 二 and 三, each alone (商业企业, 无法提供, 行政处罚): the items a shared count may join. */
const TABLE_ROW =
  /^(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|自然人|商业企业|科研机构|社会公益组织|法律服务机构|行政许可|行政处罚|行政强制|行政复议|行政诉讼)$/;
/** Table 三's outcome rows, one of which a question may ask (部分公开几件). */
const OUTCOME_ROWS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] as const;
/** A label counting the applications themselves (共办理信息公开申请, 共计收到). */
const APPLICATIONS_COUNTED = /申请|办理|收到|受理|答复|办结/;
/** A question asking several items or the whole (公开和部分公开, 加起来, 一共): what a shared count answers. */
const SEVERAL_ASKED = /、|以及|及|和|与|跟|加上?|\+|＋|或|一共|总共|合计|合起来|加起来|这些|都|分别/;

/** The answer's own first line (the figure's label and value: 三亚市2024年：不予公开121件。), not the quote or the source. */
function headline(answer: Answer): string {
  return (
    answer.answer
      .split('\n')
      .find((line) => !/^(?:原文|（来源|（暂无|（没有)/.test(line))
      ?.replace(/^[^：]*：/, '') ?? ''
  );
}

/** The label printed right before the value in a line (无法提供、不予处理及其他处理 before 46件). */
function labelOf(line: string, value: number): string | undefined {
  const at = line.search(new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`));
  if (at <= 0) return undefined;
  const before = line.slice(0, at);
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':', '(', '（', ')', '）'].map((mark) => before.lastIndexOf(mark))) + 1;
  // (After another count in the same clause, 行政复议13件、行政诉讼: the words after that count.)
  const label = before
    .slice(start)
    .replace(/^.*\d[^\d]{0,3}?(?:、|及|和)/u, '')
    .replace(/^(?:其中|共|全年|累计|另有|还有)/, '');
  return /\d/.test(label) ? undefined : label;
}

/** The core of a list's item (商业企业 of 商业企业提交申请; 其他处理 stays whole). */
function itemCore(item: string): string {
  return asRow(
    item
      .replace(/(?:提交|提出)?申请$|信息$|等.*$/u, '')
      .replace(/的$/, '')
      .trim(),
  );
}

/** Table 三's outcome rows as reports and citizens also write them (同意公开 for 予以公开). */
function asRow(text: string): string {
  return text.replace(/同意公开|准予公开|全部公开/g, '予以公开');
}

export function withoutFinerPart(answer: Answer, text: string, agencyName: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length === 0) return answer;
  if (!answer.facts.every((fact) => fact.key === 'sentence')) return answer;
  const line = headline(answer);
  const [fact] = answer.facts;
  const sentence = fact.sentence ?? line;
  const label = labelOf(line, fact.value) ?? '';
  const stated = `${label}${fact.value}${fact.unit}`;
  // 涉密的几件 answered with 不予公开121件: a row of table 三 or 四 the sentence does not count by itself.
  for (const row of FINER_ROWS) {
    if (!row.asked.test(text) || !row.whole.test(label) || row.counted.test(sentence.replace(/不予处理|其他处理/g, ''))) continue;
    // (涉密 asked of 不予公开 where the question names the whole only as its frame is still the row: 涉密不给公开的几件.)
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告只写了“${stated}”这个总数，没有单列${row.name}的件数，无法回答。`,
      facts: [],
    };
  }
  // 商业企业提交的几件 answered with 商业企业、科研机构…等其他组织提交申请4件: one item of several the count is shared by.
  // 部分公开几件 answered with 共办理信息公开申请35件 (…予以公开和部分公开答复占比较2023年增加6%): the count of the applications, not of
  // the outcome the sentence names elsewhere; unless it says they all had it (共收到3件,均予以公开; 答复申请1件,为部分公开).
  const outcomes = OUTCOME_ROWS.filter((row) => asRow(text).includes(row));
  const plainSentence = asRow(sentence);
  if (
    outcomes.length === 1 &&
    !asRow(label).includes(outcomes[0]) &&
    APPLICATIONS_COUNTED.test(label) &&
    plainSentence.includes(outcomes[0]) &&
    !new RegExp(`(?:均|全部|都)[^，,；;。]{0,12}?${outcomes[0]}`).test(plainSentence) &&
    // (答复申请1件,为部分公开: the outcome said right after the count is that count's.)
    !new RegExp(`(?<![\\d.])${fact.value}${fact.unit}[，,]?(?:均|全部|都)?(?:为|是|系|属于?)${outcomes[0]}`).test(plainSentence)
  )
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告这里写的是“${stated}”，没有单列“${outcomes[0]}”的件数，无法回答。`,
      facts: [],
    };
  if (SEVERAL_ASKED.test(text) || !JOINER.test(label)) return answer;
  const items = label.split(JOINER).map(itemCore);
  // (行政许可和其他对外管理服务, 法人或其他组织: a kind and the rest of it, one row's own name.)
  if (items.length === 2 && /^其他/.test(items[1])) return answer;
  // Only table rows counted together (无法提供、不予处理及其他处理; 商业企业、科研机构…; 行政处罚+行政强制): other lists the
  // report prints (媒体通气、新闻发布会等17场, 收到和办理申请68件, 区政府及区政府办公室) count the things themselves.
  const rows = items.filter((item) => TABLE_ROW.test(item));
  const named = rows.filter((item) => asRow(text).includes(item));
  if (named.length !== 1 || rows.length < 2) return answer;
  return {
    kind: 'refusal',
    answer: `${agencyName}的年度报告只写了几项合起来的数字：“${stated}”，没有单列“${named[0]}”的数字，无法回答。`,
    facts: [],
  };
}

/** What table 二 counts of its documents: made this year, repealed this year, in force at its end. */
const DOCUMENT_ACTS: ReadonlyArray<{ name: string; words: RegExp }> = [
  { name: 'issued', words: /制发|新制定|制定|出台|印发|新发|新增|新出/ },
  { name: 'repealed', words: /废止|废除|取消|清理掉/ },
  { name: 'in force', words: /现行有效|有效存续|还有效|仍有效|有效的?|存续/ },
];
/** The documents table 二 counts (规范性文件, 规章), as a question or a sentence names them. */
const DOCUMENTS = /规范性文件|规章|文件/;

/** The one act a text names (废止了几份), undefined when none or several. */
function actNamed(text: string): string | undefined {
  const named = DOCUMENT_ACTS.filter((act) => act.words.test(text));
  return named.length === 1 ? named[0].name : undefined;
}

/**
 * 废止了几份 after 现行有效的规范性文件有多少份: an act asked alone, of the documents the last question named (规范性文件, else
 * 规章), written in (废止规范性文件几份); the text unchanged when it names documents itself, no act or several, or when the
 * last question named no act of them.
 */
export function withDocumentsOfLast(text: string, last: string): string {
  const asked = DOCUMENTS.test(text) ? undefined : actNamed(text);
  const documents = asked ? (/规范性文件|规章/.exec(last)?.[0] ?? '') : '';
  // Only after documents asked by an act of table 二 (现行有效的规范性文件): after 规范性文件呢 (a count the prose printed with no
  // act, 行政规范性文件38件) the act asked alone is the sentence's own (宣布废止市政府公文61件), not written onto the documents.
  if (!asked || !documents || !DOCUMENT_ACTS.some((act) => act.words.test(last))) return text;
  const words = DOCUMENT_ACTS.find((act) => act.name === asked)?.words.source ?? '';
  return text.replace(new RegExp(`(${words})了?`, 'u'), `$1${documents}`);
}

/**
 * 新制发的规范性文件几份 answered with the 18 of 制发3份规范性文件,废止18份规范性文件: the count of another act of the same documents
 * in the sentence. The count the sentence gives for the act asked is the answer (制发3份); the other act's never is.
 */
export function withDocumentActAsked(answer: Answer, text: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1 || !DOCUMENTS.test(text)) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence) return answer;
  const asked = actNamed(text.replace(DOCUMENTS, ''));
  if (!asked) return answer;
  const sentence = fact.sentence;
  const at = sentence.search(new RegExp(`(?<![\\d.])${String(fact.value).replace('.', '\\.')}(?![\\d.])`));
  // 废止了几个 answered 没有 from a sentence that says none was made (本年度未出台行政规范性文件): it says nothing of the act asked.
  if (at < 0 && fact.value === 0) {
    const said = actNamed(sentence);
    if (!said || said === asked || !DOCUMENTS.test(sentence)) return answer;
    return {
      kind: 'refusal',
      answer: `${fact.agency}的年度报告这里写的是“${sentence.replace(/。$/, '')}”，没有写明所问的文件件数，无法回答。`,
      facts: [],
    };
  }
  if (at < 0) return answer;
  const clauseStart = Math.max(...['，', ',', '；', ';', '。', '、', '：', ':'].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
  const clauseEnd = sentence.slice(at).search(/[，,；;。、]/);
  const clause = sentence.slice(clauseStart, clauseEnd < 0 ? undefined : at + clauseEnd);
  const stated = actNamed(clause);
  if (!stated || stated === asked || !DOCUMENTS.test(clause)) return answer;
  // The clause of the act asked, of the same documents, in the same sentence (制发3份规范性文件).
  const documents = /规章/.test(clause) ? '规章' : '规范性文件';
  const words = DOCUMENT_ACTS.find((act) => act.name === asked)?.words.source ?? '';
  const found = new RegExp(
    `(?:^|[，,；;。、])([^，,；;。、\\d]*(?:${words})[^，,；;。、\\d]{0,12}?(\\d+)\\s*(份|件|个|部|项)[^，,；;。、\\d]*)`,
    'u',
  ).exec(sentence);
  if (!found?.[1].includes(documents)) return answer;
  const value = Number(found[2]);
  const [head, ...rest] = answer.answer.split('\n');
  const lead = head.replace(/：.*$/, '');
  return {
    ...answer,
    answer: [`${lead}：${found[1]}。`, ...rest].join('\n'),
    facts: [{ ...fact, value, unit: found[3] }],
  };
}
