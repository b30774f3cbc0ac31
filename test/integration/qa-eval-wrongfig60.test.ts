/**
 * real-questions-wrongfig60 (82 questions): wrong figures whose figure is real but answers another part of the question, over
 * one store of every report folder, written as citizens ask (short names, 24年, 写信/邮寄来的/跑去当面, follow-ups 其中信函的几件,
 * 律师事务所的呢, 废止的呢, 那现在还有效的有几个); 26 lines expect a refusal or the report's own "not split" answer. Expected
 * values were read by hand from each page's sentence or table. Three parts:
 * - one way of applying asked (网上申请几件, 信函, 当面/现场, 邮寄): the channel's clause (网络申请8件, 通过政府网站申请9件, 均为网络申请);
 *   where the report counts no channel, "没有按申请渠道分列" (the table's total said to be every channel's, or a refusal);
 * - one kind of applicant asked (企业, 律师, 科研机构, 法人, 个人): its column or clause; where only a group is printed, the group's
 *   count noted as the group's (法人或其他组织申请116件 for 企业: "报告没有单列") or a refusal;
 * - table 二's acts on documents (制发/废止/现行有效 of 规章 or 规范性文件) and 许可/处罚/强制/收费, from tables and sentences.
 * First run (the code before this branch, eval CLI over /tmp/all43.db): 71/82, 10 wrong figures: 长宁区卫健委 企业 answered with
 * 商业企业、科研机构、社会公益组织、法律服务机构等其他组织…4件 and 律师 with the year's 64件; 上海市 废止规范性文件 answered with the
 * 规章's 废止4件 in brackets (规章13件(含…废止4件)); 晋城 废止规范性文件 with 发布…行政规范性文件38件 (the 废止 was of 公文); 宁夏应急厅
 * with 废止的规范性文件和其他文件85件; 2019-layout reports' 现行有效 with the whole 规范性文件 row (对外公开总数量); 沙依巴克区 and 抚宁区
 * 网上申请 with the year's total from a sentence naming channels only as ways offered (以互联网申请、信函申请等多渠道; 大部分通过信函或
 * 在线申请); 新开河街道 网上申请 with 0 from 没有出现应公开而不予公开的办件. One refusal: 合水县 通过政府网站申请9件.
 * Fixed (classes): a count in brackets after a count of 规章 is of 规章 (other-kind-stated bracketed), and an act asked with a
 * kind is never answered by that kind's count of another act; 废止/现行有效 asked against a count naming no act while the sentence
 * names the act elsewhere is refused; a kind joined 和其他文件 is no kind alone; 2019 layout has no 现行有效 column; one
 * organisation asked against several joined, or against the whole the sentence then splits by applicant, is refused
 * (wrong-clause); a channel named in the sentence but not labelling the count answered (nor saying all came that way) is not
 * counted (retrieve applicationChannelCounted).
 * Final: 80/82; two gaps (新开河街道: a none-statement of another thing read as 0 applications of the way asked; 合水县: 通过政府网站
 * 申请9件 not read as 网上, since 政府网站 among the online words turned publishing questions into application ones).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures of another part: ways of applying, kinds of applicant, table 二 acts on documents (real-questions-wrongfig60)',
  ['real-questions-wrongfig60.jsonl'],
  { guides: false },
);
