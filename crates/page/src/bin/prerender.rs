//! Trunk post-build hook: writes the explainer (`page::render`) into the
//! built index.html (in `$TRUNK_STAGING_DIR`, or the folder given as the
//! first argument).

use std::path::PathBuf;
use std::process::ExitCode;

use page::render;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: give the built site's folder, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    let path = dir.join("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|html| render::inject(&html, &render::render()))
        .and_then(|html| std::fs::write(&path, html).map_err(|e| e.to_string()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
