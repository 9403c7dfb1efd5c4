# dangjian 城市基层党建平台 — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
FRONTEND := frontend
VENV := .venv

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(FRONTEND)/node_modules/.package-lock.json: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund

.PHONY: frontend
frontend: $(FRONTEND)/node_modules/.package-lock.json ## Build the SPA into frontend/dist
	cd $(FRONTEND) && npm run build

.PHONY: build
build: frontend ## Build the SPA and the release binary
	$(CARGO) build --release -p api

.PHONY: run
run: build ## Build everything, create and migrate var/dangjian.sqlite3, load the demo city on first start, serve on http://127.0.0.1:8080
	./target/release/dangjian seed --demo --if-empty
	./target/release/dangjian serve

.PHONY: openapi
openapi: ## Regenerate openapi/openapi.json and the SPA's API types from the code
	$(CARGO) run -q -p api --bin dangjian -- openapi > openapi/openapi.json
	cd $(FRONTEND) && npm run gen:api
	scripts/clients.sh generate

.PHONY: clients
clients: ## Regenerate the Python client (clients/python/dangjian-client) from openapi/openapi.json
	scripts/clients.sh generate

.PHONY: fmt
fmt: ## Format the Rust code
	$(CARGO) fmt

.PHONY: lint
lint: checks ## fmt check, clippy -D warnings, domain purity, code shape, declared bounds, vue-tsc, eslint, contract validation
	$(CARGO) clippy --all-targets -- -D warnings

# The lints besides clippy's.
.PHONY: checks
checks: $(FRONTEND)/node_modules/.package-lock.json
	$(CARGO) fmt --check
	scripts/check-domain-purity.sh
	scripts/check-shape.sh
	scripts/contract-constraints.py
	cd $(FRONTEND) && npm run check:api && npm run typecheck && npm run lint
	scripts/validate-openapi.sh

# The tests build the workspace's crates with clippy's driver (scripts/clippy-rustc): the build
# that the tests need lints every target as `make lint` does, and the dependencies are compiled
# once rather than once more for clippy alone. A lint fails the build, before any test runs.
.PHONY: test
test: export RUSTC_WORKSPACE_WRAPPER := $(CURDIR)/scripts/clippy-rustc
test: checks ## Everything: lints, domain and API tests on SQLite and PostgreSQL, the browser test
	scripts/test-rust.sh
	scripts/test-browser.sh

.PHONY: bench
bench: ## Generate the city data set, load it on SQLite and PostgreSQL, measure W1–W7, write docs/BENCHMARKS.md
	scripts/bench.sh
