//! The share cards as the build writes them: PNGs of the right size, in
//! each language, drawn from the page's own title, map and colours.

use page::palette::{Rgb, LIGHT};
use page::story::STORY;
use page::text;
use sharecard::{alt_text, card_file, card_svg, render_png, Lang, HEIGHT, WIDTH};

/// The card in `lang`, decoded independently of the encoder, as RGBA rows.
fn decoded(lang: Lang) -> (png::OutputInfo, Vec<u8>) {
    let bytes = render_png(lang);
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("the card is a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut pixels).expect("the PNG decodes");
    (info, pixels)
}

/// How many pixels, in rows `rows`, are exactly `colour`.
fn count(pixels: &[u8], rows: std::ops::Range<u32>, colour: Rgb) -> usize {
    let row_bytes = WIDTH as usize * 4;
    pixels[rows.start as usize * row_bytes..rows.end as usize * row_bytes]
        .chunks_exact(4)
        .filter(|px| px[..3] == [colour.0, colour.1, colour.2])
        .count()
}

// Pins the size social sites ask for: each card decodes to 1200×630 RGBA.
#[test]
fn each_card_decodes_to_1200_by_630() {
    assert_eq!((WIDTH, HEIGHT), (1200, 630));
    for lang in Lang::ALL {
        let (info, _) = decoded(lang);
        assert_eq!((info.width, info.height), (1200, 630), "{lang:?}");
        assert_eq!(info.color_type, png::ColorType::Rgba);
    }
}

// Pins that each card speaks its page's language: its own title and
// kicker, and not the other language's title.
#[test]
fn each_card_carries_its_own_language() {
    let (en, es) = (card_svg(Lang::En), card_svg(Lang::Es));
    assert_ne!(en, es);
    assert!(es.contains(">Quédate en México</text>"), "{es}");
    assert!(en.contains(">Remain in Mexico</text>"));
    assert!(!es.contains("Remain in Mexico"));
    for (lang, svg) in [(Lang::En, &en), (Lang::Es, &es)] {
        let ui = text::ui(lang);
        assert!(svg.contains(&format!(">{}</text>", ui.title)));
        assert!(svg.contains(&ui.kicker.to_uppercase()));
        assert!(svg.contains(&format!("lang=\"{}\"", lang.key())));
    }
    assert_ne!(render_png(Lang::En), render_png(Lang::Es));
}

// Pins that the card draws the page's own map, not a copy: every outline
// of STORY.map appears verbatim.
#[test]
fn the_card_draws_the_pages_map() {
    let g = &STORY.map;
    for lang in Lang::ALL {
        let svg = card_svg(lang);
        for (name, d) in [
            ("border", g.border),
            ("land_us", g.land_us),
            ("land_mx", g.land_mx),
            ("coast", g.coast),
            ("us_states", g.us_states),
        ] {
            assert!(svg.contains(&format!("d=\"{d}\"")), "{lang:?}: no {name}");
        }
    }
}

// Pins that the card is not blank and wears the light theme: the title's
// ink in the masthead rows, and the page's paper, sea, land and accent
// (the symbols) on the card, each over a real area.
#[test]
fn the_card_shows_title_and_map_in_the_light_theme() {
    for lang in Lang::ALL {
        let (_, pixels) = decoded(lang);
        let masthead = 0..160;
        assert!(
            count(&pixels, masthead.clone(), LIGHT.ink) > 5_000,
            "{lang:?}: no title"
        );
        assert!(
            count(&pixels, masthead, LIGHT.accent) > 500,
            "{lang:?}: no kicker"
        );
        let map = 220..HEIGHT;
        for (what, colour, least) in [
            ("paper", LIGHT.paper, 50_000),
            ("sea", LIGHT.sea, 20_000),
            ("US land", LIGHT.land_us, 20_000),
            ("Mexican land", LIGHT.land_mx, 20_000),
            ("symbols", LIGHT.accent, 1_000),
        ] {
            let rows = if what == "paper" {
                0..HEIGHT
            } else {
                map.clone()
            };
            let n = count(&pixels, rows, colour);
            assert!(n > least, "{lang:?}: {what} has {n} pixels");
        }
    }
}

// Pins that og:image:alt says what the card shows, in its language: the
// explainer's title and the border map.
#[test]
fn the_alt_text_names_the_title_and_the_map() {
    let en = alt_text(Lang::En);
    assert!(en.contains("“Remain in Mexico”"), "{en}");
    assert!(en.contains("US–Mexico border"), "{en}");
    assert!(
        en.contains("7 ports of entry, 2 encampments and 2 hearing facilities"),
        "{en}"
    );
    let es = alt_text(Lang::Es);
    assert!(es.contains("«Quédate en México»"), "{es}");
    assert!(
        es.contains("frontera entre Estados Unidos y México"),
        "{es}"
    );
}

// Pins the files the build writes, which the page's og:image names.
#[test]
fn file_names_follow_the_language() {
    assert_eq!(card_file(Lang::En), "share-en.png");
    assert_eq!(card_file(Lang::Es), "share-es.png");
}
