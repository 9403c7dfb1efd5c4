"""What the drills share: the binary, calls to the API, a fresh database per engine, a
server started and waited for. Standard library only; run from the repository root after
`cargo build -p api`."""

import atexit
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

BINARY = os.path.abspath("target/debug/dangjian")


def call(base, method, path, token=None, body=None, headers=None):
    """The status, the JSON answer and the headers (lower-case names) of a call."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"null"), lowercase(answer.headers)
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read() or b"null"), lowercase(refused.headers)


def dangjian(env, *args, stdin=None):
    return subprocess.run([BINARY, *args], env=env, input=stdin, capture_output=True, text=True, check=True).stdout


def entry_ids(url):
    """The ids of the points entries in a database."""
    if url.startswith("sqlite://"):
        with sqlite3.connect(url[len("sqlite://"):]) as conn:
            return {row[0] for row in conn.execute("SELECT id FROM points_entries")}
    out = subprocess.run(["psql", "-At", "-d", url, "-c", "SELECT id FROM points_entries"],
                         capture_output=True, text=True, check=True).stdout
    return {int(line) for line in out.split()}


def engines():
    """SQLite always; PostgreSQL too when DANGJIAN_TEST_POSTGRES_URL names a server."""
    return ["sqlite", "postgres"] if os.environ.get("DANGJIAN_TEST_POSTGRES_URL") else ["sqlite"]


def databases(work, engine, names):
    """The URLs of fresh databases with these names."""
    if engine == "sqlite":
        return ["sqlite://" + os.path.join(work, name + ".sqlite3") for name in names]
    admin = os.environ["DANGJIAN_TEST_POSTGRES_URL"]
    base = admin.rsplit("/", 1)[0]
    urls = []
    for name in names:
        for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run(["psql", "-q", "-d", admin, "-c", sql], capture_output=True, check=True)
        urls.append(f"{base}/{name}")
    return urls


def city(engine, database, port):
    """A work directory, the server's environment over `database` with the demo city, and
    the password of `drill_admin`, an organization administrator of the whole city."""
    work = tempfile.mkdtemp(prefix="dangjian-drill-")
    # It holds the keys and a city of personal data: removed when the drill exits, passed or failed.
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    url = databases(work, engine, [database])[0]
    env = dict(os.environ, DANGJIAN_DATA_DIR=work, DANGJIAN_BIND="127.0.0.1:" + port,
               DANGJIAN_DATABASE_URL=url, DANGJIAN_FRONTEND_DIR=os.path.join(work, "none"),
               DANGJIAN_TOKEN_REQUESTS_PER_MINUTE="1000", DANGJIAN_REQUESTS_PER_MINUTE="100000", RUST_LOG="warn")
    dangjian(env, "seed", "--demo")
    password = "Drill-" + secrets.token_hex(12)
    dangjian(env, "user", "create", "--username", "drill_admin", "--role", "org_admin", "--scope", "1",
             "--password-stdin", stdin=password + "\n")
    return work, env, password


def serve(env):
    """Starts `dangjian serve` and waits for its readiness probe; the process and base URL."""
    server = subprocess.Popen([BINARY, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://" + env["DANGJIAN_BIND"]
    for _ in range(200):
        try:
            if call(base, "GET", "/readyz")[0] == 200:
                return server, base
        except OSError:
            pass
        if server.poll() is not None:
            sys.exit("the server stopped before it was ready")
        time.sleep(0.05)  # polling the readiness probe, not a synchronization guess
    sys.exit("the server did not become ready")


def login(base, username, password):
    status, tokens, _ = call(base, "POST", "/api/v1/auth/token", body={
        "grant_type": "password", "username": username, "password": password})
    assert status == 200, tokens
    return tokens["access_token"]


def lowercase(headers):
    return {name.lower(): value for name, value in headers.items()}
