/**
 * The width of a chart's text, and its row labels wrapped to the room they have. The chart's text is
 * 14px, or 18px in elder mode: widths are reckoned at 18px, so what fits in elder mode fits in both.
 * They are estimated per character (no DOM measuring, so the drawing's size is known before it is drawn).
 */

/** The largest chart text (--chart-font-size in elder mode), in px. */
export const CHART_TEXT_PX = 18;

/** The distance between the lines of a row label: 1.25 × the largest chart text. */
export const LABEL_LINE_HEIGHT = CHART_TEXT_PX * 1.25;

/**
 * Beside the bars, a label has the category axis (190px) less the gap before the axis line (6px):
 * 184px, 10.2em of elder mode's 18px text; 9.5 leaves room for the estimate to be short.
 */
export const SIDE_LABEL_EM = 9.5;

/**
 * On a phone a label sits above its bars: the plot is ~248px wide at 320px in elder mode, 13.8em;
 * 12 leaves room for the estimate to be short.
 */
export const NARROW_LABEL_EM = 12;

/** Punctuation that Chinese typesetting never puts at the start of a line, or at its end (避头尾). */
const NO_LINE_START = /^[）」』】〉》〕］｝，。、；：！？…%)\]}.,;:!?]/;
const NO_LINE_END = /^[（「『【〈《〔［｛([{]$/;
const CLOSING_BRACKET = /^[）」』】〉》〕］｝)\]}]$/;
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const WIDE = /[MWmw@%]/;
const NARROW = /[iljtfrI.,:;'’!|()[\] ]/;

/** A character's width in em, estimated for the sans-serif fonts of the app's stack. */
function charEm(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (WIDE.test(char)) return 0.85;
  if (NARROW.test(char)) return 0.3;
  if (/[A-Z]/.test(char)) return 0.65;
  return 0.55;
}

/** A text's estimated width in em. */
export function textEm(text: string): number {
  return Array.from(text).reduce((sum, char) => sum + charEm(char), 0);
}

/** A chart text's estimated width in px, at the largest chart text: a value, a tick's label. */
export function textPx(text: string): number {
  return textEm(text) * CHART_TEXT_PX;
}

/** Where the line's last bracket opens, if it is not closed on the line; -1 if none is open. */
function unclosedBracket(line: readonly string[]): number {
  for (let index = line.length - 1; index >= 0; index -= 1) {
    const char = line[index] ?? '';
    if (NO_LINE_END.test(char)) return index;
    if (CLOSING_BRACKET.test(char)) return -1;
  }
  return -1;
}

/**
 * What of a full line of Chinese goes down to the next with `next`: the bracket still open and what
 * follows it, or else the character before a closing mark, or an opening bracket left at the end.
 */
function carriedDown(line: string[], next: string): string[] {
  if (NO_LINE_START.test(next)) {
    const open = unclosedBracket(line);
    return line.splice(open > 0 ? open : Math.max(1, line.length - 1));
  }
  return line.length > 1 && NO_LINE_END.test(line[line.length - 1] ?? '') ? line.splice(-1) : [];
}

/**
 * Splits a label into lines of at most `maxEm`: Chinese by characters, other text by words and after
 * slashes and hyphens (a word longer than the line keeps a line of its own). A line neither starts
 * with a closing mark nor ends with an opening one (避头尾): what would goes down with the next line.
 */
export function wrapLabel(label: string, maxEm: number): string[] {
  const chinese = /[\u3400-\u9fff]/.test(label);
  // Other text breaks between words, and after a slash or a hyphen ("villages/ communities"): each
  // piece carries the space before it, dropped where it starts a line.
  const units = chinese ? Array.from(label) : (label.match(/\s*[^\s/-]+[/-]?|\s*[/-]/g) ?? [label]);
  const lines: string[][] = [];
  let line: string[] = [];
  for (const unit of units) {
    if (line.length > 0 && textEm([...line, unit].join('')) > maxEm) {
      // A Latin word carries its own punctuation.
      const carried = chinese ? carriedDown(line, unit) : [];
      lines.push(line);
      line = [...carried, unit.trimStart()];
    } else {
      line.push(unit);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.map((units) => units.join('').trim());
}

/**
 * As wrapLabel, in as few lines, but as even as they can be: the narrowest room, in steps of a quarter
 * em, that still takes no more lines. "党建引领基层治理协调机制成员单位" goes in two lines of eight, not
 * eleven and five, which would break 机制 in two and leave a short last line. A last line that is a
 * bracketed qualifier stays as it is.
 */
export function balancedLabel(label: string, maxEm: number): string[] {
  const lines = wrapLabel(label, maxEm);
  // A bracketed qualifier on a line of its own, "（人次）", reads best as it is.
  if (lines.length < 2 || NO_LINE_END.test(Array.from(lines.at(-1) ?? '')[0] ?? '')) return lines;
  for (let room = Math.floor((textEm(label) / lines.length) * 4) / 4; room < maxEm; room += 0.25) {
    const even = wrapLabel(label, room);
    if (even.length === lines.length) return even;
  }
  return lines;
}

/** The lines of a row label beside its bars (a wide screen). */
export function sideLabelLines(label: string): string[] {
  return balancedLabel(label, SIDE_LABEL_EM);
}

/** The lines of a row label above its bars (a phone). */
export function narrowLabelLines(label: string): string[] {
  return balancedLabel(label, NARROW_LABEL_EM);
}
