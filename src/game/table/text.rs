//! Text and card shapes on the table: fonts, fitting text to a card, a sliced paper panel.

use bevy::prelude::*;
use bevy::sprite::{Anchor, BorderRect, SliceScaleMode, SpriteImageMode, TextureSlicer};
use bevy::text::{FontSource, LineBreak, TextBounds, TextLayout};

use crate::game::art::{self, Art};

/// A font at `size` pixels.
pub fn font(handle: &Handle<Font>, size: f32) -> TextFont {
    TextFont {
        font: FontSource::Handle(handle.clone()),
        font_size: size.into(),
        ..default()
    }
}

/// About how wide a character of Atkinson Hyperlegible is, as a part of the font size (a little
/// more than its average, so an estimate errs towards smaller type).
pub const CHAR_WIDTH: f32 = 0.58;
/// Line height as a part of the font size.
pub const LINE_HEIGHT: f32 = 1.25;

/// How many lines `s` takes at font size `size` in `width` (greedy word wrap, estimated).
pub fn estimated_lines(s: &str, size: f32, width: f32) -> usize {
    let per_line = (width / (size * CHAR_WIDTH)).floor().max(1.0) as usize;
    let mut lines = 1;
    let mut used = 0;
    for word in s.split_whitespace() {
        let n = word.chars().count();
        if used == 0 {
            used = n;
        } else if used + 1 + n <= per_line {
            used += 1 + n;
        } else {
            lines += 1;
            used = n;
        }
        // a word longer than a line breaks over several
        while used > per_line {
            lines += 1;
            used -= per_line;
        }
    }
    lines
}

/// The largest font size up to `wanted` at which `s` fits `width` × `height` and every word fits
/// on a line (no word is broken); never below 14.
pub fn fitting_size(s: &str, wanted: f32, width: f32, height: Option<f32>) -> f32 {
    let longest = s
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(1) as f32;
    let mut size = wanted;
    while size > 14.0 {
        let word_fits = longest * size * CHAR_WIDTH <= width;
        let height_fits =
            height.is_none_or(|h| estimated_lines(s, size, width) as f32 * size * LINE_HEIGHT <= h);
        if word_fits && height_fits {
            break;
        }
        size -= 1.0;
    }
    size.max(14.0)
}

/// A text block at `size` pixels (the caller scales it: `Appearance::px`), wrapped to `width` when given; the
/// type is made smaller where a word would not fit the width.
pub fn text(
    s: impl Into<String>,
    font_handle: &Handle<Font>,
    size: f32,
    color: Color,
    width: Option<f32>,
    justify: Justify,
    anchor: Anchor,
    at: Vec3,
) -> impl Bundle {
    let s: String = s.into();
    let size = match width {
        Some(w) => fitting_size(&s, size, w, None),
        None => size,
    };
    text_px(s, font_handle, size, color, width, justify, anchor, at)
}

/// [`text`] in a box: the type is made smaller until it fits `width` × `height` too.
pub fn text_in(
    s: impl Into<String>,
    font_handle: &Handle<Font>,
    size: f32,
    color: Color,
    (width, height): (f32, f32),
    justify: Justify,
    anchor: Anchor,
    at: Vec3,
) -> impl Bundle {
    let s: String = s.into();
    let size = fitting_size(&s, size, width, Some(height));
    text_px(
        s,
        font_handle,
        size,
        color,
        Some(width),
        justify,
        anchor,
        at,
    )
}

/// A text block at exactly `size` pixels (already scaled and fitted).
pub fn text_px(
    s: String,
    font_handle: &Handle<Font>,
    size: f32,
    color: Color,
    width: Option<f32>,
    justify: Justify,
    anchor: Anchor,
    at: Vec3,
) -> impl Bundle {
    (
        Text2d::new(s),
        font(font_handle, size),
        TextColor(color),
        TextLayout::new(justify, LineBreak::WordBoundary),
        TextBounds {
            width,
            height: None,
        },
        anchor,
        Transform::from_translation(at),
    )
}

/// A rounded rectangle (plain when there is no renderer).
pub fn panel(art: &Art, color: Color, size: Vec2, at: Vec3) -> impl Bundle {
    let radius = art::CORNER.min(size.x / 2.0).min(size.y / 2.0);
    (
        Sprite {
            image: art.rounded.clone(),
            color,
            custom_size: Some(size),
            image_mode: SpriteImageMode::Sliced(TextureSlicer {
                border: BorderRect::all(art::CORNER),
                center_scale_mode: SliceScaleMode::Stretch,
                sides_scale_mode: SliceScaleMode::Stretch,
                max_corner_scale: radius / art::CORNER,
            }),
            ..default()
        },
        Transform::from_translation(at),
    )
}
