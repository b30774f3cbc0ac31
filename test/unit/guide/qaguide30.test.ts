/**
 * The real guides qaguide30 added (guides-44, asked by guide-questions-44): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide30’s real guides (guides-44)', 'guides-44', {
  atLeast: 6,
  ask: '运城市生态环境局信息公开电话',
  answerContains: '2628208',
});
