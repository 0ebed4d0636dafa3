//! The card as PNG: its SVG parsed with the bundled font and rasterised by
//! resvg at exactly 1200×630.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use crate::layout::{HEIGHT, WIDTH};
use crate::{card_svg, fonts, Lang};

/// The card in `lang` as PNG bytes.
///
/// Panics if the card's own SVG does not parse: that is a bug in this
/// crate, caught by its tests, not a condition of the input.
pub fn render_png(lang: Lang) -> Vec<u8> {
    let tree = parse(&card_svg(lang), lang);
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).expect("the card's size is not zero");
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().expect("a pixmap encodes to PNG")
}

/// The card's SVG as resvg's tree, with text laid out in the bundled font.
pub(crate) fn parse(svg: &str, lang: Lang) -> usvg::Tree {
    usvg::Tree::from_str(svg, &fonts::options(lang)).expect("the card is valid SVG")
}

#[cfg(test)]
mod tests {
    use resvg::usvg::Node;

    use super::*;
    use crate::layout::MARGIN;

    /// Every text of the card, with its laid-out bounds.
    fn texts(tree: &usvg::Tree) -> Vec<(String, usvg::Rect)> {
        fn walk(group: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
            for node in group.children() {
                match node {
                    Node::Group(g) => walk(g, out),
                    Node::Text(t) => {
                        let text = t.chunks().iter().map(|c| c.text()).collect();
                        out.push((text, t.abs_bounding_box()));
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(tree.root(), &mut out);
        out
    }

    // Pins that no text overflows: each is laid out in the bundled font
    // (an empty box would mean the font was missing) and stays inside the
    // card, clear of its edges by at least half the margin.
    #[test]
    fn every_text_is_laid_out_inside_the_card() {
        for lang in Lang::ALL {
            let tree = parse(&card_svg(lang), lang);
            let texts = texts(&tree);
            assert_eq!(texts.len(), 4, "{lang:?}: kicker, title, two countries");
            for (text, bounds) in texts {
                assert!(bounds.width() > 50.0, "{lang:?}: {text:?} was not laid out");
                let inset = MARGIN / 2.0;
                assert!(
                    bounds.left() >= inset && bounds.right() <= WIDTH as f32 - inset,
                    "{lang:?}: {text:?} overflows sideways: {bounds:?}"
                );
                assert!(
                    bounds.top() >= 0.0 && bounds.bottom() <= HEIGHT as f32,
                    "{lang:?}: {text:?} overflows: {bounds:?}"
                );
            }
        }
    }

    // Pins that the card's SVG is a plain XML document: no hydration
    // markers left, and it parses without a browser.
    #[test]
    fn the_card_is_well_formed_xml() {
        for lang in Lang::ALL {
            let svg = card_svg(lang);
            assert!(!svg.contains("<!>"));
            usvg::roxmltree::Document::parse(&svg).expect("well-formed XML");
        }
    }
}
