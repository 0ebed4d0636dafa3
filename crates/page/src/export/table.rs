//! CSV as RFC 4180 writes it: a header row, then one record per row, every
//! line ended by CRLF, a field quoted when it holds a comma, a quote, CR or
//! LF (its quotes doubled). Written by hand: the rule is a few lines, and
//! the tests read the output back with a real CSV parser.

use std::borrow::Cow;

/// One column of a table: its header and how a row's cell is written.
pub type Column<T> = (&'static str, fn(&T) -> String);

/// A field as RFC 4180 writes it: as is, or in double quotes with every
/// quote doubled when it holds a comma, a quote, CR or LF.
pub fn quote(field: &str) -> Cow<'_, str> {
    if field.contains([',', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", field.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(field)
    }
}

/// One record: the fields quoted as needed, joined by commas, ended by CRLF.
fn record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(field));
    }
    out.push_str("\r\n");
}

/// A whole file: the header row, then one record per row. No byte-order
/// mark (see docs/data.md for why).
pub fn csv<T, F: Fn(&T) -> String>(
    columns: &[(&'static str, F)],
    rows: impl IntoIterator<Item = T>,
) -> String {
    let mut out = String::new();
    record(&mut out, columns.iter().map(|(name, _)| *name));
    for row in rows {
        let cells: Vec<String> = columns.iter().map(|(_, cell)| cell(&row)).collect();
        record(&mut out, cells.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins RFC 4180's quoting rule, field by field: only a comma, a quote,
    // CR or LF calls for quotes, and a quote inside is doubled.
    #[test]
    fn quotes_only_what_must_be_quoted() {
        assert_eq!(quote("plain text"), "plain text");
        assert_eq!(quote(""), "");
        assert_eq!(quote("Quédate en México"), "Quédate en México");
        assert_eq!(quote("“curly” quotes"), "“curly” quotes");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(quote("\""), "\"\"\"\"");
    }

    // Pins the file's layout: a header, one CRLF-ended line per record
    // (the last one too), columns in the order given.
    #[test]
    fn writes_a_header_and_crlf_records() {
        let columns: [Column<(u32, &str)>; 2] =
            [("n", |r| r.0.to_string()), ("words", |r| r.1.to_owned())];
        let out = csv(&columns, [(1, "one"), (2, "two, three")]);
        assert_eq!(out, "n,words\r\n1,one\r\n2,\"two, three\"\r\n");
    }
}
