//! `dangjian`: the urban grassroots Party-building platform.

use clap::Parser;

// Many small, short-lived allocations per request on few threads: mimalloc spends less time
// on them than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    if let Err(error) = api::cli::run(api::cli::Cli::parse()) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
