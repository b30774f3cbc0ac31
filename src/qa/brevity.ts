/**
 * How a citizen asks for the form of an answer rather than a new figure, and the shapes of messages that hold two asks or a
 * year said as a correction (issue 11): 太长了 简单点, 能列个表吗, 收到多少申请 公开了多少, 我的意思是2024年的.
 */
import type { Answer } from './engine.js';

/**
 * 太长了 简单点 / 直接说数字 / 说重点 / 能列个表吗 / 到底多少？？ after an answer: the answer is wanted shorter (or as a list), not
 * another question. TOO_LONG is the complaint, BRIEF_ASK and TABLE_ASK the request; either alone, or both, is the whole message.
 */
const TOO_LONG =
  '(?:(?:太|有点|好|也太|这也太)(?:长|啰嗦|罗嗦|啰唆|复杂)了?(?:吧|啊|呀)?|字(?:太|好|有点)多了?|看不(?:过来|完)|看着(?:好)?累)';
const BRIEF_ASK =
  '(?:(?:能|可以)?(?:不能)?(?:再)?(?:简单|简短|简洁|精简)(?:一?点|些)?(?:说|讲|回答|点说)?(?:一下)?|(?:说|讲)(?:得)?(?:简单|简短)(?:一?点|些)|(?:说|讲|挑)(?:个)?重点(?:说)?|长话短说|(?:我)?(?:只要|就要|只看|光要|只想要|直接(?:说|给我?|告诉我)|就说)(?:个)?(?:数字|数据|数|结果)(?:就行|就好|就可以)?(?:了)?|(?:那)?(?:到底|究竟)(?:是)?(?:多少|几[件条个篇次])(?:啊|呀|嘛)?)';
const TABLE_ASK =
  '(?:(?:能|可以)(?:不能)?(?:帮我)?(?:列|做|整理|弄)(?:个|一个|成)?表格?|(?:帮我)?(?:列|做)(?:个|一个|成)表格?|(?:给我?|来)(?:个|一个)表格?|列成表格?|用表格?(?:列|说))';
const BRIEF_END = '(?:吗|吧|嘛|啊|呀|呢|好吗|行吗|行不行|可以吗)?[。.!！?？~～\\s]*';
const BRIEF_ALONE = new RegExp(
  `^(?:${TOO_LONG}[，,。.!！\\s]*(?:(${TABLE_ASK})|${BRIEF_ASK})?|(?:(${TABLE_ASK})|${BRIEF_ASK}))${BRIEF_END}$`,
  'u',
);
/** 说重点 转结下年度多少件 / 太长了 直接说数字 自然人呢 / 微博发布多少条 直接说数字: a question with the request before or after it. */
const BRIEF_BEFORE = new RegExp(`^(?:${TOO_LONG}[，,。.!！\\s]*)?(?:${BRIEF_ASK})?[，,。.!！:：\\s]+(?=\\S{2})`, 'u');
const BRIEF_AFTER = new RegExp(`(?<=\\S{2})[，,。.!！\\s]+(?:${TOO_LONG}[，,。.!！\\s]*)?(?:${BRIEF_ASK})${BRIEF_END}$`, 'u');

/** What a brevity request asks: a list (表), the question it leads or ends (rest), or the last answer again (rest undefined). */
export function briefAsked(text: string): { table: boolean; rest?: string } | undefined {
  const trimmed = text.trim();
  const alone = BRIEF_ALONE.exec(trimmed);
  if (alone) return { table: Boolean(alone[1] ?? alone[2]) };
  const before = BRIEF_BEFORE.exec(trimmed);
  if (before && /[^，,。.!！:：\s]/.test(before[0])) {
    const rest = trimmed.slice(before[0].length);
    return BRIEF_ALONE.test(rest) ? undefined : { table: false, rest };
  }
  const after = BRIEF_AFTER.exec(trimmed);
  if (after) return { table: false, rest: trimmed.slice(0, after.index) };
  return undefined;
}

/**
 * A figure answer said short: the figures' own lines and each report cited once, without the report's words quoted (原文：“…”)
 * or the hints after it; as a list, one line each (• …). Nothing is added, so no figure the answer did not state is said.
 */
export function briefly(answer: Answer, table: boolean): Answer {
  if (answer.kind !== 'figure' || answer.facts.length === 0) return answer;
  const lines = answer.answer
    .split('\n')
    .map((line) => line.replace(/原文：“[^”]*”。?/g, '').trim())
    .filter((line) => line.length > 0 && !/^(?:想了解|可以接着问|还可以问)/.test(line));
  const sources = [...new Set(lines.filter((line) => line.startsWith('（来源：')))];
  const said = lines.filter((line) => !line.startsWith('（来源：'));
  if (said.length === 0) return answer;
  const body = table ? said.map((line) => `• ${line.replace(/^\d+[.、]\s*/, '')}`) : said;
  return { ...answer, answer: [...body, ...sources].join('\n') };
}

/**
 * 收到多少依申请公开 按期答复了多少 / 办理多少申请 被复议几宗: two counts asked in one voice-typed message, a space between them
 * where a comma would be: a question mark put there, so each is asked (splitQuestions). Only when each side asks a figure
 * itself (多少, 几件 …) and is no mere name or year.
 */
export function withSpaceBetweenAsks(text: string): string {
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter((piece) => piece.length > 0);
  if (pieces.length !== 2) return text;
  const asks = (piece: string) => /多少|几[件条个次项场篇期名人家宗起份]/.test(piece) && piece.replace(/[\p{P}\s]/gu, '').length >= 4;
  return pieces.every(asks) ? `${pieces[0].replace(/[？?。，,]+$/, '')}？${pieces[1]}` : text;
}

/** 我的意思是2024年的 / 我问的是去年的: a correction naming a year alone, the last question asked of that year (2024年的呢). */
const CORRECTION_YEAR =
  /^(?:我的意思是|我意思是|我的意思|我想说的是)[，,\s]*((?:19|20)?\d{2}年度?|今年|去年|前年|大前年)的?(?:呢)?[。！!]*$/u;

/** The year a correction names alone (我的意思是2024年的 → 2024年), undefined for any other message. */
export function yearOfCorrection(text: string): string | undefined {
  return CORRECTION_YEAR.exec(text.trim())?.[1];
}
