//! What the live layer finds things by in the page the build writes: ids,
//! classes and data attributes. The page's components write them; a
//! native test of the page renders it and checks that every selector in
//! [`selectors`] matches in each language, so neither side can drift.

/// The root of the explainer, `<div id="app">`.
pub const APP_ID: &str = "app";
/// Set on the root once the app is live (tests and the benchmark wait for it).
pub const STARTED: &str = "data-started";
/// A class on `<html>` where the app cannot start or has failed: the page
/// is then laid out as the static story.
pub const NO_APP: &str = "no-app";

/// One language's explainer, with its language key and document title.
pub const TREE: &str = "#app > main[data-lang]";
pub const TREE_LANG: &str = "data-lang";
pub const TREE_TITLE: &str = "data-title";
/// The phase ids in story order, space-separated, on the tree's root: the
/// first thing the parser gives a script (assets/deep-link.js) that shows a
/// linked phase before the rest of the tree arrives, and what the app
/// finds its phases by (it may start before they are parsed).
pub const TREE_PHASES: &str = "data-phases";
/// On `<html>`, the id of the phase the page's per-phase attributes have
/// been set to by a script: by assets/deep-link.js for a phase a link
/// named, by the app where the reader moves before the page is parsed
/// (deep-link.js then sets what the parser adds after) and once the page
/// is parsed. Absent, the page is as written, and the stylesheet shows the
/// first phase only (the phases are written showing every phase, for the
/// static story).
pub const PHASE_SET: &str = "data-phase-set";

/// A phase, with its id and the words announced when it is shown.
pub const PHASE: &str = ".phases > .phase";
pub const PHASE_ID: &str = "data-phase";
pub const PHASE_ANNOUNCE: &str = "data-announce";
/// The polite live region a phase is announced in.
pub const ANNOUNCE: &str = ".announce";

/// The phase control and the words of its play button.
pub const CONTROL: &str = ".phase-control";
pub const PLAY_WORD: &str = "data-play";
pub const PAUSE_WORD: &str = "data-pause";
/// The control's parts: the slider, previous/next (by how many phases
/// they step), the ticks (by phase index), the play button.
pub const SLIDER: &str = ".phase-control input[type=range]";
pub const STEP: &str = ".step";
pub const STEP_BY: &str = "data-step";
pub const TICK: &str = ".tick";
pub const TICK_INDEX: &str = "data-index";
pub const PLAY: &str = ".play";
pub const PLAY_ICON: &str = ".play__icon";
pub const PLAY_LABEL: &str = ".play__label";

/// The language switch's buttons, each with its `lang`.
pub const LANG_OPTION: &str = ".lang__option";

/// A place on the map, by id; the panel its details go in; its rows in the
/// map's table (one per role it plays, each shown in its phases).
pub const PLACE: &str = ".place";
pub const PLACE_ID: &str = "data-place";
pub const PLACE_DETAILS: &str = ".place-details";
/// A place's symbol as the reader's finger or pointer meets it.
pub const PLACE_TARGET: &str = ".place .symbol__focus";
pub const PLACE_ROW: &str = ".map-table tr[data-place]";
/// A row's cells are found by what they hold, not by their position.
pub const PLACE_CELL: &str = "data-cell";
/// On the details panel: the question asked when a tap lands near several
/// places ("Which place?"); on each of the buttons then offered, the place.
pub const PICK_QUESTION: &str = "data-pick-question";
pub const PICK: &str = "data-pick";
pub const PICK_SELECTOR: &str = "[data-pick]";

/// What a cell of a place's row in the map's table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceCell {
    Name,
    Kind,
    Role,
    Source,
}

impl PlaceCell {
    /// In the order the table shows them.
    pub const ALL: [PlaceCell; 4] = [
        PlaceCell::Name,
        PlaceCell::Kind,
        PlaceCell::Role,
        PlaceCell::Source,
    ];

    /// The cell's `data-cell` value.
    pub fn key(self) -> &'static str {
        match self {
            PlaceCell::Name => "name",
            PlaceCell::Kind => "kind",
            PlaceCell::Role => "role",
            PlaceCell::Source => "source",
        }
    }
}

/// "Copy link to this phase": the block, written by the page with its
/// button, its status and the field that shows the link to copy by hand;
/// the words the status may say are attributes of the block.
pub const SHARE: &str = ".share";
pub const SHARE_BUTTON: &str = ".share__button";
pub const SHARE_STATUS: &str = ".share__status";
pub const SHARE_LINK: &str = ".share__link";

/// What the copy link's status may say, each an attribute of [`SHARE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyWord {
    /// After copying.
    Copied,
    /// When the browser refuses the clipboard: copy the link shown.
    ByHand,
}

impl CopyWord {
    pub const ALL: [CopyWord; 2] = [CopyWord::Copied, CopyWord::ByHand];

    pub fn attr(self) -> &'static str {
        match self {
            CopyWord::Copied => "data-copied",
            CopyWord::ByHand => "data-by-hand",
        }
    }
}

/// The script that marks where the app may start (assets/start-point.js),
/// at the site's root. The page places it right after everything the app
/// finds when it starts ([`AT_START`]), the phase control: assets/boot.js
/// starts the app there, while the rest of the page (the map, the phases,
/// the map key, the counts, the sources) is still being parsed, and the
/// app reads that rest once the page is parsed.
pub const START_POINT_SCRIPT: &str = "start-point.js";

/// What the app finds as it starts: the tree, its live region, the
/// language switch and the phase control, the first thing a reader may
/// use. Each is above [`START_POINT_SCRIPT`] in the page (a native test of
/// the page checks it).
pub const AT_START: [&str; 10] = [
    TREE,
    ANNOUNCE,
    LANG_OPTION,
    CONTROL,
    SLIDER,
    STEP,
    TICK,
    PLAY,
    PLAY_ICON,
    PLAY_LABEL,
];

/// What the live layer finds later, besides [`AT_START`], as the reader
/// reaches for it or once the page is parsed: the phases, the copy link,
/// the map's places and their panel, the place table's rows and the
/// per-phase elements. Listeners for these are on `#app`, so they work for
/// what the parser adds inside it after the app started.
pub const LATER: [&str; 10] = [
    PHASE,
    SHARE,
    SHARE_BUTTON,
    SHARE_STATUS,
    SHARE_LINK,
    PLACE,
    PLACE_TARGET,
    PLACE_DETAILS,
    PLACE_ROW,
    crate::PHASED_SELECTOR,
];

/// Every selector the live layer relies on, for the page's contract test:
/// [`AT_START`], then [`LATER`].
pub fn selectors() -> impl Iterator<Item = &'static str> {
    AT_START.into_iter().chain(LATER)
}
