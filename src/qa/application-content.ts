/**
 * What an application asked for, when a report says it (申请公开内容是2014年…贫困户数, 申请内容为要求公开…处罚结果): most
 * reports count applications and never say, so 那个申请是问什么的 is refused unless the report's own sentence states it.
 */

import { sentences as proseSentences } from '../report/prose.js';

/** A sentence saying what an application asked to be disclosed: 申请(公开)(的)内容是/为/：…. */
const CONTENT_STATED = /申请(?:公开)?(?:的)?(?:信息)?内容(?:是|为|系|[：:])\s*(?=\S)/;

/**
 * The sentence of the report's sections (in the order given) that states what an application asked for, with the one
 * before it when that one counts the applications it speaks of (收到1条…申请。申请公开内容是…); undefined when none does.
 */
export function applicationContentStated(
  sections: ReadonlyArray<readonly [key: string, text: string]>,
): { sectionKey: string; sentence: string } | undefined {
  for (const [sectionKey, text] of sections) {
    if (!CONTENT_STATED.test(text)) continue;
    const sentences = proseSentences(text);
    const at = sentences.findIndex((sentence) => CONTENT_STATED.test(sentence));
    if (at < 0) continue;
    const before =
      at > 0 && /申请/.test(sentences[at - 1]) && /\d|[一二两三四五六七八九十]/.test(sentences[at - 1]) ? sentences[at - 1] : '';
    return { sectionKey, sentence: `${before}${sentences[at]}` };
  }
  return undefined;
}
