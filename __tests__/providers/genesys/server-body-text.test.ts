/** Server bodies reduced to plain text for error messages, table-driven. */
import { describe, expect, it } from 'vitest';
import { describeNonJsonBody, plainServerMessage } from '../../../src/providers/genesys/server-body-text.js';
import { parseErrorBody } from '../../../src/providers/genesys/genesys-api-error.js';

describe('describeNonJsonBody', () => {
  it.each([
    [
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
      'an HTML page: "502 Bad Gateway 502 Bad Gateway"',
    ],
    ['<!DOCTYPE html><html><body><p>Service &amp; more &lt;b&gt; &#65;&#x42;</p></body></html>', 'an HTML page: "Service & more b AB"'],
    ['<html><script>alert("x")</script><style>p{}</style><!-- note --><p>Down</p></html>', 'an HTML page: "Down"'],
    ['<html><body></body></html>', 'an HTML page'],
    ['<html><a href="https://evil.example"><img src="https://evil.example/x.png"></a>Oops</html>', 'an HTML page: "Oops"'],
    ['upstream connect error\r\nor disconnect/reset before headers', '"upstream connect error or disconnect/reset before headers"'],
    ['  ', undefined],
    ['\u001b[31mred\u001b[0m `code` "quoted"', '"red code quoted"'],
    ['x'.repeat(500), `"${'x'.repeat(159)}…"`],
  ])('%j → %j', (body, expected) => {
    expect(describeNonJsonBody(body)).toBe(expected);
  });
});

describe('plainServerMessage', () => {
  it.each([
    [
      'Rate limit exceeded the maximum [300] requests within [60] seconds',
      'Rate limit exceeded the maximum [300] requests within [60] seconds',
    ],
    ['line one\nline two\ttabbed', 'line one line two tabbed'],
    ['<html><body><h1>Forbidden</h1></body></html>', 'an HTML page: "Forbidden"'],
    ['a < b and c > d', 'a < b and c > d'],
  ])('%j → %j', (message, expected) => {
    expect(plainServerMessage(message)).toBe(expected);
  });
});

describe('parseErrorBody', () => {
  it('keeps a JSON ErrorBody whole, with its message as one plain line', () => {
    const parts = parseErrorBody(JSON.stringify({ message: 'bad\nthing', code: 'bad.request', contextId: 'ctx-1', status: 400 }), null);
    expect(parts).toMatchObject({ code: 'bad.request', genesysMessage: 'bad thing', contextId: 'ctx-1' });
    expect(parts.body).toMatchObject({ message: 'bad\nthing' });
  });

  it('reduces a gateway page and takes the correlation id from the header', () => {
    expect(parseErrorBody('<html><h1>504 Gateway Time-out</h1></html>', 'corr-9')).toEqual({
      code: undefined,
      genesysMessage: 'an HTML page: "504 Gateway Time-out"',
      contextId: 'corr-9',
      body: undefined,
    });
  });
});
