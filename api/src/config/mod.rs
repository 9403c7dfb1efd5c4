//! Typed configuration from the environment (`DANGJIAN_*`). Secrets are masked in `Debug`.

use std::path::{Path, PathBuf};

use chrono::Duration;
use domain::account::password_policy::PasswordPolicy;
use domain::account::softlock::LockoutPolicy;
use rand::RngCore;

use crate::data_key::{self, DataKeys};
use crate::limits::LimitsConfig;
use crate::proxies::TrustedProxies;

mod rules;

pub use rules::Rules;

/// Longest access token lifetime the service accepts.
const MAX_ACCESS_TOKEN_MINUTES: i64 = 30;

#[derive(Clone)]
pub struct Config {
    /// `sqlite://FILE` or `postgres://...`.
    pub database_url: String,
    /// Address the HTTP server listens on.
    pub bind: String,
    /// Directory for the SQLite database and the generated JWT secret.
    pub data_dir: PathBuf,
    /// Built SPA served at `/` (absent in tests).
    pub frontend_dir: PathBuf,
    pub jwt_secret: Vec<u8>,
    /// Key of the audit chain and the points ledger (never stored in the database).
    pub integrity_key: Vec<u8>,
    /// Days audit events are kept at least (180 or more).
    pub audit_retention_days: u32,
    /// Keys of personal data at rest (never stored in the database).
    pub data_keys: DataKeys,
    pub access_token_ttl: Duration,
    /// Inactivity that ends a session: a refresh token is good this long after it was issued,
    /// so a session nobody uses for this long cannot be renewed.
    pub session_idle: Duration,
    /// Absolute lifetime of a session: refreshing never extends a login beyond it.
    pub session_ttl: Duration,
    pub lockout: LockoutPolicy,
    pub passwords: PasswordPolicy,
    /// Whether the three administrators must log in with a second factor (TOTP).
    pub admin_second_factor: bool,
    pub limits: LimitsConfig,
    /// Proxies whose `Forwarded` / `X-Forwarded-For` name the client (none: the TCP peer is
    /// the client).
    pub trusted_proxies: TrustedProxies,
    /// `Strict-Transport-Security` max-age, when served over TLS (none: no header).
    pub hsts_seconds: Option<u64>,
    /// Whether the refresh cookie is marked `Secure` (sent over HTTPS only; browsers treat
    /// `localhost` as secure).
    pub secure_cookies: bool,
    /// How long a client may take to send a request body (a full 16 MiB upload in the
    /// default 60 s needs about 2.2 Mbit/s).
    pub body_timeout: std::time::Duration,
    pub pool_size: u32,
    /// How long another instance's writes may take to show in this instance's kept answers
    /// (accounts behind tokens, dashboards, rankings); this instance's own writes show at once.
    pub cache_ttl: std::time::Duration,
    /// How long a worker keeps the read transaction of its point reads on SQLite: the longest
    /// another process's write may take to show in them (zero: every read its own).
    pub read_snapshot: std::time::Duration,
    /// Local rules of development and evaluation (docs/RULES.md).
    pub rules: Rules,
    pub attachments: AttachmentPolicy,
    /// Origins whose pages may call the API from a browser (`DANGJIAN_CORS_ORIGINS`,
    /// comma-separated, e.g. `https://ops.example.gov.cn`); none by default.
    pub cors_origins: Vec<String>,
    /// How long a rotated refresh token may still be presented (parallel workers), 30 s.
    pub refresh_reuse_grace: Duration,
    /// How long a rotated client secret stays good (`DANGJIAN_SECRET_OVERLAP_HOURS`, 24).
    pub secret_overlap: Duration,
    /// How often due webhook deliveries are sent (`DANGJIAN_WEBHOOK_INTERVAL_MS`, 1000).
    pub webhook_interval: std::time::Duration,
    /// Fault injection for the crash drill (`DANGJIAN_FAULT_CRASH_AFTER_COMMIT`): the process
    /// dies right after committing an idempotent write, before answering it. Never in production.
    pub crash_after_commit: bool,
}

/// Which files are kept with meetings, and how large.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentPolicy {
    /// Media types taken (`DANGJIAN_ATTACHMENT_TYPES`, comma-separated; a subset of
    /// `domain::attachment::MEDIA_TYPES`, all of them by default).
    pub media_types: Vec<String>,
    /// Largest file (`DANGJIAN_ATTACHMENT_MAX_MB`, 10 MB; at most the 16 MiB upload limit).
    pub max_bytes: usize,
}

impl Default for AttachmentPolicy {
    fn default() -> Self {
        AttachmentPolicy {
            media_types: domain::attachment::MEDIA_TYPES.iter().map(|(t, _)| (*t).to_owned()).collect(),
            max_bytes: 10 * 1000 * 1000,
        }
    }
}

impl AttachmentPolicy {
    fn from_env() -> Result<AttachmentPolicy, ConfigError> {
        let mut policy = AttachmentPolicy::default();
        if let Some(list) = var("DANGJIAN_ATTACHMENT_TYPES") {
            let types: Vec<String> =
                list.split(',').map(|t| t.trim().to_ascii_lowercase()).filter(|t| !t.is_empty()).collect();
            if let Some(unknown) = types.iter().find(|t| !policy.media_types.contains(t)) {
                return Err(ConfigError {
                    name: "DANGJIAN_ATTACHMENT_TYPES",
                    message: format!("`{unknown}` is not a type the product can check (photos, PDF, Office documents)"),
                });
            }
            policy.media_types = types;
        }
        let megabytes = number("DANGJIAN_ATTACHMENT_MAX_MB", 10)?;
        if !(1..=16).contains(&megabytes) {
            return Err(ConfigError { name: "DANGJIAN_ATTACHMENT_MAX_MB", message: "between 1 and 16".into() });
        }
        policy.max_bytes = usize::try_from(megabytes).unwrap_or(16) * 1000 * 1000;
        Ok(policy)
    }
}

fn flag(name: &'static str, default: bool) -> Result<bool, ConfigError> {
    match var(name).as_deref() {
        None => Ok(default),
        Some("true" | "1" | "yes") => Ok(true),
        Some("false" | "0" | "no") => Ok(false),
        Some(other) => Err(ConfigError { name, message: format!("expected true or false, got `{other}`") }),
    }
}

fn count(name: &'static str, default: u32) -> Result<u32, ConfigError> {
    number(name, i64::from(default)).map(|n| u32::try_from(n).unwrap_or(default))
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &mask_url_password(&self.database_url))
            .field("bind", &self.bind)
            .field("data_dir", &self.data_dir)
            .field("frontend_dir", &self.frontend_dir)
            .field("jwt_secret", &"********")
            .field("integrity_key", &"********")
            .field("audit_retention_days", &self.audit_retention_days)
            .field("data_keys", &self.data_keys)
            .field("access_token_ttl", &self.access_token_ttl)
            .field("session_idle", &self.session_idle)
            .field("session_ttl", &self.session_ttl)
            .field("lockout", &self.lockout)
            .field("passwords", &self.passwords)
            .field("admin_second_factor", &self.admin_second_factor)
            .field("limits", &self.limits)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("hsts_seconds", &self.hsts_seconds)
            .field("secure_cookies", &self.secure_cookies)
            .field("body_timeout", &self.body_timeout)
            .field("pool_size", &self.pool_size)
            .field("cache_ttl", &self.cache_ttl)
            .field("read_snapshot", &self.read_snapshot)
            .field("rules", &self.rules)
            .field("attachments", &self.attachments)
            .field("cors_origins", &self.cors_origins)
            .field("refresh_reuse_grace", &self.refresh_reuse_grace)
            .field("secret_overlap", &self.secret_overlap)
            .field("webhook_interval", &self.webhook_interval)
            .field("crash_after_commit", &self.crash_after_commit)
            .finish()
    }
}

/// A configuration value that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct ConfigError {
    pub name: &'static str,
    pub message: String,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn number(name: &'static str, default: i64) -> Result<i64, ConfigError> {
    match var(name) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| ConfigError { name, message: format!("expected a positive whole number, got `{text}`") }),
    }
}

impl Config {
    /// Reads the configuration; creates the data directory and, when no secret is given,
    /// a random JWT secret kept in it (so tokens survive restarts).
    pub fn from_env() -> Result<Config, ConfigError> {
        let data_dir = PathBuf::from(var("DANGJIAN_DATA_DIR").unwrap_or_else(|| "var".to_owned()));
        let default_db = format!("sqlite://{}", data_dir.join("dangjian.sqlite3").display());
        let database_url = var("DANGJIAN_DATABASE_URL").unwrap_or(default_db);
        let access_minutes = number("DANGJIAN_ACCESS_TOKEN_MINUTES", 15)?;
        if access_minutes > MAX_ACCESS_TOKEN_MINUTES {
            return Err(ConfigError {
                name: "DANGJIAN_ACCESS_TOKEN_MINUTES",
                message: format!("at most {MAX_ACCESS_TOKEN_MINUTES} minutes"),
            });
        }
        let session_idle = Duration::minutes(number("DANGJIAN_SESSION_IDLE_MINUTES", 30)?);
        if session_idle < Duration::minutes(access_minutes) {
            return Err(ConfigError {
                name: "DANGJIAN_SESSION_IDLE_MINUTES",
                message: "at least DANGJIAN_ACCESS_TOKEN_MINUTES, or no session outlives its first access token".into(),
            });
        }
        let max_failures = number("DANGJIAN_LOCKOUT_MAX_FAILURES", 5)?;
        let lockout = LockoutPolicy {
            max_failures: u32::try_from(max_failures).unwrap_or(u32::MAX),
            lock_for: Duration::minutes(number("DANGJIAN_LOCKOUT_MINUTES", 1)?),
            max_lock: Duration::minutes(number("DANGJIAN_LOCKOUT_MAX_MINUTES", 60)?),
            ..LockoutPolicy::default()
        };
        std::fs::create_dir_all(&data_dir).map_err(|e| ConfigError {
            name: "DANGJIAN_DATA_DIR",
            message: format!("cannot create {}: {e}", data_dir.display()),
        })?;
        let jwt_secret = match var("DANGJIAN_JWT_SECRET") {
            Some(secret) if secret.len() >= 32 => secret.into_bytes(),
            Some(_) => {
                return Err(ConfigError { name: "DANGJIAN_JWT_SECRET", message: "at least 32 characters".into() });
            }
            None => stored_secret(&data_dir, "jwt-secret", "DANGJIAN_JWT_SECRET")?,
        };
        let integrity_key = match var("DANGJIAN_INTEGRITY_KEY") {
            Some(key) if key.len() >= 32 => key.into_bytes(),
            Some(_) => {
                return Err(ConfigError { name: "DANGJIAN_INTEGRITY_KEY", message: "at least 32 characters".into() });
            }
            None => stored_secret(&data_dir, "integrity-key", "DANGJIAN_INTEGRITY_KEY")?,
        };
        let data_keys = match var("DANGJIAN_DATA_KEY") {
            Some(ring) => {
                DataKeys::parse(&ring).map_err(|e| ConfigError { name: "DANGJIAN_DATA_KEY", message: e.to_string() })?
            }
            None => stored_data_keys(&data_dir)?,
        };
        let audit_retention_days = u32::try_from(number("DANGJIAN_AUDIT_RETENTION_DAYS", 180)?).unwrap_or(u32::MAX);
        domain::audit::check_retention(audit_retention_days)
            .map_err(|e| ConfigError { name: "DANGJIAN_AUDIT_RETENTION_DAYS", message: e.to_string() })?;
        Ok(Config {
            database_url,
            bind: var("DANGJIAN_BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            frontend_dir: PathBuf::from(var("DANGJIAN_FRONTEND_DIR").unwrap_or_else(|| "frontend/dist".to_owned())),
            data_dir,
            jwt_secret,
            integrity_key,
            audit_retention_days,
            data_keys,
            access_token_ttl: Duration::minutes(access_minutes),
            session_idle,
            session_ttl: Duration::hours(number("DANGJIAN_SESSION_HOURS", 12)?),
            lockout,
            passwords: passwords_from_env()?,
            admin_second_factor: flag("DANGJIAN_ADMIN_SECOND_FACTOR", true)?,
            body_timeout: std::time::Duration::from_secs(number("DANGJIAN_BODY_TIMEOUT_SECONDS", 60)?.unsigned_abs()),
            limits: LimitsConfig {
                token_per_minute: count(
                    "DANGJIAN_TOKEN_REQUESTS_PER_MINUTE",
                    LimitsConfig::default().token_per_minute,
                )?,
                search_per_minute: count("DANGJIAN_SEARCHES_PER_MINUTE", LimitsConfig::default().search_per_minute)?,
                export_per_minute: count("DANGJIAN_EXPORTS_PER_MINUTE", LimitsConfig::default().export_per_minute)?,
                requests_per_minute: count(
                    "DANGJIAN_REQUESTS_PER_MINUTE",
                    LimitsConfig::default().requests_per_minute,
                )?,
            },
            trusted_proxies: TrustedProxies::parse(&var("DANGJIAN_TRUSTED_PROXIES").unwrap_or_default())
                .map_err(|message| ConfigError { name: "DANGJIAN_TRUSTED_PROXIES", message })?,
            hsts_seconds: match var("DANGJIAN_HSTS_SECONDS") {
                Some(_) => Some(number("DANGJIAN_HSTS_SECONDS", 0)?.unsigned_abs()),
                None => None,
            },
            secure_cookies: flag("DANGJIAN_SECURE_COOKIES", true)?,
            pool_size: u32::try_from(number("DANGJIAN_DB_POOL_SIZE", 8)?).unwrap_or(8),
            cache_ttl: std::time::Duration::from_secs(number("DANGJIAN_CACHE_SECONDS", 10)?.unsigned_abs()),
            read_snapshot: std::time::Duration::from_millis(number("DANGJIAN_READ_SNAPSHOT_MS", 2)?.unsigned_abs()),
            rules: Rules::from_env()?,
            attachments: AttachmentPolicy::from_env()?,
            cors_origins: var("DANGJIAN_CORS_ORIGINS")
                .map(|list| list.split(',').map(|o| o.trim().to_owned()).filter(|o| !o.is_empty()).collect())
                .unwrap_or_default(),
            refresh_reuse_grace: Duration::seconds(number("DANGJIAN_REFRESH_REUSE_SECONDS", 30)?),
            secret_overlap: Duration::hours(number("DANGJIAN_SECRET_OVERLAP_HOURS", 24)?),
            webhook_interval: std::time::Duration::from_millis(
                number("DANGJIAN_WEBHOOK_INTERVAL_MS", 1000)?.unsigned_abs().max(10),
            ),
            crash_after_commit: flag("DANGJIAN_FAULT_CRASH_AFTER_COMMIT", false)?,
        })
    }
}

fn passwords_from_env() -> Result<PasswordPolicy, ConfigError> {
    let d = PasswordPolicy::default();
    let size = |name, default: usize| {
        number(name, i64::try_from(default).unwrap_or(i64::MAX)).map(|n| n.unsigned_abs() as usize)
    };
    let classes = size("DANGJIAN_PASSWORD_CLASSES", d.classes)?;
    if classes > 4 {
        return Err(ConfigError { name: "DANGJIAN_PASSWORD_CLASSES", message: "at most 4 character classes".into() });
    }
    Ok(PasswordPolicy {
        min_length: size("DANGJIAN_PASSWORD_MIN_LENGTH", d.min_length)?,
        classes,
        history: size("DANGJIAN_PASSWORD_HISTORY", d.history)?,
        admin_max_age_days: number("DANGJIAN_ADMIN_PASSWORD_DAYS", d.admin_max_age_days)?,
        service_secret_length: d.service_secret_length,
    })
}

/// A secret generated on first start and kept in `DATA_DIR/<file_name>` (0600).
fn stored_secret(data_dir: &Path, file_name: &str, name: &'static str) -> Result<Vec<u8>, ConfigError> {
    let file = data_dir.join(file_name);
    let fail = |e: std::io::Error| ConfigError { name, message: format!("cannot use {}: {e}", file.display()) };
    if let Ok(existing) = std::fs::read_to_string(&file)
        && existing.trim().len() >= 32
    {
        return Ok(existing.trim().as_bytes().to_vec());
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    write_private(&file, &secret).map_err(fail)?;
    Ok(secret.into_bytes())
}

/// The data key ring kept in `DATA_DIR/data-key`, with one new key generated on first start.
fn stored_data_keys(data_dir: &Path) -> Result<DataKeys, ConfigError> {
    let file = data_key_file(data_dir);
    let fail = |message: String| ConfigError { name: "DANGJIAN_DATA_KEY", message };
    match std::fs::read_to_string(&file) {
        Ok(ring) => DataKeys::parse(&ring).map_err(|e| fail(format!("{}: {e}", file.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = data_key::generate();
            write_private(&file, &format!("{key}\n"))
                .map_err(|e| fail(format!("cannot write {}: {e}", file.display())))?;
            DataKeys::parse(&key).map_err(|e| fail(e.to_string()))
        }
        Err(e) => Err(fail(format!("cannot read {}: {e}", file.display()))),
    }
}

/// Where the data key ring is kept when `DANGJIAN_DATA_KEY` is not set.
pub fn data_key_file(data_dir: &Path) -> PathBuf {
    data_dir.join("data-key")
}

/// Writes a file readable by its owner only, replacing it atomically.
#[cfg(unix)]
pub fn write_private(file: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let temporary = file.with_extension("new");
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&temporary)?;
    f.write_all(content.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&temporary, file)
}

#[cfg(not(unix))]
pub fn write_private(file: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(file, content)
}

/// `postgres://user:secret@host/db` → `postgres://user:********@host/db`.
pub fn mask_url_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let Some((credentials, host)) = rest.split_once('@') else { return url.to_owned() };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:********@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_passwords_are_masked() {
        assert_eq!(mask_url_password("postgres://dj:s3cret@db:5432/dj"), "postgres://dj:********@db:5432/dj");
        assert_eq!(mask_url_password("sqlite://var/dangjian.sqlite3"), "sqlite://var/dangjian.sqlite3");
    }
}
