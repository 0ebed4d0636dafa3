//! Trunk post-build hook: writes the data download (`page::export`:
//! figures.csv, events.csv, places.csv, story.json) into `data/` of the
//! built site (in `$TRUNK_STAGING_DIR`, or the folder given as the first
//! argument).

use std::process::ExitCode;

use page::export;

fn main() -> ExitCode {
    page::build_step::run("export_data", |dir| {
        export::write_data(dir)
            .map(|_| ())
            .map_err(|e| format!("{}: {e}", dir.join(export::FOLDER).display()))
    })
}
