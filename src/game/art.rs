//! Fonts, colours and the card shape, shared by the table and the egui screens.

use bevy::prelude::*;

use crate::deck::{Pictogram, Rgb};

pub const FONT_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");
pub const FONT_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// Handles to the fonts and the rounded card image. Default handles when there is no renderer
/// (headless tests); the window plugin fills in the real ones at start-up.
#[derive(Resource, Default, Clone)]
pub struct Art {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub emoji: Handle<Font>,
    /// A white rounded rectangle, drawn nine-sliced so corners stay round at any size.
    pub rounded: Handle<Image>,
}

/// The shared palette, once, as sRGB bytes: the Bevy colours below and egui's (in
/// `screens/style.rs`) are both made from it.
pub mod palette {
    pub const TABLE: [u8; 3] = [33, 84, 74];
    pub const TABLE_DARK: [u8; 3] = [23, 61, 54];
    pub const PAPER: [u8; 3] = [252, 247, 235];
    pub const INK: [u8; 3] = [31, 31, 36];
    pub const INK_SOFT: [u8; 3] = [90, 90, 97];
    pub const GOLD: [u8; 3] = [250, 204, 77];
}

const fn bevy(c: [u8; 3]) -> Color {
    Color::srgb_u8(c[0], c[1], c[2])
}

/// The felt of the table.
pub const TABLE: Color = bevy(palette::TABLE);
pub const TABLE_DARK: Color = bevy(palette::TABLE_DARK);
/// Card paper and ink.
pub const PAPER: Color = bevy(palette::PAPER);
pub const INK: Color = bevy(palette::INK);
pub const INK_SOFT: Color = bevy(palette::INK_SOFT);
/// The back of a rating card.
pub const CARD_BACK: Color = Color::srgb(0.20, 0.22, 0.42);
pub const CARD_BACK_LINE: Color = Color::srgb(0.32, 0.35, 0.60);
pub const SHADOW: Color = Color::srgba(0.0, 0.0, 0.0, 0.28);
pub const GOLD: Color = bevy(palette::GOLD);

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

/// The height of bar `i` (1 to 5) of the meter, as a part of the whole.
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

/// A white rounded rectangle, antialiased, 64×64 pixels.
pub fn rounded_image() -> Image {
    use bevy::asset::RenderAssetUsages;
    use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
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
}
