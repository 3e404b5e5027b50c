import { describe, expect, it } from 'vitest';
import { loggerOptions } from './loggerOptions.ts';

describe('loggerOptions', () => {
  const options = loggerOptions(true) as { serializers: { req(request: object): object } };
  const request = { method: 'GET', ip: '203.0.113.7', socket: { remoteAddress: '203.0.113.7' } };

  it('logs the client address of a request, with tokens redacted from its URL', () => {
    expect(options.serializers.req({ ...request, url: '/api/concepts/a?token=geheim' })).toEqual({
      method: 'GET',
      url: '/api/concepts/a?token=[redacted]',
      remoteAddress: '203.0.113.7',
    });
  });

  it('never logs the address of a workshop participant', () => {
    const url = '/api/workshops/a/b/events?token=geheim&participant=person-0001';
    expect(options.serializers.req({ ...request, url })).toEqual({
      method: 'GET',
      url: '/api/workshops/a/b/events?token=[redacted]&participant=[redacted]',
    });
  });
});
