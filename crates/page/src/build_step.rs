//! What the build's post-build programs share (`prerender`, `export_data`,
//! `sharecard`): they write into the built site, the folder given as the
//! first argument or Trunk's `$TRUNK_STAGING_DIR`, and report a failure
//! with their name.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs `step` on the built site's folder; prints `name: problem` and fails
/// if there is no folder or the step fails.
pub fn run(name: &str, step: impl FnOnce(&Path) -> Result<(), String>) -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("{name}: give the built site's folder, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    match step(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}
