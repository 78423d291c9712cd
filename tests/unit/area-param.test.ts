import { describe, expect, it } from 'vitest';
import { parseAreaParam, serializeAreaParam, unreadAreaParts } from '../../src/features/filters/area-param';

const ALL = ['new-sectors', 'governance', 'service'];

describe('parseAreaParam', () => {
  it('reads one area or several, in the nav order', () => {
    expect(parseAreaParam('governance')).toEqual(['governance']);
    expect(parseAreaParam('service,new-sectors')).toEqual(['new-sectors', 'service']);
  });

  it('reads it as a person might type it: any case, a Chinese comma, the param given twice', () => {
    expect(parseAreaParam('GOVERNANCE')).toEqual(['governance']);
    expect(parseAreaParam('Service， New-Sectors')).toEqual(['new-sectors', 'service']);
    expect(parseAreaParam(['governance', 'service'])).toEqual(['governance', 'service']);
  });

  it('drops unknown values and keeps the known ones', () => {
    expect(parseAreaParam('bogus,service')).toEqual(['service']);
  });

  it.each([null, '', 'bogus', ',,', '<script>'])('falls back to every area for %j', (value) => {
    expect(parseAreaParam(value)).toEqual(ALL);
  });
});

describe('unreadAreaParts', () => {
  it('gives what names no area, as typed, each once', () => {
    expect(unreadAreaParts('bogus,service, Bogus ,bogus')).toEqual({ values: ['bogus', 'Bogus'], fellBack: false });
    expect(unreadAreaParts(['治理', 'governance'])).toEqual({ values: ['治理'], fellBack: false });
  });

  it('says when nothing in it named an area, whatever else it named', () => {
    expect(unreadAreaParts('bogus，治理')).toEqual({ values: ['bogus', '治理'], fellBack: true });
    expect(unreadAreaParts('new-sectors,governance,service,bogus')).toEqual({ values: ['bogus'], fellBack: false });
  });

  it.each([null, '', ',，', 'governance', 'SERVICE，new-sectors'])('finds nothing unread in %j', (value) => {
    expect(unreadAreaParts(value).values).toEqual([]);
  });

  it('cuts a long value to 30 characters, never inside a character', () => {
    const [long] = unreadAreaParts('x'.repeat(29) + '😀'.repeat(5)).values;
    expect(long).toBe('x'.repeat(29) + '😀…');
  });
});

describe('serializeAreaParam', () => {
  it('writes a selection as a comma-separated list in the nav order', () => {
    expect(serializeAreaParam(['service', 'governance'])).toBe('governance,service');
  });

  it('needs no param for every area, or for none', () => {
    expect(serializeAreaParam(ALL)).toBeNull();
    expect(serializeAreaParam([])).toBeNull();
  });

  it('round-trips through parse', () => {
    expect(parseAreaParam(serializeAreaParam(['new-sectors', 'service']))).toEqual(['new-sectors', 'service']);
  });
});
