/**
 * The real guides qaguide28 added (guides-42, asked by guide-questions-42): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide28’s real guides (guides-42)', 'guides-42', {
  atLeast: 6,
  ask: '济源退役军人局传真',
  answerContains: '0391-6638081',
});
