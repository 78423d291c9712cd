import { describe, expect, it } from 'vitest';
import * as cookie from '../../node_modules/msw/lib/shims/cookie.mjs';
import { parse, serialize } from '../../mocks/stand-ins/cookie';
import { stringToHeaders } from '../../mocks/stand-ins/headers-polyfill';
import statuses from '../../mocks/stand-ins/statuses';

describe("the mock API worker's stand-ins for MSW packages", () => {
  it.each([
    'a=1; b=2',
    'a=1; b="two words"; a=3',
    'c=%E4%B8%AD; bad=%E4; flag; =x',
    '__proto__=y; constructor=z',
    '',
  ])('reads the Cookie header %j as MSW’s own copy of the cookie package does', (header) => {
    expect(parse(header)).toEqual(cookie.parse(header));
  });

  it('writes a cookie for a Cookie header as the package does', () => {
    expect(serialize('name', '海口 1')).toBe(cookie.serialize('name', '海口 1'));
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
