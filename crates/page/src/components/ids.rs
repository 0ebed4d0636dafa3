//! Element ids, unique across both languages' trees.

use crate::story::Lang;

/// `name` in English; `es-name` in Spanish.
pub fn id(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => name.to_owned(),
        Lang::Es => format!("es-{name}"),
    }
}
