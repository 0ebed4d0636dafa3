//! The colours of both themes, as data: the single source `assets/style.css`
//! must match (a test reads it), checked here against WCAG 2.2 contrast:
//! 4.5:1 for text, 3:1 for the graphics a reader needs (map symbols, the
//! border, count bars, the slider, the focus ring).

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG contrast ratio between two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// One theme's colours; each field is the CSS custom property `--name`
/// (underscores as hyphens).
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub ink: Rgb,
    pub ink_soft: Rgb,
    pub paper: Rgb,
    pub panel: Rgb,
    pub rule: Rgb,
    pub accent: Rgb,
    pub accent_soft: Rgb,
    pub trump: Rgb,
    pub biden: Rgb,
    pub track: Rgb,
    pub focus: Rgb,
    pub sea: Rgb,
    pub land_us: Rgb,
    pub land_mx: Rgb,
    pub state_line: Rgb,
    pub coast: Rgb,
    pub area_label: Rgb,
    pub geo_label: Rgb,
}

pub const LIGHT: Palette = Palette {
    ink: Rgb(0x1d, 0x22, 0x26),
    ink_soft: Rgb(0x4a, 0x52, 0x58),
    paper: Rgb(0xff, 0xff, 0xff),
    panel: Rgb(0xf5, 0xf3, 0xef),
    rule: Rgb(0xd4, 0xd0, 0xc8),
    accent: Rgb(0x9c, 0x3d, 0x10),
    accent_soft: Rgb(0xf7, 0xe6, 0xdc),
    trump: Rgb(0x6b, 0x4c, 0x9a),
    biden: Rgb(0x1f, 0x6f, 0x8b),
    track: Rgb(0xe4, 0xe1, 0xda),
    focus: Rgb(0x0b, 0x57, 0xd0),
    sea: Rgb(0xdc, 0xeb, 0xf3),
    land_us: Rgb(0xfb, 0xfa, 0xf7),
    land_mx: Rgb(0xef, 0xe9, 0xdd),
    state_line: Rgb(0xb5, 0xb0, 0xa6),
    coast: Rgb(0x7a, 0x9f, 0xb5),
    area_label: Rgb(0x6b, 0x62, 0x56),
    geo_label: Rgb(0x4f, 0x47, 0x3d),
};

pub const DARK: Palette = Palette {
    ink: Rgb(0xec, 0xe9, 0xe3),
    ink_soft: Rgb(0xb4, 0xaf, 0xa6),
    paper: Rgb(0x15, 0x18, 0x1b),
    panel: Rgb(0x22, 0x26, 0x2b),
    rule: Rgb(0x45, 0x4b, 0x52),
    accent: Rgb(0xf0, 0x8a, 0x54),
    accent_soft: Rgb(0x3b, 0x25, 0x17),
    trump: Rgb(0xb4, 0x9d, 0xdc),
    biden: Rgb(0x5f, 0xbc, 0xd9),
    track: Rgb(0x38, 0x3d, 0x43),
    focus: Rgb(0x8a, 0xb4, 0xf8),
    sea: Rgb(0x10, 0x22, 0x2e),
    land_us: Rgb(0x20, 0x25, 0x2a),
    land_mx: Rgb(0x2b, 0x27, 0x22),
    state_line: Rgb(0x5b, 0x60, 0x67),
    coast: Rgb(0x4d, 0x7d, 0x98),
    area_label: Rgb(0xb3, 0xa9, 0x96),
    geo_label: Rgb(0xd2, 0xc7, 0xb6),
};

impl Palette {
    /// Every colour with its CSS custom property name.
    pub fn entries(&self) -> [(&'static str, Rgb); 18] {
        [
            ("ink", self.ink),
            ("ink-soft", self.ink_soft),
            ("paper", self.paper),
            ("panel", self.panel),
            ("rule", self.rule),
            ("accent", self.accent),
            ("accent-soft", self.accent_soft),
            ("trump", self.trump),
            ("biden", self.biden),
            ("track", self.track),
            ("focus", self.focus),
            ("sea", self.sea),
            ("land-us", self.land_us),
            ("land-mx", self.land_mx),
            ("state-line", self.state_line),
            ("coast", self.coast),
            ("area-label", self.area_label),
            ("geo-label", self.geo_label),
        ]
    }

    /// Text on background, each needing 4.5:1: (what, text, background).
    pub fn text_pairs(&self) -> Vec<(&'static str, Rgb, Rgb)> {
        let p = self;
        vec![
            ("body text", p.ink, p.paper),
            ("text on panels", p.ink, p.panel),
            ("text in the highlighted era", p.ink, p.accent_soft),
            ("secondary text", p.ink_soft, p.paper),
            ("secondary text on panels", p.ink_soft, p.panel),
            (
                "secondary text in the highlighted era",
                p.ink_soft,
                p.accent_soft,
            ),
            ("kicker and phase dates", p.accent, p.paper),
            ("era badge", p.paper, p.accent),
            ("map labels on US land", p.ink, p.land_us),
            ("map labels on Mexican land", p.ink, p.land_mx),
            ("faint map labels", p.ink_soft, p.land_us),
            ("faint map labels in Mexico", p.ink_soft, p.land_mx),
            ("Mexican city names", p.geo_label, p.land_mx),
            ("Mexican city names on US land", p.geo_label, p.land_us),
            ("country names", p.area_label, p.land_us),
            ("country names in Mexico", p.area_label, p.land_mx),
            ("sea names", p.area_label, p.sea),
        ]
    }

    /// Graphics a reader needs, each needing 3:1: (what, colour, neighbour).
    pub fn graphic_pairs(&self) -> Vec<(&'static str, Rgb, Rgb)> {
        let p = self;
        vec![
            ("active symbol on US land", p.accent, p.land_us),
            ("active symbol on Mexican land", p.accent, p.land_mx),
            ("symbol outline and border on US land", p.ink, p.land_us),
            (
                "symbol outline and border on Mexican land",
                p.ink,
                p.land_mx,
            ),
            ("faint symbol outline", p.ink_soft, p.land_us),
            ("faint symbol outline in Mexico", p.ink_soft, p.land_mx),
            ("Trump-era bar on its track", p.trump, p.track),
            ("Biden-era bar on its track", p.biden, p.track),
            ("Trump-era bar on the page", p.trump, p.paper),
            ("Biden-era bar on the page", p.biden, p.paper),
            (
                "Trump-era bar in the highlighted era",
                p.trump,
                p.accent_soft,
            ),
            (
                "Biden-era bar in the highlighted era",
                p.biden,
                p.accent_soft,
            ),
            ("slider and buttons", p.accent, p.paper),
            ("button outlines", p.ink, p.paper),
            ("focus ring", p.focus, p.paper),
            ("focus ring on panels", p.focus, p.panel),
            ("focus ring on the map", p.focus, p.land_us),
            ("focus ring on Mexican land", p.focus, p.land_mx),
            ("focus ring on the sea", p.focus, p.sea),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins the contrast formula against known values: black on white is
    // 21:1, and #767676 on white is the classic 4.54:1.
    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x76, 0x76, 0x76), Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
        assert!((contrast(Rgb(9, 9, 9), Rgb(9, 9, 9)) - 1.0).abs() < 1e-9);
    }

    // Pins WCAG 2.2 AA for both themes: text 4.5:1, graphics 3:1.
    #[test]
    fn both_themes_meet_wcag_aa() {
        for (theme, palette) in [("light", LIGHT), ("dark", DARK)] {
            for (what, fg, bg) in palette.text_pairs() {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= 4.5,
                    "{theme}: {what} is {ratio:.2}:1 ({} on {})",
                    fg.hex(),
                    bg.hex()
                );
            }
            for (what, fg, bg) in palette.graphic_pairs() {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= 3.0,
                    "{theme}: {what} is {ratio:.2}:1 ({} on {})",
                    fg.hex(),
                    bg.hex()
                );
            }
        }
    }

    // Pins that the stylesheet uses exactly these colours: each custom
    // property is declared once as light-dark(LIGHT, DARK).
    #[test]
    fn the_stylesheet_matches_the_palette() {
        let css = include_str!("../../../assets/style.css");
        for ((name, light), (_, dark)) in LIGHT.entries().into_iter().zip(DARK.entries()) {
            let declaration = format!("--{name}: light-dark({}, {});", light.hex(), dark.hex());
            assert_eq!(
                css.matches(&declaration).count(),
                1,
                "style.css must declare `{declaration}`"
            );
        }
        let declared = css.matches(": light-dark(").count();
        assert_eq!(
            declared,
            LIGHT.entries().len(),
            "style.css declares colours the palette does not know"
        );
    }
}
