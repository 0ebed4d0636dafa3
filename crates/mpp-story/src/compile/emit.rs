//! Rust expressions for the compiled story: dates, texts, source lists.

use std::collections::HashMap;

use super::checker::Checker;
use super::raw::{RawQuote, RawText};
use super::{MAX_QUOTE_WORDS, STORY_SPAN};
use crate::date::PartialDate;
use crate::model::{DateBasis, Era};

pub(crate) fn quote_expr(
    check: &mut Checker<'_>,
    entry: &str,
    q: &RawQuote,
    sources: &HashMap<&str, u8>,
) -> Option<String> {
    check.text(entry, "quote.text", &q.text);
    check.text(entry, "quote.speaker", &q.speaker);
    let words = q
        .text
        .en
        .split_whitespace()
        .count()
        .max(q.text.es.split_whitespace().count());
    if words > MAX_QUOTE_WORDS {
        check.fail(
            entry,
            format!("quote is {words} words; keep quotations to {MAX_QUOTE_WORDS} words or fewer"),
        );
    }
    let source = check.source(entry, &q.source, sources)?;
    Some(format!(
        "Some(Quote {{ text: {}, speaker: {}, source: SourceId({source}), paraphrase_es: {} }})",
        l10n(&q.text),
        l10n(&q.speaker),
        q.paraphrase_es
    ))
}

pub(crate) fn era_expr(check: &mut Checker<'_>, entry: &str, key: &str) -> String {
    let era = check.known(entry, "era", key, Era::ALL, Era::key);
    format!("Era::{:?}", era.unwrap_or(Era::Trump))
}

pub(crate) fn date_expr(date: Option<PartialDate>) -> String {
    let d = date.unwrap_or(STORY_SPAN.0);
    format!(
        "PartialDate {{ year: {}, month: {}, day: {} }}",
        d.year, d.month, d.day
    )
}

pub(crate) fn basis_of(key: &Option<String>) -> DateBasis {
    key.as_deref()
        .and_then(|k| DateBasis::ALL.into_iter().find(|b| b.key() == k))
        .unwrap_or(DateBasis::Reported)
}

pub(crate) fn dated_expr(date: Option<PartialDate>, basis: DateBasis, note: &RawText) -> String {
    format!(
        "Dated {{ date: {}, basis: DateBasis::{basis:?}, note: {} }}",
        date_expr(date),
        l10n(note)
    )
}

pub(crate) fn l10n(text: &RawText) -> String {
    format!("L10n {{ en: {:?}, es: {:?} }}", text.en, text.es)
}

pub(crate) fn source_list(ids: &[u8]) -> String {
    let items: Vec<String> = ids.iter().map(|i| format!("SourceId({i})")).collect();
    format!("&[{}]", items.join(", "))
}
