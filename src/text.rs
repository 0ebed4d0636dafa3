//! Every word the page shows that is not story data, in English and Spanish,
//! and the wording built from data: dates at their own precision, counts with
//! their qualifiers, citations, the slider's spoken value. Pure functions,
//! tested natively.
//!
//! Spanish follows the usage of readers on both sides of the border (es-MX,
//! es-US): dates as "16 de octubre de 2021", and a comma between thousands
//! ("71,000"), as Mexican and US Spanish write numbers.

use crate::counts::Disagreement;
use crate::story::{
    DateBasis, Dated, Era, Figure, Lang, PartialDate, Phase, PlaceKind, PlaceStatus, Qualifier,
    Source,
};

/// The interface's fixed strings in one language. Every field must be
/// filled for both languages, so a missing translation does not compile.
#[derive(Debug)]
pub struct Ui {
    pub kicker: &'static str,
    pub title: &'static str,
    pub dek: &'static str,
    pub document_title: &'static str,
    pub timeline: &'static str,
    pub move_through: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub what_happened: &'static str,
    pub phase_from: &'static str,
    pub basis_worked_out: &'static str,
    pub basis_public_record: &'static str,
    pub date_note: &'static str,
    pub counts_heading: &'static str,
    pub counts_intro: &'static str,
    pub bars_note: &'static str,
    pub phase_shown: &'static str,
    pub counted_by: &'static str,
    pub reported: &'static str,
    pub sources_heading: &'static str,
    pub credits: &'static str,
    pub source_one: &'static str,
    pub source_many: &'static str,
    pub via: &'static str,
    pub our_translation: &'static str,
    pub map_heading: &'static str,
    pub map_title: &'static str,
    pub map_description: &'static str,
    pub map_hint: &'static str,
    pub map_table: &'static str,
    pub map_table_caption: &'static str,
    pub col_place: &'static str,
    pub col_kind: &'static str,
    pub col_phase: &'static str,
    pub col_source: &'static str,
    pub geography: &'static str,
    pub in_this_phase: &'static str,
    pub across_from: &'static str,
    pub not_named: &'static str,
    pub map_credit: &'static str,
    pub legend: &'static str,
    pub legend_first: &'static str,
    pub legend_filled: &'static str,
    pub legend_dashed: &'static str,
    pub legend_question: &'static str,
    pub legend_cross: &'static str,
    pub legend_faint: &'static str,
    pub legend_border: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_by_hand: &'static str,
    pub link_label: &'static str,
    pub language: &'static str,
    pub static_note: &'static str,
}

pub const EN: Ui = Ui {
    kicker: "Explainer · 2019–2023",
    title: "Remain in Mexico",
    dek: "How the Migrant Protection Protocols sent some asylum seekers back to Mexico to wait for US court hearings; how President Biden tried to end them, a court ordered them back and they restarted; and how Mexico, in 2023, rejected a third implementation. Move through the story with the slider; every fact carries its source.",
    document_title: "Remain in Mexico: the Migrant Protection Protocols, 2019–2023",
    timeline: "Timeline",
    move_through: "Move through the story: ",
    previous: "Previous phase",
    next: "Next phase",
    play: "Play",
    pause: "Pause",
    what_happened: "What happened",
    phase_from: "From",
    basis_worked_out: "date worked out from the text",
    basis_public_record: "date from public record",
    date_note: "About the date:",
    counts_heading: "How many people did MPP reach?",
    counts_intro: "How many people MPP reached, in each source’s own words and with the date it reported: people made to wait in Mexico or returned there under Trump, and people who went through the program under Biden. These are tallies published at those dates, not live counts.",
    bars_note: "Bar lengths are proportional to the stated numbers; a small arrowhead cut into a bar’s end marks a floor (“more than”, “over”), where the true number is higher by an amount the source does not give.",
    phase_shown: "the phase shown",
    counted_by: "According to",
    reported: "reported",
    sources_heading: "Sources",
    credits: "Text written for this explainer from the sources above; quotations are short and attributed. Dates are as precise as the sources give them; a date worked out from a text (a weekday named in a dated article) or taken from public record (Inauguration Day) says so. A phase starts at its turning point and lasts until the next one starts: its end is our boundary, not a reported date.",
    source_one: "Source",
    source_many: "Sources",
    via: "via",
    our_translation: "",
    map_heading: "Where it happened",
    map_title: "Map of the US–Mexico border and the places of the story",
    map_description: "Ports of entry, encampments and hearing facilities named by the sources, drawn by their status in this phase; Mexican cities across the border shown for orientation. The same facts are in the table below the map.",
    map_hint: "Focus, hover or tap a place on the map to see its role in this phase and the source behind it.",
    map_table: "The map as a table",
    map_table_caption: "Places on the map in this phase",
    col_place: "Place",
    col_kind: "What it is",
    col_phase: "In this phase",
    col_source: "Source",
    geography: "Geography",
    in_this_phase: "In this phase",
    across_from: "Across the border from",
    not_named: "Shown for orientation: the sources do not name this city.",
    map_credit: "Map: Natural Earth 1:50m country outlines and coasts (public domain), US state lines from the US Census Bureau; Albers equal-area projection. Place positions are approximate city or port locations; symbols that would hide behind a port are drawn just beside it.",
    legend: "Key",
    legend_first: "First port set to restart, December 2021 (star)",
    legend_filled: "filled",
    legend_dashed: "dashed outline",
    legend_question: "question mark: the sources do not say",
    legend_cross: "cross",
    legend_faint: "faint outline",
    legend_border: "US–Mexico border; thin grey lines are US state lines",
    copy_link: "Copy link to this phase",
    link_copied: "Link copied.",
    copy_by_hand: "Copy this link:",
    link_label: "Link to this phase",
    language: "Language",
    static_note: "This is the text version of an interactive explainer. The interactive version needs a browser that runs JavaScript and WebAssembly.",
};

pub const ES: Ui = Ui {
    kicker: "Guía interactiva · 2019–2023",
    title: "Quédate en México",
    dek: "Cómo los Protocolos de Protección a Migrantes devolvieron a México a algunos solicitantes de asilo para esperar sus audiencias en tribunales de Estados Unidos; cómo el presidente Biden intentó terminarlos, un tribunal ordenó reanudarlos y volvieron; y cómo México, en 2023, rechazó una tercera implementación. Recorre la historia con el control deslizante; cada dato indica su fuente.",
    document_title: "Quédate en México: los Protocolos de Protección a Migrantes, 2019–2023",
    timeline: "Cronología",
    move_through: "Recorre la historia: ",
    previous: "Fase anterior",
    next: "Fase siguiente",
    play: "Reproducir",
    pause: "Pausa",
    what_happened: "Qué pasó",
    phase_from: "Desde",
    basis_worked_out: "fecha deducida del texto",
    basis_public_record: "fecha de registro público",
    date_note: "Sobre la fecha:",
    counts_heading: "¿A cuántas personas alcanzó el MPP?",
    counts_intro: "A cuántas personas alcanzó el MPP, en palabras de cada fuente y con la fecha en que lo publicó: personas obligadas a esperar en México o devueltas allí con Trump, y personas que pasaron por el programa con Biden. Son cifras publicadas en esas fechas, no conteos en tiempo real.",
    bars_note: "El largo de cada barra es proporcional a la cifra publicada; una pequeña flecha recortada en el final de una barra marca un mínimo («más de»): la cifra real es mayor, por una cantidad que la fuente no da.",
    phase_shown: "la fase que ves",
    counted_by: "Según",
    reported: "publicado el",
    sources_heading: "Fuentes",
    credits: "Texto escrito para esta guía a partir de las fuentes anteriores; las citas son breves y atribuidas. Las fechas son tan precisas como las dan las fuentes; una fecha deducida de un texto (un día de la semana en una nota fechada) o tomada del registro público (el día de la toma de posesión) lo indica. Una fase empieza en su momento decisivo y dura hasta que empieza la siguiente: su final es un límite nuestro, no una fecha publicada.",
    source_one: "Fuente",
    source_many: "Fuentes",
    via: "vía",
    our_translation: " (traducción nuestra del inglés)",
    map_heading: "Dónde pasó",
    map_title: "Mapa de la frontera entre Estados Unidos y México y los lugares de la historia",
    map_description: "Puertos de entrada, campamentos y centros de audiencias que nombran las fuentes, según su situación en esta fase; las ciudades mexicanas al otro lado de la frontera aparecen como referencia. La tabla bajo el mapa da los mismos datos.",
    map_hint: "Enfoca, pasa el cursor o toca un lugar del mapa para ver su papel en esta fase y la fuente que lo respalda.",
    map_table: "El mapa como tabla",
    map_table_caption: "Lugares del mapa en esta fase",
    col_place: "Lugar",
    col_kind: "Qué es",
    col_phase: "En esta fase",
    col_source: "Fuente",
    geography: "Geografía",
    in_this_phase: "En esta fase",
    across_from: "Al otro lado de la frontera de",
    not_named: "Aparece como referencia: las fuentes no nombran esta ciudad.",
    map_credit: "Mapa: contornos de países y costas de Natural Earth 1:50m (dominio público), límites estatales de EE. UU. de la Oficina del Censo; proyección cónica equivalente de Albers. Las posiciones son ubicaciones aproximadas de ciudades o puertos; los símbolos que quedarían ocultos tras un puerto se dibujan justo al lado.",
    legend: "Simbología",
    legend_first: "Primer puerto previsto para reanudar, diciembre de 2021 (estrella)",
    legend_filled: "relleno",
    legend_dashed: "contorno punteado",
    legend_question: "signo de interrogación: las fuentes no lo dicen",
    legend_cross: "cruz",
    legend_faint: "contorno tenue",
    legend_border: "Frontera entre Estados Unidos y México; las líneas grises finas son límites estatales de EE. UU.",
    copy_link: "Copiar enlace a esta fase",
    link_copied: "Enlace copiado.",
    copy_by_hand: "Copia este enlace:",
    link_label: "Enlace a esta fase",
    language: "Idioma",
    static_note: "Esta es la versión de texto de una guía interactiva. La versión interactiva necesita un navegador que ejecute JavaScript y WebAssembly.",
};

/// The interface strings for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// Every field of a `Ui`, with its name, for completeness tests.
pub fn ui_fields(ui: &Ui) -> Vec<(&'static str, &'static str)> {
    let Ui {
        kicker,
        title,
        dek,
        document_title,
        timeline,
        move_through,
        previous,
        next,
        play,
        pause,
        what_happened,
        phase_from,
        basis_worked_out,
        basis_public_record,
        date_note,
        counts_heading,
        counts_intro,
        bars_note,
        phase_shown,
        counted_by,
        reported,
        sources_heading,
        credits,
        source_one,
        source_many,
        via,
        our_translation,
        map_heading,
        map_title,
        map_description,
        map_hint,
        map_table,
        map_table_caption,
        col_place,
        col_kind,
        col_phase,
        col_source,
        geography,
        in_this_phase,
        across_from,
        not_named,
        map_credit,
        legend,
        legend_first,
        legend_filled,
        legend_dashed,
        legend_question,
        legend_cross,
        legend_faint,
        legend_border,
        copy_link,
        link_copied,
        copy_by_hand,
        link_label,
        language,
        static_note,
    } = ui;
    vec![
        ("kicker", kicker),
        ("title", title),
        ("dek", dek),
        ("document_title", document_title),
        ("timeline", timeline),
        ("move_through", move_through),
        ("previous", previous),
        ("next", next),
        ("play", play),
        ("pause", pause),
        ("what_happened", what_happened),
        ("phase_from", phase_from),
        ("basis_worked_out", basis_worked_out),
        ("basis_public_record", basis_public_record),
        ("date_note", date_note),
        ("counts_heading", counts_heading),
        ("counts_intro", counts_intro),
        ("bars_note", bars_note),
        ("phase_shown", phase_shown),
        ("counted_by", counted_by),
        ("reported", reported),
        ("sources_heading", sources_heading),
        ("credits", credits),
        ("source_one", source_one),
        ("source_many", source_many),
        ("via", via),
        ("our_translation", our_translation),
        ("map_heading", map_heading),
        ("map_title", map_title),
        ("map_description", map_description),
        ("map_hint", map_hint),
        ("map_table", map_table),
        ("map_table_caption", map_table_caption),
        ("col_place", col_place),
        ("col_kind", col_kind),
        ("col_phase", col_phase),
        ("col_source", col_source),
        ("geography", geography),
        ("in_this_phase", in_this_phase),
        ("across_from", across_from),
        ("not_named", not_named),
        ("map_credit", map_credit),
        ("legend", legend),
        ("legend_first", legend_first),
        ("legend_filled", legend_filled),
        ("legend_dashed", legend_dashed),
        ("legend_question", legend_question),
        ("legend_cross", legend_cross),
        ("legend_faint", legend_faint),
        ("legend_border", legend_border),
        ("copy_link", copy_link),
        ("link_copied", link_copied),
        ("copy_by_hand", copy_by_hand),
        ("link_label", link_label),
        ("language", language),
        ("static_note", static_note),
    ]
    .into_iter()
    .map(|(name, value)| (name, *value))
    .collect()
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The month's name; "" for 0 (unknown).
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Es => &MONTHS_ES,
    };
    match month {
        1..=12 => months[usize::from(month - 1)],
        _ => "",
    }
}

/// A date at exactly its known precision: "2019", "August 2021" or
/// "agosto de 2021", "October 16, 2021" or "16 de octubre de 2021".
pub fn date(d: PartialDate, lang: Lang) -> String {
    let month = month_name(d.month, lang);
    match (d.month, d.day, lang) {
        (0, _, _) => d.year.to_string(),
        (_, 0, Lang::En) => format!("{month} {}", d.year),
        (_, 0, Lang::Es) => format!("{month} de {}", d.year),
        (_, day, Lang::En) => format!("{month} {day}, {}", d.year),
        (_, day, Lang::Es) => format!("{day} de {month} de {}", d.year),
    }
}

/// "from December 2, 2021" / "desde el 2 de diciembre de 2021": a phase
/// is dated by its start, the turning point that opens it; its end is an
/// editorial boundary (where the next phase starts), never shown as a date.
pub fn from_date(d: PartialDate, lang: Lang) -> String {
    match (lang, d.day) {
        (Lang::En, _) => format!("from {}", date(d, lang)),
        (Lang::Es, 0) => format!("desde {}", date(d, lang)),
        (Lang::Es, _) => format!("desde el {}", date(d, lang)),
    }
}

/// [`from_date`] of a phase's start, capitalized, as its dates line shows it.
pub fn phase_from(phase: &Phase, lang: Lang) -> String {
    capitalized(from_date(phase.span.start, lang))
}

/// Where a date comes from, as the page says it next to the date; `None`
/// for a date the source states.
pub fn basis(basis: DateBasis, lang: Lang) -> Option<&'static str> {
    let ui = ui(lang);
    match basis {
        DateBasis::Reported => None,
        DateBasis::WorkedOut => Some(ui.basis_worked_out),
        DateBasis::PublicRecord => Some(ui.basis_public_record),
    }
}

/// A date and, unless the source states it, where it comes from:
/// "January 20, 2021 (date from public record)".
pub fn dated(d: &Dated, lang: Lang) -> String {
    match basis(d.basis, lang) {
        Some(how) => format!("{} ({how})", date(d.date, lang)),
        None => date(d.date, lang),
    }
}

const MONTHS_SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_SHORT_ES: [&str; 12] = [
    "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.",
];

/// A phase's start on the timeline's ticks, to the month at most: "2019",
/// "Dec 2021" / "dic. 2021". Distinct for every phase, so each stop says
/// where it leads.
pub fn tick_date(d: PartialDate, lang: Lang) -> String {
    let months = match lang {
        Lang::En => &MONTHS_SHORT_EN,
        Lang::Es => &MONTHS_SHORT_ES,
    };
    match d.month {
        1..=12 => format!("{} {}", months[usize::from(d.month - 1)], d.year),
        _ => d.year.to_string(),
    }
}

/// A whole number with a comma between thousands: 71000 → "71,000", in
/// both languages (see the module's note on Spanish).
pub fn count(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The qualifier as the source wrote it (and its Spanish equivalent).
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::MoreThan, Lang::En) => "more than",
        (Qualifier::Over, Lang::En) => "over",
        (Qualifier::Around, Lang::En) => "around",
        (Qualifier::Approximately, Lang::En) => "approximately",
        (Qualifier::MoreThan | Qualifier::Over, Lang::Es) => "más de",
        (Qualifier::Around, Lang::Es) => "alrededor de",
        (Qualifier::Approximately, Lang::Es) => "aproximadamente",
    }
}

/// A figure exactly as reported: "more than 71,000".
pub fn figure(f: &Figure, lang: Lang) -> String {
    format!("{} {}", qualifier(f.qualifier, lang), count(f.value))
}

/// The heading of an era's counts.
pub fn era_heading(era: Era, lang: Lang) -> &'static str {
    match (era, lang) {
        (Era::Trump, Lang::En) => "Under Trump",
        (Era::Biden, Lang::En) => "Under Biden",
        (Era::Trump, Lang::Es) => "Durante el gobierno de Trump",
        (Era::Biden, Lang::Es) => "Durante el gobierno de Biden",
    }
}

/// What a kind of place is, for the legend, the table and the details.
pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PlaceKind::Port, Lang::En) => "US port of entry",
        (PlaceKind::Encampment, Lang::En) => "Encampment in Mexico",
        (PlaceKind::HearingFacility, Lang::En) => "Soft-sided hearing facility",
        (PlaceKind::TwinCity, Lang::En) => "Mexican city across the border",
        (PlaceKind::Port, Lang::Es) => "Puerto de entrada de EE. UU.",
        (PlaceKind::Encampment, Lang::Es) => "Campamento en México",
        (PlaceKind::HearingFacility, Lang::Es) => "Centro de audiencias con estructuras temporales",
        (PlaceKind::TwinCity, Lang::Es) => "Ciudad mexicana al otro lado de la frontera",
    }
}

/// The shape that stands for a kind of place, for the legend.
pub fn place_shape(kind: PlaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PlaceKind::Port, Lang::En) => "circle",
        (PlaceKind::Encampment, Lang::En) => "triangle",
        (PlaceKind::HearingFacility, Lang::En) => "square",
        (PlaceKind::TwinCity, Lang::En) => {
            "dot and italic name; geography, not a claim of the sources"
        }
        (PlaceKind::Port, Lang::Es) => "círculo",
        (PlaceKind::Encampment, Lang::Es) => "triángulo",
        (PlaceKind::HearingFacility, Lang::Es) => "cuadrado",
        (PlaceKind::TwinCity, Lang::Es) => {
            "punto y nombre en cursiva; geografía, no una afirmación de las fuentes"
        }
    }
}

/// A place's status in a phase, in a few words. "Ended" depends on what
/// ends: an encampment empties; at a port, Mexico refused the restart.
pub fn place_status(status: PlaceStatus, kind: PlaceKind, lang: Lang) -> &'static str {
    let refused = kind == PlaceKind::Port;
    match (status, lang) {
        (PlaceStatus::Inactive, Lang::En) => "Not named by the sources yet",
        (PlaceStatus::Planned, Lang::En) => "Planned",
        (PlaceStatus::Active, Lang::En) => "Active",
        (PlaceStatus::Unclear, Lang::En) => "Not reported",
        (PlaceStatus::Ended, Lang::En) if refused => "Restart refused",
        (PlaceStatus::Ended, Lang::En) => "Ended",
        (PlaceStatus::Inactive, Lang::Es) => "Las fuentes aún no lo nombran",
        (PlaceStatus::Planned, Lang::Es) => "Previsto",
        (PlaceStatus::Active, Lang::Es) => "Activo",
        (PlaceStatus::Unclear, Lang::Es) => "Sin datos",
        (PlaceStatus::Ended, Lang::Es) if refused => "Reanudación rechazada",
        (PlaceStatus::Ended, Lang::Es) => "Terminado",
    }
}

/// A status for the legend, which stands for every kind of place.
pub fn legend_status(status: PlaceStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (PlaceStatus::Ended, Lang::En) => "Ended (an encampment) or restart refused (a port)",
        (PlaceStatus::Ended, Lang::Es) => {
            "Terminado (un campamento) o reanudación rechazada (un puerto)"
        }
        (s, lang) => place_status(s, PlaceKind::Encampment, lang),
    }
}

/// A place's status as part of its accessible name: "active in this phase"
/// (written at build time, like the rest of the page).
pub fn place_status_in_phase(status: PlaceStatus, kind: PlaceKind, lang: Lang) -> String {
    let words = place_status(status, kind, lang);
    let mut chars = words.chars();
    let lower: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    match lang {
        Lang::En => format!("{lower} in this phase"),
        Lang::Es => format!("{lower} en esta fase"),
    }
}

/// "Phase 3 of 6" / "Fase 3 de 6".
pub fn position(index: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Phase {} of {total}", index + 1),
        Lang::Es => format!("Fase {} de {total}", index + 1),
    }
}

/// What assistive technology reads for the slider's value: the phase's
/// position, title and start, never a bare number.
pub fn slider_value(index: usize, total: usize, phase: &Phase, lang: Lang) -> String {
    format!(
        "{}: {}, {}",
        position(index, total, lang),
        phase.title.get(lang),
        from_date(phase.span.start, lang)
    )
}

/// The brief announcement of a phase change: its title and start.
pub fn announcement(phase: &Phase, lang: Lang) -> String {
    format!(
        "{}, {}",
        phase.title.get(lang),
        from_date(phase.span.start, lang)
    )
}

/// A source's title as shown: a published headline in quotation marks (in
/// its own language), our description of an untitled copy in brackets.
pub fn source_title(s: &Source, lang: Lang) -> String {
    if s.headline {
        format!("“{}”", s.title.get(lang))
    } else {
        format!("[{}]", s.title.get(lang))
    }
}

/// A source's dates: "December 2, 2021 (updated September 23, 2022)".
pub fn source_dates(s: &Source, lang: Lang) -> String {
    let updated = match lang {
        Lang::En => "updated",
        Lang::Es => "actualizado el",
    };
    match s.updated {
        Some(u) => format!("{} ({updated} {})", date(s.date.date, lang), date(u, lang)),
        None => date(s.date.date, lang),
    }
}

/// "by Armando Garcia and Quinn Owen" / "de …".
pub fn byline(s: &Source, lang: Lang) -> Option<String> {
    (!s.authors.is_empty()).then(|| match lang {
        Lang::En => format!("by {}", s.authors),
        Lang::Es => format!("de {}", s.authors.replace(" and ", " y ")),
    })
}

/// Names of the outlets behind a citation, for its collapsed label.
pub fn outlets(sources: &[&Source], lang: Lang) -> String {
    let names: Vec<&str> = sources.iter().map(|s| s.outlet.get(lang)).collect();
    names.join("; ")
}

/// What an era's figures have in common and how they relate, using only
/// the figures themselves: no reason for a difference is invented, since no
/// source gives one.
pub fn disagreement(d: &Disagreement, lang: Lang) -> String {
    // The pieces both languages use; each language only chooses its words.
    let figures = capitalized(number_word(d.figures, lang));
    let counters = number_word(d.counters, lang);
    let (first, last) = (date(d.first_reported, lang), date(d.last_reported, lang));
    let floors: Vec<String> = d
        .floors
        .iter()
        .map(|f| quoted(figure(f, lang), lang))
        .collect();
    let floor_count = capitalized(number_word(d.floors.len(), lang));
    let and = match lang {
        Lang::En => " and ",
        Lang::Es => " y ",
    };
    let floor_list = floors.join(and);
    let estimate = d
        .estimate
        .map(|e| (quoted(figure(e, lang), lang), e.counter.get(lang)));
    match lang {
        Lang::En => {
            let period = match d.era {
                Era::Trump => "the Trump administration",
                Era::Biden => "the Biden administration",
            };
            let closed = if d.closed {
                ", a period that had ended before the first of them was published"
            } else {
                ""
            };
            let floor_note = match (d.floors.len(), &estimate, d.consistent) {
                (0, _, _) => String::new(),
                (1, Some((high, by)), true) => {
                    format!(" One is a floor ({floor_list}), consistent with {high} ({by}).")
                }
                (_, Some((high, by)), true) => format!(
                    " {floor_count} are floors ({floor_list}), consistent with {high} ({by})."
                ),
                (1, _, _) => format!(" One is a floor ({floor_list}), not a total."),
                _ => format!(" {floor_count} are floors ({floor_list}), not totals."),
            };
            format!("{figures} figures from {counters} sources, reported between {first} and {last}, all count people under {period}{closed}.{floor_note} None of the sources says how it counted. We show each one as worded, not an average.")
        }
        Lang::Es => {
            let period = match d.era {
                Era::Trump => "el gobierno de Trump",
                Era::Biden => "el gobierno de Biden",
            };
            let closed = if d.closed {
                ", un periodo que había terminado antes de que se publicara la primera"
            } else {
                ""
            };
            let floor_note = match (d.floors.len(), &estimate, d.consistent) {
                (0, _, _) => String::new(),
                (1, Some((high, by)), true) => {
                    format!(" Una es un mínimo ({floor_list}), compatible con {high} ({by}).")
                }
                (_, Some((high, by)), true) => format!(
                    " {floor_count} son mínimos ({floor_list}), compatibles con {high} ({by})."
                ),
                (1, _, _) => format!(" Una es un mínimo ({floor_list}), no un total."),
                _ => format!(" {floor_count} son mínimos ({floor_list}), no totales."),
            };
            format!("{figures} cifras de {counters} fuentes, publicadas entre el {first} y el {last}, cuentan todas personas durante {period}{closed}.{floor_note} Ninguna de las fuentes dice cómo contó. Mostramos cada una tal como se publicó, no un promedio.")
        }
    }
}

/// Compares the only counter that gives both eras, if there is one.
pub fn same_counter(trump: &Figure, biden: &Figure, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Only one source gives both eras: {}, reporting {} people under Trump and {} under Biden.",
            trump.counter.get(lang),
            quoted(figure(trump, lang), lang),
            quoted(figure(biden, lang), lang),
        ),
        Lang::Es => format!(
            "Solo una fuente da cifras de ambos gobiernos: {}, que reporta {} personas con Trump y {} con Biden.",
            trump.counter.get(lang),
            quoted(figure(trump, lang), lang),
            quoted(figure(biden, lang), lang),
        ),
    }
}

/// A figure in the source's own words, in quotation marks; in Spanish it is
/// our translation, so it goes unquoted.
fn quoted(text: String, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Es => text,
    }
}

/// Small counts in words, as prose style wants: 3 → "three" / "tres".
fn number_word(n: usize, lang: Lang) -> String {
    const EN_WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const ES_WORDS: [&str; 10] = [
        "cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    ];
    let words = match lang {
        Lang::En => &EN_WORDS,
        Lang::Es => &ES_WORDS,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

fn capitalized(word: String) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;
    use Lang::{En, Es};

    // Pins that a date never claims more precision than it has, in both languages.
    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date(PartialDate::year(2019), En), "2019");
        assert_eq!(date(PartialDate::month(2021, 8), En), "August 2021");
        assert_eq!(date(PartialDate::ymd(2021, 10, 16), En), "October 16, 2021");
        assert_eq!(date(PartialDate::year(2019), Es), "2019");
        assert_eq!(date(PartialDate::month(2021, 8), Es), "agosto de 2021");
        assert_eq!(
            date(PartialDate::ymd(2023, 2, 6), Es),
            "6 de febrero de 2023"
        );
        assert_eq!(month_name(0, En), "");
        assert_eq!(month_name(13, Es), "");
    }

    // Pins that a phase is dated by its start only (its end is an
    // editorial boundary), and that ticks tell every phase apart.
    #[test]
    fn phases_are_dated_from_their_start() {
        assert_eq!(phase_from(&STORY.phases[0], En), "From 2019");
        assert_eq!(
            phase_from(&STORY.phases[1], Es),
            "Desde el 20 de enero de 2021"
        );
        assert_eq!(phase_from(&STORY.phases[2], Es), "Desde agosto de 2021");
        assert_eq!(
            from_date(PartialDate::ymd(2021, 12, 2), En),
            "from December 2, 2021"
        );
        let ticks: Vec<String> = STORY
            .phases
            .iter()
            .map(|p| tick_date(p.span.start, En))
            .collect();
        assert_eq!(
            ticks,
            ["2019", "Jan 2021", "Aug 2021", "Dec 2021", "Jun 2022", "Dec 2022"]
        );
        let mut distinct = ticks.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), ticks.len());
        assert_eq!(tick_date(PartialDate::month(2021, 9), Es), "sept. 2021");
    }

    // Pins how a date not stated by the sources is shown.
    #[test]
    fn dates_say_where_they_come_from() {
        let wind_down = &STORY.phases[1];
        assert_eq!(wind_down.start.basis, DateBasis::PublicRecord);
        assert_eq!(
            dated(&wind_down.start, En),
            "January 20, 2021 (date from public record)"
        );
        assert_eq!(
            basis(DateBasis::WorkedOut, Es),
            Some("fecha deducida del texto")
        );
        assert_eq!(basis(DateBasis::Reported, En), None);
    }

    // Pins that "ended" says what ended, and "inactive" claims no more than
    // that the sources do not name the place yet.
    #[test]
    fn statuses_fit_the_kind_of_place() {
        assert_eq!(
            place_status(PlaceStatus::Ended, PlaceKind::Port, En),
            "Restart refused"
        );
        assert_eq!(
            place_status(PlaceStatus::Ended, PlaceKind::Encampment, En),
            "Ended"
        );
        assert_eq!(
            place_status(PlaceStatus::Inactive, PlaceKind::Port, En),
            "Not named by the sources yet"
        );
        assert_eq!(
            place_status_in_phase(PlaceStatus::Unclear, PlaceKind::Port, Es),
            "sin datos en esta fase"
        );
    }

    // Pins thousands separators, including the edges of each group.
    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(7500), "7,500");
        assert_eq!(count(71000), "71,000");
        assert_eq!(count(u32::MAX), "4,294,967,295");
    }

    // Pins that each figure reads exactly as its source put it.
    #[test]
    fn figures_read_as_reported() {
        let phrases: Vec<String> = STORY.figures.iter().map(|f| figure(f, En)).collect();
        assert_eq!(
            phrases,
            [
                "more than 71,000",
                "over 70,000",
                "around 74,000",
                "approximately 7,500"
            ]
        );
        let es: Vec<String> = STORY.figures.iter().map(|f| figure(f, Es)).collect();
        assert_eq!(
            es,
            [
                "más de 71,000",
                "más de 70,000",
                "alrededor de 74,000",
                "aproximadamente 7,500"
            ]
        );
    }

    #[test]
    fn slider_value_names_phase_and_dates() {
        assert_eq!(
            slider_value(2, 6, &STORY.phases[2], En),
            "Phase 3 of 6: A court orders it back; advocates walk out, from August 2021"
        );
        assert!(
            slider_value(2, 6, &STORY.phases[2], Es).starts_with("Fase 3 de 6: Un tribunal ordena")
        );
    }

    // Pins the visible difference between a headline and our description,
    // and that headlines stay in their own language.
    #[test]
    fn source_titles_mark_headlines() {
        let abc = STORY
            .sources
            .iter()
            .find(|s| s.key == "abc-2023-02-07")
            .unwrap();
        assert!(source_title(abc, En).starts_with("“Mexico rejects"));
        assert_eq!(source_title(abc, Es), source_title(abc, En));
        assert_eq!(byline(abc, Es).unwrap(), "de Armando Garcia y Quinn Owen");
        let buzzfeed = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("buzzfeed"))
            .unwrap();
        assert!(source_title(buzzfeed, Es).starts_with("[Reportaje"));
        let immdef = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("immdef"))
            .unwrap();
        assert_eq!(
            source_dates(immdef, En),
            "December 2, 2021 (updated September 23, 2022)"
        );
        assert_eq!(
            source_dates(immdef, Es),
            "2 de diciembre de 2021 (actualizado el 23 de septiembre de 2022)"
        );
    }

    // Pins that every interface string exists in both languages, and that
    // the Spanish is a translation, not a copy (names excepted).
    #[test]
    fn every_interface_string_is_translated() {
        let en = ui_fields(&EN);
        let es = ui_fields(&ES);
        assert_eq!(en.len(), es.len());
        // `our_translation` is a Spanish-only note: English needs none.
        let same_allowed = ["our_translation"];
        for ((name, en), (_, es)) in en.iter().zip(&es) {
            assert!(!es.trim().is_empty(), "ES.{name} is empty");
            if !same_allowed.contains(name) {
                assert!(!en.trim().is_empty(), "EN.{name} is empty");
                assert_ne!(en, es, "ES.{name} is not translated");
            }
        }
    }

    // Pins that every text of the story has both languages (the build
    // checks this too) and that Spanish differs where it should.
    #[test]
    fn every_story_text_is_translated() {
        let mut texts = Vec::new();
        for p in STORY.phases {
            texts.extend([p.title, p.short_title, p.summary]);
            for e in p.events {
                texts.push(e.text);
                if let Some(q) = &e.quote {
                    texts.extend([q.text, q.speaker]);
                }
            }
        }
        for f in STORY.figures {
            texts.extend([f.counter, f.counted]);
        }
        for p in STORY.places {
            texts.push(p.name);
            for s in p.states {
                texts.push(s.note);
            }
        }
        for t in &texts {
            assert!(!t.en.trim().is_empty() && !t.es.trim().is_empty(), "{t:?}");
        }
        let translated = texts.iter().filter(|t| t.en != t.es).count();
        assert!(
            translated * 10 >= texts.len() * 8,
            "only {translated} of {} texts differ",
            texts.len()
        );
    }

    #[test]
    fn disagreement_reads_in_both_languages() {
        let d = crate::counts::disagreement(Era::Trump).unwrap();
        assert!(disagreement(&d, Es)
            .starts_with("Tres cifras de tres fuentes, publicadas entre el 16 de octubre de 2021"));
        assert!(disagreement(&d, Es).contains("Dos son mínimos"));
    }
}
