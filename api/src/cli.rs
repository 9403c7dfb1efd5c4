//! The `dangjian` command line: serve, migrate, seed, openapi, user create.

use std::io::Read;

use actix_web::HttpServer;
use clap::{Parser, Subcommand};
use domain::access::{AccountKind, Role};

use crate::config::Config;
use crate::db::{self, write_transaction};
use crate::error::ApiError;
use crate::state::AppState;
use crate::{app, audit, openapi, seed};

#[derive(Debug, Parser)]
#[command(name = "dangjian", about = "城市基层党建平台 — urban grassroots Party-building platform", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the SPA, the API, the contract and the docs (loads the demo city into an empty database).
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Load data.
    Seed {
        /// The demo city 安康市 with one account per role (empty database only).
        #[arg(long, conflicts_with = "profile")]
        demo: bool,
        /// City-scale benchmark data: `city` (200,000 members) or `megacity` (10×).
        #[arg(long, value_parser = ["city", "megacity"])]
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
        /// Read the password from standard input (the only way; never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

type CliResult = Result<(), Box<dyn std::error::Error>>;

pub fn run(cli: Cli) -> CliResult {
    match cli.command {
        Command::Openapi => {
            print!("{}", openapi::document_json());
            Ok(())
        }
        Command::Migrate => {
            let config = Config::from_env()?;
            db::connect(&config.database_url, 1)?;
            println!("database migrated");
            Ok(())
        }
        Command::Seed { demo, profile, seed: generator_seed } => {
            let config = Config::from_env()?;
            let (pool, _) = db::connect(&config.database_url, 1)?;
            let mut conn = pool.get()?;
            if let Some(profile) = profile {
                let profile = if profile == "megacity" {
                    seed::generator::Profile::Megacity
                } else {
                    seed::generator::Profile::City
                };
                if !seed::is_empty(&mut conn)? {
                    return Err("the database already holds data; generate into an empty one".into());
                }
                let started = std::time::Instant::now();
                let summary =
                    write_transaction(&mut conn, |conn| seed::generator::load(conn, profile, generator_seed))?;
                println!(
                    "generated {} organizations, {} members, {} meetings, {} points entries in {:.1} s",
                    summary.organizations,
                    summary.members,
                    summary.meetings,
                    summary.points_entries,
                    started.elapsed().as_secs_f64()
                );
                return Ok(());
            }
            if !demo {
                return Err("nothing to seed: pass --demo or --profile".into());
            }
            let accounts = seed::load_demo(&mut conn)?;
            print!("{}", seed::format_accounts(&accounts));
            Ok(())
        }
        Command::User { command: UserCommand::Create { username, roles, scope, display_name, password_stdin: _ } } => {
            let roles = roles
                .iter()
                .map(|r| r.parse::<Role>().map_err(|_| format!("unknown role `{r}`")))
                .collect::<Result<Vec<_>, _>>()?;
            let mut secret = String::new();
            std::io::stdin().read_to_string(&mut secret)?;
            let secret = secret.trim_end_matches(['\r', '\n']).to_owned();
            if secret.chars().count() < 10 {
                return Err("the password needs at least 10 characters".into());
            }
            let config = Config::from_env()?;
            let (pool, _) = db::connect(&config.database_url, 1)?;
            let mut conn = pool.get()?;
            let kind = if roles.contains(&Role::Service) { AccountKind::Service } else { AccountKind::Person };
            let display_name = display_name.unwrap_or_else(|| username.clone());
            let id = write_transaction(&mut conn, |conn| {
                let id = seed::create_account(conn, &username, &display_name, kind, &secret, &roles, scope)?;
                let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
                let event = audit::Event::success("user.create", "user", id)
                    .with_detail(format!("command line; roles={}", codes.join(",")));
                audit::record(conn, &audit::Actor::default(), event)?;
                Ok::<_, ApiError>(id)
            })?;
            println!("created account {username} (id {id})");
            Ok(())
        }
        Command::Serve => serve(),
    }
}

fn serve() -> CliResult {
    let config = Config::from_env()?;
    log::info!("configuration: {config:?}");
    let (pool, engine) = db::connect(&config.database_url, config.pool_size)?;
    {
        let mut conn = pool.get()?;
        if seed::is_empty(&mut conn)? {
            let accounts = seed::load_demo(&mut conn)?;
            println!("Loaded the demo city 安康市.");
            print!("{}", seed::format_accounts(&accounts));
        }
    }
    let bind = config.bind.clone();
    let state = AppState::new(pool, engine, config);
    println!("dangjian serving on http://{bind} (API /api/v1, docs /docs, contract /openapi.json)");
    actix_web::rt::System::new()
        .block_on(async move { HttpServer::new(move || app::build(state.clone())).bind(&bind)?.run().await })?;
    Ok(())
}
