/**
 * What the report's figures count, in plain words (予以公开是什么意思, 什么叫结转下年度, 尚未审结指的是什么, and 啥意思 after a
 * figure): each row, group and column of tables 二–四 (docs/FORMAT.md), with the article of the regulation it rests on
 * (docs/REGULATION.md). The words are the project's own explanation of the format, not any report's.
 */

/** A meaning and where it comes from. */
export interface TermMeaning {
  /** The name the answer gives it (the format's own words). */
  name: string;
  meaning: string;
  source: string;
}

const FORMAT = '国办公开办函〔2021〕30号';
const REG = (articles: string) => `《政府信息公开条例》${articles}；${FORMAT}`;

/** By the figure's key (a row, a group of rows, or a column of tables 三 and 四). */
const MEANINGS: Record<string, TermMeaning> = {
  received: {
    name: '本年新收政府信息公开申请数量',
    meaning: '这一年（1月1日至12月31日）机关新收到的政府信息公开申请件数，按申请人分为自然人和法人或其他组织。',
    source: FORMAT,
  },
  carried_over: {
    name: '上年结转政府信息公开申请数量',
    meaning: '上一年收到、到年底还没办完、转到这一年继续办理的申请件数。',
    source: FORMAT,
  },
  granted: {
    name: '予以公开',
    meaning: '申请公开的信息可以公开，机关全部提供给申请人（或告知获取的方式、途径和时间）的件数。',
    source: REG('第三十六条'),
  },
  partly_granted: {
    name: '部分公开',
    meaning: '申请的信息里有的能公开、有的不能公开，机关把能公开的部分提供给申请人的件数（区分处理）。',
    source: REG('第三十七条'),
  },
  withheld: {
    name: '不予公开',
    meaning:
      '申请的信息依法不能公开，机关告知申请人不予公开并说明理由的件数。理由分八类：属于国家秘密；其他法律行政法规禁止公开；公开后危及国家安全、公共安全、经济安全、社会稳定（“三安全一稳定”）；保护第三方合法权益（商业秘密、个人隐私等）；三类内部事务信息；四类过程性信息；行政执法案卷；行政查询事项。',
    source: REG('第十四条、第十五条、第十六条、第三十六条'),
  },
  'withheld.state_secret': { name: '属于国家秘密', meaning: '申请的信息依法确定为国家秘密，不予公开的件数。', source: REG('第十四条') },
  'withheld.prohibited_by_law': {
    name: '其他法律行政法规禁止公开',
    meaning: '法律、行政法规禁止公开的信息，不予公开的件数。',
    source: REG('第十四条'),
  },
  'withheld.security_stability': {
    name: '危及“三安全一稳定”',
    meaning: '公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息，不予公开的件数。',
    source: REG('第十四条'),
  },
  'withheld.third_party': {
    name: '保护第三方合法权益',
    meaning:
      '涉及商业秘密、个人隐私等，公开会损害第三方合法权益的信息，不予公开的件数（第三方同意或不公开会对公共利益造成重大影响的除外）。',
    source: REG('第十五条'),
  },
  'withheld.internal_affairs': {
    name: '属于三类内部事务信息',
    meaning: '机关的人事管理、后勤管理、内部工作流程等内部事务信息，不予公开的件数。',
    source: REG('第十六条'),
  },
  'withheld.process_information': {
    name: '属于四类过程性信息',
    meaning: '履行职责过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，不予公开的件数。',
    source: REG('第十六条'),
  },
  'withheld.enforcement_files': { name: '属于行政执法案卷', meaning: '行政执法案卷信息，不予公开的件数。', source: REG('第十六条') },
  'withheld.inquiry_matters': {
    name: '属于行政查询事项',
    meaning: '申请的是工商、不动产登记资料等法律、行政法规对获取另有规定的信息，机关告知按那些规定去查询的件数。',
    source: REG('第三十六条'),
  },
  unavailable: {
    name: '无法提供',
    meaning: '机关没法提供所申请信息的件数，分三种：本机关不掌握相关政府信息；没有现成信息、需要另行制作；补正后申请内容仍不明确。',
    source: REG('第三十条、第三十六条、第三十八条'),
  },
  'unavailable.not_held': {
    name: '本机关不掌握相关政府信息',
    meaning: '经检索没有所申请的信息，或信息不归本机关负责公开，告知申请人的件数（能确定负责机关的，告知其名称和联系方式）。',
    source: REG('第三十六条'),
  },
  'unavailable.needs_creation': {
    name: '没有现成信息需要另行制作',
    meaning: '申请的信息要机关对现有信息加工、分析才能形成，机关一般不需要另行制作，因此无法提供的件数。',
    source: REG('第三十八条'),
  },
  'unavailable.still_unclear': {
    name: '补正后申请内容仍不明确',
    meaning: '机关要求申请人补正后，申请的内容仍然不明确、无法办理的件数。',
    source: REG('第三十条'),
  },
  not_processed: {
    name: '不予处理',
    meaning:
      '不属于信息公开申请或不合理的申请，机关不作处理的件数，分五种：信访举报投诉类申请；重复申请；要求提供公开出版物；无正当理由大量反复申请；要求行政机关确认或重新出具已获取信息。',
    source: REG('第三十五条、第三十六条、第三十九条'),
  },
  'not_processed.petition': {
    name: '信访举报投诉类申请',
    meaning: '以信息公开申请的形式进行信访、投诉、举报，机关告知通过相应渠道提出、不作为信息公开申请处理的件数。',
    source: REG('第三十九条'),
  },
  'not_processed.duplicate': {
    name: '重复申请',
    meaning: '申请人重复申请公开同一信息，机关不重复处理的件数。',
    source: REG('第三十六条'),
  },
  'not_processed.publication': {
    name: '要求提供公开出版物',
    meaning: '申请要的是政府公报、报刊、书籍等公开出版物，机关告知获取途径的件数。',
    source: REG('第三十九条'),
  },
  'not_processed.excessive': {
    name: '无正当理由大量反复申请',
    meaning: '申请的数量、频次明显超过合理范围又说不出正当理由，机关不予处理的件数。',
    source: REG('第三十五条'),
  },
  'not_processed.reconfirmation': {
    name: '要求行政机关确认或重新出具已获取信息',
    meaning: '申请人要机关确认、或重新出具已经拿到的信息，机关不予处理的件数。',
    source: FORMAT,
  },
  other_handling: {
    name: '其他处理',
    meaning: '不属于以上结果的其他办理情况：申请人无正当理由逾期不补正（视为放弃申请）、逾期未按收费通知缴纳费用，以及其他情形。',
    source: REG('第三十条、第四十二条'),
  },
  'other_handling.no_correction': {
    name: '申请人无正当理由逾期不补正',
    meaning: '机关要求补正申请，申请人没有正当理由、过了期限也不补正，视为放弃申请的件数。',
    source: REG('第三十条'),
  },
  'other_handling.fee_unpaid': {
    name: '申请人逾期未按收费通知要求缴纳费用',
    meaning: '机关按规定通知收取信息处理费，申请人逾期没有缴纳，视为放弃申请的件数。',
    source: `${REG('第四十二条')}；国办函〔2020〕109号`,
  },
  'other_handling.other': { name: '其他', meaning: '不属于以上任何一种的其他处理情况的件数。', source: FORMAT },
  handled_total: {
    name: '办理结果总计',
    meaning: '这一年办完（已作出答复或处理）的申请件数，等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各项之和。',
    source: FORMAT,
  },
  carried_forward: {
    name: '结转下年度继续办理',
    meaning: '到年底还没办完、转到下一年继续办理的申请件数。新收加上年结转，等于办结总计加结转下年度。',
    source: FORMAT,
  },
  rules: {
    name: '规章',
    meaning: '表二第（一）项：这一年制定发布（制发）、废止的规章件数，和年底仍然有效的规章件数。',
    source: REG('第二十条'),
  },
  normative_documents: {
    name: '行政规范性文件',
    meaning: '表二第（一）项：这一年制发、废止的行政规范性文件件数，和年底现行有效的件数。',
    source: REG('第二十条'),
  },
  licensing: {
    name: '行政许可',
    meaning: '表二第（五）项：这一年作出的行政许可处理决定的数量（准予或不予许可的决定），不是信息公开申请。',
    source: REG('第二十条'),
  },
  penalties: { name: '行政处罚', meaning: '表二第（六）项：这一年作出的行政处罚决定的数量。', source: REG('第二十条') },
  coercive_measures: { name: '行政强制', meaning: '表二第（六）项：这一年作出的行政强制决定的数量。', source: REG('第二十条') },
  fees_wan_yuan: {
    name: '行政事业性收费',
    meaning: '表二第（八）项：这一年收取行政事业性收费的金额，单位万元；不是信息公开的信息处理费。',
    source: REG('第二十条'),
  },
  review: {
    name: '行政复议',
    meaning: '申请人不服机关的信息公开工作（如答复），向复议机关申请行政复议的案件数，按结果分结果维持、结果纠正、其他结果、尚未审结。',
    source: REG('第五十一条'),
  },
  litigation_direct: {
    name: '未经复议直接起诉',
    meaning: '没有先申请行政复议、直接向法院提起行政诉讼的政府信息公开案件数。',
    source: REG('第五十一条'),
  },
  litigation_after_review: {
    name: '复议后起诉',
    meaning: '先申请行政复议、对复议结果不服再向法院起诉的政府信息公开案件数。',
    source: REG('第五十一条'),
  },
  litigation: {
    name: '行政诉讼',
    meaning: '不服机关的信息公开工作、向法院起诉的案件数，分未经复议直接起诉和复议后起诉两类。',
    source: REG('第五十一条'),
  },
  upheld: { name: '结果维持', meaning: '复议机关或法院认为机关的做法合法，维持了它的答复或处理的案件数。', source: FORMAT },
  corrected: {
    name: '结果纠正',
    meaning: '复议机关或法院撤销、变更、确认违法或责令重新答复等，纠正了机关的答复或处理的案件数。',
    source: FORMAT,
  },
  other_result: { name: '其他结果', meaning: '驳回申请、申请人撤回、终止等维持和纠正以外的结果的案件数。', source: FORMAT },
  pending: { name: '尚未审结', meaning: '到年底复议或诉讼还没有审理结束的案件数。', source: FORMAT },
  natural_person: { name: '自然人', meaning: '以个人身份提出申请的公民。', source: FORMAT },
  legal_persons: {
    name: '法人或其他组织',
    meaning: '以单位名义提出申请的，分商业企业、科研机构、社会公益组织、法律服务机构（如律师事务所）和其他组织。',
    source: FORMAT,
  },
  business: { name: '商业企业', meaning: '以公司、企业名义提出申请的。', source: FORMAT },
  research: { name: '科研机构', meaning: '以科研院所等科研机构名义提出申请的。', source: FORMAT },
  public_interest: { name: '社会公益组织', meaning: '以社会公益组织名义提出申请的。', source: FORMAT },
  legal_services: { name: '法律服务机构', meaning: '以律师事务所等法律服务机构名义提出申请的。', source: FORMAT },
  other_org: { name: '其他组织', meaning: '以上述以外的其他组织名义提出申请的。', source: FORMAT },
};

/** The words citizens call each term by (besides its name), longest tried first. */
const NAMES: ReadonlyArray<readonly [string, string]> = (
  [
    ...Object.entries(MEANINGS).map(([key, term]): [string, string] => [term.name, key]),
    ['本年新收', 'received'],
    ['新收申请', 'received'],
    ['新收', 'received'],
    ['上年结转', 'carried_over'],
    ['结转上年', 'carried_over'],
    ['全部公开', 'granted'],
    ['国家秘密', 'withheld.state_secret'],
    ['三安全一稳定', 'withheld.security_stability'],
    ['第三方合法权益', 'withheld.third_party'],
    ['内部事务信息', 'withheld.internal_affairs'],
    ['内部事务', 'withheld.internal_affairs'],
    ['过程性信息', 'withheld.process_information'],
    ['行政执法案卷', 'withheld.enforcement_files'],
    ['行政查询事项', 'withheld.inquiry_matters'],
    ['本机关不掌握', 'unavailable.not_held'],
    ['信息不存在', 'unavailable.not_held'],
    ['需要另行制作', 'unavailable.needs_creation'],
    ['另行制作', 'unavailable.needs_creation'],
    ['信访举报投诉类', 'not_processed.petition'],
    ['公开出版物', 'not_processed.publication'],
    ['大量反复申请', 'not_processed.excessive'],
    ['逾期不补正', 'other_handling.no_correction'],
    ['办结', 'handled_total'],
    ['总计', 'handled_total'],
    ['结转下年度', 'carried_forward'],
    ['结转下一年', 'carried_forward'],
    ['结转', 'carried_forward'],
    ['规范性文件', 'normative_documents'],
    ['行政复议', 'review'],
    ['复议', 'review'],
    ['直接起诉', 'litigation_direct'],
    ['行政诉讼', 'litigation'],
    ['维持', 'upheld'],
    ['纠正', 'corrected'],
    ['未审结', 'pending'],
    ['法人', 'legal_persons'],
    ['法人或其他组织', 'legal_persons'],
    ['律所', 'legal_services'],
  ] satisfies Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

/** The meaning of the term written, when it is one of the report's (the whole words, a 的/这个/“” around them left out). */
export function termNamed(words: string): TermMeaning | undefined {
  const term = words
    .replace(/^(?:这个|那个|这|那|你说的|年报里的?|报告里的?|表里的?)/, '')
    .replace(/^[“"「]|[”"」]$/g, '')
    .replace(/(?:数量|件数|的数量|数|这一项|这项|这栏|一栏|那栏)$/, '');
  const found = NAMES.find(([name]) => name === term);
  return found ? MEANINGS[found[1]] : undefined;
}

/** The meaning of a figure's key (received.natural_person → the row's; withheld.third_party.total → that reason's; review.upheld → 结果维持). */
export function termOfFact(key: string): TermMeaning | undefined {
  const parts = key.split('.');
  const last = parts[parts.length - 1];
  const rowKey = parts.slice(0, -1).join('.');
  if (parts.length > 1 && MEANINGS[rowKey]) {
    if (APPEAL_ROWS.has(rowKey) && last !== 'total') return MEANINGS[last === 'other' ? 'other_result' : last] ?? MEANINGS[rowKey];
    return MEANINGS[rowKey];
  }
  return MEANINGS[key];
}

/** Table 四's groups, whose columns (维持, 纠正 …) say more of a figure than the group. */
const APPEAL_ROWS = new Set(['review', 'litigation_direct', 'litigation_after_review']);

/**
 * 予以公开是什么意思 / 什么叫结转下年度 / 尚未审结指的是什么 / “部分公开”啥意思: the words asked the meaning of, or undefined.
 * (A bare 啥意思 after an answer is no term: the engine reads it against the figure just answered.)
 */
export const TERM_ASKED =
  /^(?:请问|我想问(?:一下)?|问一下|想问下)?[，,\s]*(?:什么(?:叫|是)(?:做)?|啥(?:叫|是)|何为|何谓)([^，。？?]{2,20}?)(?:啊|呀|呢)?[?？。]*$|^(?:请问)?[，,\s]*([^，。？?]{2,20}?)(?:是|指的是|指|说的是)?(?:什么|啥)意思(?:啊|呀|呢)?[?？。]*$|^(?:请问)?[，,\s]*([^，。？?]{2,20}?)(?:是|指的是|指)(?:什么|啥)(?:啊|呀|呢)?[?？。]*$/;

/** 啥意思 / 什么意思 / 这是什么意思 / 这个数什么意思 / 那个1681是什么意思 (after a figure): the figure just answered is meant. */
export const LAST_MEANING_ASKED =
  /^(?:那|这|那个|这个|这些|那些)?(?:是|个|数|数字|(\d+(?:\.\d+)?)(?:件|条|个|次|万元)?)?(?:是|指的是|指)?(?:什么|啥)意思(?:啊|呀|呢)?[?？。]*$|^(?:没看懂|看不懂|不懂|不明白|没懂)(?:啊|呀)?[?？。]*$/;

/** The answer's text: the term, its meaning, and its source. */
export function meaningText(term: TermMeaning): string {
  return `“${term.name}”：${term.meaning}（依据：${term.source}）`;
}
