/**
 * 是不是搞错了 才6条 / 你搞错了吧 这么多 / 不对吧 也太少了 right after a figure: the asker doubts the figure just answered,
 * with a remark on its size. The figure is said again with where it comes from, never read as a new question:
 * the remark's words (才, 这么多) named nothing the report holds, and a correction frame took 你搞错了 off, leaving 吧 这么多.
 */

/**
 * The doubt, then a remark on the figure's size (才6条, 这么多, 也太少了吧, 怎么才这么点). A doubt alone (没搞错吧, 你确定吗) stays
 * small talk, answered with where every answer comes from, never the figure again.
 */
const FIGURE_DOUBTED = new RegExp(
  [
    '^(?:那|这)?(?:(?:是不是|是否|会不会|该不会|怕不是)?(?:你|您)?(?:们)?(?:搞错|弄错|看错|算错|写错|查错|统计错)了?(?:吧|吗|么|啊|呀|哦)?',
    '|没(?:有)?(?:搞错|弄错|看错|算错)(?:吧|吗|么)?|不对吧|不会吧|有没有搞错)',
    '[，,。！!？?\\s~～…]*',
    '(?:(?:怎么|咋|真的|就|才|只有|只|有|这么|那么|这|那|太|也太|好|那就)*',
    '(?:\\d+(?:\\.\\d+)?[条件个项篇次份期场名人]?|多|少|点|一点)(?:了|啊|呀|吧|吗|么|点|些|呢|的|哦)*)',
    '[？?。!！～~…]*$',
  ].join(''),
);

/** Whether the message doubts the figure just answered with a remark on its size, and asks nothing else. */
export function doubtsLastFigure(text: string): boolean {
  const bare = text.trim();
  return bare.length > 0 && bare.length <= 20 && FIGURE_DOUBTED.test(bare);
}

/** The doubted figure said again: whose, which year, what, where the report prints it, and its sentence when read from one. */
export function doubtedFigureAnswer(
  figure: { agency: string; year: number; value: string; unit: string; name: string; report: string; section: string },
  sentence: string | undefined,
): string {
  const what = figure.name ? `的${figure.name}` : '';
  const quoted = sentence ? `\n原文：“${sentence.length > 160 ? `${sentence.slice(0, 160)}…` : sentence}”` : '';
  return `这个数字摘自报告原文：${figure.agency}${figure.year}年${what}是${figure.value}${figure.unit}，见${figure.report}${figure.section}。${quoted}\n如有出入，以机关公布的报告原文为准。`;
}
