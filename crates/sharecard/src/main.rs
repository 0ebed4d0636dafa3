//! Build step: writes the share cards, `share-en.png` and `share-es.png`,
//! into the built site (in `$TRUNK_STAGING_DIR`, or the folder given as the
//! first argument).

use std::path::PathBuf;
use std::process::ExitCode;

use sharecard::{card_file, render_png, Lang};

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("sharecard: give the built site's folder, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let path = dir.join(card_file(lang));
        if let Err(e) = std::fs::write(&path, render_png(lang)) {
            eprintln!("sharecard: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
