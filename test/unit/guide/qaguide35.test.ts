/**
 * The real guides qaguide35 added (guides-49, asked by guide-questions-49): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide35’s real guides (guides-49)', 'guides-49', {
  atLeast: 6,
  ask: '信阳市粮食和物资储备局信息公开传真',
  answerContains: '0376-6380070',
});
