//! The `dangjian` command line: serve, migrate, seed, openapi, user create.

use std::io::Read;

use actix_web::HttpServer;
use clap::{Parser, Subcommand};
use domain::access::scopes::ApiScope;
use domain::access::{AccountKind, Role};

use crate::config::{self, Config};
use crate::data_key::{self, DataKeys};
use crate::db::repo::attachments::BlobStore;
use crate::db::repo::users::{self, AccountColumns};
use crate::db::{self, write_transaction};
use crate::error::ApiError;
use crate::state::AppState;
use crate::{app, audit, integrity, maintenance, openapi, seed};

#[derive(Debug, Parser)]
#[command(name = "dangjian", about = "城市基层党建平台 — urban grassroots Party-building platform", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the SPA, the API, the contract and the docs.
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Load data.
    Seed {
        /// The demo city 安康市 with one account per role (empty database only).
        #[arg(long, conflicts_with = "profile")]
        demo: bool,
        /// With `--demo`: do nothing when the database already holds data.
        #[arg(long, requires = "demo")]
        if_empty: bool,
        /// City-scale benchmark data: `city` (200,000 members), `megacity` (10×) or `town`
        /// (one district of the city's shape).
        #[arg(long, value_parser = ["town", "city", "megacity"])]
        profile: Option<String>,
        /// Seed of the generator (the same seed gives the same data).
        #[arg(long, default_value_t = 2018)]
        seed: u64,
    },
    /// Print the OpenAPI contract.
    Openapi,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage the key of personal data at rest.
    DataKey {
        #[command(subcommand)]
        command: DataKeyCommand,
    },
    /// Write a consistent copy of the live database to FILE (which must not exist), readable
    /// by its owner only: SQLite is copied online; PostgreSQL is dumped with `pg_dump`.
    Backup { file: std::path::PathBuf },
    /// Replace the database with a backup (server stopped): a SQLite copy is checked first;
    /// PostgreSQL is restored with `pg_restore`.
    Restore { file: std::path::PathBuf },
    /// Check the storage, every member's points chain and the audit chain; fails when
    /// anything is broken.
    Verify,
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the audit chain; exits with an error naming the first broken event. Prints
    /// the head (`ID:HASH`) to keep elsewhere; `--anchor` checks a head kept before.
    Verify {
        /// A head printed by an earlier run: the log must still hold it.
        #[arg(long, value_name = "ID:HASH")]
        anchor: Option<String>,
    },
    /// Remove the events recorded before DATE (China Standard Time), which must be at least
    /// the retention (`DANGJIAN_AUDIT_RETENTION_DAYS`, 180 or more) ago.
    Prune {
        #[arg(long, value_name = "YYYY-MM-DD")]
        before: chrono::NaiveDate,
    },
}

#[derive(Debug, Subcommand)]
pub enum DataKeyCommand {
    /// Print a new random key (for `DANGJIAN_DATA_KEY`).
    Generate,
    /// Seal every member's personal data with a new key. With the key ring in the data
    /// directory, a new key is generated and the old one removed when done; with
    /// `DANGJIAN_DATA_KEY="NEW,OLD"`, rows are sealed with NEW and OLD can be removed after.
    /// Run it with the server stopped.
    Rotate,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input.
    Create {
        #[arg(long)]
        username: String,
        /// Role code (system_admin, security_admin, audit_admin, org_admin, org_viewer,
        /// grid_leader, member, service); repeat for several.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Scope organization id (required for every role except the three administrators).
        #[arg(long)]
        scope: Option<i64>,
        #[arg(long)]
        display_name: Option<String>,
        /// An OAuth 2.0 scope of a service account (e.g. `open311`, `requests:read`); repeat
        /// for several. A service account without scopes may call nothing that needs one.
        #[arg(long = "oauth-scope")]
        oauth_scopes: Vec<String>,
        /// Read the password from standard input (the only way; never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

type CliResult = Result<(), Box<dyn std::error::Error>>;

/// The configuration, with the integrity key installed for what the command chains.
fn load_config() -> Result<Config, config::ConfigError> {
    let config = Config::from_env()?;
    integrity::install_key(&config.integrity_key);
    Ok(config)
}

pub fn run(cli: Cli) -> CliResult {
    match cli.command {
        Command::Openapi => {
            print!("{}", openapi::document_json());
            Ok(())
        }
        Command::Migrate => {
            let config = load_config()?;
            db::connect(&config.database_url, 1, &config.data_keys)?;
            println!("database migrated");
            Ok(())
        }
        Command::Seed { demo, if_empty, profile, seed: generator_seed } => {
            let config = load_config()?;
            let keys = &config.data_keys;
            let (pool, _) = db::connect(&config.database_url, 1, keys)?;
            let mut conn = pool.get()?;
            if let Some(profile) = profile {
                let profile = match profile.as_str() {
                    "megacity" => seed::generator::Profile::Megacity,
                    "town" => seed::generator::Profile::Town,
                    _ => seed::generator::Profile::City,
                };
                if !seed::is_empty(&mut conn)? {
                    return Err("the database already holds data; generate into an empty one".into());
                }
                let started = std::time::Instant::now();
                let summary =
                    write_transaction(&mut conn, |conn| seed::generator::load(conn, keys, profile, generator_seed))?;
                let steps: Vec<String> =
                    summary.steps.iter().map(|(name, took)| format!("{name} {:.1} s", took.as_secs_f64())).collect();
                println!(
                    "generated {} organizations, {} members, {} meetings, {} points entries, {} households, {} requests, {} co-building and support rows in {:.1} s ({})",
                    summary.organizations,
                    summary.members,
                    summary.meetings,
                    summary.points_entries,
                    summary.households,
                    summary.requests,
                    summary.co_building,
                    started.elapsed().as_secs_f64(),
                    steps.join(", ")
                );
                return Ok(());
            }
            if !demo {
                return Err("nothing to seed: pass --demo or --profile".into());
            }
            if if_empty && !seed::is_empty(&mut conn)? {
                println!("the database already holds data; the demo city was not loaded");
                return Ok(());
            }
            let accounts = seed::load_demo(&mut conn, keys)?;
            print!("{}", seed::format_accounts(&accounts));
            Ok(())
        }
        Command::User {
            command: UserCommand::Create { username, roles, scope, display_name, oauth_scopes, password_stdin: _ },
        } => {
            let roles = roles
                .iter()
                .map(|r| r.parse::<Role>().map_err(|_| format!("unknown role `{r}`")))
                .collect::<Result<Vec<_>, _>>()?;
            let oauth_scopes = oauth_scopes
                .iter()
                .map(|s| s.parse::<ApiScope>().map_err(|_| format!("unknown scope `{s}`")))
                .collect::<Result<Vec<_>, _>>()?;
            let mut secret = String::new();
            std::io::stdin().read_to_string(&mut secret)?;
            let secret = secret.trim_end_matches(['\r', '\n']).to_owned();
            let config = load_config()?;
            let kind = if roles.contains(&Role::Service) { AccountKind::Service } else { AccountKind::Person };
            let refused = crate::auth::password::refusals(&config.passwords, &secret, &username, kind, &[]);
            if !refused.is_empty() {
                let rules: Vec<String> = refused.iter().map(ToString::to_string).collect();
                return Err(format!("the password does not meet the password rules: {}", rules.join("; ")).into());
            }
            if !oauth_scopes.is_empty() && kind != AccountKind::Service {
                return Err("only service accounts have OAuth scopes".into());
            }
            let (pool, _) = db::connect(&config.database_url, 1, &config.data_keys)?;
            let mut conn = pool.get()?;
            let display_name = display_name.unwrap_or_else(|| username.clone());
            let id = write_transaction(&mut conn, |conn| {
                let id = seed::create_account(conn, &username, &display_name, kind, &secret, &roles, scope)?;
                if kind == AccountKind::Service {
                    let text = domain::access::scopes::to_text(&oauth_scopes);
                    let columns = AccountColumns { scopes: Some(Some(&text)), ..AccountColumns::default() };
                    users::change(conn, id, 1, &columns)?;
                }
                let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
                let event = audit::Event::success("user.create", "user", id)
                    .with_detail(format!("command line; roles={}", codes.join(",")));
                audit::record(conn, &audit::Actor::default(), event)?;
                Ok::<_, ApiError>(id)
            })?;
            println!("created account {username} (id {id})");
            Ok(())
        }
        Command::DataKey { command: DataKeyCommand::Generate } => {
            println!("{}", data_key::generate());
            Ok(())
        }
        Command::DataKey { command: DataKeyCommand::Rotate } => rotate_data_key(),
        Command::Backup { file } => {
            let config = load_config()?;
            let (pool, engine) = db::connect(&config.database_url, 1, &config.data_keys)?;
            let mut conn = pool.get()?;
            let files = BlobStore::for_engine(engine, &config.data_dir);
            maintenance::backup(&mut conn, engine, &config.database_url, &files, &file)?;
            println!("backed up to {}", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            let config = load_config()?;
            let engine = db::Engine::of_url(&config.database_url)?;
            let files = BlobStore::for_engine(engine, &config.data_dir);
            maintenance::restore(engine, &config.database_url, &files, &file)?;
            db::connect(&config.database_url, 1, &config.data_keys)?;
            println!("restored from {}", file.display());
            Ok(())
        }
        Command::Verify => {
            let config = load_config()?;
            let (pool, _) = db::connect(&config.database_url, 1, &config.data_keys)?;
            let mut conn = pool.get()?;
            let found = maintenance::verify(&mut conn)?;
            for problem in &found.storage {
                println!("storage: {problem}");
            }
            for (member, broken) in &found.broken_chains {
                println!("points chain of member {member}: {broken}");
            }
            println!(
                "{} members, {} points entries checked; audit: {:?}",
                found.members_checked, found.entries_checked, found.audit
            );
            if found.is_whole() { Ok(()) } else { Err("the database is not whole".into()) }
        }
        Command::Audit { command: AuditCommand::Verify { anchor } } => {
            let config = load_config()?;
            let (pool, _) = db::connect(&config.database_url, 1, &config.data_keys)?;
            let mut conn = pool.get()?;
            let report = audit::verify(&mut conn)?;
            println!("{} audit events, {} from before the chain", report.events, report.before_chain);
            if let Some(through) = report.pruned_through {
                println!("events up to {through} were removed for retention");
            }
            if let Some(head) = &report.head {
                println!("head {}:{}", head.id, head.hash);
            }
            if let Some(id) = report.first_broken_id {
                return Err(format!("the audit chain is broken at event {id}: the log was changed there").into());
            }
            let Some(anchor) = anchor else { return Ok(()) };
            let anchor = anchor
                .split_once(':')
                .and_then(|(id, hash)| Some(audit::ChainHead { id: id.parse().ok()?, hash: hash.to_owned() }))
                .ok_or("--anchor takes ID:HASH as printed after `head`")?;
            if audit::holds_anchor(&mut conn, &anchor)? {
                Ok(())
            } else {
                Err(format!("event {} no longer has the anchored hash: the log was cut back or rewritten", anchor.id)
                    .into())
            }
        }
        Command::Audit { command: AuditCommand::Prune { before } } => {
            let config = load_config()?;
            let (pool, _) = db::connect(&config.database_url, 1, &config.data_keys)?;
            let mut conn = pool.get()?;
            let today = crate::routes::common::today();
            let removed =
                write_transaction(&mut conn, |conn| audit::prune(conn, before, today, config.audit_retention_days))?;
            println!("removed {removed} audit events recorded before {before}");
            Ok(())
        }
        Command::Serve => serve(),
    }
}

fn rotate_data_key() -> CliResult {
    let config = load_config()?;
    if std::env::var("DANGJIAN_DATA_KEY").is_ok_and(|v| !v.trim().is_empty()) {
        db::connect(&config.database_url, 1, &config.data_keys)?;
        println!(
            "personal data is sealed with key {}; keep only that key in DANGJIAN_DATA_KEY",
            config.data_keys.current_id()
        );
        return Ok(());
    }
    // The ring holds the new key and the old ones until every row is sealed again, so a
    // stop at any point leaves a database that opens.
    let file = config::data_key_file(&config.data_dir);
    let old = std::fs::read_to_string(&file)?;
    let new = data_key::generate();
    config::write_private(&file, &format!("{new}\n{}", old.trim()))?;
    let ring = DataKeys::parse(&format!("{new}\n{}", old.trim()))?;
    db::connect(&config.database_url, 1, &ring)?;
    config::write_private(&file, &format!("{new}\n"))?;
    println!("personal data is sealed with the new key {}; {} holds only that key", ring.current_id(), file.display());
    Ok(())
}

fn serve() -> CliResult {
    let config = load_config()?;
    log::info!("configuration: {config:?}");
    let (pool, engine) = db::connect(&config.database_url, config.pool_size, &config.data_keys)?;
    let mut conn = pool.get()?;
    if seed::is_empty(&mut conn)? {
        println!(
            "The database is empty. Create the first accounts with `dangjian user create` (see README), \
             or load the demo city with `dangjian seed --demo`."
        );
    }
    let bind = config.bind.clone();
    drop(conn);
    let state = AppState::new(pool, engine, config);
    println!("dangjian serving on http://{bind} (API /api/v1, docs /docs, contract /openapi.json)");
    actix_web::rt::System::new().block_on(async move {
        actix_web::rt::spawn(escalate_overdue_requests(state.clone()));
        actix_web::rt::spawn(forget_expired_idempotency_keys(state.clone()));
        crate::webhooks::spawn(state.clone(), state.config.webhook_interval);
        HttpServer::new(move || app::build(state.clone())).bind(&bind)?.run().await
    })?;
    Ok(())
}

/// Every hour, forgets the idempotency keys older than a day.
async fn forget_expired_idempotency_keys(state: AppState) {
    let mut every = actix_web::rt::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every.tick().await;
        if let Err(e) = state.write(crate::idempotency::forget_expired).await {
            log::warn!("forgetting expired idempotency keys: {e}");
        }
    }
}

/// Every few minutes, escalates the requests that ran over at their community (the SLA clock).
async fn escalate_overdue_requests(state: AppState) {
    let mut every = actix_web::rt::time::interval(std::time::Duration::from_secs(300));
    loop {
        every.tick().await;
        let sla = state.config.rules.sla.clone();
        let swept = state
            .write(move |conn| {
                crate::routes::requests::clock::escalate_overdue(conn, crate::routes::common::today(), &sla)
            })
            .await;
        match swept {
            Ok(0) => {}
            Ok(count) => log::info!("escalated {count} overdue requests to their street"),
            Err(e) => log::warn!("escalating overdue requests: {e}"),
        }
    }
}
