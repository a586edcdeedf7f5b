// Tokens: the admin creates them (the secret shown once), lists them without secrets, and revokes them at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectStatus, makeProject, testHub, testRun } from './hub.test-helper.ts';

test('a token is shown once, listed without its secret, and refused as soon as it is revoked', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'private');
    const created = expectStatus(await hub.request('POST', '/api/projects/lab/tokens', { token: hub.admin, json: { name: 'gpu nodes', scope: 'write' } }), 201);
    const { id, token } = created.body as { id: string; token: string };
    assert.match(token, /^ct_[\w-]{32}$/);
    assert.deepEqual({ name: created.body.name, scope: created.body.scope, project: created.body.project }, { name: 'gpu nodes', scope: 'write', project: 'lab' });

    const listed = expectStatus(await hub.request('GET', '/api/projects/lab/tokens', { token: hub.admin }), 200);
    assert.equal(listed.body.tokens.length, 1);
    assert.deepEqual(Object.keys(listed.body.tokens[0]).sort(), ['createdAt', 'id', 'name', 'revokedAt', 'scope']);
    assert.equal(listed.body.tokens[0].revokedAt, null);
    assert.ok(!listed.text.includes(token), 'the listing never shows a secret');
    assert.ok(!listed.text.includes(token.slice(3, 20)), 'nor a part of one');

    // the token works: it reads its private project and writes to it
    expectStatus(await hub.request('GET', '/api/runs?project=lab', { token }), 200);
    expectStatus(await hub.request('POST', '/api/runs', { token, json: testRun() }), 201);

    expectStatus(await hub.request('DELETE', `/api/tokens/${id}`, { token: hub.admin }), 200);
    const after = expectStatus(await hub.request('GET', '/api/runs?project=lab', { token }), 401, 'the next request with a revoked token');
    assert.equal(after.body.error.code, 'unauthorized');
    expectStatus(await hub.request('POST', '/api/runs', { token, json: testRun() }), 401);
    const again = expectStatus(await hub.request('GET', '/api/projects/lab/tokens', { token: hub.admin }), 200);
    assert.match(again.body.tokens[0].revokedAt, /^\d{4}-/);
    // revoking twice answers the same; an unknown or malformed id is 404
    expectStatus(await hub.request('DELETE', `/api/tokens/${id}`, { token: hub.admin }), 200);
    expectStatus(await hub.request('DELETE', '/api/tokens/00000000-0000-4000-8000-000000000000', { token: hub.admin }), 404);
    expectStatus(await hub.request('DELETE', '/api/tokens/nope', { token: hub.admin }), 404);
  } finally {
    await hub.close();
  }
});

test('tokens are the admin\'s: a project token may not create, list or revoke them; bad bodies name the field', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = expectStatus(await hub.request('POST', '/api/projects/lab/tokens', { token: hub.admin, json: { name: 'w', scope: 'write' } }), 201).body;
    expectStatus(await hub.request('POST', '/api/projects/lab/tokens', { token: w.token, json: { name: 'more', scope: 'write' } }), 403);
    expectStatus(await hub.request('GET', '/api/projects/lab/tokens', { token: w.token }), 403);
    expectStatus(await hub.request('DELETE', `/api/tokens/${w.id}`, { token: w.token }), 403);
    expectStatus(await hub.request('GET', '/api/projects/lab/tokens'), 401);
    const scope = expectStatus(await hub.request('POST', '/api/projects/lab/tokens', { token: hub.admin, json: { name: 'x', scope: 'admin' } }), 400);
    assert.equal(scope.body.error.field, 'scope');
    assert.match(scope.body.error.message, /"admin"/);
    expectStatus(await hub.request('POST', '/api/projects/nowhere/tokens', { token: hub.admin, json: { name: 'x', scope: 'read' } }), 404);
    // a header that is not a bearer token is refused, saying what is expected
    const bad = expectStatus(await hub.request('GET', '/api/projects', { authorization: 'Basic abc' }), 401);
    assert.match(bad.body.error.message, /Bearer/);
  } finally {
    await hub.close();
  }
});
