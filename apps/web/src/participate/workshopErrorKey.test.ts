import { describe, expect, it } from 'vitest';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { workshopErrorKey } from './workshopErrorKey.ts';

describe('workshopErrorKey', () => {
  it('names a sentence for refused links, limits, phases and lost connections', () => {
    expect(workshopErrorKey({ status: 401, code: 'token-revoked' })).toBe(
      'web.participate.error.linkInvalid',
    );
    expect(workshopErrorKey({ status: 403, code: 'workshop-forbidden' })).toBe(
      'web.participate.error.linkInvalid',
    );
    expect(workshopErrorKey({ status: 429, code: 'rate-limited' })).toBe('web.participate.error.rateLimited');
    expect(workshopErrorKey({ status: 409, code: 'workshop-full' })).toBe('web.participate.error.full');
    expect(workshopErrorKey({ status: 400, code: 'workshop-not-collecting' })).toBe(
      'web.participate.error.notCollecting',
    );
    expect(workshopErrorKey({ status: 404, code: 'proposal-not-found' })).toBe(
      'web.participate.error.notEditable',
    );
    expect(workshopErrorKey({ status: 429, code: 'proposals-rate-limited' })).toBe(
      'web.participate.error.rateLimited',
    );
    expect(workshopErrorKey({ status: 0, code: 'offline' })).toBe('web.participate.error.offline');
    expect(workshopErrorKey({ status: 418, code: 'teapot' })).toBeNull();
  });

  it('names only keys the German catalogue has', () => {
    const codes = ['rate-limited', 'workshop-full', 'workshop-closed', 'not-voting', 'no-dots-left'];
    const keys = [
      ...codes.map((code) => workshopErrorKey({ status: 400, code })),
      workshopErrorKey({ status: 401, code: '' }),
      workshopErrorKey({ status: 503, code: '' }),
    ];
    for (const key of keys) expect(Object.keys(webMessagesDe)).toContain(key);
  });
});
