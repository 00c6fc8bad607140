import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse-request.ts';
import { parseResponse } from '../parse-response.ts';
import { REQUEST_SAMPLES, RESPONSE_SAMPLES } from './samples.ts';

// The fuzzers mutate these; a sample that already had a problem would blur what the mutation did.
describe('fuzz samples', () => {
  it.each(REQUEST_SAMPLES)('request %j is complete, with no bad or warn problem', (text) => {
    const request = parseRequest(text);
    expect(request.problems.filter((p) => p.level !== 'info')).toEqual([]);
    expect(request.complete).toBe(true);
    expect(request.rest).toBe('');
  });

  it.each(RESPONSE_SAMPLES)('response %j is complete, with no bad or warn problem', (text) => {
    const response = parseResponse(text, { requestMethod: 'GET' });
    expect(response.problems.filter((p) => p.level !== 'info')).toEqual([]);
    expect(response.complete).toBe(true);
    expect(response.rest).toBe('');
  });
});
