//! Build step: writes the share cards, `share-en.png` and `share-es.png`,
//! into the built site (in `$TRUNK_STAGING_DIR`, or the folder given as the
//! first argument).

use std::process::ExitCode;

use sharecard::{card_file, render_png, Lang};

fn main() -> ExitCode {
    page::build_step::run("sharecard", |dir| {
        Lang::ALL.into_iter().try_for_each(|lang| {
            let path = dir.join(card_file(lang));
            std::fs::write(&path, render_png(lang)).map_err(|e| format!("{}: {e}", path.display()))
        })
    })
}
