/**
 * The real guides qaguide31 added (guides-45, asked by guide-questions-45): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide31’s real guides (guides-45)', 'guides-45', {
  atLeast: 6,
  ask: '白银市国土资源局信息公开传真',
  answerContains: '0943-8221545',
});
