/**
 * Whether the public took part in a meeting (常务会议让群众列席了吗, 市民可以旁听吗, 有没有邀请群众列席): a report that only says
 * the meeting's decisions were published (政府常务会议议定事项均予以公开) says nothing of anyone attending, so its sentence
 * answers neither yes nor no. Only a sentence naming an attending or an invitation answers it.
 */

/** Taking part asked: attending as a non-member (列席, 旁听), or the public, experts or deputies invited (邀请群众, 邀请市民代表). */
const PARTICIPATION_ASKED =
  /列席|旁听|(?:邀请|邀)[^，。？?]{0,6}(?:群众|市民|公众|居民|村民|代表|专家|企业|利益相关方|老百姓|人大代表|政协委员)/;

/** A sentence stating someone attended or was invited (邀请…列席, 旁听, 参会, 出席). */
const PARTICIPATION_STATED = /列席|旁听|邀请|参会|出席/;

/** Whether the question asks whether someone took part in a meeting and the sentence names no attending or invitation. */
export function participationUnstated(question: string, sentence: string): boolean {
  return PARTICIPATION_ASKED.test(question) && !PARTICIPATION_STATED.test(sentence);
}
