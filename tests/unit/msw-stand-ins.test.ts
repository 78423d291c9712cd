import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../mocks/stand-ins/cookie';
import { stringToHeaders } from '../../mocks/stand-ins/headers-polyfill';
import statuses from '../../mocks/stand-ins/statuses';

describe("the mock API worker's stand-ins for MSW packages", () => {
  it('reads a Cookie header as the cookie package does', () => {
    expect(parse('a=1; b="two words"; a=3; c=%E4%B8%AD; bad=%E4; flag; =x')).toEqual({ a: '1', b: 'two words', c: '中', bad: '%E4' });
    expect(serialize('name', '海口 1')).toBe('name=%E6%B5%B7%E5%8F%A3%201');
  });

  it("reads a multipart part's header lines", () => {
    const headers = stringToHeaders('Content-Disposition: form-data; name="file"\r\nContent-Type: text/csv\r\nno colon here');
    expect([...headers]).toEqual([
      ['content-disposition', 'form-data; name="file"'],
      ['content-type', 'text/csv'],
    ]);
  });

  it('gives the standard status text of the codes a JSON API answers with, and none for others', () => {
    expect([statuses.message[200], statuses.message[404], statuses.message[503]]).toEqual(['OK', 'Not Found', 'Service Unavailable']);
    expect(statuses.message[418]).toBeUndefined();
  });
});
