import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/components/charts/wrapped-tick';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('预防化解信访问题', 11)).toEqual(['预防化解信访问题']);
  });

  it('breaks Chinese by characters at the limit', () => {
    expect(wrapLabel('新兴领域党建工作覆盖面持续扩大', 11)).toEqual(['新兴领域党建工作覆盖面', '持续扩大']);
  });

  it('never starts a line with a closing bracket: it stays on the line before', () => {
    expect(wrapLabel('领导干部接访下访（人次）', 11)).toEqual(['领导干部接访下访（人次）']);
  });

  it('never starts a line with Chinese punctuation', () => {
    expect(wrapLabel('一二三四五六七八九十，之后', 10)).toEqual(['一二三四五六七八九十，', '之后']);
  });

  it('breaks other text by words, twice as many characters', () => {
    expect(wrapLabel('Leaders meeting petitioners (visits)', 11)).toEqual(['Leaders meeting', 'petitioners (visits)']);
  });
});
