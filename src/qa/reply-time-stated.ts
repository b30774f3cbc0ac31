/**
 * 答复用了多久 / 多长时间答复的 in a conversation about one agency's report: the rule on time limits answers every agency alike,
 * but a report often states its own (均在法定时限内予以答复, 均在20个工作日内答复, 按时办结率100%). That sentence, quoted, comes
 * first; the rule follows it. Only a sentence on replying to applications counts (a hotline's 办结率 or 留言's time is no reply
 * to an application).
 */

/** A time of replying a sentence states: a limit kept (法定时限内, 规定期限内, 20个工作日内), or replies given on the spot or in time. */
const TIME_STATED =
  /(?:法定|规定|规定的)(?:时限|期限|时间)(?:内|之内)|\d+个?工作日(?:内|之内)|当场(?:答复|予以答复)|按时(?:答复|办结|办理)|(?:无|没有|未出现)(?:一件)?(?:超期|逾期)/;
/** Words of replying to applications in the same sentence. */
const REPLY_WORDS = /答复|回复|办结|办理完毕|予以答复/;
/** Words of applications in the same sentence (or the 依申请 part it sits in). */
const APPLICATION_WORDS = /申请|依申请/;
/** Words of other channels whose replies are no replies to applications (留言, 热线, 信箱, 诉求, 来信来访). */
const OTHER_CHANNEL = /留言|热线|信箱|诉求|来信|来访|投诉|建议|提案/;

/** The sentence of a report's sections that states the time its applications were replied in, or undefined. */
export function replyTimeSentence(sections: Readonly<Record<string, string>>): { sectionKey: string; sentence: string } | undefined {
  for (const [sectionKey, body] of Object.entries(sections)) {
    for (const sentence of body.split(/(?<=[。；;！!])/)) {
      if (!TIME_STATED.test(sentence) || !REPLY_WORDS.test(sentence) || OTHER_CHANNEL.test(sentence)) continue;
      if (!APPLICATION_WORDS.test(sentence)) continue;
      return { sectionKey, sentence: sentence.trim() };
    }
  }
  return undefined;
}
