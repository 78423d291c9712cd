import { describe, expect, it } from 'vitest';
import { balancedLabel, textEm, textPx, wrapLabel } from '../../src/components/charts/label-lines';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('预防化解信访问题', 11)).toEqual(['预防化解信访问题']);
  });

  it('breaks Chinese by characters, a line at most as wide as the room', () => {
    expect(wrapLabel('新兴领域党建工作覆盖面持续扩大', 11)).toEqual(['新兴领域党建工作覆盖面', '持续扩大']);
  });

  it('keeps a bracketed part whole rather than start a line with its closing bracket', () => {
    expect(wrapLabel('领导干部接访下访（人次）', 11)).toEqual(['领导干部接访下访', '（人次）']);
  });

  it('never starts a line with Chinese punctuation: the character before goes down with it', () => {
    expect(wrapLabel('一二三四五六七八九十，之后', 10)).toEqual(['一二三四五六七八九', '十，之后']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(wrapLabel('一二三四五六七八九（十）', 10)).toEqual(['一二三四五六七八九', '（十）']);
  });

  it('breaks other text by words, by their estimated width', () => {
    expect(wrapLabel('Leaders meeting petitioners (visits)', 11)).toEqual(['Leaders meeting', 'petitioners (visits)']);
    expect(wrapLabel('Communities covered by the clean-up', 11)).toEqual(['Communities covered', 'by the clean-up']);
  });

  it('breaks a long word after a slash or a hyphen, as English may', () => {
    expect(wrapLabel('Plaques on villages/communities, inside and out', 10)).toEqual(['Plaques on villages/', 'communities, inside', 'and out']);
    expect(wrapLabel('Residential-compound Party organisations', 8)).toEqual(['Residential-', 'compound Party', 'organisations']);
  });

  it('lets every line fit, unless a single word is wider than the room', () => {
    const label = 'Party organisations newly set up in "two new" organisations';
    for (const line of wrapLabel(label, 11)) expect(textEm(line)).toBeLessThanOrEqual(11);
    expect(wrapLabel('Internationalisation', 5)).toEqual(['Internationalisation']);
  });
});

describe('balancedLabel', () => {
  it('evens out the lines of a label in as many lines as it needs', () => {
    expect(wrapLabel('党建引领基层治理协调机制成员单位', 11)).toEqual(['党建引领基层治理协调机', '制成员单位']);
    expect(balancedLabel('党建引领基层治理协调机制成员单位', 11)).toEqual(['党建引领基层治理', '协调机制成员单位']);
    expect(balancedLabel('Residential-compound Party organisations', 11)).toEqual(['Residential-compound', 'Party organisations']);
  });

  it('keeps a label that fits on one line, and the rules of where a line may break', () => {
    expect(balancedLabel('预防化解信访问题', 11)).toEqual(['预防化解信访问题']);
    expect(balancedLabel('领导干部接访下访（人次）', 11)).toEqual(['领导干部接访下访', '（人次）']);
    for (const label of ['新兴领域党建工作覆盖面持续扩大', 'Party organisations newly set up in "two new" organisations']) {
      const lines = balancedLabel(label, 11);
      expect(lines).toHaveLength(wrapLabel(label, 11).length);
      for (const line of lines) expect(textEm(line)).toBeLessThanOrEqual(11);
    }
  });
});

describe('textPx', () => {
  it('reckons a value at elder mode\'s 18px: a Chinese unit at a full em, digits at about half', () => {
    expect(textPx('人次')).toBe(36);
    // Noto Sans CJK SC at 18px: a digit is 9.9px, a comma 4.95px, so "10,000" is 54.45px.
    expect(textPx('10,000')).toBeGreaterThanOrEqual(54.45);
    expect(textPx('10,000')).toBeLessThan(58.5);
  });
});
