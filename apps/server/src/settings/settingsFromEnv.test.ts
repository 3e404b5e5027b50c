import { describe, expect, it } from 'vitest';
import { SettingsError } from './SettingsError.ts';
import { settingsFromEnv } from './settingsFromEnv.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    settingsFromEnv(env, '/srv');
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('settingsFromEnv', () => {
  it('reads every setting', () => {
    const settings = settingsFromEnv(
      {
        PORT: '9000',
        DATA_DIR: 'daten',
        PUBLIC_URL: 'https://werkbank.kreis-musterland.de',
        SQLITE_SYNC: 'full',
        TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
        CREATE_LIMIT_MAX: '5',
        UNLOAD_DELAY_MS: '0',
        EXPORTS_PER_MINUTE: '3',
        WORKSHOP_MAX_PARTICIPANTS: '500',
        WORKER_MEMORY_MB: '384',
        WORKER_YOUNG_MB: '48',
        LOG_LEVEL: 'warn',
      },
      '/srv',
    );
    expect(settings).toMatchObject({
      port: 9000,
      dataDir: '/srv/daten',
      publicUrl: 'https://werkbank.kreis-musterland.de',
      syncMode: 'full',
      trustProxy: '127.0.0.1, 10.0.0.0/8',
      creationLimit: { max: 5 },
      sync: { unloadDelayMs: 0 },
      exportsPerMinute: 3,
      workshops: { maxParticipants: 500 },
      work: { memoryMb: 384, youngMemoryMb: 48 },
    });
  });

  it('uses the defaults for unset and empty variables', () => {
    expect(settingsFromEnv({ PORT: '', TRUST_PROXY: 'false' }, '/srv')).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/data',
      syncMode: 'normal',
      trustProxy: false,
    });
  });

  it('refuses every bad setting by name, all at once, instead of falling back to a default', () => {
    const problems = problemsOf({
      SQLITE_SYNC: 'fulll',
      PORT: '80a',
      CREATE_LIMIT_MAX: '0',
      PUBLIC_URL: 'werkbank.example.de',
      TRUST_PROXY: 'proxy.intern',
      LOG_LEVEL: 'verbose',
      WORKSHOP_MAX_PARTICIPANT: '500',
      WORKSHOP_MAX_PARTICIPANTS: '-1',
      WORKER_YOUNG_MB: '0',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'CREATE_LIMIT_MAX',
      'LOG_LEVEL',
      'PORT',
      'PUBLIC_URL',
      'SQLITE_SYNC',
      'TRUST_PROXY',
      'WORKER_YOUNG_MB',
      'WORKSHOP_MAX_PARTICIPANT',
      'WORKSHOP_MAX_PARTICIPANTS',
    ]);
    expect(problems.find((p) => p.startsWith('SQLITE_SYNC'))).toBe(
      'SQLITE_SYNC: „fulll“ ist nicht erlaubt, nur normal, full.',
    );
  });
});
