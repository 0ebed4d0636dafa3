//! Compiles `assets/story.toml` (and the map geometry in
//! `assets/map/geometry.toml`) into Rust statics before the app is built,
//! so the reader pays no parsing cost and a bad edit fails the build with one
//! line per problem: `file: entry: problem`.
//!
//! `STORY_FILE=path` compiles another file instead (used by the test command
//! to prove that a bad data file really stops the build).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=STORY_FILE");
    let path = std::env::var_os("STORY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("assets/story.toml"));
    let geometry = PathBuf::from("assets/map/geometry.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed={}", geometry.display());
    match mpp_story::compile::compile_files(&path, &geometry) {
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
