#!/usr/bin/env python3
"""Webhook drill: at-least-once delivery across a server restart. A hotline's service
account subscribes a receiver (a real HTTP server on a local port) to its requests. The
receiver is down (503) when a request is created and accepted; the server is killed
(SIGKILL) after the first failed attempt and started again; the receiver comes back:

- both changes arrive, the creation before the state change (order per object);
- each delivery carries a Standard Webhooks signature that verifies with the secret;
- nothing was lost by the restart.

On SQLite always; on PostgreSQL too when DANGJIAN_TEST_POSTGRES_URL names a server (as in
`make test`). Standard library only. Run from the repository root after `cargo build -p api`.
"""

import base64
import hashlib
import hmac
import http.server
import json
import os
import threading
import time

from drill import call, city, dangjian, engines, serve


class Receiver(http.server.BaseHTTPRequestHandler):
    got = []
    answer = 503
    arrived = threading.Condition()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        with Receiver.arrived:
            Receiver.got.append((dict((k.lower(), v) for k, v in self.headers.items()), body, Receiver.answer))
            Receiver.arrived.notify_all()
        self.send_response(Receiver.answer)
        self.end_headers()

    def log_message(self, *_):
        pass


def wait_for(count, timeout=60):
    """Waits until the receiver has had `count` calls (woken by each arrival)."""
    deadline = time.monotonic() + timeout
    with Receiver.arrived:
        while len(Receiver.got) < count:
            left = deadline - time.monotonic()
            assert left > 0, f"only {len(Receiver.got)} of {count} deliveries arrived"
            Receiver.arrived.wait(left)


def verified(headers, body, secret):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return hmac.compare_digest(expected, headers["webhook-signature"])


def drill(engine):
    Receiver.got, Receiver.answer = [], 503
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    port = os.environ.get("DANGJIAN_DRILL_PORT", "18477")
    _, env, password = city(engine, "webhook_drill", port)
    env = dict(env, DANGJIAN_WEBHOOK_INTERVAL_MS="100", DANGJIAN_ADMIN_SECOND_FACTOR="false")
    secret = "Drill-hotline-" + password
    dangjian(env, "user", "create", "--username", "drill_hotline", "--role", "service", "--scope", "1",
             "--oauth-scope", "requests:read", "--oauth-scope", "requests:write", "--oauth-scope", "webhooks",
             "--password-stdin", stdin=secret + "\n")
    dangjian(env, "user", "create", "--username", "drill_security", "--role", "security_admin",
             "--password-stdin", stdin=password + "\n")
    server, base = serve(env)
    try:
        security = token(base, {"grant_type": "password", "username": "drill_security", "password": password})
        status, answer, _ = call(base, "POST", "/api/v1/webhook-hosts", security, {"pattern": "127.0.0.1", "private": True})
        assert status == 201, answer
        hotline = token(base, {"grant_type": "client_credentials", "client_id": "drill_hotline", "client_secret": secret})
        status, hook, _ = call(base, "POST", "/api/v1/webhooks", hotline, {
            "url": f"http://127.0.0.1:{receiver.server_address[1]}/events",
            "event_types": ["request.created", "request.state_changed"]})
        assert status == 201, hook
        admin = token(base, {"grant_type": "password", "username": "drill_admin", "password": password})
        areas = call(base, "GET", "/api/v1/areas?kind=grid&limit=1", admin)[1]["items"]
        status, request, _ = call(base, "POST", "/api/v1/requests", hotline, {
            "request_type": "complaint", "description": "楼道堆放杂物", "area_id": areas[0]["id"]})
        assert status == 201, request
        status, accepted, _ = call(base, "POST", f"/api/v1/requests/{request['id']}/steps", admin, {"step": "accept"})
        assert status == 200, accepted
        wait_for(1)
    finally:
        server.kill()
        server.wait()
    Receiver.answer = 204
    server, base = serve(env)
    try:
        wait_for(3)
    finally:
        server.terminate()
        server.wait()
    receiver.shutdown()
    delivered = [(json.loads(body), headers) for headers, body, answer in Receiver.got if answer == 204]
    assert [event["type"] for event, _ in delivered] == ["request.created", "request.state_changed"], delivered
    assert all(event["data"] == {"object": "request", "id": request["id"]} for event, _ in delivered)
    assert all(verified(headers, body, hook["secret"]) for headers, body, _ in Receiver.got), "signed"
    print(f"webhook drill on {engine}: the creation and the state change arrived in order, signed, across a restart")


def token(base, grant):
    status, tokens, _ = call(base, "POST", "/api/v1/auth/token", body=grant)
    assert status == 200, tokens
    return tokens["access_token"]


if __name__ == "__main__":
    for engine in engines():
        drill(engine)
