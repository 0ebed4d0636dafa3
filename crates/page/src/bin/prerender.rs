//! Trunk post-build hook: writes each language's page (`page::render`) from
//! the shell Trunk built (`index.html` in `$TRUNK_STAGING_DIR`, or the
//! folder given as the first argument): English as `index.html`, Spanish as
//! `es/index.html`, each with its oEmbed document (`oembed.json`). The
//! site's public address comes from the environment (`page::site`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use page::render;
use page::site::Site;
use page::story::Lang;

fn write_all(dir: &Path) -> Result<(), String> {
    let site = Site::from_env()?;
    let shell_path = dir.join("index.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e}", shell_path.display()))?;
    for lang in Lang::ALL {
        let folder = dir.join(Site::folder(lang));
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let html = render::page(&shell, lang, &site)
            .map_err(|e| format!("{}: {e}", shell_path.display()))?;
        for (name, text) in [
            ("index.html", html),
            ("oembed.json", render::oembed(lang, &site)),
        ] {
            let path = folder.join(name);
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: give the built site's folder, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    match write_all(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
