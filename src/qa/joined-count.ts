/**
 * A count of two kinds of record joined after it (194件人大代表建议和政协提案) answered for one of them alone (政协提案多少件):
 * the sentence gives no count of that one, so nothing is stated. A question naming them together (建议和提案一共多少), a count
 * of each (各5件), or a joint count of none (0件: each is none) keeps the answer.
 */
import { toSimplified } from '../text/script.js';
import type { Answer } from './engine.js';

/** Words joining two things into one noun phrase. */
const JOINER = /和|及|与|、|以及/;
/** Words inside a thing's name that do not change it (政协委员提案 is 政协提案). */
const FILLER = /委员|代表|议案|的/g;
/** The question asks the things together (a question naming two of them is counted below). */
const TOGETHER_ASKED = /一共|总共|合计|共计|加起来|合起来|总数|两[项类个]/;
/** Words that say what was done with the things, not what they are (办理工作情况, 向社会公示). */
const TAIL = /(?:办理|答复|工作|情况|结果|向社会|公示|公开|进行|予以|及时).*$/;
/** What a number counts right after it (194件人大代表建议和政协提案办理工作情况), up to the clause's end. */
const RUN_AFTER = /^(?:件|条|个|项|篇|份|次)(?:的)?([^，,。；;：:（）()\d]{4,30})/;
/** Verbs leading the thing before its number (收到, 办理, 公开). */
const LEAD_VERBS = /^(?:其中|全年|共|累计|主动|公开|办理|办结|按时|及时|承办|收到|答复|完成|接收|受理|将|把|并)+/;

/**
 * The kinds of record reports count one by one and citizens ask one by one: two of them joined under one count are no count of
 * either. (Other joined words name one thing or a group by its parts: 普法与依法治理, 网站及局官网, 转载、发布, 音频、视频.)
 */
const KINDS = ['建议', '提案', '来信', '留言', '复议', '诉讼', '许可', '处罚', '强制', '投诉', '举报', '咨询'] as const;
/** The one kind a part names, or undefined. */
const kindOf = (part: string) => {
  const named = KINDS.filter((kind) => part.includes(kind));
  return named.length === 1 ? named[0] : undefined;
};

/** A part ending in a verb joins acts (收到和处理依申请公开28件), not things. */
const VERB_END = /(?:收到|处理|办理|答复|受理|接收|办结|公开|发布|更新|报送|转办|回复)$/;

/**
 * The things a joined run names, each stripped of the handling said after it; none unless two or more. A list closed by 等
 * (安全生产、道路交通、防灾减灾等信息289条) names a group by examples: its count is the group's, asked by any of them.
 */
function partsOf(run: string): string[] {
  const raw = run.replace(LEAD_VERBS, '').split(JOINER);
  if (raw.length < 2 || raw.slice(0, -1).some((part) => VERB_END.test(part)) || /等/.test(raw.at(-1) ?? '')) return [];
  const parts = raw.map((part) => part.replace(TAIL, '').replace(FILLER, ''));
  const kinds = parts.map(kindOf);
  return parts.every((part) => part.length >= 2) && kinds.every(Boolean) && new Set(kinds).size === parts.length ? parts : [];
}

/** The head of a thing (three characters at least) the question prints, or ''. */
function namedHead(question: string, part: string): string {
  for (let end = part.length; end >= 3; end -= 1) if (question.includes(part.slice(0, end))) return part.slice(0, end);
  for (let start = 1; part.length - start >= 3; start += 1) if (question.includes(part.slice(start))) return part.slice(start);
  return '';
}

export function withoutJoinedCount(answer: Answer, text: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence || fact.value === 0) return answer;
  const question = toSimplified(text.replace(/\s+/g, '')).replace(FILLER, '');
  if (TOGETHER_ASKED.test(question)) return answer;
  const sentence = toSimplified(fact.sentence.replace(/\s+/g, ''));
  const number = String(fact.value).replace('.', '\\.');
  const found = [...sentence.matchAll(new RegExp(`(?<![\\d.])${number}(?![\\d.])`, 'g'))];
  if (found.length !== 1) return answer;
  const at = found[0].index ?? 0;
  const after = RUN_AFTER.exec(sentence.slice(at + found[0][0].length))?.[1];
  // (分别收到人大代表建议和政协提案各5件: each is 5.)
  const clause = sentence.slice(0, at).replace(/^.*[，,。；;]/, '');
  if (!after || !JOINER.test(after) || /各|分别/.test(clause)) return answer;
  const parts = partsOf(after);
  if (parts.length === 0) return answer;
  const named = parts.map((part) => namedHead(question, part));
  if (named.filter(Boolean).length !== 1) return answer;
  const asked = named.find(Boolean) ?? '';
  const quoted = answer.answer.split('\n').find((line) => line.startsWith('原文：'));
  const printed = `${fact.value}${fact.unit}${after}`;
  return {
    kind: 'refusal',
    answer: `${fact.agency}${fact.year}年的年度报告这里写的是“${printed}”，是几类合起来的数字，没有单列${asked}的数字，无法回答。${quoted ? `\n${quoted}` : ''}`,
    facts: [],
  };
}
