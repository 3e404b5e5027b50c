import { readProposals, updateWorkshop, type WorkshopInput } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './connectClient.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

const ANNA = 'anna-1234567';
const BEN = 'ben-12345678';

describe('workshop API: roles, phases, writes', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer({ logger: false });
    url = server.url;
  });
  afterAll(() => server.dispose());

  async function setup(input: WorkshopInput = {}) {
    const concept = await createConcept(url);
    const workshop = await createWorkshop(server, concept, input);
    const base = `/api/workshops/${concept.id}/${workshop.workshopId}`;
    const as = (participant: string, token = workshop.token) => ({
      token,
      headers: { 'x-participant': participant },
    });
    return { concept, workshop, base, as };
  }

  function setPhase(conceptId: string, workshopId: string, phase: 'collect' | 'vote' | 'closed'): void {
    server.server.context.rooms.use(conceptId, (room) => updateWorkshop(room.doc, workshopId, { phase }));
  }

  function proposalsIn(conceptId: string, workshopId: string) {
    return server.server.context.rooms.use(conceptId, (room) => readProposals(room.doc, workshopId));
  }

  it('hands a workshop link the projection of its workshop, and nothing of the concept', async () => {
    const { concept, workshop, base } = await setup({ guidingQuestions: ['Was fehlt?'] });
    const got = await api(url, 'GET', base, { token: workshop.token });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      workshop: { id: workshop.workshopId, title: 'Demokratiekonferenz', phase: 'collect' },
      proposals: [],
      myVotes: {},
      dotsLeft: 5,
    });
    expect(got.body.workshop.guidingQuestions).toEqual(['Was fehlt?']);
    for (const path of ['', '/backup', '/export.docx', '/links']) {
      const refused = await api(url, 'GET', `/api/concepts/${concept.id}${path}`, { token: workshop.token });
      expect(refused.status, path).toBe(403);
    }
    const client = connectClient(server.wsUrl, concept.id, workshop.token);
    expect(await client.closed).toBe(4403);
    client.destroy();
  });

  it('refuses a link of another workshop or concept (403), viewers (403) and missing tokens (401)', async () => {
    const { concept, workshop, base } = await setup();
    const other = await createWorkshop(server, concept, { title: 'World Café' });
    const onOther = await api(url, 'GET', `/api/workshops/${concept.id}/${other.workshopId}`, {
      token: workshop.token,
    });
    expect(onOther.status).toBe(403);
    expect(onOther.body.error.code).toBe('workshop-forbidden');
    const elsewhere = await setup();
    const crossed = await api(url, 'GET', elsewhere.base, { token: workshop.token });
    expect(crossed.status).toBe(403);
    expect(crossed.body.error.code).toBe('workshop-forbidden');
    const viewer = await createLink(url, concept.id, concept.ownerToken, 'viewer');
    expect((await api(url, 'GET', base, { token: viewer.token })).body.error.code).toBe('role-forbidden');
    expect((await api(url, 'GET', base)).status).toBe(401);
    const unknown = await api(url, 'GET', `/api/workshops/${concept.id}/nope`, { token: concept.ownerToken });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('workshop-not-found');
  });

  it('lets owners and editors preview, but never write as a participant (403)', async () => {
    const { concept, workshop, base, as } = await setup();
    const editor = await createLink(url, concept.id, concept.ownerToken, 'editor');
    expect((await api(url, 'GET', base, { token: editor.token })).status).toBe(200);
    setPhase(concept.id, workshop.workshopId, 'collect');
    const proposal = { submissionId: 'sub-00000001', text: 'Mehr Beratung' };
    for (const token of [editor.token, concept.ownerToken]) {
      const posted = await api(url, 'POST', `${base}/proposals`, { ...as(ANNA, token), body: proposal });
      expect(posted.status).toBe(403);
      expect(posted.body.error.code).toBe('workshop-link-required');
    }
    setPhase(concept.id, workshop.workshopId, 'vote');
    const voted = await api(url, 'PUT', `${base}/votes`, { ...as(ANNA, editor.token), body: { votes: {} } });
    expect(voted.status).toBe(403);
    expect(proposalsIn(concept.id, workshop.workshopId)).toEqual([]);
  });

  it('needs a well-formed participant id for writes', async () => {
    const { base, workshop, as } = await setup();
    const body = { submissionId: 'sub-00000001', text: 'Mehr Beratung' };
    const missing = await api(url, 'POST', `${base}/proposals`, { token: workshop.token, body });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('participant-missing');
    for (const bad of ['short', 'x'.repeat(65), 'mit leerzeichen', 'ümlaut-12345']) {
      const refused = await api(url, 'POST', `${base}/proposals`, { ...as(bad), body });
      expect(refused.body.error.code, bad).toBe('participant-invalid');
    }
  });

  it('takes proposals while collecting, votes while voting, and nothing once closed', async () => {
    const { concept, workshop, base, as } = await setup({ dotsPerParticipant: 3 });
    const posted = await api(url, 'POST', `${base}/proposals`, {
      ...as(ANNA),
      body: {
        submissionId: 'sub-00000001',
        text: 'Beratungsstelle im Stadtteil',
        targetGroup: 'Jugendliche',
      },
    });
    expect(posted.status).toBe(201);
    const id = posted.body.id;
    const early = await api(url, 'PUT', `${base}/votes`, { ...as(BEN), body: { votes: { [id]: 1 } } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('not-voting');

    const edited = await api(url, 'PATCH', `${base}/proposals/${id}`, {
      ...as(ANNA),
      body: { text: 'Beratungsstelle in jedem Stadtteil' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.proposals[0]).toMatchObject({ text: 'Beratungsstelle in jedem Stadtteil', own: true });
    const foreign = await api(url, 'PATCH', `${base}/proposals/${id}`, {
      ...as(BEN),
      body: { text: 'Meins' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('not-own-proposal');
    const missing = await api(url, 'PATCH', `${base}/proposals/gibtsnicht`, {
      ...as(ANNA),
      body: { text: 'x' },
    });
    expect(missing.body.error.code).toBe('proposal-not-found');

    setPhase(concept.id, workshop.workshopId, 'vote');
    const late = await api(url, 'POST', `${base}/proposals`, {
      ...as(BEN),
      body: { submissionId: 'sub-00000002', text: 'Zu spät' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('workshop-not-collecting');
    expect(late.body.error.message).toMatch(/keine Beiträge gesammelt/);
    expect(late.body.error.message_en).toMatch(/not being collected/);
    const voted = await api(url, 'PUT', `${base}/votes`, { ...as(BEN), body: { votes: { [id]: 2 } } });
    expect(voted.status).toBe(200);
    expect(voted.body).toEqual({ myVotes: { [id]: 2 }, dotsLeft: 1 });
    const seen = await api(url, 'GET', base, as(BEN));
    expect(seen.body).toMatchObject({ myVotes: { [id]: 2 }, dotsLeft: 1 });
    expect(seen.body.proposals[0]).toMatchObject({ dots: 2, own: false });
    const tooMany = await api(url, 'PUT', `${base}/votes`, { ...as(BEN), body: { votes: { [id]: 4 } } });
    expect(tooMany.body.error.code).toBe('no-dots-left');
    const anEdit = await api(url, 'PATCH', `${base}/proposals/${id}`, { ...as(ANNA), body: { text: 'Neu' } });
    expect(anEdit.body.error.code).toBe('workshop-not-collecting');

    setPhase(concept.id, workshop.workshopId, 'closed');
    const closedVote = await api(url, 'PUT', `${base}/votes`, { ...as(BEN), body: { votes: {} } });
    expect(closedVote.status).toBe(409);
    const closedPost = await api(url, 'POST', `${base}/proposals`, {
      ...as(ANNA),
      body: { submissionId: 'sub-00000003', text: 'Noch eins' },
    });
    expect(closedPost.body.error.code).toBe('workshop-not-collecting');
    // The results stay readable.
    const after = await api(url, 'GET', base, { ...as(BEN) });
    expect(after.body).toMatchObject({ myVotes: { [id]: 2 }, workshop: { phase: 'closed' } });
    expect(proposalsIn(concept.id, workshop.workshopId)).toHaveLength(1);
  });

  it('stores a resent submission once (201, then 200 with the same id)', async () => {
    const { concept, workshop, base, as } = await setup();
    const body = { submissionId: 'sub-resent-1', text: 'Sprachmittlung in Ämtern' };
    const first = await api(url, 'POST', `${base}/proposals`, { ...as(ANNA), body });
    const again = await api(url, 'POST', `${base}/proposals`, { ...as(ANNA), body });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const parallel = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(url, 'POST', `${base}/proposals`, {
          ...as(BEN),
          body: { ...body, submissionId: 'sub-resent-2' },
        }),
      ),
    );
    expect(new Set(parallel.map((r) => r.body.id)).size).toBe(1);
    expect(parallel.filter((r) => r.status === 201)).toHaveLength(1);
    expect(proposalsIn(concept.id, workshop.workshopId)).toHaveLength(2);
  });

  it('keeps 20 parallel vote requests of one participant within the dots', async () => {
    const { concept, workshop, base, as } = await setup({ dotsPerParticipant: 5 });
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const posted = await api(url, 'POST', `${base}/proposals`, {
        ...as(ANNA),
        body: { submissionId: `sub-dots-${i}0`, text: `Vorschlag ${i}` },
      });
      ids.push(posted.body.id);
    }
    setPhase(concept.id, workshop.workshopId, 'vote');
    const requests = Array.from({ length: 20 }, (_, i) => {
      // Sums from 2 to 7 dots: some fit, some do not.
      const votes = { [ids[i % 4] as string]: 1 + (i % 3), [ids[(i + 1) % 4] as string]: 1 + (i % 4) };
      return api(url, 'PUT', `${base}/votes`, { ...as(BEN), body: { votes } });
    });
    const answers = await Promise.all(requests);
    expect(answers.every((a) => a.status === 200 || a.body.error.code === 'no-dots-left')).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 409).length).toBeGreaterThan(0);
    const dots = proposalsIn(concept.id, workshop.workshopId).reduce(
      (sum, p) => sum + (p.votes[BEN] ?? 0),
      0,
    );
    expect(dots).toBeGreaterThan(0);
    expect(dots).toBeLessThanOrEqual(5);
  });

  it('stores and returns markup verbatim, as JSON text', async () => {
    const { base, as, concept, workshop } = await setup();
    const text = '<img src=x onerror="alert(1)"></script><script>alert(`x`)</script> & "Zitat" \u2028 Ende';
    const posted = await api(url, 'POST', `${base}/proposals`, {
      ...as(ANNA),
      body: { submissionId: 'sub-xss-0001', text, targetGroup: '<b>alle</b>' },
    });
    expect(posted.status).toBe(201);
    const response = await fetch(`${url}${base}`, { headers: { authorization: `Bearer ${workshop.token}` } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await response.json();
    expect(body.proposals[0]).toMatchObject({ text, targetGroup: '<b>alle</b>' });
    expect(proposalsIn(concept.id, workshop.workshopId)[0]?.text).toBe(text);
  });
});
