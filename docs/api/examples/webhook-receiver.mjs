// A Tonghu webhook receiver in JavaScript (Node.js 18 or later, no packages): verifies each delivery's signature.
//
//   node webhook-receiver.mjs PORT SECRET
//
// Deliveries are POSTs of JSON {id, kind, occurredAt, data}. The signature header X-Tonghu-Signature is
// "sha256=" + hex HMAC-SHA256 of "<X-Tonghu-Timestamp>.<body>" keyed with the subscription's secret. A delivery
// may come more than once: drop repeats by X-Tonghu-Event-Id. Prints one line per verified event.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const TOLERANCE_SECONDS = 300;

/** Whether the signature is the body's at that time, and the time is near ours (not an old request replayed). */
export function verify(secret, timestamp, body, signature, now = Date.now() / 1000) {
  if (!/^\d+$/.test(timestamp ?? '') || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex'));
  const given = Buffer.from(signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, secret] = process.argv.slice(2);
  const seen = new Set();
  createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!verify(secret, request.headers['x-tonghu-timestamp'], body, request.headers['x-tonghu-signature'])) {
        response.writeHead(401).end();
        return;
      }
      const event = JSON.parse(body);
      if (!seen.has(event.id)) {
        seen.add(event.id);
        const data = Object.fromEntries(Object.entries(event.data).sort());
        console.log('verified', event.kind, JSON.stringify(data));
      }
      response.writeHead(204).end();
    });
  }).listen(Number(port), '127.0.0.1');
}
