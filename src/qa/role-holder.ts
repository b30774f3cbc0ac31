/**
 * Who holds a role of an agency's disclosure work, asked in a conversation about its report (组长是谁, 副组长呢是谁,
 * 分管领导叫什么名字, 谁负责政务公开工作): what the report's own sentences say of that role. A report that names the
 * holder (以局长张艳华为组长, 由分管局领导具体负责政务公开工作) is quoted; one that only says the role exists (明确分管领导)
 * or never mentions it does not state who holds it, and no name is ever made up.
 */

/** A role asked: its words as the report would print them, and whether a person's name is asked (叫什么名字). */
export interface RoleAsked {
  /** The role as asked (组长, 副组长, 分管领导), or 负责 for 谁负责 / 谁分管 of the disclosure work. */
  role: string;
  /** The report's words for the role. */
  pattern: RegExp;
  /** 叫什么名字 / 姓什么: a name is asked, not the role's holder as the report describes it (局长, 分管局领导). */
  nameAsked: boolean;
}

/** What a report's sentences say of the role asked. */
export interface RoleStated {
  /** The sentence (simplified) that mentions the role. */
  sentence: string;
  /** Who holds it, in the sentence's own words (局长张艳华, 分管局领导), when the sentence says. */
  holder?: string;
  /** The holder's words carry a person's name (局长张艳华), not only a post (镇长, 主要领导). */
  named: boolean;
}

const ROLE_WORDS = '副组长|组长|分管(?:[局县区市镇乡]|信息公开|政务公开)?领导|分管负责(?:人|同志)|联络员|信息员|专管员';
const WHO_WORDS = '(?:是|由)谁(?:来)?(?:担任|当|做|兼任)的?|是谁|是哪位|是哪几位|是哪个|都是谁|都有谁|有谁|是什么人|谁(?:来)?(?:担任|当)';
const NAME_WORDS = '叫(?:什么|啥)(?:名字)?|姓(?:什么|啥)|的?(?:名字|姓名)(?:是(?:什么|啥)|叫(?:什么|啥))?';

/** 副组长是谁 / 那组长呢是谁 / 分管领导叫什么名字 / 信息公开领导小组组长是哪位. */
const ROLE_HOLDER = new RegExp(`(${ROLE_WORDS})(?:们|呢|都|又|分别)?(?:(${WHO_WORDS})|(${NAME_WORDS}))[?？。!！]*$`, 'u');

/** 谁是组长 / 由谁担任副组长 / 谁当联络员: the same, the question word first. */
const WHO_HOLDS_ROLE = new RegExp(
  `^(?:那|那么|请问)?(?:他们|该局|这个单位)?(?:的)?(?:是|由)?谁(?:来)?(?:是|当|担任|任|做|兼任)(?:的)?(${ROLE_WORDS})(?:呀|啊|呢)?[?？。!！]*$`,
  'u',
);

/** 谁负责政务公开工作 / 谁负责这块工作 / 信息公开是谁分管的 / 政务公开由谁牵头 (colloquial.ts reads the first two as 哪个部门负责信息公开). */
const WHO_LEADS =
  /(?:^|[，,])(?:那|那么)?(?:他们|该局|这个单位)?(?:(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:是|由)?谁(?:来)?(?:负责|分管|主管|管|牵头)(?:的)?|(?:是|由)?谁(?:来)?(?:负责|分管|主管|牵头)(?:的)?(?:政务公开|政府信息公开|信息公开|这块|这一块|这项|这方面)?(?:工作)?(?:的)?|哪个部门负责信息公开|(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:是|由|归)?(?:哪个|哪一个|哪|什么)(?:部门|科室|股室|机构|处室)(?:来)?(?:负责|分管|主管|管|牵头)(?:的)?)(?:呢|啊)?[?？。!！]*$/u;

/** A post a person's name may follow in a report (局长张艳华, 副局长肖利平、段沅建). */
const POST_BEFORE_NAME =
  /(?:局长|主任|镇长|乡长|书记|区长|县长|市长|厅长|主席|处长|科长|站长|所长|馆长|院长|社长|队长|委员)(\p{Script=Han}{2,3})(?=[、，,和及与]|$)/u;

/** The role of the question, if it asks who holds one of the disclosure work. */
export function roleHolderAsked(text: string): RoleAsked | undefined {
  const role = ROLE_HOLDER.exec(text) ?? WHO_HOLDS_ROLE.exec(text);
  if (role) {
    const words = role[1];
    const pattern = words.startsWith('副')
      ? /副组长/u
      : words === '组长'
        ? /(?<!副)组长/u
        : !words.startsWith('分管')
          ? new RegExp(words, 'u')
          : /分管(?:[局县区市镇乡])?(?:领导|负责人|负责同志)|分管(?:信息公开|政务公开|政府信息公开)(?:工作)?的?(?:领导|负责人|负责同志)/u;
    return { role: words.startsWith('分管') ? '分管领导' : words, pattern, nameAsked: role[3] !== undefined };
  }
  if (WHO_LEADS.test(text)) return { role: '负责', pattern: /(?:负责|分管|主管|牵头)/u, nameAsked: false };
  return undefined;
}

/** X为/作为 the disclosure work's lead (责任领导, 主要负责人, 牵头部门 …): X is who is responsible for it. */
const APPOINTED_TO_LEAD =
  /(\p{Script=Han}[\p{Script=Han}、]{1,23}?)(?:为|作为|任|担任)(?:政府信息公开|政务公开|信息公开)(?:工作)?的?(?:第一)?(?:责任领导|责任人|主要负责人|负责人|分管领导|牵头部门|牵头科室|主要部门|主管部门|工作机构)/u;

/** The holder a sentence gives the role (以局长张艳华为组长 → 局长张艳华; 由分管局领导具体负责 → 分管局领导), if it gives one. */
function holderIn(sentence: string, asked: RoleAsked): string | undefined {
  const clauses = sentence.split(/[，,；;。]/u);
  for (const [index, clause] of clauses.entries()) {
    if (asked.role === '负责') {
      if (!/公开/u.test(clause)) continue;
      const by = /由(\p{Script=Han}[\p{Script=Han}、]{0,15}?)(?:具体|统一|全面|牵头|专门)?(?:负责|分管|主管|牵头)/u.exec(clause);
      if (by) return by[1];
      const bare =
        /^(?:明确|指定|确定|安排)?(\p{Script=Han}[\p{Script=Han}、]{1,15}?)(?:具体|统一|全面|专门)?(?:负责|牵头)(?:推进|协调|组织)?(?:全[局镇县区市])?(?:的)?(?:政务公开|政府信息公开|信息公开)/u.exec(
          clause,
        );
      if (bare && !/^(?:我|本|该|各)/u.test(bare[1])) return bare[1];
      // 成立了由分管信息工作党委宣传委员为政府信息公开的责任领导 / 确定镇党政办作为政府信息公开工作主要部门: made its lead.
      const made = APPOINTED_TO_LEAD.exec(clause);
      if (made) {
        const holder = made[1].replace(/^.*?(?:以|由)(?=\p{Script=Han})/u, '').replace(/^(?:成立了?|确定|明确|指定|调整了?)/u, '');
        if (holder.length > 1 && !/^(?:我|本|该|各)/u.test(holder) && !/领导小组|小组$/u.test(holder)) return holder;
      }
      continue;
    }
    const at = asked.pattern.exec(clause);
    if (!at) continue;
    const before = clause.slice(0, at.index);
    // 以局长张艳华为组长 / 副局长肖利平、段沅建为副组长 / 由镇长任组长.
    const made = /(\p{Script=Han}[\p{Script=Han}、]{0,23})(?:为|任|担任)$/u.exec(before);
    if (made) {
      const holder = made[1].replace(/^.*?(?:以|由)(?=\p{Script=Han})/u, '').replace(/^(?:成立了?|调整了?)/u, '');
      if (holder.length > 0 && !/领导小组|小组$/u.test(holder)) return holder;
    }
    // 组长由镇长担任 / 分管领导为王毅 / 组长：局长张三.
    const after = clause.slice(at.index + at[0].length);
    const given = /^(?:由|是|为|：|:)(\p{Script=Han}[\p{Script=Han}、]{0,15}?)(?:担任|兼任|同志)?$/u.exec(after);
    if (given) return given[1];
    // 各村设联络员，由便民服务员担任: the role ends its clause and the next one says who holds it.
    const next = clauses[index + 1];
    const holds =
      after === '' && next !== undefined ? /^(?:均|都|统一)?由(\p{Script=Han}[\p{Script=Han}、]{0,15}?)(?:担任|兼任)$/u.exec(next) : null;
    if (holds) return holds[1];
  }
  return undefined;
}

/** What the sentences (of one report) say of the role asked: the first that gives its holder, else the first that names it. */
export function roleStated(sentences: readonly string[], asked: RoleAsked): RoleStated | undefined {
  let mentioned: RoleStated | undefined;
  for (const sentence of sentences) {
    if (!asked.pattern.test(sentence)) continue;
    if (asked.role === '负责' && !/公开/u.test(sentence)) continue;
    const holder = holderIn(sentence, asked);
    if (holder) return { sentence, holder, named: POST_BEFORE_NAME.test(holder) };
    if (!mentioned && asked.role !== '负责') mentioned = { sentence, named: false };
  }
  return mentioned;
}

/** The reply to a role asked of one report: the holder quoted with its sentence, or that the report does not say. */
export function roleAnswer(
  asked: RoleAsked,
  stated: RoleStated | undefined,
  of: { agency: string; year: number; cite: string },
): { kind: 'text' | 'refusal'; answer: string } {
  const who = asked.role === '负责' ? '谁负责政府信息公开工作' : `${asked.role}是谁`;
  const lead = `${of.agency}${of.year}年`;
  if (!stated) return { kind: 'refusal', answer: `${lead}的年度报告中没有写明${who}，无法回答。` };
  const quoted = stated.sentence.length > 160 ? `${stated.sentence.slice(0, 157)}…` : stated.sentence;
  // A refusal never carries a figure: the sentence is quoted in it only when it holds no digit.
  const quote = /\d/.test(quoted) ? '' : `\n原文：“${quoted}”`;
  if (!stated.holder)
    return {
      kind: 'refusal',
      answer: `${lead}报告只提到${asked.role === '负责' ? '有人负责' : asked.role}，没有写明${who}，无法回答。${quote}`,
    };
  if (asked.nameAsked && !stated.named)
    return {
      kind: 'refusal',
      answer: `${lead}报告写明${asked.role}由${stated.holder}担任，没有写其姓名，无法回答。${quote}`,
    };
  const holds = asked.role === '负责' ? `由${stated.holder}负责政府信息公开工作` : `${asked.role}：${stated.holder}`;
  return { kind: 'text', answer: `${lead}报告写明${holds}。\n原文：“${quoted}”\n${of.cite}` };
}
