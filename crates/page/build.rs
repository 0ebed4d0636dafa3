//! Compiles `assets/story.toml` (and the map geometry in
//! `assets/map/geometry.toml`) into Rust statics before the page is built,
//! so a bad edit fails the build with one line per problem:
//! `file: entry: problem`.
//!
//! `STORY_FILE=path` compiles another file instead (used by the test command
//! to prove that a bad data file really stops the build); a relative path
//! is taken from the repository's root.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    println!("cargo:rerun-if-env-changed=STORY_FILE");
    let path = std::env::var_os("STORY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("assets/story.toml"));
    // Named as given in error messages; read from the repository's root.
    let read_from = if path.is_absolute() {
        path.clone()
    } else {
        root.join(&path)
    };
    let geometry = root.join("assets/map/geometry.toml");
    println!("cargo:rerun-if-changed={}", read_from.display());
    println!("cargo:rerun-if-changed={}", geometry.display());
    let text = std::fs::read_to_string(&read_from);
    let result = match text {
        Ok(text) => mpp_story::compile::GeometryFile::read(&geometry)
            .and_then(|g| mpp_story::compile::compile_str(&path.display().to_string(), &text, &g)),
        Err(e) => Err(vec![mpp_story::compile::StoryError {
            file: path.display().to_string(),
            entry: "(file)".into(),
            problem: format!("cannot read: {e}"),
        }]),
    };
    match result {
        Ok(code) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("story.rs"), code).expect("write generated story.rs");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("the story data has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("error: {error}");
            }
            ExitCode::FAILURE
        }
    }
}
