/**
 * 有几件没公开 / 予以公开几件 / 不予公开了几件 of a report whose table 三 is not stored, where its prose says no application
 * for information was received (全年未收到政府信息公开申请, 未收到申请公开的事项, 没有收到依申请公开事项): none received means
 * none granted, withheld or answered — said so, quoting that sentence, instead of a refusal that the page is incomplete. A
 * sentence about reviews or lawsuits (未收到行政复议申请) is no such statement.
 */

/** 未收到…申请 / 没有接到…申请 / 无…申请: no application received; the words between are bounded and hold no clause mark. */
const NONE_RECEIVED =
  /(?:未|没有|无)(?:收到|接到|接收到?|受理)(?:过|到|任何)?[^。；;，,：:复诉]{0,16}?申请|(?:收到|受理)[^。；;，,：:复诉]{0,12}?申请(?:数量)?(?:为|共)?[0〇零]件/u;
/**
 * A part of the applications (其中:受理当面申请0件, 没有收到法人或其他组织提出的…申请, 未收到该申请人提交的补正): a none of one
 * kind, way or step, not of the applications received.
 */
const ONE_PART = /^\s*其中|法人|其他组织|企业|当面|信函|网上|互联网|传真|补正/u;
/** Every kind of applicant named together (未收到公民、法人和其他组织提交的…): all of them, no part. */
const EVERY_KIND = /(?:公民|自然人)[^，,；;。]{0,3}法人/u;

function onePart(clause: string): boolean {
  return ONE_PART.test(clause) && !EVERY_KIND.test(clause);
}
/** 复议 / 诉讼 (or a request for a response to a hot topic) in the clause: the none is of another kind of application. */
const OTHER_APPLICATIONS = /复议|诉讼|申诉|投诉|信访|回应|舆情|热点/u;

/** The clause of a sentence (cut at its commas) stating no application for information was received, or undefined. */
export function noneReceivedClause(sentence: string): string | undefined {
  for (const clause of sentence.split(/[，,；;。]/u)) {
    const said = NONE_RECEIVED.exec(clause);
    if (said && !OTHER_APPLICATIONS.test(clause) && !/依申请公开信息\d|主动/u.test(said[0]) && !onePart(clause)) return clause.trim();
  }
  return undefined;
}

/** The answer's words: 没有 and why, naming the outcome asked (不予公开, 予以公开 …; none for the applications received). */
export function noneReceivedAnswer(agency: string, year: number, outcome: string | undefined, clause: string): string {
  const stated = `没有。${agency}${year}年报告写明“${clause}”，没有收到政府信息公开申请`;
  return outcome ? `${stated}，也就没有${outcome}的申请。` : `${stated}。`;
}

/** Whether an answer is noneReceivedAnswer's (one agency's 没有 among others refused leaves a list over many a refusal). */
export function saysNoneReceived(answer: string): boolean {
  return answer.startsWith('没有。') && answer.includes('没有收到政府信息公开申请，也就没有');
}
