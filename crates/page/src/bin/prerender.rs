//! Trunk post-build hook: writes each language's page (`page::render`) from
//! the shell Trunk built (`index.html` in `$TRUNK_STAGING_DIR`, or the
//! folder given as the first argument): English as `index.html`, Spanish as
//! `es/index.html`, each with its oEmbed document (`oembed.json`). The
//! site's public address comes from the environment (`page::site`).

use std::path::Path;
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
    page::build_step::run("prerender", write_all)
}
