import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents } from './eventStream.ts';
import { api, createConcept, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

const ANNA = 'anna-1234567';

describe('workshop limits and privacy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      workshops: { proposalsPerLinkPerMinute: 12, maxParticipants: 4, writesPerParticipantPerMinute: 5 },
    });
  });
  afterAll(() => server.dispose());

  async function setup() {
    const concept = await createConcept(server.url);
    const workshop = await createWorkshop(server, concept);
    const base = `/api/workshops/${concept.id}/${workshop.workshopId}`;
    const send = (participant: string, body: unknown, method = 'POST', path = '/proposals') =>
      api(server.url, method, `${base}${path}`, {
        token: workshop.token,
        headers: { 'x-participant': participant },
        body,
      });
    return { concept, workshop, base, send };
  }

  it('refuses overlong texts, unknown fields and malformed bodies with a clear 400', async () => {
    const { send } = await setup();
    const cases: [unknown, string][] = [
      [{ submissionId: 'sub-long-001', text: 'x'.repeat(1001) }, 'text'],
      [{ submissionId: 'sub-long-002', text: '   ' }, 'text'],
      [{ submissionId: 'sub-long-003', text: 'ok', displayName: 'n'.repeat(61) }, 'displayName'],
      [{ submissionId: 'sub-long-004', text: 'ok', targetGroup: 'z'.repeat(121) }, 'targetGroup'],
      [{ submissionId: 'kurz', text: 'ok' }, 'submissionId'],
      [{ submissionId: 'sub-long-005', text: 'ok', author: 'Trick' }, ''],
      [{ submissionId: 'sub-long-006', text: 42 }, 'text'],
      [[], ''],
    ];
    for (const [body, path] of cases) {
      const refused = await send(ANNA, body);
      expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(refused.body.error.path ?? '').toBe(path);
      expect(refused.body.error.message).toBeTruthy();
      expect(refused.body.error.message_en).toBeTruthy();
    }
    const exact = await send(ANNA, { submissionId: 'sub-long-007', text: 'x'.repeat(1000) });
    expect(exact.status).toBe(201);
    const votes = await send(ANNA, { votes: { a: 1.5 } }, 'PUT', '/votes');
    expect([votes.status, votes.body.error.path]).toEqual([400, 'votes.a']);
  });

  it('refuses bodies over 16 KiB (413) and broken JSON (400)', async () => {
    const { base, workshop } = await setup();
    const big = await fetch(`${server.url}${base}/proposals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${workshop.token}`,
        'x-participant': ANNA,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ submissionId: 'sub-big-0001', text: 'x'.repeat(17 * 1024) }),
    });
    expect(big.status).toBe(413);
    const broken = await fetch(`${server.url}${base}/proposals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${workshop.token}`,
        'x-participant': ANNA,
        'content-type': 'application/json',
      },
      body: '{"submissionId": ',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid-json');
  });

  it('limits proposals per participant (6 a minute) with 429 and Retry-After; resent ones are free', async () => {
    const { send } = await setup();
    for (let i = 0; i < 3; i += 1) {
      expect((await send(ANNA, { submissionId: 'sub-rate-000', text: 'Dieselbe' })).status).toBe(
        i ? 200 : 201,
      );
    }
    for (let i = 1; i < 6; i += 1) {
      expect((await send(ANNA, { submissionId: `sub-rate-00${i}`, text: `Idee ${i}` })).status).toBe(201);
    }
    const limited = await send(ANNA, { submissionId: 'sub-rate-009', text: 'Eine zu viel' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('proposals-rate-limited');
    expect(limited.body.error.message).toMatch(/Sekunden/);
  });

  it('sends Retry-After with a 429', async () => {
    const { base, workshop, send } = await setup();
    for (let i = 0; i < 6; i += 1) await send(ANNA, { submissionId: `sub-retry-${i}0`, text: `Idee ${i}` });
    const response = await fetch(`${server.url}${base}/proposals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${workshop.token}`,
        'x-participant': ANNA,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ submissionId: 'sub-retry-99', text: 'Noch eine' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(10);
  });

  it('limits proposals per link across participants, and edits and vote changes per participant', async () => {
    const { send } = await setup();
    const people = ['person-0001', 'person-0002', 'person-0003'];
    const answers = [];
    for (let i = 0; i < 14; i += 1) {
      answers.push(
        await send(people[i % 3] as string, { submissionId: `sub-link-${i}0`, text: `Idee ${i}` }),
      );
    }
    expect(answers.slice(0, 12).every((a) => a.status === 201)).toBe(true);
    expect(answers.slice(12).map((a) => a.body.error.code)).toEqual([
      'link-rate-limited',
      'link-rate-limited',
    ]);
    const id = answers[0]?.body.id;
    const edits = [];
    for (let i = 0; i < 6; i += 1)
      edits.push(await send('person-0001', { text: `Neu ${i}` }, 'PATCH', `/proposals/${id}`));
    expect(edits.slice(0, 5).every((e) => e.status === 200)).toBe(true);
    expect(edits[5]?.status).toBe(429);
    expect(edits[5]?.body.error.code).toBe('writes-rate-limited');
  });

  it('takes at most maxParticipants distinct ids, counting stream ids, with a friendly German text', async () => {
    const { base, workshop, send } = await setup();
    expect((await send('person-0001', { submissionId: 'sub-full-001', text: 'Eins' })).status).toBe(201);
    expect((await send('person-0002', { submissionId: 'sub-full-002', text: 'Zwei' })).status).toBe(201);
    const watching = await openEvents(
      `${server.url}${base}/events?token=${workshop.token}&participant=person-0003`,
    );
    expect(watching.status).toBe(200);
    expect((await send('person-0004', { submissionId: 'sub-full-004', text: 'Vier' })).status).toBe(201);
    const full = await send('person-0005', { submissionId: 'sub-full-005', text: 'Fünf' });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('workshop-full');
    expect(full.body.error.message).toMatch(
      /^Dieses Beteiligungsformat ist voll: .*Bitte wenden Sie sich an die Moderation\.$/,
    );
    // Those already in keep writing; a newcomer may still watch.
    expect((await send('person-0003', { submissionId: 'sub-full-003', text: 'Drei' })).status).toBe(201);
    const late = await openEvents(
      `${server.url}${base}/events?token=${workshop.token}&participant=person-0006`,
    );
    expect(late.status).toBe(200);
    watching.close();
    late.close();
  });

  it('logs no client address, user agent, token or participant id for workshop routes', async () => {
    const { base, workshop, send } = await setup();
    const agent = 'Werkbank-Testtelefon/1.0';
    await api(server.url, 'GET', base, { token: workshop.token, headers: { 'user-agent': agent } });
    await send('person-log-01', { submissionId: 'sub-log-0001', text: 'Protokoll' });
    await api(server.url, 'GET', `${base}?token=kaputt`, { headers: { 'user-agent': agent } });
    const stream = await openEvents(
      `${server.url}${base}/events?token=${workshop.token}&participant=person-log-02`,
      {
        'user-agent': agent,
      },
    );
    await stream.waitForState(() => true);
    stream.close();
    const lines = server.logs.filter(
      (line) => line.includes('/api/workshops/') || line.includes('workshop-stream'),
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const all = server.logs.join('\n');
    expect(all).not.toContain(workshop.token);
    expect(all).not.toContain(agent);
    expect(all).not.toContain('person-log-0');
    for (const line of lines) {
      expect(line).not.toContain('127.0.0.1');
      expect(line).not.toMatch(/remote/i);
    }
  });
});
