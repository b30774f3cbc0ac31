/**
 * The real guides qaguide47 added (guides-61, asked by guide-questions-61). TODO header.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide47’s real guides (guides-61)', 'guides-61', {
  atLeast: 10,
  ask: '武汉市统计局信息公开传真多少',
  answerContains: '82832993',
});
