//! A rating card (face down, or its face after the reveal), the flip and the 3-2-1.

use bevy::prelude::*;
use bevy::sprite::Anchor;

use super::place::RatingPlace;
use super::*;
use crate::game::art::{self, Art};
use crate::game::table::seat_name;
use crate::game::table::text::*;
use crate::game::{COUNTDOWN_SECS, Conversation, Phase, Screen};
use crate::session::{Choice, Player};

/// The seat's name under its card (gold while on turn), and the gold edge of a card on turn.
fn seat_label(
    commands: &mut Commands,
    art: &Art,
    (player, field): (Player, &crate::deck::Field),
    place: RatingPlace,
    on_turn: bool,
) {
    let (x, y, size) = (place.at.x, place.at.y, place.size);
    // A long field word ("Reclasseringswerker") in smaller type, so it stays inside the window.
    let name = seat_name(player, Some(field));
    let font = if name.chars().count() > 12 {
        19.0
    } else {
        26.0
    };
    // (In rows the name heads the seat's sentence instead.)
    if place.name_under {
        commands.spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            // One line under the card at any text size (two lines would reach into the card).
            text_in(
                name,
                &art.bold,
                art.look.px(font),
                if on_turn {
                    art.look.gold()
                } else {
                    art.look.paper()
                },
                (size.x + 70.0, 44.0),
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(x, y - size.y / 2.0 - 24.0, 1.0),
            ),
        ));
    }
    if on_turn {
        commands.spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            panel(
                art,
                art.look.gold(),
                size + Vec2::splat(12.0),
                Vec3::new(x, y, 1.0),
            ),
        ));
    }
}

pub(super) fn spawn_rating_card(
    commands: &mut Commands,
    (art, tr): (&Art, crate::lang::Tr),
    lib: &crate::deck::Library,
    (field, wording): (&crate::deck::Field, crate::deck::Wording),
    (player, place): (Player, RatingPlace),
    look: SeatLook,
    choice: Option<Choice>,
    on_turn: bool,
    flip: f32,
    phase: Phase,
) {
    seat_label(commands, art, (player, field), place, on_turn);
    let scale_x = if phase == Phase::Flipping {
        (1.0 - 2.0 * flip).abs().max(0.02)
    } else {
        1.0
    };
    let mut root = commands.spawn((
        PlayTableItem,
        RatingCard(player),
        DespawnOnExit(Screen::Play),
        Transform::from_translation(place.at.extend(2.0)).with_scale(Vec3::new(scale_x, 1.0, 1.0)),
        Visibility::default(),
    ));
    if let (SeatLook::FaceUp, Some(choice)) = (look, choice) {
        root.insert(RatingFace { player, choice });
    }
    root.with_children(|c| match (look, choice) {
        (SeatLook::Waiting, _) => empty_seat(c, art, tr, place.size),
        (SeatLook::FaceDown, _) | (SeatLook::FaceUp, None) => card_back(c, art, tr, place.size),
        (SeatLook::FaceUp, Some(choice)) => {
            // In rows (the largest text) no name stands under the card: the face says whose.
            let named = (!place.name_under).then(|| seat_name(player, Some(field)));
            card_face(c, (art, tr), (lib, wording), (choice, place.size), named)
        }
    });
}

pub(super) fn animate_flip(
    table: Res<Conversation>,
    mut cards: Query<&mut Transform, With<RatingCard>>,
) {
    // Both cards read the same progress in the same system: they turn in the same frame.
    // Calm motion needs nothing here: `tick_flip` sets the progress to done in one step, so the
    // cards keep scale 1.
    let t = table.flip;
    let sx = (1.0 - 2.0 * t).abs().max(0.02);
    let lift = 1.0 + 0.10 * (std::f32::consts::PI * t).sin();
    for mut tf in &mut cards {
        tf.scale = Vec3::new(sx * lift, lift, 1.0);
    }
}

pub(super) fn update_countdown(
    table: Res<Conversation>,
    look: Res<crate::game::look::Look>,
    mut q: Query<(&mut Text2d, &mut Transform), With<CountdownText>>,
) {
    let step = COUNTDOWN_SECS / 3.0;
    let n = (table.countdown / step).ceil().clamp(1.0, 3.0) as u8;
    // Calm motion: the numbers change, they do not grow.
    let within = if look.calm() {
        0.5
    } else {
        (table.countdown / step).fract()
    };
    for (mut t, mut tf) in &mut q {
        let s = n.to_string();
        if t.0 != s {
            t.0 = s;
        }
        tf.scale = Vec3::splat(0.8 + 0.4 * within);
    }
}

/// No choice yet: an empty place on the table.
fn empty_seat(c: &mut ChildSpawnerCommands, art: &Art, tr: crate::lang::Tr, size: Vec2) {
    c.spawn(panel(
        art,
        Color::srgba(1.0, 1.0, 1.0, 0.10),
        size,
        Vec3::ZERO,
    ));
    c.spawn(panel(
        art,
        art.look.table(),
        size - Vec2::splat(6.0),
        Vec3::new(0.0, 0.0, 0.05),
    ));
    c.spawn(text(
        tr.t("tafel-nog-kiezen"),
        &art.regular,
        art.look.px(22.0),
        art.look.paper().with_alpha(0.8),
        Some(size.x - 20.0),
        Justify::Center,
        Anchor::CENTER,
        Vec3::new(0.0, 0.0, 0.1),
    ));
}

/// Chosen, face down: the same card back for every choice (nothing to read a choice from).
fn card_back(c: &mut ChildSpawnerCommands, art: &Art, tr: crate::lang::Tr, size: Vec2) {
    // Places inside the card grow and shrink with its height.
    let k = size.y / RATING.y;
    c.spawn(panel(art, art::SHADOW, size, Vec3::new(4.0, -5.0, 0.0)));
    c.spawn(panel(
        art,
        art.look.card_back(),
        size,
        Vec3::new(0.0, 0.0, 0.05),
    ));
    c.spawn(panel(
        art,
        art.look.card_back_line(),
        size - Vec2::splat(16.0),
        Vec3::new(0.0, 0.0, 0.1),
    ));
    c.spawn(panel(
        art,
        art.look.card_back(),
        size - Vec2::splat(22.0),
        Vec3::new(0.0, 0.0, 0.15),
    ));
    c.spawn(text(
        "✔",
        &art.emoji,
        art.look.px(52.0),
        art.look.paper(),
        None,
        Justify::Center,
        Anchor::CENTER,
        Vec3::new(0.0, 22.0 * k, 0.2),
    ));
    c.spawn(text(
        tr.t("tafel-gekozen"),
        &art.bold,
        art.look.px(24.0),
        art.look.paper(),
        None,
        Justify::Center,
        Anchor::CENTER,
        Vec3::new(0.0, -38.0 * k, 0.2),
    ));
}

/// Turned over: the choice's pictogram and words (and dots for the number where the pictogram
/// does not show it).
fn card_face(
    c: &mut ChildSpawnerCommands,
    (art, tr): (&Art, crate::lang::Tr),
    (lib, wording): (&crate::deck::Library, crate::deck::Wording),
    (choice, size): (Choice, Vec2),
    named: Option<String>,
) {
    let k = size.y / RATING.y;
    let (pictogram, label, value) = match (choice, &lib.scale) {
        (Choice::Score(v), Some(scale)) => match scale.point(v) {
            Some(p) => (p.pictogram, p.word(wording).to_string(), Some(v)),
            None => (crate::deck::Pictogram::Skip, v.to_string(), Some(v)),
        },
        (Choice::Pass, Some(scale)) => (scale.pass_pictogram, scale.pass_label.clone(), None),
        (Choice::Score(v), None) => (crate::deck::Pictogram::ThumbsUp, v.to_string(), Some(v)),
        (Choice::Pass, None) => (crate::deck::Pictogram::Skip, tr.t("tafel-overslaan"), None),
    };
    c.spawn(panel(art, art::SHADOW, size, Vec3::new(4.0, -5.0, 0.0)));
    c.spawn(panel(
        art,
        art.look.paper(),
        size,
        Vec3::new(0.0, 0.0, 0.05),
    ));
    // Whose card: the seat's name on top (rows only).
    let name_h = match named {
        Some(name) => {
            let font = art.look.px(15.5);
            c.spawn(text_in(
                name,
                &art.bold,
                font,
                art.look.ink_soft(),
                (size.x - 12.0, font * 1.3),
                Justify::Center,
                Anchor::TOP_CENTER,
                Vec3::new(0.0, size.y / 2.0 - 4.0, 0.2),
            ));
            font * 1.3
        }
        None => 0.0,
    };
    // A card as drawn at up to 160 %, or a low one (rows, the largest text): there the
    // pictogram is smaller, so the words keep their size.
    let pic = if k < 1.0 {
        let h = (size.y * 0.2).clamp(20.0, 56.0);
        Pic {
            y: size.y / 2.0 - 10.0 - name_h - h / 2.0,
            h,
            glyph: h * 1.2,
        }
    } else {
        Pic {
            y: 42.0,
            h: 56.0,
            glyph: art.look.px(54.0),
        }
    };
    let meter = spawn_pictogram(c, art, pictogram, pic);
    let dots_y = if k < 1.0 { -size.y / 2.0 + 14.0 } else { -70.0 };
    // Under the pictogram, above the dots (when there are dots).
    let (top, room) = match (meter, k < 1.0) {
        (_, true) => {
            let top = pic.y - pic.h / 2.0 - 6.0;
            let bottom = if meter {
                -size.y / 2.0 + 8.0
            } else {
                dots_y + 12.0
            };
            (top, top - bottom)
        }
        (true, false) => (6.0, 104.0),
        (false, false) => (6.0, 56.0),
    };
    c.spawn(text_in(
        label,
        &art.bold,
        art.look.px(23.0),
        art.look.ink(),
        (size.x - 16.0, room),
        Justify::Center,
        Anchor::TOP_CENTER,
        Vec3::new(0.0, top, 0.2),
    ));
    // The dots say the number for pictograms that do not show it themselves.
    if let Some(v) = value.filter(|_| !meter) {
        // One dot per step of the pack's scale, centred.
        let steps = lib.steps().max(1);
        let middle = (f32::from(steps) + 1.0) / 2.0;
        for i in 1..=steps {
            let filled = i <= v;
            let pos = Vec3::new((f32::from(i) - middle) * 22.0, dots_y, 0.2);
            c.spawn(panel(
                art,
                if filled {
                    art.look.ink()
                } else {
                    art.look.ink_soft().with_alpha(0.25)
                },
                Vec2::splat(14.0),
                pos,
            ));
        }
    }
}

/// Where a card's pictogram goes: its centre, its height, the size of a glyph pictogram.
#[derive(Clone, Copy)]
struct Pic {
    y: f32,
    h: f32,
    glyph: f32,
}

/// The pictogram of a choice; true when it is the meter (five bars), which shows the number
/// itself.
fn spawn_pictogram(
    c: &mut ChildSpawnerCommands,
    art: &Art,
    pictogram: crate::deck::Pictogram,
    pic: Pic,
) -> bool {
    match art::pictogram_shape(pictogram) {
        art::Shape::Glyphs(glyphs, sideways) => {
            let mut glyph = c.spawn(text(
                glyphs,
                &art.emoji,
                pic.glyph,
                art.look.ink(),
                None,
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, pic.y, 0.2),
            ));
            if sideways {
                glyph.insert(
                    Transform::from_xyz(0.0, pic.y, 0.2)
                        .with_rotation(Quat::from_rotation_z(-std::f32::consts::FRAC_PI_2)),
                );
            }
            false
        }
        // The meter: five rising bars, this many filled, the rest as outlines.
        art::Shape::Meter(filled) => {
            // Bars as wide as the meter is high allows: a low card's meter keeps its shape.
            let h = pic.h;
            let w = (h * 22.0 / 56.0).clamp(8.0, 22.0);
            let gap = w * 6.0 / 22.0;
            for i in 1..=art::METER_BARS {
                let bar_h = h * art::meter_bar_height(i);
                let pos = Vec3::new(
                    (f32::from(i) - 3.0) * (w + gap),
                    pic.y - h / 2.0 + bar_h / 2.0,
                    0.2,
                );
                if i <= filled {
                    c.spawn(panel(art, art.look.ink(), Vec2::new(w, bar_h), pos));
                } else {
                    c.spawn(panel(
                        art,
                        art.look.ink_soft().with_alpha(0.55),
                        Vec2::new(w, bar_h),
                        pos,
                    ));
                    c.spawn(panel(
                        art,
                        art.look.paper(),
                        Vec2::new(w - 5.0, bar_h - 5.0),
                        pos + Vec3::new(0.0, 0.0, 0.01),
                    ));
                }
            }
            true
        }
    }
}
