//! Trunk post-build hook: writes the data download (`page::export`:
//! figures.csv, events.csv, places.csv, story.json) into `data/` of the
//! built site (in `$TRUNK_STAGING_DIR`, or the folder given as the first
//! argument).

use std::path::PathBuf;
use std::process::ExitCode;

use page::export;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("export_data: give the built site's folder, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    match export::write_data(&dir) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("export_data: {}: {e}", dir.join(export::FOLDER).display());
            ExitCode::FAILURE
        }
    }
}
