/**
 * The real guides qaguide34 added (guides-48, asked by guide-questions-48): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide34’s real guides (guides-48)', 'guides-48', {
  atLeast: 6,
  ask: '厦门市水利局信息公开传真',
  answerContains: '0592-5766818',
});
