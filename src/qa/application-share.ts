/**
 * Shares of one agency's applications that a citizen works out and reports seldom print: 公开率多少 (the applications disclosed
 * in whole or in part, of those received) and 予以公开占百分之几 / 复议的占了百分之多少 (one count of the applications, of those
 * received). Each is worked out only from counts the store returns, every count stated beside the rate; where a count is not
 * read, nothing is computed.
 */

/** 公开率多少 / 它的公开率 / 信息公开率是多少: the disclosure rate of the applications, asked alone as a follow-up. */
const DISCLOSURE_RATE_ASKED =
  /^(?:那|那么)?(?:它|他们|这家|该单位)?(?:的)?(?:依申请)?(?:信息)?公开率(?:是|有|大概|大约)?(?:多少|几|怎么样|高吗|高不高|呢)?(?:[？?。！!~～\s]*)$/u;

export function disclosureRateAsked(text: string): boolean {
  return text.length <= 24 && DISCLOSURE_RATE_ASKED.test(text.trim());
}

/**
 * The words of the applications' outcomes, requests and appeals a share of the applications is asked of (予以公开, 不予公开,
 * 无法提供, 行政复议, 自然人): what the count before 占 must name for the applications received to be its whole.
 */
const APPLICATION_PART = /公开|不予|无法提供|不掌握|不予处理|不予受理|撤回|复议|诉讼|起诉|自然人|法人|企业|个人|驳回|信息不存在|非本机关/u;

/**
 * 予以公开占百分之几 / 复议的占了百分之多少 / 不公开的占比多少: a count named (two to ten characters) and its share asked with
 * no whole named (group 1 the count's words). 占收到申请的百分之几 names its whole and is read as A占B.
 */
const SHARE_WITHOUT_WHOLE =
  /^(?:那|那么|其中)?(\p{Script=Han}{2,10}?)(?:的)?(?:占(?:了)?(?:百分之(?:几|多少)|多少|几成|比(?:例)?(?:是)?(?:多少|几)?)|的?(?:占比|比例)(?:是|有)?(?:多少|几)?)(?:[？?。！!~～\s]*)$/u;

/** A whole the words already name (收到, 申请总数, 全部): no share of the applications received to be supplied. */
const WHOLE_NAMED = /收到|受理|新收|申请总数|总数|全部|所有|总共|一共|主动公开/u;

/**
 * The question a share of the applications asked with no whole is, with its whole written (予以公开占收到申请的百分之几), or
 * undefined when the words name no part of the applications or already name a whole.
 */
export function shareOfApplicationsQuestion(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 24) return undefined;
  const found = SHARE_WITHOUT_WHOLE.exec(trimmed);
  if (!found) return undefined;
  // 不公开的 is what the tables call 不予公开 (不公开 alone reads as the exemptions of the regulation).
  const part = found[1].replace(/(?:的|了)$/u, '').replace(/^不公开/u, '不予公开');
  if (!APPLICATION_PART.test(part) || WHOLE_NAMED.test(part) || /率$/u.test(part)) return undefined;
  return `${part}占收到申请的百分之几`;
}

/** One count read for the rate: its value and the answer's first line, which names where it is from. */
export interface CountRead {
  value: number;
  unit: string;
  line: string;
}

/**
 * The disclosure rate worked out from the counts read (予以公开, 部分公开, the applications received), said to be a computation
 * and with every count stated; undefined when the applications received are none, or the parts exceed them.
 */
export function disclosureRateText(who: string, granted: CountRead, partly: CountRead, received: CountRead): string | undefined {
  if (received.value <= 0 || granted.value < 0 || partly.value < 0) return undefined;
  const disclosed = granted.value + partly.value;
  if (disclosed > received.value) return undefined;
  const percent = Math.round((disclosed / received.value) * 1000) / 10;
  const n = (value: number) => value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 3 });
  return (
    `${who}的报告没有写明公开率。按报告的数字计算：收到申请${n(received.value)}件，予以公开${n(granted.value)}件、部分公开${n(partly.value)}件，` +
    `公开（含部分公开）的约占${n(percent)}%（（${n(granted.value)} + ${n(partly.value)}）÷ ${n(received.value)}，是计算结果，不是报告原文）。`
  );
}
