/**
 * The outcome of a review (行政复议) or a lawsuit (行政诉讼) asked in everyday words (官司打赢了吗, 复议被纠正了吗, 还在审吗,
 * 法院判了没有) and read from a report's sentence: only the part of the sentence on the kind asked is read, and an outcome the
 * part does not state is refused, never answered 有 from the count of cases.
 */

export interface AppealOutcome {
  /** The part of the sentence on the kind asked, as the answer quotes it. */
  part: string;
  /** The answer's first words (有，1件结果纠正。/ 还没有结果：均尚未审结。). */
  lead: string;
  /** What a word the table has no column for (败诉, 胜诉) is read as. */
  note: string;
  /** The outcome counts the answer states (none when the part says all of the cases had one outcome). */
  values: number[];
  /** What the part does not state, when the answer is a refusal. */
  refused?: string;
}

const CASE_KIND = /复议|诉讼/;
// (告 of 报告, 公告, 通告 and 输 of 运输 in an agency's name are neither a lawsuit nor a loss.)
const LITIGATION_ASKED = /官司|诉讼|(?<![报公通广预警])告|起诉|法院|判|胜诉|败诉|打赢|打输/;
const REVIEW_ASKED = /复议/;
const REJECTED_ASKED = /驳回/;
const CORRECTED_ASKED = /纠正|纠错|撤销|败诉|(?<!运)输|告赢/;
const UPHELD_ASKED = /维持|赢|胜诉/;
const PENDING_ASKED = /审结|审完|在审|判/;
const GENERAL_ASKED = /结果|怎么样|咋样|如何|怎样/;
const OUTCOME_STATED = /维持|纠正|纠错|撤销|驳回|审结|败诉|胜诉|其他结果|确认违法|终止/;
const NONE_STATED = /没有|无|未发生|未收到|未出现|未产生/;
const COUNT = '(\\d+)(?:件|起|个|宗)';

/** The sentence cut at its commas, semicolons and 、, never inside brackets. */
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of sentence.replace(/[。．]$/, '')) {
    if (char === '(' || char === '（') depth += 1;
    if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[，,；;、]/.test(char)) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/** The clauses on the kind asked: the first naming it and those after it naming neither kind. */
function partOn(sentence: string, kind: '复议' | '诉讼' | undefined): string | undefined {
  const clauses = clausesOf(sentence);
  if (!kind) return clauses.join('，');
  const start = clauses.findIndex((clause) => clause.includes(kind));
  if (start < 0) return undefined;
  const part = [clauses[start]];
  for (const clause of clauses.slice(start + 1)) {
    if (CASE_KIND.test(clause)) break;
    part.push(clause);
  }
  return part.join('，');
}

function countOf(part: string, label: string): number | undefined {
  const found = new RegExp(`${COUNT}(?:案件)?(?:为|是)?(?:结果)?(?:${label})|(?:结果)?(?:${label})${COUNT}`).exec(part);
  return found ? Number(found[1] ?? found[2]) : undefined;
}

function allOf(part: string, label: string): boolean {
  return new RegExp(`(?:均|全部|都)(?:为|是|已)?(?:结果)?(?:${label})`).test(part);
}

/** The outcome asked of the sentence's cases, or undefined when the question asks no outcome of a review or a lawsuit. */
export function appealOutcomeStated(asked: string, sentence: string): AppealOutcome | undefined {
  if (!CASE_KIND.test(sentence)) return undefined;
  const litigation = LITIGATION_ASKED.test(asked);
  const review = REVIEW_ASKED.test(asked);
  const kind = review && !litigation ? '复议' : litigation && !review ? '诉讼' : undefined;
  const which = REJECTED_ASKED.test(asked)
    ? 'rejected'
    : CORRECTED_ASKED.test(asked)
      ? 'corrected'
      : UPHELD_ASKED.test(asked)
        ? 'upheld'
        : PENDING_ASKED.test(asked)
          ? 'pending'
          : kind && GENERAL_ASKED.test(asked)
            ? 'general'
            : undefined;
  if (!which) return undefined;
  const part = partOn(sentence, kind);
  if (!part) return undefined;
  if (!OUTCOME_STATED.test(part)) {
    if (NONE_STATED.test(part)) return { part, lead: '没有。', note: '', values: [] };
    return { part, lead: '', note: '', values: [], refused: '结果（维持、纠正还是尚未审结）' };
  }
  const allUpheld = allOf(part, '维持');
  const allPending = allOf(part, '尚未审结|未审结');
  const lost = /败诉|(?<!运)输|告赢/.test(asked);
  const won = /赢|胜诉/.test(asked) && !/告赢/.test(asked);
  if (which === 'rejected') {
    const rejected = countOf(part, '驳回');
    if (rejected === undefined) return { part, lead: '', note: '', values: [], refused: '驳回的件数（“驳回”不是年报统计的结果）' };
    return { part, lead: rejected > 0 ? `有，${rejected}件被驳回。` : '没有。', note: '', values: [rejected] };
  }
  if (which === 'corrected') {
    const note = lost ? '（年报按结果维持、结果纠正、其他结果、尚未审结统计，没有“败诉”一栏，这里按“结果纠正”回答。）' : '';
    const corrected = countOf(part, '纠正|纠错|撤销');
    if (corrected !== undefined)
      return { part, lead: corrected > 0 ? `有，${corrected}件结果纠正。` : '没有。', note, values: [corrected] };
    if (allUpheld) return { part, lead: '没有，均为结果维持。', note, values: [] };
    if (allPending) return { part, lead: '还没有结果：均尚未审结。', note, values: [] };
    return { part, lead: '', note: '', values: [], refused: '结果纠正的件数' };
  }
  if (which === 'upheld') {
    const note = won ? '（年报没有“胜诉”一栏，这里按“结果维持”回答。）' : '';
    const upheld = countOf(part, '维持');
    if (upheld !== undefined) return { part, lead: upheld > 0 ? `有，${upheld}件结果维持。` : '没有。', note, values: [upheld] };
    if (allUpheld) return { part, lead: '是，均为结果维持。', note, values: [] };
    if (allPending) return { part, lead: '还没有结果：均尚未审结。', note, values: [] };
    return { part, lead: '', note: '', values: [], refused: '结果维持的件数' };
  }
  if (which === 'pending') {
    const pending = countOf(part, '尚未审结|未审结');
    const still = /在审|没审|未审|审结/.test(asked);
    if (pending !== undefined) return { part, lead: pending > 0 ? `有，${pending}件尚未审结。` : '没有。', note: '', values: [pending] };
    if (allPending) return { part, lead: still ? '是，还在审：均尚未审结。' : '还没有，均尚未审结。', note: '', values: [] };
    if (allUpheld) return { part, lead: still ? '没有，均为结果维持。' : '判了，均为结果维持。', note: '', values: [] };
    return { part, lead: '', note: '', values: [], refused: '尚未审结的件数' };
  }
  const values = [...part.matchAll(new RegExp(COUNT, 'g'))].map((each) => Number(each[1]));
  return { part, lead: '', note: '', values };
}
