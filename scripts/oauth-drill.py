#!/usr/bin/env python3
"""OAuth 2.0 drill with a real client library (Authlib's requests client), against the real
binary on SQLite:

- a service account fetches a token by client credentials with HTTP Basic client
  authentication and a `scope`, and again with the credentials in the form body; the token
  reads what its scopes allow and gets 403 `insufficient_scope` beyond them;
- a person logs in with the password grant and the library refreshes the token;
- a wrong secret comes back as the library's `invalid_client` error.

Run from the repository root after `cargo build -p api`, with Authlib and requests installed
(scripts/test-rust.sh makes the venv).
"""

import os
import secrets

from authlib.integrations.requests_client import OAuth2Session, OAuthError

from drill import city, dangjian, serve


def main():
    port = os.environ.get("DANGJIAN_DRILL_PORT", "18477")
    _, env, password = city("sqlite", "oauth_drill", port)
    secret = secrets.token_hex(24)
    dangjian(env, "user", "create", "--username", "hotline_drill", "--role", "service", "--scope", "1",
             "--oauth-scope", "requests:read", "--oauth-scope", "organizations:read", "--password-stdin",
             stdin=secret + "\n")
    server, base = serve(env)
    token_url = base + "/api/v1/auth/token"
    try:
        for method in ("client_secret_basic", "client_secret_post"):
            client = OAuth2Session("hotline_drill", secret, scope="requests:read", token_endpoint_auth_method=method)
            token = client.fetch_token(token_url, grant_type="client_credentials")
            assert token["scope"] == "requests:read", token
            assert client.get(base + "/api/v1/requests?limit=1").status_code == 200
            refused = client.get(base + "/api/v1/organizations?roots=true")
            assert refused.status_code == 403, refused.text
            assert 'error="insufficient_scope"' in refused.headers["www-authenticate"]

        person = OAuth2Session("dangjian-spa", token_endpoint_auth_method="none")
        first = person.fetch_token(token_url, username="drill_admin", password=password)
        second = person.refresh_token(token_url, refresh_token=first["refresh_token"])
        assert second["access_token"] != first["access_token"]
        assert second["refresh_token"] != first["refresh_token"]
        assert person.get(base + "/api/v1/me").json()["username"] == "drill_admin"

        try:
            OAuth2Session("hotline_drill", "wrong-secret").fetch_token(token_url, grant_type="client_credentials")
            raise AssertionError("a wrong secret was accepted")
        except OAuthError as refused:
            assert refused.error == "invalid_client", refused.error
    finally:
        server.terminate()
        server.wait()
    print("oauth drill: client credentials (Basic and form body) with scopes, password grant and refresh "
          "through Authlib; invalid_client on a wrong secret")


if __name__ == "__main__":
    main()
