//! Writing the data files into the built site: the one place the export
//! touches the file system, so everything else stays a pure function.

use std::io;
use std::path::{Path, PathBuf};

use super::{events_csv, figures_csv, places_csv, story_json};

/// The folder, inside the built site, that holds the files.
pub const FOLDER: &str = "data";

/// What makes a file's contents.
pub type Contents = fn() -> String;

/// Every file the export writes, with the function that makes it.
pub const FILES: [(&str, Contents); 4] = [
    ("figures.csv", figures_csv),
    ("events.csv", events_csv),
    ("places.csv", places_csv),
    ("story.json", story_json),
];

/// Writes every file into `<site>/data/` (made if missing, files replaced)
/// and returns their paths.
pub fn write_data(site: &Path) -> io::Result<Vec<PathBuf>> {
    let dir = site.join(FOLDER);
    std::fs::create_dir_all(&dir)?;
    FILES
        .iter()
        .map(|(name, contents)| {
            let path = dir.join(name);
            std::fs::write(&path, contents())?;
            Ok(path)
        })
        .collect()
}
