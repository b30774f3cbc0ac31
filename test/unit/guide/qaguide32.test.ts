/**
 * The real guides qaguide32 added (guides-46, asked by guide-questions-46): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide32’s real guides (guides-46)', 'guides-46', {
  atLeast: 6,
  ask: '交通运输部信息公开传真',
  answerContains: '010-65293464',
});
