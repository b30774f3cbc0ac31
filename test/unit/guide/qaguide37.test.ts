/**
 * The real guides qaguide37 added (guides-51, asked by guide-questions-51): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide37’s real guides (guides-51)', 'guides-51', {
  atLeast: 6,
  ask: '平凉市招商局信息公开找哪个部门',
  answerContains: '平凉市招商局办公室',
});
