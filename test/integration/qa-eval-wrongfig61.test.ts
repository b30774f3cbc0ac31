/**
 * real-questions-wrongfig61 (106 questions): questions written to tempt a wrong cell, over one store of every report folder, from
 * sentences read by hand: a part against its total (县政府网站 of 全县, 街镇 of 全区, 人民网留言 of 网民留言), a thing named only in
 * a list (政务动态信息, 行政处罚结果, 当日回复), a count of another year in the same sentence (含2024年结转12件, 结转2025年, 累计 of
 * 新增), percentages and 同比 (予以公开占比, 同比增长71.9%: no count of the change), none-statements (未收到全国人大代表建议),
 * years not held (向阳区2024年, from a report giving only the change), follow-ups (其中市长信箱呢, 街镇的呢), a cut page's topic
 * label (在行政復議、訴訟方面,也未收到…行政復議申請,也未) and 繁体.
 * First run (the code before this branch, eval CLI over /tmp/all44.db): 99/106, 2 wrong figures: 青浦公安分局 累计主动公开多少
 * answered with the year's 新增…10114条 (the level printed in 件, 39803件); 铜川市公安局 人民网留言几件 with the total 1993件
 * (人民网留言办理8件: 办理 between the noun and its count); 中方縣 有沒有被起訴 answered 有 from the label 在行政复议、诉讼方面 of
 * a sentence cut before it says anything of lawsuits. Four refusals.
 * Fixed (classes): a level asked (累计) is never the year's new items and is read in 件 too (retrieve levelAsked); 办理 between
 * the noun and its count still names it (retrieve countedBefore); a label of several topics opened by 在 and closed by a comma
 * states nothing (retrieve TOPIC_LABEL_BEFORE_COMMA).
 * Final: 102/106; four gaps, all refusals (a group named whole read as joined; two glued bare counts with no measure word
 * near, 87分别为… and 27不予处理3…; 街镇的呢 as a follow-up).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'questions tempting a wrong cell: parts and totals, listed things, other years, percentages, none-statements (real-questions-wrongfig61)',
  ['real-questions-wrongfig61.jsonl'],
  { guides: false },
);
