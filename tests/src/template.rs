//! The demo city, migrated and loaded once per build of a test binary and day: each test
//! starts from a copy of it (a copied SQLite file, PostgreSQL's `CREATE DATABASE … TEMPLATE`)
//! instead of running every migration and the seed again, which took most of a short test's
//! time. Test processes (nextest runs each test in its own) share the template through files
//! in the temporary directory, built by the first under an exclusive lock and copied under a
//! shared one.

use std::collections::HashMap;
use std::fs::{self, File};
use std::path::PathBuf;
use std::time::UNIX_EPOCH;

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

use crate::{Backend, TestDb, test_config};

/// A database of its own holding the demo city, and the demo accounts' passwords by username.
pub fn demo_database(backend: Backend) -> (TestDb, HashMap<String, String>) {
    let template = Template::open(backend);
    template.lock.lock_shared().expect("lock the template");
    if !template.is_current() {
        template.lock.unlock().expect("unlock the template");
        template.lock.lock().expect("lock the template to build it");
        if !template.is_current() {
            template.build();
        }
        template.lock.unlock().expect("unlock the template");
        template.lock.lock_shared().expect("lock the template");
    }
    let database = TestDb::copy_of(backend, &template.source());
    let passwords = template.passwords();
    template.lock.unlock().expect("unlock the template");
    (database, passwords)
}

struct Template {
    backend: Backend,
    dir: PathBuf,
    /// What the template was made from: the test binary as built, the day (seeded facts are
    /// dated relative to today) and, on PostgreSQL, the server.
    stamp: String,
    lock: File,
}

impl Template {
    fn open(backend: Backend) -> Template {
        let exe = std::env::current_exe().expect("the test binary");
        let built = fs::metadata(&exe).expect("the test binary's metadata");
        let modified = built.modified().expect("modification time").duration_since(UNIX_EPOCH).unwrap_or_default();
        let binary = exe.file_stem().and_then(|s| s.to_str()).unwrap_or("tests").to_owned();
        let server = match backend {
            Backend::Sqlite => String::new(),
            Backend::Postgres => admin_url(),
        };
        let stamp = format!("{} {} {} {server}", built.len(), modified.as_nanos(), chrono::Utc::now().date_naive());
        let dir = std::env::temp_dir().join(format!("dangjian-test-template-{binary}"));
        fs::create_dir_all(&dir).expect("the template directory");
        let lock = File::options().create(true).truncate(false).write(true).open(dir.join("lock")).expect("lock file");
        Template { backend, dir, stamp, lock }
    }

    fn name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    fn stamp_file(&self) -> PathBuf {
        self.dir.join(format!("{}.stamp", self.name()))
    }

    fn accounts_file(&self) -> PathBuf {
        self.dir.join(format!("{}.accounts", self.name()))
    }

    fn sqlite_file(&self) -> PathBuf {
        self.dir.join("demo.sqlite3")
    }

    /// The PostgreSQL template database, named after the directory (one per test binary).
    fn database(&self) -> String {
        let binary = self.dir.file_name().and_then(|s| s.to_str()).unwrap_or_default();
        binary.replace(|c: char| !c.is_ascii_alphanumeric(), "_").to_ascii_lowercase()
    }

    /// What a copy is made from: the SQLite file or the PostgreSQL database.
    fn source(&self) -> String {
        match self.backend {
            Backend::Sqlite => self.sqlite_file().display().to_string(),
            Backend::Postgres => self.database(),
        }
    }

    fn is_current(&self) -> bool {
        if fs::read_to_string(self.stamp_file()).ok().as_deref() != Some(self.stamp.as_str()) {
            return false;
        }
        match self.backend {
            Backend::Sqlite => self.sqlite_file().exists(),
            // The server may be a new one since the stamp was written (`make test` starts its own).
            Backend::Postgres => {
                let mut conn = PgConnection::establish(&admin_url()).expect("connect to the test PostgreSQL");
                diesel::select(
                    sql::<Bool>("EXISTS (SELECT 1 FROM pg_database WHERE datname = ")
                        .bind::<Text, _>(self.database())
                        .sql(")"),
                )
                .get_result(&mut conn)
                .expect("look up the template database")
            }
        }
    }

    /// Migrates an empty database, loads the demo city, and writes the stamp last, so that a
    /// build cut short is never taken for a template.
    fn build(&self) {
        let _ = fs::remove_file(self.stamp_file());
        let url = match self.backend {
            Backend::Sqlite => {
                let file = self.sqlite_file();
                for suffix in ["", "-wal", "-shm"] {
                    let _ = fs::remove_file(format!("{}{suffix}", file.display()));
                }
                format!("sqlite://{}", file.display())
            }
            Backend::Postgres => {
                let admin = admin_url();
                let mut conn = PgConnection::establish(&admin).expect("connect to the test PostgreSQL");
                let name = self.database();
                for statement in
                    [format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"), format!("CREATE DATABASE {name}")]
                {
                    diesel::sql_query(statement).execute(&mut conn).expect("make the template database");
                }
                let (base, _) = admin.rsplit_once('/').expect("database URL with a database name");
                format!("{base}/{name}")
            }
        };
        let config = test_config(&url);
        api::integrity::install_key(&config.integrity_key);
        // The connections close with the pool, as a copy of the template needs.
        let accounts = {
            let (pool, _) = api::db::connect(&url, 1, &config.data_keys).expect("migrate the template");
            let mut conn = pool.get().expect("connection");
            api::seed::load_demo(&mut conn, &config.data_keys).expect("demo city")
        };
        let lines: String = accounts.iter().map(|a| format!("{}\t{}\n", a.username, a.password)).collect();
        fs::write(self.accounts_file(), lines).expect("write the demo accounts");
        fs::write(self.stamp_file(), &self.stamp).expect("write the template's stamp");
    }

    fn passwords(&self) -> HashMap<String, String> {
        let lines = fs::read_to_string(self.accounts_file()).expect("the demo accounts");
        lines
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(username, password)| (username.to_owned(), password.to_owned()))
            .collect()
    }
}

/// The PostgreSQL server's administrative URL, set by `make test`.
pub(crate) fn admin_url() -> String {
    std::env::var("DANGJIAN_TEST_POSTGRES_URL")
        .expect("DANGJIAN_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts PostgreSQL")
}
