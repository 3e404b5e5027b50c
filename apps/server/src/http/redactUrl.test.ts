import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl.ts';

describe('redactUrl', () => {
  it('hides every token value and keeps the rest', () => {
    expect(redactUrl('/api/concepts/a?token=secret&x=1')).toBe('/api/concepts/a?token=[redacted]&x=1');
    expect(redactUrl('/sync/a?x=1&TOKEN=secret#f')).toBe('/sync/a?x=1&TOKEN=[redacted]#f');
    expect(redactUrl('/api/health')).toBe('/api/health');
    expect(redactUrl(undefined)).toBe('');
    expect(redactUrl('/api/workshops/a/b/events?token=t&participant=p-123456')).toBe(
      '/api/workshops/a/b/events?token=[redacted]&participant=[redacted]',
    );
  });
});
