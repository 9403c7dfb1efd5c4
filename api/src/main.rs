//! `dangjian`: the urban grassroots Party-building platform.

use clap::Parser;

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    if let Err(error) = api::cli::run(api::cli::Cli::parse()) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
