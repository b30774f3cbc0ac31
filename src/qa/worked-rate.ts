/**
 * A rate of handling a report does not print (办结率, 答复率), worked out from the two counts one sentence of it states:
 * 全市共办理政府信息公开申请675件…已办结661件 is 661 of 675. Only both counts of one sentence make a rate; a count of
 * another sentence (or a table) may count other things, so nothing is computed from it.
 */

/** 办结率是多少 / 答复率多少 / 申请的办结率: a rate of one act asked (group 1 the act). */
export const WORKED_RATE_ASKED = /(办结|答复|回复)率/;

/** The two counts of a sentence a rate is worked out from: the applications handled and those the act was done to. */
export interface WorkedRate {
  done: number;
  total: number;
  /** The words stating each count as the sentence prints them (已办结661件, 共办理政府信息公开申请675件). */
  doneWords: string;
  totalWords: string;
  /** The rate to one decimal place, in per cent. */
  percent: number;
}

/** Receiving or handling, then the applications (收到依申请公开, 共办理政府信息公开申请). */
const HANDLED_APPLICATIONS =
  /(?:办理|收到|受理|接收|接到|新收)(?:了)?(?:公民、法人和?(?:或)?其他组织)?[^，。；,;：:（(\d]{0,14}?申请(?:公开)?(?:政府信息|事项|信息|案件|请求|件)?/u;
/** The public's own verb of applying, 申请 left unsaid (提交政府信息公开). */
const SUBMITTED_APPLICATIONS = /(?:提交|提出)(?:了)?[^，。；,;：:（(\d]{0,8}?(?:政府)?信息公开(?:申请)?/u;
/**
 * The applications a sentence counts as its whole (共办理政府信息公开申请675件, 收到依申请公开34件, 受理申请12件): a verb of
 * receiving or handling, then the applications and their count in 件; or the public's own verb of applying, the 申请 left
 * unsaid (公众…向区政府提交政府信息公开190件).
 */
const APPLICATIONS_COUNTED = new RegExp(
  `(?:共|全年|累计|总计|合计)?(?:${HANDLED_APPLICATIONS.source}|${SUBMITTED_APPLICATIONS.source})(?:共计?|合计|总计)?(\\d+)件`,
  'u',
);

/**
 * A count carried over from the year before stated beside the whole, not inside it (上年度结转办理件1件, 结转上年9件): the
 * applications handled are then more than the whole, and which the act's count is of cannot be told. (含2024年结转12件, in
 * the whole's brackets, is part of it.)
 */
const CARRIED_IN_BESIDE = /(?<!含)(?:上一?年度?|上年|(?:19|20)\d{2}年)(?:度)?结转|结转上一?年/u;

/** The acts, each as reports print its count (已办结661件, 按时办结33件, 全部答复12件). */
const DONE_COUNTED: Record<string, RegExp> = {
  办结: /(?:已|均已|已经|共|均)?(?:按时|按期|依法)?办结(?:了)?(?:申请)?(\d+)件/u,
  答复: /(?:已|均已|已经|共|均)?(?:按时|按期|依法)?(?:答复|回复)(?:了)?(?:申请)?(\d+)件/u,
  回复: /(?:已|均已|已经|共|均)?(?:按时|按期|依法)?(?:答复|回复)(?:了)?(?:申请)?(\d+)件/u,
};

/**
 * The rate of `act` (办结, 答复) worked out from one sentence: its whole counted first, the act's count after it, no larger
 * than the whole. Undefined when the sentence does not state both.
 */
export function workedRate(sentence: string, act: string): WorkedRate | undefined {
  const whole = APPLICATIONS_COUNTED.exec(sentence);
  const pattern = DONE_COUNTED[act];
  if (!whole || !pattern) return undefined;
  const after = sentence.slice(whole.index + whole[0].length);
  const done = pattern.exec(after);
  if (!done) return undefined;
  const between = after.slice(0, done.index).replace(/[（(]含[^）)]*[）)]/g, '');
  if (CARRIED_IN_BESIDE.test(between)) return undefined;
  const total = Number(whole[1]);
  const count = Number(done[1]);
  if (total <= 0 || count > total) return undefined;
  return {
    done: count,
    total,
    doneWords: done[0],
    totalWords: whole[0],
    percent: Math.round((count / total) * 1000) / 10,
  };
}
