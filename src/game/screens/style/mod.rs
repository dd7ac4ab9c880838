//! egui look: Atkinson Hyperlegible, large type, warm colours; the shared widgets are in
//! `widgets`.

mod widgets;

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Stroke,
    Vec2 as EVec2,
};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::game::art;
use crate::game::table::VIEW;

pub use widgets::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    );
    // Fonts and look before egui's first pass begins (egui takes new fonts at the start of a
    // pass): the very first frame already shows the screen, not an empty one.
    app.add_systems(
        PreUpdate,
        setup_style
            .after(bevy_egui::EguiPreUpdateSet::InitContexts)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(
        EguiPrimaryContextPass,
        (share_look, scale_to_window).before(UiSet),
    )
    .configure_sets(
        EguiPrimaryContextPass,
        UiSet.run_if(resource_exists::<StyleReady>),
    );
}

/// The screens' egui systems; they run once the fonts are in place.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct UiSet;

/// The egui memory slot of the height a banner over the screens takes at the window's top (the
/// broken card file of `--cards`): the screens start under it, so it covers nothing.
pub const BANNER_HEIGHT: &str = "banner-height";

/// Present once the fonts are set, before the first pass that uses them.
#[derive(Resource)]
pub struct StyleReady;

const fn egui_colour(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Where an egui screen finds the look in use: the app's [`art::Appearance`], handed to its
/// egui context at the start of every pass (`share_look`). Per app, never a global.
pub trait Looks {
    fn looks(&self) -> art::Appearance;
}

/// The key under which the look is kept in an egui context's memory.
fn look_id() -> egui::Id {
    egui::Id::new("werkalliantiespel-look")
}

impl Looks for egui::Context {
    fn looks(&self) -> art::Appearance {
        self.data(|d| d.get_temp(look_id())).unwrap_or_default()
    }
}

impl Looks for egui::Ui {
    fn looks(&self) -> art::Appearance {
        self.ctx().looks()
    }
}

pub fn paper(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.paper)
}
pub fn ink(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.ink)
}
pub fn ink_soft(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.ink_soft)
}
pub fn table(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.table)
}
pub fn table_dark(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.table_dark)
}
pub fn gold(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.gold)
}
pub fn accent(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.accent)
}
pub fn highlight(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.highlight)
}
pub fn soft_fill(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.soft_fill)
}
pub fn alert(on: &(impl Looks + ?Sized)) -> Color32 {
    egui_colour(on.looks().palette.alert)
}
/// A kenmerk's colour in the current look, and the text colour on it.
pub fn kenmerk(on: &(impl Looks + ?Sized), c: crate::deck::Rgb) -> (Color32, Color32) {
    let p = on.looks().palette;
    let bg = art::palette::kenmerk(&p, [c.0, c.1, c.2]);
    (egui_colour(bg), egui_colour(art::palette::text_on(&p, bg)))
}

pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

pub fn emoji() -> FontFamily {
    FontFamily::Name("emoji".into())
}

fn setup_style(
    mut contexts: EguiContexts,
    mut done: Local<bool>,
    mut commands: Commands,
    art: Res<art::Art>,
) -> Result {
    if *done {
        // A new palette or text size from "Weergave".
        if art.is_changed() {
            apply_visuals(contexts.ctx_mut()?, art.look);
        }
        return Ok(());
    }
    // Until the primary context exists (it comes with the camera), try again next frame.
    let Ok(ctx) = contexts.ctx_mut() else {
        return Ok(());
    };
    ctx.set_fonts(fonts());

    apply_visuals(ctx, art.look);
    commands.insert_resource(StyleReady);
    *done = true;
    Ok(())
}

/// The game's type for egui: Atkinson Hyperlegible (regular and bold), with egui's own emoji and
/// icon fonts as fallbacks.
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "atkinson".into(),
        Arc::new(FontData::from_static(art::FONT_REGULAR)),
    );
    fonts.font_data.insert(
        "atkinson-bold".into(),
        Arc::new(FontData::from_static(art::FONT_BOLD)),
    );
    // egui's own fonts already hold Noto Emoji (the thumbs) and an icon font (★ ☆ ✔); use
    // those as fallbacks instead of loading a second copy. Atkinson covers all Dutch letters.
    let symbols = [
        "NotoEmoji-Regular".to_string(),
        "emoji-icon-font".to_string(),
    ];
    let family = |first: &str| -> Vec<String> {
        std::iter::once(first.to_string())
            .chain(symbols.iter().cloned())
            .collect()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("atkinson"));
    fonts.families.insert(bold(), family("atkinson-bold"));
    fonts.families.insert(emoji(), symbols.to_vec());
    fonts
}

/// The egui look from the current palette and text size (at start, and after "Weergave").
fn apply_visuals(ctx: &egui::Context, look: art::Appearance) {
    let px = |size| look.px(size);
    let c =
        |pick: fn(&art::palette::Palette) -> art::palette::Rgb| egui_colour(pick(&look.palette));
    let (paper, ink, ink_soft, highlight) = (
        c(|p| p.paper),
        c(|p| p.ink),
        c(|p| p.ink_soft),
        c(|p| p.highlight),
    );
    ctx.global_style_mut(|style| {
        use egui::TextStyle::*;
        style.text_styles = [
            (Heading, FontId::new(px(38.0), bold())),
            (Body, FontId::new(px(24.0), FontFamily::Proportional)),
            (Button, FontId::new(px(24.0), bold())),
            (Small, FontId::new(px(18.0), FontFamily::Proportional)),
            (Monospace, FontId::new(px(22.0), FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = EVec2::new(12.0, 12.0);
        style.spacing.button_padding = EVec2::new(18.0, 10.0);
        style.spacing.interact_size.y = 44.0;
        style.visuals = egui::Visuals::light();
        style.visuals.panel_fill = paper;
        style.visuals.window_fill = paper;
        style.visuals.override_text_color = Some(ink);
        style.visuals.widgets.inactive.weak_bg_fill = Color32::WHITE;
        style.visuals.widgets.inactive.bg_stroke = Stroke::new(2.0, ink_soft);
        // Under the mouse: a darker, thicker edge on white. Never the yellow of "chosen" (a
        // half-clear yellow also made a button look greyed out).
        style.visuals.widgets.hovered.weak_bg_fill = Color32::WHITE;
        style.visuals.widgets.hovered.bg_fill = Color32::WHITE;
        style.visuals.widgets.hovered.bg_stroke = Stroke::new(3.0, ink);
        // Pressed or with the keyboard's focus (egui draws both as "active"): white with the
        // focus ring, never the yellow of "chosen" (a focused choice looked chosen).
        style.visuals.widgets.active.weak_bg_fill = Color32::WHITE;
        style.visuals.widgets.active.bg_fill = Color32::WHITE;
        style.visuals.widgets.active.bg_stroke = focus_ring_in(ink);
        style.visuals.selection.bg_fill = highlight;
        style.visuals.selection.stroke = Stroke::new(3.0, ink);
        for w in [
            &mut style.visuals.widgets.inactive,
            &mut style.visuals.widgets.hovered,
            &mut style.visuals.widgets.active,
            &mut style.visuals.widgets.open,
        ] {
            w.corner_radius = CornerRadius::same(12);
            w.fg_stroke.color = ink;
        }
        style.visuals.text_edit_bg_color = Some(Color32::WHITE);
    });
}

/// The keyboard focus's ring: thick and dashed-free, in the ink's colour with a blue cast that
/// no other state uses.
fn focus_ring_in(ink: Color32) -> Stroke {
    let blue = Color32::from_rgb(20, 90, 200);
    Stroke::new(
        5.0,
        if ink == Color32::WHITE {
            Color32::from_rgb(120, 190, 255)
        } else {
            blue
        },
    )
}

/// The keyboard focus's ring on this screen (see [`focus_ring_in`]).
pub fn focus_ring(ui: &egui::Ui) -> Stroke {
    focus_ring_in(ink(ui))
}

/// A font size times the "Weergave" text size.
pub fn px(on: &(impl Looks + ?Sized), size: f32) -> f32 {
    on.looks().px(size)
}

/// Whether the text is at its largest size: the layout for 200 % (see [`art::Appearance::largest`]).
pub fn largest(on: &(impl Looks + ?Sized)) -> bool {
    on.looks().largest()
}

/// The "Weergave" text size (1.0 = 100 %), for layouts that change with it.
pub fn text_scale(on: &(impl Looks + ?Sized)) -> f32 {
    on.looks().text_scale
}

/// Hands the app's look to the egui context, where the screens read it ([`Looks`]).
fn share(ctx: &egui::Context, look: art::Appearance) {
    ctx.data_mut(|d| d.insert_temp(look_id(), look));
}

/// Every pass, before the screens draw: the look of this frame (a "Weergave" change made in
/// this frame's `Update` shows at once, on the table and in the screens alike).
fn share_look(art: Res<art::Art>, mut contexts: EguiContexts) {
    // No context before the camera exists; the first pass with one gets the look.
    if let Ok(ctx) = contexts.ctx_mut() {
        share(ctx, art.look);
    }
}

/// Scales egui with the window, so the layout made for 1366×768 fits from 1024×600 upwards.
fn scale_to_window(windows: Query<&Window>, mut contexts: EguiContexts) -> Result {
    let Some(window) = windows.iter().next() else {
        return Ok(());
    };
    let (w, h) = (window.width(), window.height());
    if w <= 0.0 || h <= 0.0 {
        return Ok(());
    }
    let scale = (w / VIEW.x).min(h / VIEW.y).clamp(0.45, 3.0);
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - scale).abs() > 0.01 {
        ctx.set_zoom_factor(scale);
    }
    Ok(())
}

/// bevy_egui 0.42 adds a `ModifiersChanged` event to every pass, even when no modifier key
/// changed. egui asks for an immediate repaint whenever a pass has input events, so the window
/// would redraw every frame forever (150 % CPU with software rendering). Only real changes pass.
fn drop_repeated_modifiers(
    mut inputs: Query<&mut bevy_egui::EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        if input
            .0
            .events
            .iter()
            .any(|e| matches!(e, egui::Event::ModifiersChanged(m) if Some(*m) == *last))
        {
            keep_changed_modifiers(&mut input.0.events, &mut last);
        } else {
            // Only look mutably when needed, so change detection stays quiet.
            let events = &input.bypass_change_detection().0.events;
            for e in events {
                if let egui::Event::ModifiersChanged(m) = e {
                    *last = Some(*m);
                }
            }
        }
    }
}

/// Removes `ModifiersChanged` events that repeat the modifiers already known.
pub fn keep_changed_modifiers(events: &mut Vec<egui::Event>, last: &mut Option<egui::Modifiers>) {
    events.retain(|e| match e {
        egui::Event::ModifiersChanged(m) => {
            let changed = *last != Some(*m);
            *last = Some(*m);
            changed
        }
        _ => true,
    });
}

/// The egui memory slot of the choice button (a radio button) that had the keyboard focus when
/// it was last drawn.
const FOCUSED_CHOICE: &str = "focused-choice";

/// What has the keyboard focus in egui, for the key table: nothing, a text field (it takes
/// every key), a choice among several (Space chooses it; Enter goes on, as in a form), or
/// another button (Space and Enter press it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Nothing,
    Text,
    Choice,
    Button,
}

pub fn focus(ctx: &egui::Context) -> Focus {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return Focus::Nothing;
    };
    if ctx.text_edit_focused() {
        Focus::Text
    } else if ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::new(FOCUSED_CHOICE))) == Some(id) {
        Focus::Choice
    } else {
        Focus::Button
    }
}

/// A choice button `id` is about to be drawn: with the focus, Enter is the key table's ("Verder")
/// and does not choose it again; the key table learns that a choice has the focus.
pub fn choice_takes_focus(ui: &egui::Ui, id: egui::Id) -> bool {
    if !ui.memory(|m| m.has_focus(id)) {
        return false;
    }
    ui.data_mut(|d| d.insert_temp(egui::Id::new(FOCUSED_CHOICE), id));
    ui.ctx().input_mut(|i| {
        i.consume_key(egui::Modifiers::NONE, egui::Key::Enter);
    });
    true
}

/// The egui memory slot of a letter typed while no field had the focus: the pass it came in.
const STRAY_LETTER: &str = "stray-letter";

/// A letter was typed on a screen with a text field while no field had the focus (the keys
/// read it as no action): the field takes it, in this pass (see [`takes_stray_letter`]).
pub fn mark_stray_letter(ctx: &egui::Context) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| d.insert_temp(egui::Id::new(STRAY_LETTER), pass));
}

/// Call before adding the screen's text field `id`: when a letter was typed beside it in this
/// pass, the field takes the focus first, so the letter lands in it (egui hands the pass's text
/// to the field that has the focus when it is drawn).
pub fn takes_stray_letter(ui: &egui::Ui, id: egui::Id) {
    let pass = ui.ctx().cumulative_pass_nr();
    let key = egui::Id::new(STRAY_LETTER);
    if ui.data(|d| d.get_temp::<u64>(key)) == Some(pass) {
        ui.data_mut(|d| d.remove::<u64>(key));
        ui.memory_mut(|m| m.request_focus(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_modifiers_are_dropped_real_changes_kept() {
        let mut last = None;
        let none = egui::Modifiers::NONE;
        let mut events = vec![egui::Event::ModifiersChanged(none)];
        keep_changed_modifiers(&mut events, &mut last);
        assert_eq!(events.len(), 1, "the first state is news");
        let mut events = vec![egui::Event::ModifiersChanged(none)];
        keep_changed_modifiers(&mut events, &mut last);
        assert!(
            events.is_empty(),
            "an unchanged state would make egui repaint every frame"
        );
        let mut events = vec![
            egui::Event::ModifiersChanged(egui::Modifiers::SHIFT),
            egui::Event::Text("A".into()),
        ];
        keep_changed_modifiers(&mut events, &mut last);
        assert_eq!(events.len(), 2);
    }
}
