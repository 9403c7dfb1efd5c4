//! The pool's connections to PostgreSQL (a SQLite file connection does not go stale).

use std::time::Duration;

use api::db::{self, DbConnection};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Integer};
use tests::{Backend, TestDb};

fn server_process(conn: &mut DbConnection) -> QueryResult<i32> {
    diesel::select(diesel::dsl::sql::<Integer>("pg_backend_pid()")).get_result(conn)
}

/// Ends a connection's server process, as a server restart or a broken link would, and
/// waits until it is gone.
fn end_server_process(url: &str, pid: i32) {
    let mut admin = PgConnection::establish(url).expect("connect");
    let ended: bool = diesel::select(diesel::dsl::sql::<Bool>(&format!("pg_terminate_backend({pid}, 10000)")))
        .get_result(&mut admin)
        .expect("terminate");
    assert!(ended, "the server process {pid} did not end");
}

/// Rule: a connection quiet for longer than the unchecked moment is checked when taken from
/// the pool, and replaced when its server process has ended; one that answered within the
/// moment is taken without that round trip, so a process ended meanwhile fails the request
/// that takes it.
#[test]
fn a_postgresql_connection_is_checked_when_taken_only_after_a_quiet_moment() {
    let database = TestDb::create(Backend::Postgres);
    for (unchecked, replaced) in [(Duration::ZERO, true), (Duration::from_secs(3600), false)] {
        let (pool, _) = db::open_pool(&database.url, 1, unchecked).expect("pool");
        let first = server_process(&mut pool.get().expect("connection")).expect("an answer");
        end_server_process(&database.url, first);
        let answer = server_process(&mut pool.get().expect("connection"));
        if replaced {
            assert!(answer.as_ref().is_ok_and(|pid| *pid != first), "checked and replaced: {answer:?}");
        } else {
            assert!(answer.is_err(), "taken unchecked: {answer:?}");
        }
    }
}
