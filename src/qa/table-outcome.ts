/**
 * 官司输了吗 / 复议赢了吗 / 败诉了没有 answered from table 四: the verdict is read from the outcome columns of the rows the
 * answer states (结果纠正 for a loss, 结果维持 for a win), never from their 总计. A lawsuit whose cases all ended 结果维持 was not
 * lost (a bare 有。 over its count read as yes), and cases ended only 其他结果 or 尚未审结 were neither lost nor won.
 */

/** The rows of table 四 (复议, 直接起诉, 复议后起诉), as the facts' keys begin. */
const APPEAL_ROWS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
type AppealRow = (typeof APPEAL_ROWS)[number];
const SUMMED_LITIGATION = /^litigation\.(?:upheld|corrected|other|pending|total)$/;
const APPEAL_FACT = /^(review|litigation_direct|litigation_after_review)\.(upheld|corrected|other|pending|total)$/;

/** A loss asked yes or no (输了吗, 败诉了没有, 被纠正了吗, 有没有输); 输 of 运输 is no loss. */
const LOSS_ASKED =
  /(?:(?<!运)输|败诉|被(?:复议机关|法院)?(?:纠正|纠错|撤销))(?:了|过)?(?:官司|诉讼|复议)?(?:吗|么|嘛|没有?|不)|(?:有没有|是否|有无)(?:被)?(?:(?<!运)输|败诉|纠正|撤销)/;
/** A win asked yes or no (赢了吗, 打赢了没有, 胜诉了吗, 有没有赢). */
const WIN_ASKED = /(?:赢|胜诉)(?:了|过)?(?:官司|诉讼|复议)?(?:吗|么|嘛|没有?|不)|(?:有没有|是否|有无)(?:打)?(?:赢|胜诉)/;
/** A count asked (输了几次, 赢了多少件): the count is the answer, no verdict heads it. */
const COUNT_ASKED = /几|多少/;

/** The structural part of an answer fact this reader needs. */
export interface OutcomeFact {
  key: string;
  value: number;
  agency: string;
  year: number;
}

/** One row's outcome cells: the facts' own, else the store's (`cellOf`), else unknown. */
type Outcomes = Partial<Record<'upheld' | 'corrected' | 'other' | 'pending' | 'total', number>>;

/**
 * The verdict's first words (没有，结果纠正为0。) for a yes/no on losing or winning a review or lawsuit whose answer states
 * table 四's rows; undefined when the question asks no such verdict, the answer states anything else, or an outcome column
 * needed is not known. `cellOf(agency, year, row, column)` gives a stored cell the answer does not state (its rows' totals only).
 */
export function tableOutcomeVerdict(
  text: string,
  facts: readonly OutcomeFact[],
  cellOf: (agency: string, year: number, row: AppealRow, column: string) => number | undefined = () => undefined,
): string | undefined {
  const lost = LOSS_ASKED.test(text);
  const won = !lost && WIN_ASKED.test(text);
  if ((!lost && !won) || COUNT_ASKED.test(text) || facts.length === 0) return undefined;
  const rows = new Map<string, { agency: string; year: number; row: AppealRow; cells: Outcomes }>();
  for (const fact of facts) {
    // (litigation.total is the two lawsuit rows' sum, stated beside them.)
    if (SUMMED_LITIGATION.test(fact.key) && facts.some((each) => each.key.startsWith('litigation_'))) continue;
    const match = APPEAL_FACT.exec(fact.key);
    if (!match) return undefined;
    const id = `${fact.agency}|${fact.year}|${match[1]}`;
    const entry = rows.get(id) ?? { agency: fact.agency, year: fact.year, row: match[1] as AppealRow, cells: {} };
    entry.cells[match[2] as keyof Outcomes] = fact.value;
    rows.set(id, entry);
  }
  // (Two agencies or years are answered row by row below; one verdict is said only of one agency's one year.)
  if (new Set([...rows.values()].map((entry) => `${entry.agency}|${entry.year}`)).size !== 1) return undefined;
  let upheld = 0;
  let corrected = 0;
  let other = 0;
  let pending = 0;
  let total = 0;
  for (const { agency, year, row, cells } of rows.values()) {
    const cell = (column: keyof Outcomes) => cells[column] ?? cellOf(agency, year, row, column);
    const values = [cell('upheld'), cell('corrected'), cell('other'), cell('pending'), cell('total')];
    if (values.some((value) => value === undefined)) return undefined;
    const [u, c, o, p, t] = values as number[];
    upheld += u;
    corrected += c;
    other += o;
    pending += p;
    total += t;
  }
  const kind = [...rows.values()].every((entry) => entry.row === 'review') ? '复议' : '诉讼';
  // (A 总计 of 0 beside an outcome printed, 共0件，其中结果维持1件, is no proof of none: the outcomes speak.)
  if (total === 0 && upheld + corrected + other + pending === 0) return `没有，${kind}为0件。`;
  const rest = [other > 0 ? `其他结果${other}件` : '', pending > 0 ? `尚未审结${pending}件` : ''].filter(Boolean).join('、');
  if (lost) {
    const note = /败诉|(?<!运)输/.test(text) ? '（年报没有“败诉”一栏，这里按“结果纠正”回答。）' : '';
    if (corrected > 0) return `有，结果纠正${corrected}件。${note}`;
    return `没有，结果纠正为0${upheld > 0 ? `，结果维持${upheld}件` : ''}${rest ? `，${rest}` : ''}。${note}`;
  }
  const note = '（年报没有“胜诉”一栏，这里按“结果维持”回答。）';
  if (upheld > 0) return `有，结果维持${upheld}件${corrected > 0 ? `，结果纠正${corrected}件` : ''}。${note}`;
  return `没有，结果维持为0${corrected > 0 ? `，结果纠正${corrected}件` : ''}${rest ? `，${rest}` : ''}。${note}`;
}

/** What heads an answer and the verdict replaces: a bare 有。/没有。 over the count, or the note that no column is so named. */
export const REPLACED_LEAD = /^(?:有。|没有。|报告没有单独写明“[^”\n]{1,8}”的件数。表中相关的数字是：\n?)/;
