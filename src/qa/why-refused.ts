/**
 * 为什么 / 为啥没有 / 占比多少 right after a refusal that said why it could not answer (the page is incomplete, the report does
 * not state the thing): the reason said again as the answer to 为什么, and a share asked of nothing found is refused for that
 * reason — not the general reply that the bot cannot answer the question, nor a request to name the thing again.
 */

/** 为什么 / 为啥 / 怎么没有 / 为什么查不到 said alone (a particle and a question mark at most). */
const WHY_ALONE =
  /^(?:那|可是|但是|咦)?(?:为什么|为啥|为何|怎么|咋)(?:会|就)?(?:没有|没|不完整|不全|缺了|查不到|找不到|答不了|回答不了|不知道|不行)?(?:呢|啊|呀|哦|了)?[?？。!！]*$/u;
/** 占比多少 / 占百分之几 / 比例呢 said alone: a share of the last figure. */
const SHARE_ALONE = /^(?:那)?(?:占比|比例|比重|占多少|占百分之几|占几成)(?:是|有)?(?:多少|几)?(?:呢|啊)?[?？。!！]*$/u;

/** The reason a refusal gives, when it gives one the citizen can be told again: the page cut, or the thing not stated. */
function reasonOf(refusal: string): 'incomplete' | 'unstated' | undefined {
  if (/不完整|缺少/.test(refusal)) return 'incomplete';
  if (/没有写明|未写明|没有单独写明|没有这项|没有“/.test(refusal)) return 'unstated';
  return undefined;
}

/** Whether a refusal is one whose reason can be said again (so it is kept for the next message). */
export function refusalWithReason(refusal: string): boolean {
  return reasonOf(refusal) !== undefined;
}

/** The answer to 为什么 or 占比多少 right after `refusal`, or undefined when the message is neither or the refusal gives no reason. */
export function afterRefusal(message: string, refusal: string): { kind: 'text' | 'refusal'; answer: string } | undefined {
  const said = message.trim();
  const why = WHY_ALONE.test(said);
  if (!why && !SHARE_ALONE.test(said)) return undefined;
  const reason = reasonOf(refusal);
  if (!reason) return undefined;
  const because =
    reason === 'incomplete'
      ? '库中这份年度报告的页面不完整（收录的网页缺了这一部分），所以查不到这项数字'
      : '这份年度报告里没有写明这一项，助手只说报告里写了的数字，不会估算或补写';
  const last = refusal.split('\n')[0];
  return why
    ? { kind: 'text', answer: `因为${because}。\n上一问的回答：${last}\n可以问该机关的联系电话或申请渠道，向它询问。` }
    : { kind: 'refusal', answer: `上一问没有查到数字：${because}，所以也算不出占比。\n上一问的回答：${last}` };
}
