//! Fonts, colours and the card shape, shared by the table and the egui screens.

use bevy::prelude::*;

use crate::deck::{Pictogram, Rgb};

pub mod pictures;

pub const FONT_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");
pub const FONT_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// How the table is drawn: handles to the fonts and the rounded card image, and the look in use
/// (palette and text size). Default handles when there is no renderer (headless tests); the
/// window plugin fills in the real ones at start-up, and the "Weergave" system sets `look`.
#[derive(Resource, Default, Clone)]
pub struct Art {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub emoji: Handle<Font>,
    /// A white rounded rectangle, drawn nine-sliced so corners stay round at any size.
    pub rounded: Handle<Image>,
    /// The game's drawings as white images (tinted when shown): the deck pictograms.
    pub pictures: Vec<(pictures::Picture, Handle<Image>)>,
    pub look: Appearance,
}

impl Art {
    /// The image of a drawing (a default handle, which draws nothing, before start-up).
    pub fn picture(&self, p: pictures::Picture) -> Handle<Image> {
        self.pictures
            .iter()
            .find(|(q, _)| *q == p)
            .map(|(_, h)| h.clone())
            .unwrap_or_default()
    }

    /// A deck's pictogram on the table: its image tinted `color`, `size` square, centred at `at`.
    pub fn deck_sprite(
        &self,
        p: crate::deck::DeckPictogram,
        color: Color,
        size: f32,
        at: Vec3,
    ) -> (Sprite, Transform) {
        (
            Sprite {
                image: self.picture(pictures::Picture::Deck(p)),
                color,
                custom_size: Some(Vec2::splat(size)),
                ..default()
            },
            Transform::from_translation(at),
        )
    }
}

/// The palette and the text size in use: one value per app, set from the "Weergave" settings
/// by one system (`look.rs`). The table reads it from [`Art`], the egui screens from their
/// context (`screens::style`), so two apps in one process (tests) never share a look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Appearance {
    pub palette: palette::Palette,
    /// What every font size is multiplied by (1.0 = 100 %).
    pub text_scale: f32,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            palette: palette::NORMAL,
            text_scale: 1.0,
        }
    }
}

/// Above this text scale the screens take their layout for the largest text.
const LARGEST_ABOVE: f32 = 1.6;

/// Whether `text_scale` is the largest text size (see [`Appearance::largest`]).
pub fn largest(text_scale: f32) -> bool {
    text_scale > LARGEST_ABOVE
}

impl Appearance {
    pub fn new(high_contrast: bool, text_scale: f32) -> Self {
        Appearance {
            palette: if high_contrast {
                palette::HIGH
            } else {
                palette::NORMAL
            },
            text_scale: text_scale.clamp(0.5, 4.0),
        }
    }

    /// The largest text size (200 %): the screens have a layout of their own then. They show
    /// less at once, never smaller (README, "Accessibility"). Up to 160 % nothing changes.
    pub fn largest(&self) -> bool {
        largest(self.text_scale)
    }

    /// A font size times the "Weergave" text size.
    pub fn px(&self, size: f32) -> f32 {
        size * self.text_scale
    }

    /// The felt of the table.
    pub fn table(&self) -> Color {
        bevy(self.palette.table)
    }
    pub fn table_dark(&self) -> Color {
        bevy(self.palette.table_dark)
    }
    /// Card paper and ink.
    pub fn paper(&self) -> Color {
        bevy(self.palette.paper)
    }
    pub fn ink(&self) -> Color {
        bevy(self.palette.ink)
    }
    pub fn ink_soft(&self) -> Color {
        bevy(self.palette.ink_soft)
    }
    /// The back of a rating card.
    pub fn card_back(&self) -> Color {
        bevy(self.palette.card_back)
    }
    pub fn card_back_line(&self) -> Color {
        bevy(self.palette.card_back_line)
    }
    pub fn gold(&self) -> Color {
        bevy(self.palette.gold)
    }
    /// A kenmerk's colour in this look, and the text colour on it.
    pub fn kenmerk(&self, c: Rgb) -> (Color, Color) {
        let p = &self.palette;
        let bg = palette::kenmerk(p, [c.0, c.1, c.2]);
        (bevy(bg), bevy(palette::text_on(p, bg)))
    }
}

/// The shared palettes, once, as sRGB bytes: the Bevy colours below and egui's (in
/// `screens/style.rs`) are both made from the current one. No Bevy here, so a plain test can
/// check every text colour against its background (WCAG contrast).
pub mod palette {
    pub type Rgb = [u8; 3];

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Palette {
        /// The felt of the table, and its darker border and bars.
        pub table: Rgb,
        pub table_dark: Rgb,
        /// Card paper and sheets; text on it is `ink` or `ink_soft`.
        pub paper: Rgb,
        pub ink: Rgb,
        pub ink_soft: Rgb,
        /// The main button, a card on turn, progress; text on it is `ink`.
        pub gold: Rgb,
        /// A chosen option or a selected row; text on it is `ink`.
        pub highlight: Rgb,
        /// A quiet box on paper (notes, key caps); text on it is `ink`.
        pub soft_fill: Rgb,
        /// The back of a rating card and its lines.
        pub card_back: Rgb,
        pub card_back_line: Rgb,
        /// Links and the professional's line in charts, on paper.
        pub accent: Rgb,
        /// Warnings and problems, on paper.
        pub alert: Rgb,
    }

    pub const NORMAL: Palette = Palette {
        table: [33, 84, 74],
        table_dark: [23, 61, 54],
        paper: [252, 247, 235],
        ink: [31, 31, 36],
        ink_soft: [90, 90, 97],
        gold: [250, 204, 77],
        highlight: [255, 226, 140],
        soft_fill: [240, 234, 220],
        card_back: [51, 56, 107],
        card_back_line: [82, 89, 153],
        accent: [35, 94, 160],
        alert: [160, 40, 30],
    };

    /// High contrast: black on white, white on near-black, every text pair at least 7:1.
    pub const HIGH: Palette = Palette {
        table: [0, 38, 32],
        table_dark: [0, 0, 0],
        paper: [255, 255, 255],
        ink: [0, 0, 0],
        ink_soft: [0, 0, 0],
        gold: [255, 214, 0],
        highlight: [255, 230, 0],
        soft_fill: [255, 255, 255],
        card_back: [0, 0, 80],
        card_back_line: [255, 255, 255],
        accent: [0, 40, 140],
        alert: [150, 0, 0],
    };

    /// Every text colour the screens draw, with the background it is drawn on.
    pub fn text_pairs(p: &Palette) -> Vec<(&'static str, Rgb, Rgb)> {
        vec![
            ("ink on paper", p.ink, p.paper),
            ("ink_soft on paper", p.ink_soft, p.paper),
            ("paper on table", p.paper, p.table),
            ("paper on table_dark", p.paper, p.table_dark),
            ("ink on gold", p.ink, p.gold),
            ("ink on highlight", p.ink, p.highlight),
            ("ink on soft_fill", p.ink, p.soft_fill),
            ("ink_soft on soft_fill", p.ink_soft, p.soft_fill),
            ("ink on white (buttons)", p.ink, [255, 255, 255]),
            ("paper on card_back", p.paper, p.card_back),
            ("accent on paper", p.accent, p.paper),
            ("alert on paper", p.alert, p.paper),
        ]
    }

    /// WCAG 2 relative luminance of an sRGB colour.
    pub fn luminance(c: Rgb) -> f64 {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    pub fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Text on a kenmerk's colour: white or the palette's ink, whichever contrasts more.
    pub fn text_on(p: &Palette, background: Rgb) -> Rgb {
        let white = [255, 255, 255];
        if contrast(white, background) >= contrast(p.ink, background) {
            white
        } else {
            p.ink
        }
    }

    /// A kenmerk's colour as the current look shows it: darkened (as little as needed) until
    /// its text reaches 4.5:1 in the usual look and 7:1 in high contrast.
    pub fn kenmerk(p: &Palette, c: Rgb) -> Rgb {
        let target = if p == &HIGH { 7.0 } else { 4.5 };
        let mut c = c;
        while contrast(text_on(p, c), c) < target && c != [0, 0, 0] {
            c = c.map(|v| (f32::from(v) * 0.92) as u8);
        }
        c
    }
}

const fn bevy(c: [u8; 3]) -> Color {
    Color::srgb_u8(c[0], c[1], c[2])
}

pub const SHADOW: Color = Color::srgba(0.0, 0.0, 0.0, 0.28);

pub fn rgb(c: Rgb) -> Color {
    Color::srgb_u8(c.0, c.1, c.2)
}

/// How a pictogram is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Glyph(s) of the emoji font, and whether they lie on their side.
    Glyphs(&'static str, bool),
    /// Five bars, rising left to right, this many filled.
    Meter(u8),
}

/// How to draw a pictogram.
pub fn pictogram_shape(p: Pictogram) -> Shape {
    match p {
        Pictogram::Meter(n) => Shape::Meter(n.min(5)),
        other => {
            let (g, sideways) = pictogram_glyphs(other);
            Shape::Glyphs(g, sideways)
        }
    }
}

/// How many bars the meter picture has ("meter-1" … "meter-5" fill that many): a picture, not
/// the length of a scale (a pack of four steps picks four of the five pictures).
pub const METER_BARS: u8 = 5;

/// The height of bar `i` (1 to [`METER_BARS`]) of the meter, as a part of the whole.
pub fn meter_bar_height(i: u8) -> f32 {
    0.36 + 0.16 * f32::from(i.saturating_sub(1))
}

/// The glyph(s) of a pictogram in the emoji font, and whether the thumb lies on its side.
pub fn pictogram_glyphs(p: Pictogram) -> (&'static str, bool) {
    match p {
        Pictogram::Meter(_) => ("", false),
        Pictogram::ThumbsDownTwo => ("👎👎", false),
        Pictogram::ThumbsDown => ("👎", false),
        Pictogram::HandHalf => ("👍", true),
        Pictogram::ThumbsUp => ("👍", false),
        Pictogram::ThumbsUpTwo => ("👍👍", false),
        Pictogram::Skip => ("✋", false),
    }
}

/// Radius in pixels of the rounded card image.
pub const CORNER: f32 = 24.0;

/// The size in pixels of a drawing's image on the table: sharp up to twice the largest shown.
const PICTURE_PIXELS: u32 = 128;

/// A white image of a drawing, antialiased.
pub fn picture_image(p: pictures::Picture) -> Image {
    white_image(PICTURE_PIXELS, pictures::raster(p, PICTURE_PIXELS))
}

fn white_image(size: u32, data: Vec<u8>) -> Image {
    use bevy::asset::RenderAssetUsages;
    use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
    Image::new(
        Extent3d {
            width: size,
            height: size,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    )
}

/// A white rounded rectangle, antialiased, 64×64 pixels.
pub fn rounded_image() -> Image {
    let size = 64u32;
    let r = CORNER;
    let mut data = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let px = x as f32 + 0.5;
            let py = y as f32 + 0.5;
            let cx = px.clamp(r, size as f32 - r);
            let cy = py.clamp(r, size as f32 - r);
            let d = ((px - cx).powi(2) + (py - cy).powi(2)).sqrt();
            let alpha = (r - d + 0.5).clamp(0.0, 1.0);
            data.extend_from_slice(&[255, 255, 255, (alpha * 255.0) as u8]);
        }
    }
    white_image(size, data)
}

/// Loads the fonts and makes the card image.
pub fn create(
    mut art: ResMut<Art>,
    mut fonts: ResMut<Assets<Font>>,
    mut images: ResMut<Assets<Image>>,
) {
    art.regular = fonts.add(Font::from_bytes(FONT_REGULAR.to_vec()));
    art.bold = fonts.add(Font::from_bytes(FONT_BOLD.to_vec()));
    art.emoji = fonts.add(Font::from_bytes(FONT_EMOJI.to_vec()));
    art.rounded = images.add(rounded_image());
    art.pictures = crate::deck::DeckPictogram::ALL
        .iter()
        .map(|(_, d)| pictures::Picture::Deck(*d))
        .map(|p| (p, images.add(picture_image(p))))
        .collect();
}
