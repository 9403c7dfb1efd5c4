#!/usr/bin/env python3
"""The two integrations of the integration guide, through the generated client
(`dangjian_client`) against the real server:

- the 12345 hotline: client credentials with scopes, a request posted with an
  Idempotency-Key and retried (one request), a webhook of its state change received and its
  signature checked;
- a statistics system: a cursor scan of every member of the city, each once, and answers
  carrying code-list values added after this contract still read.

Run by `make test` with the client installed in a virtual environment, from the repository
root after `cargo build -p api`.
"""

import base64
import hashlib
import hmac
import http.server
import json
import os
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))

from drill import city, dangjian, engines, serve  # noqa: E402

from dangjian_client import AuthenticatedClient, Client  # noqa: E402
from dangjian_client.api.areas import list_areas  # noqa: E402
from dangjian_client.api.auth import create_token  # noqa: E402
from dangjian_client.api.members import list_members  # noqa: E402
from dangjian_client.api.requests import create_request, create_request_step  # noqa: E402
from dangjian_client.api.webhook_hosts import create_webhook_host  # noqa: E402
from dangjian_client.api.webhooks import create_webhook  # noqa: E402
from dangjian_client.models import (  # noqa: E402
    Alert,
    AreaKind,
    EventType,
    GrantType,
    MemberList,
    NewResidentRequest,
    NewWebhook,
    NewWebhookHost,
    RequestStep,
    RequestStepInput,
    RequestType,
    TokenRequest,
)


class Receiver(http.server.BaseHTTPRequestHandler):
    got = []
    arrived = threading.Condition()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        with Receiver.arrived:
            Receiver.got.append(({k.lower(): v for k, v in self.headers.items()}, body))
            Receiver.arrived.notify_all()
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_):
        pass


def token(base, **grant):
    answer = create_token.sync(client=Client(base_url=base), body=TokenRequest(**grant))
    assert answer is not None and hasattr(answer, "access_token"), answer
    return AuthenticatedClient(base_url=base, token=answer.access_token, raise_on_unexpected_status=True)


def verified(headers, body, secret):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return hmac.compare_digest(expected, headers["webhook-signature"])


def hotline(base, env, password, receiver_port):
    secret = "Scenario-hotline-" + password
    dangjian(env, "user", "create", "--username", "scenario_hotline", "--role", "service", "--scope", "1",
             "--oauth-scope", "requests:read", "--oauth-scope", "requests:write", "--oauth-scope", "webhooks",
             "--oauth-scope", "organizations:read", "--password-stdin", stdin=secret + "\n")
    dangjian(env, "user", "create", "--username", "scenario_security", "--role", "security_admin",
             "--password-stdin", stdin=password + "\n")
    security = token(base, grant_type=GrantType.PASSWORD, username="scenario_security", password=password)
    host = create_webhook_host.sync(client=security, body=NewWebhookHost(pattern="127.0.0.1", private=True))
    assert host.pattern == "127.0.0.1", host

    client = token(base, grant_type=GrantType.CLIENT_CREDENTIALS, client_id="scenario_hotline",
                   client_secret=secret, scope="requests:read requests:write webhooks organizations:read")
    hook = create_webhook.sync(client=client, body=NewWebhook(
        url=f"http://127.0.0.1:{receiver_port}/events", event_types=[EventType.REQUEST_CREATED, EventType.REQUEST_STATE_CHANGED]))
    grid = list_areas.sync(client=client, kind=AreaKind.GRID, limit=1).items[0]
    new = NewResidentRequest(request_type=RequestType.COMPLAINT, description="楼道堆放杂物", area_id=grid.id)
    key = str(uuid.uuid4())
    first = create_request.sync_detailed(client=client, body=new, idempotency_key=key)
    retried = create_request.sync_detailed(client=client, body=new, idempotency_key=key)
    assert first.status_code == 201 and retried.status_code == 201, (first, retried)
    assert retried.headers.get("idempotent-replayed") == "true", retried.headers
    assert first.parsed.id == retried.parsed.id, "one request for two sends"

    admin = token(base, grant_type=GrantType.PASSWORD, username="drill_admin", password=password)
    create_request_step.sync(client=admin, id=first.parsed.id, body=RequestStepInput(step=RequestStep.ACCEPT))
    deadline = time.monotonic() + 60
    with Receiver.arrived:
        while len(Receiver.got) < 2:
            assert time.monotonic() < deadline, Receiver.got
            Receiver.arrived.wait(deadline - time.monotonic())
    events = [json.loads(body) for _, body in Receiver.got]
    assert [e["type"] for e in events] == ["request.created", "request.state_changed"], events
    assert all(verified(headers, body, hook.secret) for headers, body in Receiver.got)
    print("hotline: client credentials, an idempotent request retried, its webhooks received and verified")


def statistics(base, password):
    client = token(base, grant_type=GrantType.PASSWORD, username="drill_admin", password=password)
    started = time.monotonic()
    page = list_members.sync(client=client, limit=200)
    seen = [m.id for m in page.items]
    while page.next_cursor:
        page = list_members.sync(client=client, limit=200, cursor=page.next_cursor)
        seen.extend(m.id for m in page.items)
    assert len(seen) == len(set(seen)) == page.total, (len(seen), page.total)
    print(f"statistics: {len(seen)} members scanned by cursor in {time.monotonic() - started:.2f} s")
    later_codes(client)


def later_codes(client):
    """Code lists may grow within v1: an answer with a value this client does not know still
    reads, the value kept as text (the contract's open code lists)."""
    answer = json.loads(list_members.sync_detailed(client=client, limit=1).content)
    answer["items"][0]["category"] = "later_category"
    read = MemberList.from_dict(answer)
    assert read.items[0].category == "later_category", read.items[0].category
    alert = {"kind": "request_overdue", "due_on": "2026-12-01", "params": {}, "detail": "overdue"}
    assert Alert.from_dict(alert).kind == "request_overdue"
    print("open code lists: answers with values added later are read")


def scenario(engine):
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    Receiver.got = []
    _, env, password = city(engine, "client_scenario", os.environ.get("DANGJIAN_DRILL_PORT", "18478"))
    env = dict(env, DANGJIAN_WEBHOOK_INTERVAL_MS="100", DANGJIAN_ADMIN_SECOND_FACTOR="false")
    server, base = serve(env)
    try:
        hotline(base, env, password, receiver.server_address[1])
        statistics(base, password)
    finally:
        server.terminate()
        server.wait()
        receiver.shutdown()
    print(f"generated client scenario on {engine}: passed")


if __name__ == "__main__":
    for engine in engines():
        scenario(engine)
