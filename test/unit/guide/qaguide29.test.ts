/**
 * The real guides qaguide29 added (guides-43, asked by guide-questions-43): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide29’s real guides (guides-43)', 'guides-43', {
  atLeast: 6,
  ask: '安徽省邮政管理局信息公开网站',
  answerContains: 'ah.spb.gov.cn',
});
