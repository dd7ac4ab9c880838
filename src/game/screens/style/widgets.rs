//! The shared widgets: buttons with key hints, sheets of paper, headings, the rating button and
//! the pictograms it paints.

use bevy::prelude::*;
use bevy_egui::egui::{
    self, Align2, Color32, CornerRadius, FontFamily, FontId, Margin, RichText, Sense, Stroke, Ui,
    Vec2 as EVec2, WidgetInfo, WidgetType,
};

use crate::deck::Pictogram;
use crate::game::art;

use super::{bold, emoji, ink, ink_soft, paper, px, table};

/// A root Ui covering the whole window, to put panels in. Under an open overlay (help,
/// Weergave, "Stoppen?", the phones) everything in it is disabled: the mouse cannot reach it
/// anyway, and so a screen reader's click cannot either (egui passes those on whatever lies
/// above), and the reader says it is unavailable.
pub fn root(ctx: &egui::Context, id: &'static str) -> Ui {
    let mut rect = ctx.viewport_rect();
    // Under a banner at the top (see `BANNER_HEIGHT`).
    let banner = ctx.data(|d| d.get_temp::<f32>(egui::Id::new(super::BANNER_HEIGHT)));
    rect.min.y += banner.unwrap_or(0.0).clamp(0.0, rect.height() / 2.0);
    let mut ui = Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect),
    );
    if !ctx.memory(|m| m.is_above_modal_layer(egui::LayerId::background())) {
        ui.disable();
    }
    ui
}

/// A key hint like "Enter", drawn as a small key cap after a button text.
pub fn with_key(ui: &(impl super::Looks + ?Sized), text: &str, key: &str) -> egui::WidgetText {
    let mut job = egui::text::LayoutJob::default();
    job.append(
        text,
        0.0,
        egui::TextFormat {
            font_id: FontId::new(px(ui, 24.0), bold()),
            color: ink(ui),
            ..Default::default()
        },
    );
    if !key.is_empty() {
        job.append(
            &format!(" {key} "),
            12.0,
            egui::TextFormat {
                font_id: FontId::new(px(ui, 17.0), FontFamily::Proportional),
                color: ink_soft(ui),
                background: Color32::from_rgb(235, 230, 218),
                ..Default::default()
            },
        );
    }
    job.into()
}

/// Tells a screen reader what a control is, as AccessKit hands it to the system (AT-SPI on
/// Linux): its role, its plain name (without the key cap or a check mark), its state when it
/// has one (`Some(on)`: checked or not; `None`: a plain button, and never a chosen rating) and
/// its key as the description ("F2"), read after the name.
pub fn speak(
    ui: &Ui,
    response: &egui::Response,
    role: WidgetType,
    name: &str,
    state: Option<bool>,
    key: &str,
) {
    // Tab brought the keyboard's focus here: the page scrolls it into view (only then: a focus
    // that comes back with a screen must not move the page).
    if response.gained_focus() && ui.input(|i| i.key_pressed(egui::Key::Tab)) {
        response.scroll_to_me(None);
    }
    let enabled = response.enabled();
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(role, enabled, name);
        info.selected = state;
        info
    });
    let key = key.trim();
    if !key.is_empty() {
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_description(key));
    }
}

/// A big button with a key hint.
pub fn button(ui: &mut Ui, text: &str, key: &str) -> egui::Response {
    let r = ui.add(egui::Button::new(with_key(ui, text, key)).min_size(EVec2::new(0.0, 52.0)));
    speak(ui, &r, WidgetType::Button, text, None, key);
    r
}

/// The least height of a [`small_button`].
const SMALL_BUTTON_LOW: f32 = 40.0;

/// The height of a [`small_button`] of one line at this text size.
pub fn small_button_height(ui: &Ui) -> f32 {
    (ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y)
        .max(SMALL_BUTTON_LOW)
}

/// A smaller button for the top bar.
pub fn small_button(ui: &mut Ui, text: &str, key: &str) -> egui::Response {
    let r = ui.add(
        egui::Button::new(with_key(ui, text, key)).min_size(EVec2::new(0.0, SMALL_BUTTON_LOW)),
    );
    speak(ui, &r, WidgetType::Button, text, None, key);
    r
}

/// A button made elsewhere (its own size or colour) with `text` and a key hint: added, and
/// named for a screen reader.
pub fn keyed(ui: &mut Ui, button: egui::Button, text: &str, key: &str) -> egui::Response {
    let r = ui.add(button);
    speak(ui, &r, WidgetType::Button, text, None, key);
    r
}

/// A sheet of paper, centred horizontally, at most `max_width` wide.
pub fn centered_sheet(ui: &mut Ui, max_width: f32, add: impl FnOnce(&mut Ui)) {
    let avail = ui.available_rect_before_wrap();
    let width = (avail.width() - 40.0).min(max_width);
    let rect = egui::Rect::from_min_size(
        egui::pos2(avail.center().x - width / 2.0, avail.top()),
        EVec2::new(width, avail.height()),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        sheet(ui).show(ui, |ui| {
            ui.set_width(width - 72.0);
            add(ui);
        });
    });
    ui.add_space(12.0);
}

/// A scrollable page: the table as background, a sheet of paper in the middle.
pub fn paper_page(
    ctx: &egui::Context,
    id: &'static str,
    max_width: f32,
    add: impl FnOnce(&mut Ui),
) {
    // A page opened anew (not drawn in the pass before) starts at its top, wherever it was
    // scrolled to the last time (an export's answer scrolls the page down to it). Its whole
    // scroll state starts anew: an offset alone would leave a glide that was still under way
    // when the page was left (the export's answer, Escape at once) to carry the page down
    // again in its first frames back.
    let drawn = egui::Id::new(id).with("drawn-in-pass");
    let area_id = egui::Id::new(id).with("scroll-area");
    let pass = ctx.cumulative_pass_nr();
    let fresh = ctx
        .data(|d| d.get_temp::<u64>(drawn))
        .is_none_or(|last| last + 1 < pass);
    ctx.data_mut(|d| d.insert_temp(drawn, pass));
    if fresh && let Some(area) = ctx.data(|d| d.get_temp::<egui::Id>(area_id)) {
        egui::scroll_area::State::default().store(ctx, area);
    }
    let mut root = root(ctx, id);
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        ui.painter().rect_filled(ui.max_rect(), 0.0, table(ui));
        let page = ui.available_height() * 0.8;
        let mut area = egui::ScrollArea::vertical();
        if fresh {
            area = area.vertical_scroll_offset(0.0);
        }
        let shown = area.show(ui, |ui| {
            ui.add_space(10.0);
            centered_sheet(ui, max_width, add);
            // The keys after the page's content: a scroll area inside it (the history's list)
            // has ended by now, so the keys move this page, not that list.
            keyboard_scroll(ui, page);
        });
        ctx.data_mut(|d| d.insert_temp(area_id, shown.id));
    });
}

/// Inside a scroll area: the keyboard scrolls it too (egui's scroll areas take only the wheel
/// and touch). Page Down / Page Up by `page`, Home / End to the top and the end, unless a text
/// field has the keys (a focused button leaves them to the page). The first scroll area to end
/// after this call takes the keys: call it after any scroll area inside this one (as
/// [`paper_page`] does), or that inner area moves instead.
pub fn keyboard_scroll(ui: &mut Ui, page: f32) {
    if super::focus(ui.ctx()) == super::Focus::Text {
        return;
    }
    let (down, up, home, end) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::PageDown),
            i.key_pressed(egui::Key::PageUp),
            i.key_pressed(egui::Key::Home),
            i.key_pressed(egui::Key::End),
        )
    });
    // A page glides; Home and End jump (a glide of "all the way" would still run when the
    // next key, such as a deck's number, asks to scroll to that deck, and win).
    let (dy, glide) = match (down, up, home, end) {
        (true, ..) => (-page, true),
        (_, true, ..) => (page, true),
        (_, _, true, _) => (f32::MAX / 4.0, false),
        (.., true) => (-f32::MAX / 4.0, false),
        _ => return,
    };
    let animation = if glide {
        ui.style().scroll_animation
    } else {
        egui::style::ScrollAnimation::none()
    };
    ui.scroll_with_delta_animation(EVec2::new(0.0, dy), animation);
}

/// One of a set of choices (a field, a language, a way of choosing): a screen reader hears a
/// radio button, checked or not. Drawn as [`toggle_button`].
pub fn choice_button(
    ui: &mut Ui,
    text: &str,
    key: &str,
    selected: bool,
    width: f32,
) -> egui::Response {
    super::choice_takes_focus(ui, ui.next_auto_id());
    let r = marked_button(ui, text, key, selected, width);
    speak(ui, &r, WidgetType::RadioButton, text, Some(selected), key);
    r
}

/// Something switched on or off on its own ("Alle thema's", the short version): a screen
/// reader hears a check box, checked or not.
pub fn toggle_button(
    ui: &mut Ui,
    text: &str,
    key: &str,
    selected: bool,
    width: f32,
) -> egui::Response {
    let r = marked_button(ui, text, key, selected, width);
    speak(ui, &r, WidgetType::Checkbox, text, Some(selected), key);
    r
}

/// A big button that shows it is switched on with a check mark and a thicker edge, never by
/// colour alone.
fn marked_button(ui: &mut Ui, text: &str, key: &str, selected: bool, width: f32) -> egui::Response {
    let label = if selected {
        format!("✔ {text}")
    } else {
        text.to_string()
    };
    // The keyboard's focus shows as its own thick ring, on a chosen button too.
    let focused = ui.memory(|m| m.has_focus(ui.next_auto_id()));
    let mut b = egui::Button::new(with_key(ui, &label, key)).min_size(EVec2::new(width, 52.0));
    if selected {
        b = b.fill(Color32::from_rgb(255, 232, 160)).stroke(if focused {
            super::focus_ring(ui)
        } else {
            Stroke::new(3.0, ink(ui))
        });
    }
    ui.add(b)
}

/// Paints a pictogram from the scale.
pub fn paint_pictogram(
    painter: &egui::Painter,
    center: egui::Pos2,
    p: Pictogram,
    size: f32,
    color: Color32,
) {
    let (glyphs, sideways) = match art::pictogram_shape(p) {
        art::Shape::Meter(filled) => {
            paint_meter(painter, center, filled, size, color);
            return;
        }
        art::Shape::Glyphs(g, s) => (g, s),
    };
    let galley = painter.layout_no_wrap(glyphs.to_string(), FontId::new(size, emoji()), color);
    let gs = galley.size();
    if sideways {
        // rotate a quarter turn around the centre of the glyph
        let angle = std::f32::consts::FRAC_PI_2;
        let pos = center + EVec2::new(gs.y / 2.0, -gs.x / 2.0);
        painter.add(egui::epaint::TextShape::new(pos, galley, color).with_angle(angle));
    } else {
        painter.add(egui::epaint::TextShape::new(
            center - gs / 2.0,
            galley,
            color,
        ));
    }
}

/// Paints one of the game's drawings (a deck's pictogram, a picture of the first-time
/// explanation) in one colour, in a square of `size` around `center`.
pub fn paint_picture(
    painter: &egui::Painter,
    center: egui::Pos2,
    picture: art::pictures::Picture,
    size: f32,
    color: Color32,
) {
    use art::pictures::Part;
    let origin = center - EVec2::splat(size / 2.0);
    let at = |p: &[f32; 2]| origin + EVec2::new(p[0], p[1]) * size;
    for part in art::pictures::parts(picture) {
        match part {
            Part::Line(pts, w) | Part::Ring(pts, w) if pts.len() < 2 => {
                if let Some(p) = pts.first() {
                    painter.circle_filled(at(p), w * size / 2.0, color);
                }
            }
            Part::Line(pts, w) => {
                let points: Vec<egui::Pos2> = pts.iter().map(at).collect();
                // Round ends and joins, as on the table's image.
                for p in [points.first(), points.last()].into_iter().flatten() {
                    painter.circle_filled(*p, w * size / 2.0, color);
                }
                painter.add(egui::Shape::line(points, Stroke::new(w * size, color)));
            }
            Part::Ring(pts, w) => {
                let points: Vec<egui::Pos2> = pts.iter().map(at).collect();
                painter.add(egui::Shape::closed_line(
                    points,
                    Stroke::new(w * size, color),
                ));
            }
            Part::Fill(pts) => {
                let points: Vec<egui::Pos2> = pts.iter().map(at).collect();
                painter.add(egui::Shape::convex_polygon(points, color, Stroke::NONE));
            }
            Part::Dot(c, r) => {
                painter.circle_filled(at(&c), r * size, color);
            }
        }
    }
}

/// A deck's pictogram, `size` square, as a widget of its own (a row's first thing): nothing
/// when the kenmerk has none. Hidden from screen readers: the deck's name stands beside it.
pub fn deck_pictogram(
    ui: &mut Ui,
    pictogram: Option<crate::deck::DeckPictogram>,
    size: f32,
    color: Color32,
) {
    let Some(p) = pictogram else {
        return;
    };
    let (rect, _) = ui.allocate_exact_size(EVec2::splat(size), Sense::hover());
    paint_picture(
        ui.painter(),
        rect.center(),
        art::pictures::Picture::Deck(p),
        size,
        color,
    );
}

/// A meter of five rising bars, `filled` of them in ink and the rest as outlines: how much the
/// sentence fits. Shape and fill carry the meaning, never colour alone.
pub fn paint_meter(
    painter: &egui::Painter,
    center: egui::Pos2,
    filled: u8,
    size: f32,
    color: Color32,
) {
    let width = size * 1.5;
    let gap = width * 0.06;
    let bar = (width - gap * 4.0) / 5.0;
    let left = center.x - width / 2.0;
    let bottom = center.y + size / 2.0;
    for i in 1..=art::METER_BARS {
        let h = size * art::meter_bar_height(i);
        let x = left + f32::from(i - 1) * (bar + gap);
        let rect = egui::Rect::from_min_max(egui::pos2(x, bottom - h), egui::pos2(x + bar, bottom));
        if i <= filled {
            painter.rect_filled(rect, 2.0, color);
        } else {
            painter.rect_stroke(
                rect,
                2.0,
                Stroke::new(1.5, color.gamma_multiply(0.55)),
                egui::StrokeKind::Inside,
            );
        }
    }
}

/// Where the parts of a rating button of `size` go.
struct RatingLayout {
    /// The pictogram's centre and size.
    pic: (egui::Pos2, f32),
    /// The box of the words, and whether they stand centred (under the pictogram) or to the left
    /// (beside it).
    words: egui::Rect,
    centred: bool,
    /// Where the key hint goes, and how it is anchored there.
    key: (egui::Pos2, Align2),
}

/// A button at least this many times as wide as it is high is a row of a list: key, pictogram
/// and words side by side on one line ("Tegelijk" at the largest text). Otherwise the pictogram
/// stands above the words, and the key in the corner.
const LIST_ROW_RATIO: f32 = 4.0;

fn rating_layout(rect: egui::Rect, size: EVec2, key_width: f32) -> RatingLayout {
    if size.x >= LIST_ROW_RATIO * size.y {
        let pic_size = (size.y * 0.62).min(40.0);
        let key_left = rect.left() + 12.0;
        let pic_left = key_left + key_width + 10.0;
        let words_left = pic_left + pic_size + 14.0;
        return RatingLayout {
            pic: (
                egui::pos2(pic_left + pic_size / 2.0, rect.center().y),
                pic_size,
            ),
            words: egui::Rect::from_min_max(
                egui::pos2(words_left, rect.top() + 3.0),
                egui::pos2(rect.right() - 10.0, rect.bottom() - 3.0),
            ),
            centred: false,
            key: (egui::pos2(key_left, rect.center().y), Align2::LEFT_CENTER),
        };
    }
    let pic_size = (size.y * 0.30).min(40.0).min(size.x * 0.34);
    let pic_center = rect.center_top() + EVec2::new(0.0, 12.0 + pic_size / 2.0);
    let text_top = pic_center.y + pic_size / 2.0 + 6.0;
    RatingLayout {
        pic: (pic_center, pic_size),
        words: egui::Rect::from_min_max(
            egui::pos2(rect.left() + 5.0, text_top),
            egui::pos2(rect.right() - 5.0, rect.bottom() - 6.0),
        ),
        centred: true,
        key: (rect.left_top() + EVec2::new(9.0, 7.0), Align2::LEFT_TOP),
    }
}

/// The key hint's type (at the text size).
fn key_font(ui: &Ui) -> FontId {
    FontId::new(px(ui, 16.0), FontFamily::Proportional)
}

/// The width the key hints of a list take: the widest key's ("0", "Q", "P").
fn key_width(ui: &Ui) -> f32 {
    ["0", "Q", "P", "W"]
        .iter()
        .map(|k| {
            ui.painter()
                .layout_no_wrap((*k).to_string(), key_font(ui), ink(ui))
                .size()
                .x
        })
        .fold(0.0, f32::max)
}

/// The one type size for the words of a row of rating buttons of `size`: the largest, from the
/// wanted size down in steps of 2, at which every label fits its button whole (no word broken
/// in two: "Complet-ely" is hard to read). One size for the row, so no answer looks louder.
pub fn rating_words_size(ui: &Ui, size: EVec2, labels: &[&str]) -> f32 {
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let words = rating_layout(rect, size, key_width(ui)).words;
    let (room, width) = (words.height(), words.width());
    let painter = ui.painter();
    let fits = |font_size: f32, label: &str| {
        let font = FontId::new(font_size, bold());
        let widest = label
            .split_whitespace()
            .map(|w| {
                painter
                    .layout_no_wrap(w.to_string(), font.clone(), ink(ui))
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        widest <= width
            && painter
                .layout(label.to_string(), font, ink(ui), width)
                .size()
                .y
                <= room
    };
    // From the wanted size down in steps of 2 (at 200 % that is 40, 38, … not 40 then 18).
    let wanted = px(ui, 20.0);
    (0..)
        .map(|i| wanted - 2.0 * i as f32)
        .take_while(|s| *s >= 13.0)
        .find(|s| labels.iter().all(|l| fits(*s, l)))
        .unwrap_or(12.0)
}

/// A rating button: pictogram above the word (at `font_size`, the row's: see
/// [`rating_words_size`]), key hint in the corner; or, as a row of a list, key, pictogram and
/// word side by side. It never shows which rating was chosen: the
/// face-down card on the table does that.
pub fn rating_button(
    ui: &mut Ui,
    (size, font_size): (EVec2, f32),
    pictogram: Pictogram,
    (label, spoken): (&str, &str),
    key: &str,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    // A button with its scale words, never a state: a chosen rating stays hidden.
    speak(ui, &response, WidgetType::Button, spoken, None, key);
    let visuals = ui.style().interact(&response);
    let painter = ui.painter_at(rect.expand(4.0));
    painter.rect(
        rect,
        CornerRadius::same(14),
        Color32::WHITE,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let layout = rating_layout(rect, size, key_width(ui));
    let (pic_center, pic_size) = layout.pic;
    paint_pictogram(&painter, pic_center, pictogram, pic_size, ink(ui));
    let words = layout.words;
    let galley = painter.layout(
        label.to_string(),
        FontId::new(font_size, bold()),
        ink(ui),
        words.width(),
    );
    let left = if layout.centred {
        rect.center().x - galley.size().x / 2.0
    } else {
        words.left()
    };
    let text_pos = egui::pos2(
        left,
        words.top() + ((words.height() - galley.size().y) / 2.0).max(0.0),
    );
    painter.galley(text_pos, galley, ink(ui));
    if !key.is_empty() {
        let (at, anchor) = layout.key;
        painter.text(at, anchor, key, key_font(ui), ink_soft(ui));
    }
    response
}

/// The largest size up to `wanted` at which `text` fits `width` on one line (never under 14):
/// for a heading that must stay one line when the text is large.
pub fn one_line_size(ui: &Ui, text: &str, wanted: f32, family: FontFamily, width: f32) -> f32 {
    let w = ui
        .painter()
        .layout_no_wrap(text.to_string(), FontId::new(wanted, family), ink(ui))
        .size()
        .x;
    if w <= width {
        wanted
    } else {
        (wanted * width / w).floor().max(14.0)
    }
}

/// A framed sheet of paper in the middle of the window.
pub fn sheet(ui: &(impl super::Looks + ?Sized)) -> egui::Frame {
    egui::Frame::new()
        .fill(paper(ui))
        .corner_radius(CornerRadius::same(20))
        .inner_margin(Margin::symmetric(36, 24))
        .shadow(egui::Shadow {
            offset: [6, 8],
            blur: 16,
            spread: 0,
            color: Color32::from_black_alpha(70),
        })
}

pub fn heading(ui: &(impl super::Looks + ?Sized), text: &str) -> RichText {
    RichText::new(text)
        .font(FontId::new(px(ui, 38.0), bold()))
        .color(ink(ui))
}

pub fn sub(ui: &(impl super::Looks + ?Sized), text: &str) -> RichText {
    RichText::new(text)
        .font(FontId::new(px(ui, 22.0), bold()))
        .color(ink_soft(ui))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `check` in one egui pass with the game's fonts at `text_scale`.
    fn with_ui(text_scale: f32, check: impl FnOnce(&mut Ui)) {
        let ctx = egui::Context::default();
        ctx.set_fonts(super::super::fonts());
        let look = crate::game::art::Appearance {
            text_scale,
            ..Default::default()
        };
        let mut check = Some(check);
        // The first pass loads the fonts; the second measures with them.
        for _ in 0..2 {
            super::super::share(&ctx, look);
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                if ctx.fonts(|f| f.families().contains(&bold()))
                    && let Some(check) = check.take()
                {
                    check(ui);
                }
            });
            output.textures_delta.clear();
        }
        assert!(check.is_none(), "the fonts never came");
    }

    /// One pass of a page called "page" at `time` s in an 800×600 window, 3000 px of content
    /// with a scroll area of its own inside (as the history's list), `keys` pressed; `glide`
    /// scrolls the page to its end as an export's answer does. The page's scroll offset after.
    fn page_pass(ctx: &egui::Context, time: f64, keys: &[egui::Key], glide: bool) -> f32 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                EVec2::new(800.0, 600.0),
            )),
            time: Some(time),
            events: keys
                .iter()
                .map(|&key| egui::Event::Key {
                    key,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: egui::Modifiers::NONE,
                })
                .collect(),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            paper_page(ui.ctx(), "page", 700.0, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("inner-list")
                    .max_height(200.0)
                    .show(ui, |ui| {
                        ui.allocate_space(EVec2::new(100.0, 1000.0));
                    });
                ui.allocate_space(EVec2::new(100.0, 3000.0));
                if glide {
                    ui.scroll_to_cursor(Some(egui::Align::Max));
                }
            });
        });
        output.textures_delta.clear();
        page_offset(ctx)
    }

    fn page_offset(ctx: &egui::Context) -> f32 {
        let id = egui::Id::new("page").with("scroll-area");
        ctx.data(|d| d.get_temp::<egui::Id>(id))
            .and_then(|area| egui::scroll_area::State::load(ctx, area))
            .map_or(0.0, |state| state.offset.y)
    }

    /// A pass in which the page is not drawn (another screen).
    fn other_screen(ctx: &egui::Context, time: f64) {
        let input = egui::RawInput {
            time: Some(time),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |_| {});
        output.textures_delta.clear();
    }

    #[test]
    fn a_page_left_while_it_glided_down_comes_back_at_its_top_and_stays_there() {
        let ctx = egui::Context::default();
        let mut t = 0.0;
        for _ in 0..3 {
            page_pass(&ctx, t, &[], false);
            t += 0.016;
        }
        // The export's answer: the page starts to glide down, and is left after two frames.
        page_pass(&ctx, t, &[], true);
        t += 0.016;
        page_pass(&ctx, t, &[], false);
        t += 0.016;
        let under_way = page_pass(&ctx, t, &[], false);
        assert!(under_way > 0.0, "the glide had started ({under_way})");
        for _ in 0..3 {
            t += 0.016;
            other_screen(&ctx, t);
        }
        // Back: the top, in the first frame and a second later.
        for frame in 0..60 {
            t += 0.016;
            let offset = page_pass(&ctx, t, &[], false);
            assert!(
                offset.abs() < 0.5,
                "frame {frame} back: the page is {offset} px down"
            );
        }
    }

    #[test]
    fn home_and_end_move_the_page_not_the_list_inside_it() {
        let ctx = egui::Context::default();
        let mut t = 0.0;
        for _ in 0..3 {
            page_pass(&ctx, t, &[], false);
            t += 0.016;
        }
        page_pass(&ctx, t, &[egui::Key::End], false);
        t += 0.016;
        let end = page_pass(&ctx, t, &[], false);
        assert!(end > 2000.0, "End took the page to its end ({end})");
        t += 0.016;
        page_pass(&ctx, t, &[egui::Key::Home], false);
        t += 0.016;
        let home = page_pass(&ctx, t, &[], false);
        assert!(home.abs() < 0.5, "Home took the page to its top ({home})");
    }

    const DUTCH: [&str; 6] = [
        "Klopt helemaal niet",
        "Klopt niet echt",
        "Soms wel, soms niet",
        "Klopt een beetje",
        "Klopt helemaal",
        "Sla ik over",
    ];

    #[test]
    fn a_list_row_puts_key_pictogram_and_words_side_by_side_inside_the_button() {
        let rect = egui::Rect::from_min_size(egui::pos2(100.0, 50.0), EVec2::new(600.0, 46.0));
        let l = rating_layout(rect, rect.size(), 20.0);
        let (pic, size) = l.pic;
        assert!(!l.centred, "a row's words start at their left edge");
        assert!(
            l.key.0.x < pic.x - size / 2.0,
            "the key before the pictogram"
        );
        assert!(pic.x + size / 2.0 < l.words.left(), "the words after it");
        assert!(rect.contains_rect(l.words), "the words inside the button");
        assert!(
            (pic.y - rect.center().y).abs() < 0.5,
            "the pictogram on the row's middle"
        );
        // A button as tall as wide keeps the pictogram above the words.
        let square = egui::Rect::from_min_size(egui::Pos2::ZERO, EVec2::splat(150.0));
        let l = rating_layout(square, square.size(), 20.0);
        assert!(l.centred && l.pic.0.y + l.pic.1 / 2.0 < l.words.top());
    }

    #[test]
    fn at_200_percent_a_list_row_gives_the_words_1_6_times_their_size_in_a_row_of_six() {
        // "Tegelijk" at 100 %: six buttons in a half of the window, 140 high (as the tray does).
        let half = (crate::game::table::VIEW.x - 30.0) / 2.0;
        let six = EVec2::new(((half - 50.0) / 6.0).clamp(70.0, 170.0), 140.0);
        let mut usual = 0.0;
        with_ui(1.0, |ui| usual = rating_words_size(ui, six, &DUTCH));
        with_ui(2.0, |ui| {
            let row = EVec2::new(half - 16.0, 46.0);
            let font = rating_words_size(ui, row, &DUTCH);
            assert!(
                font >= 1.6 * usual,
                "the words are {font} points at 200 %, {usual} at 100 %"
            );
            let words = rating_layout(
                egui::Rect::from_min_size(egui::Pos2::ZERO, row),
                row,
                key_width(ui),
            )
            .words;
            for label in DUTCH {
                let galley = ui.painter().layout(
                    label.to_string(),
                    FontId::new(font, bold()),
                    ink(ui),
                    words.width(),
                );
                assert_eq!(galley.rows.len(), 1, "{label} wraps at {font}");
                assert!(
                    galley.size().y <= words.height(),
                    "{label} is taller than its row"
                );
            }
        });
    }
}
