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
    let mut ui = Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
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

/// A smaller button for the top bar.
pub fn small_button(ui: &mut Ui, text: &str, key: &str) -> egui::Response {
    let r = ui.add(egui::Button::new(with_key(ui, text, key)).min_size(EVec2::new(0.0, 40.0)));
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
    let mut root = root(ctx, id);
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        ui.painter().rect_filled(ui.max_rect(), 0.0, table(ui));
        let page = ui.available_height() * 0.8;
        egui::ScrollArea::vertical().show(ui, |ui| {
            // The keyboard scrolls too (egui's scroll areas take only the wheel and touch):
            // Page Down / Page Up, and Home / End, unless a text field has the keys.
            if !ui.ctx().egui_wants_keyboard_input() {
                let (down, up, home, end) = ui.input(|i| {
                    (
                        i.key_pressed(egui::Key::PageDown),
                        i.key_pressed(egui::Key::PageUp),
                        i.key_pressed(egui::Key::Home),
                        i.key_pressed(egui::Key::End),
                    )
                });
                let dy = match (down, up, home, end) {
                    (true, ..) => -page,
                    (_, true, ..) => page,
                    (_, _, true, _) => f32::MAX / 4.0,
                    (.., true) => -f32::MAX / 4.0,
                    _ => 0.0,
                };
                if dy != 0.0 {
                    ui.scroll_with_delta(EVec2::new(0.0, dy));
                }
            }
            ui.add_space(10.0);
            centered_sheet(ui, max_width, add);
        });
    });
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
    let mut b = egui::Button::new(with_key(ui, &label, key)).min_size(EVec2::new(width, 52.0));
    if selected {
        b = b
            .fill(Color32::from_rgb(255, 232, 160))
            .stroke(Stroke::new(3.0, ink(ui)));
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
    for i in 1..=5u8 {
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

/// Where the words go in a rating button of `size`: the pictogram's centre and size, and the
/// box under it (top, height, width).
fn rating_layout(rect: egui::Rect, size: EVec2) -> (egui::Pos2, f32, (f32, f32, f32)) {
    let pic_size = (size.y * 0.30).min(40.0).min(size.x * 0.34);
    let pic_center = rect.center_top() + EVec2::new(0.0, 12.0 + pic_size / 2.0);
    let text_top = pic_center.y + pic_size / 2.0 + 6.0;
    let room = rect.bottom() - text_top - 6.0;
    (pic_center, pic_size, (text_top, room, size.x - 10.0))
}

/// The one type size for the words of a row of rating buttons of `size`: the largest, from the
/// wanted size down in steps of 2, at which every label fits its button whole (no word broken
/// in two: "Complet-ely" is hard to read). One size for the row, so no answer looks louder.
pub fn rating_words_size(ui: &Ui, size: EVec2, labels: &[&str]) -> f32 {
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let (_, _, (_, room, width)) = rating_layout(rect, size);
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
/// [`rating_words_size`]), key hint in the corner. It never shows which rating was chosen: the
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
    let (pic_center, pic_size, (text_top, room, width)) = rating_layout(rect, size);
    paint_pictogram(&painter, pic_center, pictogram, pic_size, ink(ui));
    let galley = painter.layout(
        label.to_string(),
        FontId::new(font_size, bold()),
        ink(ui),
        width,
    );
    let text_pos = egui::pos2(
        rect.center().x - galley.size().x / 2.0,
        text_top + ((room - galley.size().y) / 2.0).max(0.0),
    );
    painter.galley(text_pos, galley, ink(ui));
    if !key.is_empty() {
        painter.text(
            rect.left_top() + EVec2::new(9.0, 7.0),
            Align2::LEFT_TOP,
            key,
            FontId::new(px(ui, 16.0), FontFamily::Proportional),
            ink_soft(ui),
        );
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
