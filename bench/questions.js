/**
 * A realistic mix of citizens' questions over whatever the database holds: figures, prose
 * figures, contacts, sections, rankings across agencies, the disclosure guide, follow-ups and
 * questions that must be refused. Agencies and years are drawn from the store, so most
 * questions name a report that exists, as real traffic does.
 */
import { agencyAliases } from '../dist/report/agency-names.js';
import { random } from './synthetic.js';

const FIGURES = [
  '{a}{y}年办理了几件行政许可？',
  '{a}{y}年收到了多少件政府信息公开申请？',
  '{a}{y}年收到的申请都是谁提出的？',
  '{a}{y}年有没有被申请行政复议？',
  '{a}{y}年行政处罚多少件？',
  '{a}{y}年不予公开的有多少件？',
  '{a}{y}年予以公开了几件？',
  '{a}{y}年行政诉讼情况如何？',
  '{a}{y}年的办理结果是怎样的？',
  '{a}{y}年结转下年度继续办理的有几件？',
];
const PROSE = [
  '{a}{y}年主动公开了多少条信息？',
  '{a}{y}年开展了几次政务公开培训？',
  '{a}{y}年政务新媒体有多少人关注？',
  '{a}{y}年收了信息处理费吗？',
];
/** Figures and yes/no only the prose states: answered by sentence retrieval (jieba + FTS5). */
const RETRIEVAL = [
  '{a}{y}年选聘了几名科技特派员？',
  '{a}{y}年通过政府网站发布了多少条信息？',
  '{a}{y}年有微信公众号吗？',
  '{a}{y}年培育了几家科技型中小企业？',
  '{a}{y}年部门工作动态发了几条？',
  '{a}{y}年有几辆公务车？',
];
const CONTACTS = ['{a}的联系电话是多少？', '{a}在哪里办公？地址是什么？', '怎么联系{a}？'];
const SECTIONS = ['{a}{y}年存在哪些问题？', '{a}{y}年下一步有什么改进措施？', '{a}{y}年的总体情况怎么样？'];
const RANKINGS = [
  '{y}年哪个机关办理的行政许可最多？',
  '{y}年哪个单位收到的政府信息公开申请最多？',
  '{y}年哪个机关主动公开的信息最多？',
  '{y}年哪些机关被申请了行政复议？',
  '{y}年行政处罚最少的是哪个机关？',
];
const GUIDE = [
  '怎么申请政府信息公开？',
  '申请政府信息公开多久能答复？',
  '申请政府信息公开要交钱吗？',
  '我今天提交申请，最晚什么时候答复？',
  '对答复不满意怎么办？可以申请行政复议吗？',
  '申请100页要交多少钱？',
  '可以在网上申请吗？',
];
const REFUSALS = [
  '银川市交通运输局{y}年办理了几件行政许可？',
  '{a}2031年收到了多少件申请？',
  '今天天气怎么样？',
  '帮我写一首诗',
  '兰州市市场监管局的电话是多少？',
];
const FOLLOW_UPS = ['那{y}年呢？', '那行政处罚呢？', '那去年呢？'];

/** The mix, by share of traffic. */
export const MIX = [
  { kind: 'figure', share: 0.3, templates: FIGURES },
  { kind: 'prose', share: 0.1, templates: PROSE },
  { kind: 'retrieval', share: 0.08, templates: RETRIEVAL },
  { kind: 'contacts', share: 0.08, templates: CONTACTS },
  { kind: 'section', share: 0.06, templates: SECTIONS },
  { kind: 'ranking', share: 0.06, templates: RANKINGS },
  { kind: 'guide', share: 0.12, templates: GUIDE },
  { kind: 'refusal', share: 0.1, templates: REFUSALS },
  { kind: 'follow-up', share: 0.1, templates: FOLLOW_UPS },
];

/**
 * `count` questions, each with the user who asks it (follow-ups go to a user who just asked a
 * figure question). Deterministic for a given store and seed.
 */
export function questionMix(store, count, { seed = 11, users = 2000 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const agencies = store.agencies();
  const years = store.years();
  const questions = [];
  for (let index = 0; index < count; index += 1) {
    let roll = next();
    const group = MIX.find((entry) => (roll -= entry.share) < 0) ?? MIX[0];
    const agency = pick(agencies);
    const reports = store.reportsOfAgency(agency.id);
    const year = reports.length > 0 ? pick(reports).year : pick(years);
    // People write short forms as often as full names: 安平县科技局, 安平科技局.
    const name = next() < 0.5 ? agency.name : pick(agencyAliases(agency.name));
    const text = pick(group.templates)
      .replaceAll('{a}', name)
      .replaceAll('{y}', String(group.kind === 'follow-up' ? year - 1 : year));
    // A follow-up comes from the user who asked the question before it.
    const user = group.kind === 'follow-up' && index > 0 ? questions[index - 1].user : `user-${Math.floor(next() * users)}`;
    questions.push({ kind: group.kind, text, user });
  }
  return questions;
}
