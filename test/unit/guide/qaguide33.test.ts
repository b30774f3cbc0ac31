/**
 * The real guides qaguide33 added (guides-47, asked by guide-questions-47): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide33’s real guides (guides-47)', 'guides-47', {
  atLeast: 6,
  ask: '东湖街道办事处信息公开传真',
  answerContains: '0755-22259066',
});
