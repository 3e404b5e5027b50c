import { afterEach, describe, expect, it, vi } from 'vitest';
import { askedAhead } from './askedAhead.ts';

afterEach(() => vi.useRealTimers());

describe('askedAhead', () => {
  it('hands the answer over once, to the same concept and token only', async () => {
    const ahead = askedAhead<string>(10_000);
    ahead.hold('c1', 't1', Promise.resolve('Antwort'));
    expect(ahead.take('c1', 'anderes Token')).toBeUndefined();
    expect(ahead.take('anderes Konzept', 't1')).toBeUndefined();
    await expect(ahead.take('c1', 't1')).resolves.toBe('Antwort');
    expect(ahead.take('c1', 't1')).toBeUndefined();
  });

  it('drops an answer nobody took in time', () => {
    vi.useFakeTimers();
    const ahead = askedAhead<string>(10_000);
    ahead.hold('c1', 't1', Promise.resolve('Antwort'));
    vi.advanceTimersByTime(10_001);
    expect(ahead.take('c1', 't1')).toBeUndefined();
  });

  it('leaves a failure to whoever takes it, with no unhandled rejection meanwhile', async () => {
    const ahead = askedAhead<string>(10_000);
    ahead.hold('c1', 't1', Promise.reject(new Error('offline')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(ahead.take('c1', 't1')).rejects.toThrow('offline');
  });
});
