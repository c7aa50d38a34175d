// The GraphQL-over-HTTP audit of graphql-http against a running Tonghu, signed in with a bearer token.
// Usage: TONGHU_URL=http://127.0.0.1:8080/graphql TONGHU_TOKEN=... node audit.mjs
// Prints one line per audit (ok, warn or error with its name and the response's problem) and a summary line
// "ok=N warn=N error=N"; exits 1 when any audit warns or errs.
import { auditServer } from 'graphql-http';

const url = process.env.TONGHU_URL;
const token = process.env.TONGHU_TOKEN;
if (!url || !token) {
  console.error('Set TONGHU_URL and TONGHU_TOKEN.');
  process.exit(2);
}
const signedIn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn: signedIn });
const counts = { ok: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  if (result.status === 'ok') {
    console.log(`ok    ${result.id} ${result.name}`);
  } else {
    let detail = result.reason;
    try {
      const response = result.response;
      detail += ` [${response.status} ${response.headers.get('content-type')}]`;
    } catch (ignored) {
      // no response to show
    }
    console.log(`${result.status.padEnd(5)} ${result.id} ${result.name}: ${detail}`);
  }
}
console.log(`ok=${counts.ok} warn=${counts.warn} error=${counts.error}`);
process.exit(counts.warn + counts.error === 0 ? 0 : 1);
