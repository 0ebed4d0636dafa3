//! Pins the story compiler's verdict on every fixture: each `bad_*.toml`
//! fails with the one-line message its `# expect:` header names (file, entry
//! and problem), and each `good_*.toml`, like the real story, compiles.

use std::fs;
use std::path::{Path, PathBuf};

use mpp_story::compile::{compile_file, compile_str, default_geometry_path, GeometryFile};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("fixtures folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_bad_fixture_fails_naming_file_entry_and_problem() {
    let bad: Vec<PathBuf> = fixtures()
        .into_iter()
        .filter(|p| name(p).starts_with("bad_"))
        .collect();
    assert!(bad.len() >= 15, "expected the full set of bad fixtures");
    for path in bad {
        let text = fs::read_to_string(&path).unwrap();
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} has no '# expect:' header", name(&path)));
        let errors = compile_file(&path).expect_err(&name(&path));
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            lines
                .iter()
                .any(|l| l.contains(expect) && l.starts_with(&path.display().to_string())),
            "{}: expected a line with {expect:?}, got {lines:#?}",
            name(&path)
        );
        assert!(
            lines.iter().all(|l| !l.contains('\n')),
            "{}: each problem must be one line",
            name(&path)
        );
    }
}

#[test]
fn good_fixtures_compile() {
    for path in fixtures()
        .into_iter()
        .filter(|p| name(p).starts_with("good_"))
    {
        let code = compile_file(&path).unwrap_or_else(|e| panic!("{}: {e:?}", name(&path)));
        assert!(code.contains("pub static STORY: Story"));
    }
}

// The real story must compile, and its generated source must keep the
// precision of every date and every figure's qualifier.
#[test]
fn the_real_story_compiles() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/story.toml");
    let code = compile_file(&path).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(code.contains("qualifier: Qualifier::MoreThan"));
    assert!(code.contains("value: 74000, qualifier: Qualifier::Around"));
    assert!(code.contains("PartialDate { year: 2021, month: 8, day: 0 }"));
    assert!(code.contains("map: MapGeometry { width: 1000.0"));
}

// A broken geometry file stops the build and names the path that is wrong.
#[test]
fn a_bad_geometry_file_is_named() {
    let dir = std::env::temp_dir().join(format!("mpp-geometry-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("geometry.toml");
    let good = fs::read_to_string(default_geometry_path()).unwrap();
    let broken = good.replacen("border = \"M", "border = \"<script>M", 1);
    fs::write(&bad, broken).unwrap();
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/story.toml");
    let errors = mpp_story::compile::compile_files(&story, &bad).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .contains("geometry.toml: paths.border: is not SVG path data"),
        "{}",
        errors[0]
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_file_is_reported_by_name() {
    let errors = compile_file(Path::new("no/such/story.toml")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .to_string()
        .starts_with("no/such/story.toml: (file): cannot read"));
}

// Several problems in one file are all reported, not just the first.
#[test]
fn reports_every_problem_at_once() {
    let text = r#"
[[sources]]
id = "s1"
outlet = { en = "", es = "Medio" }
title = "T"
headline = true
kind = "news"
date = "2021"

[[phases]]
id = "p"
era = "martian"
start = "2019"
end = "2023"
short_title = { en = "P", es = "P" }
title = { en = "P", es = "P" }
summary = { en = "P", es = "P" }
sources = ["nope"]
"#;
    let geometry = GeometryFile::read(&default_geometry_path()).unwrap();
    let errors = compile_str("story.toml", text, &geometry).unwrap_err();
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for expected in [
        "story.toml: sources[s1]: outlet.en is empty",
        "story.toml: phases[p]: unknown era \"martian\"",
        "story.toml: phases[p]: unknown source id \"nope\"",
        "story.toml: (file): has no [[figures]] entries",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "missing {expected}: {lines:#?}"
        );
    }
}
