//! The story, compiled in from `assets/story.toml` by `build.rs`.

pub use mpp_story::*;

include!(concat!(env!("OUT_DIR"), "/story.rs"));
