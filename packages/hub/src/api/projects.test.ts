// Projects: the admin creates them, names are unique, and a listing shows only what the caller may read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectStatus, makeProject, makeToken, testHub } from './hub.test-helper.ts';

test('the admin creates projects; a taken name is 409; bad names and visibilities are 400 naming the field', async () => {
  const hub = await testHub();
  try {
    const a = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: 'vision', visibility: 'public' } }), 201);
    assert.match(a.body.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual({ name: a.body.name, visibility: a.body.visibility }, { name: 'vision', visibility: 'public' });

    const taken = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: 'vision', visibility: 'private' } }), 409);
    assert.equal(taken.body.error.code, 'conflict');
    assert.equal(taken.body.error.field, 'name');
    assert.match(taken.body.error.message, /"vision" exists already/);

    const badName = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: '../etc', visibility: 'public' } }), 400);
    assert.equal(badName.body.error.field, 'name');
    assert.match(badName.body.error.message, /letters, digits/);
    assert.match(badName.body.error.message, /"\.\.\/etc"/, 'the message names the bad value');

    const idLike = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: a.body.id, visibility: 'public' } }), 400);
    assert.match(idLike.body.error.message, /not shaped like a project id/);

    const badVis = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: 'x', visibility: 'secret' } }), 400);
    assert.equal(badVis.body.error.field, 'visibility');
    assert.match(badVis.body.error.message, /"public"\|"private"|public.*private/);

    const extra = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name: 'x', visibility: 'public', owner: 'me' } }), 400);
    assert.match(extra.body.error.message, /owner/);

    expectStatus(await hub.request('POST', '/api/projects', { json: { name: 'anon', visibility: 'public' } }), 401);
    const w = await makeToken(hub, 'vision', 'write');
    expectStatus(await hub.request('POST', '/api/projects', { token: w.token, json: { name: 'mine', visibility: 'public' } }), 403);
  } finally {
    await hub.close();
  }
});

test('listing shows public projects to anyone, a private one only to its tokens and the admin', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'open', 'public');
    await makeProject(hub, 'lab-a', 'private');
    await makeProject(hub, 'lab-b', 'private');
    const a = await makeToken(hub, 'lab-a', 'read');
    const names = async (token?: string) =>
      (expectStatus(await hub.request('GET', '/api/projects', token ? { token } : {}), 200).body.projects as { name: string }[]).map((p) => p.name);
    assert.deepEqual(await names(), ['open']);
    assert.deepEqual(await names(a.token), ['lab-a', 'open']);
    assert.deepEqual(await names(hub.admin), ['lab-a', 'lab-b', 'open']);
  } finally {
    await hub.close();
  }
});
