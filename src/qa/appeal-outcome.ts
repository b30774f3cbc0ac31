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
const OTHER_ASKED = /其他结果|其它结果/;
const OUTCOME_STATED = /维持|纠正|纠错|撤销|驳回|审结|败诉|胜诉|其他结果|确认违法|终止/;
const NONE_STATED = /没有|无|未发生|未收到|未出现|未产生/;
/** None of the cases corrected, said in words (未出现被纠错情形, 无被纠正案件, 没有被撤销的). */
const NONE_CORRECTED = /(?:未出现|未发生|未有|没有出现|没有|无)(?:被|因)?(?:纠正|纠错|撤销)|未被(?:纠正|纠错|撤销)/;
/** A count of cases next to a correction (1件被纠正): no sentence of none. */
const COUNTED_CORRECTION = /\d+\s*(?:件|起|个|宗)[^，,；;。\d]{0,4}(?:纠正|纠错|撤销)/;
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
  // 行政复议案件10件,行政诉讼案件0件,结果维持2件,结果纠错2件,尚未审结6件: outcomes printed after both kinds' counts are the
  // kind's whose count they add up to (and not the other's), whichever kind was named last before them.
  const own = countIn(clauses[start]);
  const other = clauses[start + 1] !== undefined && CASE_KIND.test(clauses[start + 1]) ? countIn(clauses[start + 1]) : undefined;
  if (part.length === 1 && own !== undefined && other !== undefined) {
    const outcomes = outcomesFrom(clauses, start + 2);
    if (outcomes.length > 0 && sumOf(outcomes) === own && own !== other) part.push(...outcomes);
  }
  const before = start > 0 && CASE_KIND.test(clauses[start - 1]) ? countIn(clauses[start - 1]) : undefined;
  if (part.length > 1 && own !== undefined && before !== undefined) {
    const outcomes = outcomesFrom(clauses, start + 1);
    if (outcomes.length === part.length - 1 && sumOf(outcomes) === before && sumOf(outcomes) !== own) return clauses[start];
  }
  return part.join('，');
}

/** The one count of cases a clause prints (行政诉讼案件0件), undefined for none or more than one. */
function countIn(clause: string): number | undefined {
  const counts = [...clause.matchAll(new RegExp(COUNT, 'g'))];
  return counts.length === 1 ? Number(counts[0][1]) : undefined;
}

/** The clauses from `from` on that each state one outcome with its count (结果维持2件), up to the first that does not. */
function outcomesFrom(clauses: readonly string[], from: number): string[] {
  const outcomes: string[] = [];
  for (const clause of clauses.slice(from)) {
    if (CASE_KIND.test(clause) || !OUTCOME_STATED.test(clause) || countIn(clause) === undefined) break;
    outcomes.push(clause);
  }
  return outcomes;
}

const sumOf = (clauses: readonly string[]) => clauses.reduce((total, clause) => total + (countIn(clause) ?? 0), 0);

function countOf(part: string, label: string): number | undefined {
  const found = new RegExp(`${COUNT}(?:案件)?(?:为|是|被)?(?:结果)?(?:${label})|(?:结果)?(?:${label})${COUNT}`).exec(part);
  return found ? Number(found[1] ?? found[2]) : undefined;
}

function allOf(part: string, label: string): boolean {
  return new RegExp(`(?:均|全部|都)(?:为|是|已)?(?:结果)?(?:${label})`).test(part);
}

/**
 * The outcome asked of the sentence's cases, or undefined when the question asks no outcome of a review or a lawsuit.
 * Neither kind named (有没有被纠正的) of a sentence on both (没有…行政复议情况,行政诉讼2件,均为结果维持): each kind's part is
 * read on its own and answered in turn (复议：没有。诉讼：没有，均为结果维持。), so an outcome said of one kind is never said
 * of the other.
 */
export function appealOutcomeStated(asked: string, sentence: string): AppealOutcome | undefined {
  if (!CASE_KIND.test(sentence)) return undefined;
  const litigation = LITIGATION_ASKED.test(asked);
  const review = REVIEW_ASKED.test(asked);
  const kind = review && !litigation ? '复议' : litigation && !review ? '诉讼' : undefined;
  if (kind === undefined && whichAsked(asked, kind) && sentence.includes('复议') && sentence.includes('诉讼')) {
    const stated = (['复议', '诉讼'] as const).flatMap((one) => {
      const outcome = outcomeOn(asked, sentence, one);
      return outcome && !outcome.refused ? [{ one, outcome }] : [];
    });
    // (One clause naming both, 行政复议和行政诉讼各1件, is read whole, as before.)
    if (stated.length === 2 && stated[0].outcome.part !== stated[1].outcome.part)
      return {
        part: stated.map((item) => item.outcome.part).join('，'),
        lead: stated.map((item) => `${item.one}：${item.outcome.lead}`).join(''),
        note: [...new Set(stated.map((item) => item.outcome.note))].join(''),
        values: stated.flatMap((item) => item.outcome.values),
      };
  }
  return outcomeOn(asked, sentence, kind);
}

function whichAsked(asked: string, kind: '复议' | '诉讼' | undefined) {
  return REJECTED_ASKED.test(asked)
    ? 'rejected'
    : CORRECTED_ASKED.test(asked)
      ? 'corrected'
      : UPHELD_ASKED.test(asked)
        ? 'upheld'
        : PENDING_ASKED.test(asked)
          ? 'pending'
          : OTHER_ASKED.test(asked)
            ? 'other'
            : kind && GENERAL_ASKED.test(asked)
              ? 'general'
              : undefined;
}

function outcomeOn(asked: string, sentence: string, kind: '复议' | '诉讼' | undefined): AppealOutcome | undefined {
  const which = whichAsked(asked, kind);
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
    // 被纠错了吗 against 办理行政复议2件,未出现被纠错情形: the part says none was.
    if (NONE_CORRECTED.test(part) && !COUNTED_CORRECTION.test(part)) return { part, lead: '没有。', note, values: [] };
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
  // 其他结果呢 against …其他结果1起: that count, in the sentence's own measure word.
  if (which === 'other') {
    const other = /(?:其他|其它)结果(\d+)(件|起|个|宗)|(\d+)(件|起|个|宗)(?:结果)?为?(?:其他|其它)结果/.exec(part);
    if (!other) return { part, lead: '', note: '', values: [], refused: '其他结果的件数' };
    const count = Number(other[1] ?? other[3]);
    return { part, lead: `其他结果${count}${other[2] ?? other[4]}。`, note: '', values: [count] };
  }
  const values = [...part.matchAll(new RegExp(COUNT, 'g'))].map((each) => Number(each[1]));
  return { part, lead: '', note: '', values };
}

/** Whether a question asks an outcome of reviews or lawsuits (官司赢了没, 复议被纠正了吗, 还有没判完的官司吗). */
/**
 * An outcome asked in words alone, no kind named (输了几次, 赢了几回, 被纠正了几件 after a count of reviews): read against a
 * sentence on cases, the count of the cases is no answer to it.
 */
export function outcomeWordAsked(asked: string): boolean {
  const which = whichAsked(asked, undefined);
  return which !== undefined && which !== 'pending';
}

export function appealOutcomeAsked(asked: string): boolean {
  const litigation = LITIGATION_ASKED.test(asked);
  const review = REVIEW_ASKED.test(asked);
  if (!litigation && !review) return false;
  const which = whichAsked(asked, review && !litigation ? '复议' : litigation && !review ? '诉讼' : undefined);
  return which !== undefined && which !== 'general';
}
