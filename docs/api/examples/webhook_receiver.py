"""A Tonghu webhook receiver in Python (standard library only): verifies each delivery's signature and answers 2xx.

    python3 webhook_receiver.py PORT SECRET

Deliveries are POSTs of JSON {id, kind, occurredAt, data}. The signature header X-Tonghu-Signature is
"sha256=" + hex HMAC-SHA256 of "<X-Tonghu-Timestamp>.<body>" keyed with the subscription's secret. A delivery
may come more than once: drop repeats by X-Tonghu-Event-Id. Prints one line per verified event.
"""
import hashlib
import hmac
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 300


def verify(secret, timestamp, body, signature, now=None):
    """Whether the signature is the body's at that time, and the time is near ours (not an old request replayed)."""
    now = time.time() if now is None else now
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature or "")


def handler(secret):
    seen = set()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if not verify(secret, self.headers.get("X-Tonghu-Timestamp", ""), body,
                          self.headers.get("X-Tonghu-Signature")):
                self.send_response(401)
                self.end_headers()
                return
            event = json.loads(body)
            if event["id"] not in seen:
                seen.add(event["id"])
                print("verified", event["kind"], json.dumps(event["data"], sort_keys=True), flush=True)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    return Receiver


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", int(sys.argv[1])), handler(sys.argv[2])).serve_forever()
