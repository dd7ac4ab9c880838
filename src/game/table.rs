//! The table: cards as Bevy sprites and `Text2d`, and the flip.
//!
//! Runs headless too. A rating's face is spawned only once the session has revealed it, so no
//! entity holds a value before the flip.

use bevy::prelude::*;
use bevy::sprite::{Anchor, BorderRect, SliceScaleMode, SpriteImageMode, TextureSlicer};
use bevy::text::{FontSource, LineBreak, TextBounds, TextLayout};

use super::art::{self, Art};
use super::{Action, COUNTDOWN_SECS, Cards, GameSet, Phase, Screen, Setup, Table};
use crate::deck::Perspective;
use crate::session::{Choice, Gap, Mode, Phase as CardPhase, Player, Seat};

pub fn plugin(app: &mut App) {
    app.init_resource::<Shown>()
        .add_systems(
            Update,
            (
                sync_play_table.run_if(in_state(Screen::Play)),
                animate_flip.run_if(in_state(Phase::Flipping)),
                update_countdown.run_if(in_state(Phase::Countdown)),
                sync_themes.run_if(in_state(Screen::Themes)),
            )
                .chain()
                .in_set(GameSet::Show),
        )
        .add_systems(OnExit(Screen::Play), |mut shown: ResMut<Shown>| {
            *shown = Shown::default()
        })
        .add_systems(OnExit(Screen::Themes), |mut shown: ResMut<ThemesShown>| {
            shown.0 = None
        })
        .init_resource::<ThemesShown>()
        .add_systems(
            Update,
            redraw_for_look
                .run_if(resource_changed::<super::look::Look>)
                .before(GameSet::Show),
        );
}

/// A new palette or text size: the table is built again.
fn redraw_for_look(mut shown: ResMut<Shown>, mut themes: ResMut<ThemesShown>) {
    *shown = Shown::default();
    themes.0 = None;
}

/// The virtual size of the table; the camera scales it to fit the window.
pub const VIEW: Vec2 = Vec2::new(1366.0, 768.0);

/// Marks everything the play table spawned.
#[derive(Component)]
pub struct PlayTableItem;

/// A rating card on the table, for the flip.
#[derive(Component)]
pub struct RatingCard(pub Player);

/// The face of a revealed rating card. Spawned only after the reveal.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct RatingFace {
    pub player: Player,
    pub choice: Choice,
}

/// The big 3-2-1.
#[derive(Component)]
pub struct CountdownText;

/// The top card of a deck on the themes screen: a click takes the deck or puts it back.
#[derive(Component, Debug)]
pub struct DeckCard(pub usize);

/// The "Alleen dit thema" button under a deck.
#[derive(Component, Debug)]
pub struct OnlyDeckButton(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum SeatLook {
    #[default]
    Waiting,
    FaceDown,
    FaceUp,
}

/// What the table currently shows, to rebuild only when it changes.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
struct Shown(Option<ShownKey>);

#[derive(Debug, Clone, PartialEq)]
struct ShownKey {
    card: String,
    round: usize,
    client: SeatLook,
    professional: SeatLook,
    phase: Phase,
    turn: Option<Player>,
    marked: bool,
}

/// A font at `size` pixels.
fn font(handle: &Handle<Font>, size: f32) -> TextFont {
    TextFont {
        font: FontSource::Handle(handle.clone()),
        font_size: size.into(),
        ..default()
    }
}

/// About how wide a character of Atkinson Hyperlegible is, as a part of the font size (a little
/// more than its average, so an estimate errs towards smaller type).
const CHAR_WIDTH: f32 = 0.58;
/// Line height as a part of the font size.
const LINE_HEIGHT: f32 = 1.25;

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

/// A text block at `size` times the "Weergave" text size, wrapped to `width` when given; the
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
    let wanted = size * art::text_scale();
    let size = match width {
        Some(w) => fitting_size(&s, wanted, w, None),
        None => wanted,
    };
    text_px(s, font_handle, size, color, width, justify, anchor, at)
}

/// [`text`] in a box: the type is made smaller until it fits `width` × `height` too.
#[allow(clippy::too_many_arguments)]
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
    let size = fitting_size(&s, size * art::text_scale(), width, Some(height));
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
#[allow(clippy::too_many_arguments)]
fn text_px(
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

fn look(seat: Seat) -> SeatLook {
    match seat {
        Seat::Waiting => SeatLook::Waiting,
        Seat::Chosen => SeatLook::FaceDown,
        Seat::Revealed(_) => SeatLook::FaceUp,
    }
}

/// What a seat is called: the field's own words ("Jongere", "Jeugdbeschermer"), so nobody is
/// called "Cliënt" where the cards say "jongere".
pub fn seat_name(p: Player, field: Option<&crate::deck::Field>) -> String {
    p.name(field)
}

pub fn gap_words(gap: Gap, tr: crate::lang::Tr) -> String {
    tr.t(match gap {
        Gap::Same => "verschil-een-lijn",
        Gap::Small => "verschil-klein",
        Gap::Large => "verschil-groot",
        Gap::Passed => "verschil-overgeslagen",
    })
}

// The play table between the top bar (56 px) and the tray (250 px): statement card in the
// middle, the client's rating card left of it, the professional's right.
const STATEMENT_Y: f32 = 130.0;
const STATEMENT: Vec2 = Vec2::new(900.0, 300.0);
const RATING_Y: f32 = 142.0;
const RATING: Vec2 = Vec2::new(180.0, 232.0);
const SEAT_X: f32 = 570.0;

fn seat_x(p: Player) -> f32 {
    match p {
        Player::Client => -SEAT_X,
        Player::Professional => SEAT_X,
    }
}

#[allow(clippy::too_many_arguments)]
fn sync_play_table(
    mut commands: Commands,
    table: Option<Res<Table>>,
    phase: Res<State<Phase>>,
    cards: Res<Cards>,
    talen: Res<super::Talen>,
    art: Res<Art>,
    mut shown: ResMut<Shown>,
    old: Query<Entity, With<PlayTableItem>>,
) {
    let Some(table) = table else { return };
    let view = table.session.view();
    if view.phase == CardPhase::Finished {
        return;
    }
    let phase = *phase.get();
    // The faces turn at the middle of the flip; before that the backs are shown.
    let faces_up = phase == Phase::Discuss || (phase == Phase::Flipping && table.flip >= 0.5);
    let seat_look = |s: Seat| match look(s) {
        SeatLook::FaceUp if !faces_up => SeatLook::FaceDown,
        other => other,
    };
    let key = ShownKey {
        card: view.card_id.clone(),
        round: view.round,
        client: seat_look(view.client),
        professional: seat_look(view.professional),
        phase,
        turn: view.turn,
        marked: view.marked,
    };
    if shown.0.as_ref() == Some(&key) {
        return;
    }
    shown.0 = Some(key.clone());
    for e in &old {
        commands.entity(e).despawn();
    }
    let selection = table.session.selection();
    // The shared words in the screen's language (the client's); each sentence in its reader's.
    let langs = &selection.languages;
    let lib = talen.library(&langs.client, &cards.0);
    let tr = talen.tr(&langs.client);
    let Some(card) = lib.card(&view.card_id) else {
        return;
    };
    let Some(field) = lib.field(&selection.field) else {
        return;
    };
    let pro_lib = talen.library(&langs.professional, &cards.0);
    let (Some(pro_card), Some(pro_field)) =
        (pro_lib.card(&view.card_id), pro_lib.field(&selection.field))
    else {
        return;
    };
    let bodies = [
        card.text(Perspective::Client, selection.wording, field),
        pro_card.text(Perspective::Professional, selection.wording, pro_field),
    ];
    let (colour, on_colour) = lib
        .kenmerk(&card.kenmerk)
        .map_or((art::ink_soft(), art::paper()), |k| art::kenmerk(k.colour));
    let kenmerk_name = lib
        .kenmerk(&card.kenmerk)
        .map_or(card.kenmerk.as_str(), |k| k.name.as_str());
    let active =
        if selection.mode == Mode::TakeTurns && matches!(phase, Phase::Cover | Phase::Choosing) {
            view.turn
        } else {
            None
        };

    spawn_statement(
        &mut commands,
        (&art, tr),
        bodies,
        field,
        (colour, on_colour),
        kenmerk_name,
        active,
        view.round,
    );

    for (player, seat) in [
        (Player::Client, view.client),
        (Player::Professional, view.professional),
    ] {
        let look = seat_look(seat);
        let choice = match seat {
            Seat::Revealed(c) if look == SeatLook::FaceUp => Some(c),
            _ => None,
        };
        spawn_rating_card(
            &mut commands,
            (&art, tr),
            lib,
            (field, selection.wording),
            player,
            look,
            choice,
            active == Some(player),
            table.flip,
            phase,
        );
    }

    if phase == Phase::Countdown {
        commands.spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            panel(
                &art,
                art::table_dark().with_alpha(0.92),
                Vec2::splat(180.0),
                Vec3::new(0.0, STATEMENT_Y, 6.0),
            ),
        ));
        commands.spawn((
            PlayTableItem,
            CountdownText,
            DespawnOnExit(Screen::Play),
            text(
                "3",
                &art.bold,
                120.0,
                art::gold(),
                None,
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, STATEMENT_Y, 6.5),
            ),
        ));
    }
}

#[allow(clippy::too_many_arguments)]
fn spawn_statement(
    commands: &mut Commands,
    (art, tr): (&Art, crate::lang::Tr),
    bodies: [String; 2],
    field: &crate::deck::Field,
    (colour, on_colour): (Color, Color),
    kenmerk_name: &str,
    active: Option<Player>,
    round: usize,
) {
    let center = Vec3::new(0.0, STATEMENT_Y, 1.0);
    let band_h = 46.0;
    commands
        .spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            Transform::from_translation(center),
            Visibility::default(),
        ))
        .with_children(|c| {
            c.spawn(panel(
                art,
                art::SHADOW,
                STATEMENT,
                Vec3::new(6.0, -7.0, 0.0),
            ));
            c.spawn(panel(
                art,
                art::paper(),
                STATEMENT,
                Vec3::new(0.0, 0.0, 0.1),
            ));
            let top = STATEMENT.y / 2.0;
            c.spawn(panel(
                art,
                colour,
                Vec2::new(STATEMENT.x, band_h),
                Vec3::new(0.0, top - band_h / 2.0, 0.2),
            ));
            // square off the band's lower corners
            c.spawn((
                Sprite::from_color(colour, Vec2::new(STATEMENT.x, band_h / 2.0)),
                Transform::from_xyz(0.0, top - band_h * 0.75, 0.25),
            ));
            let left = -STATEMENT.x / 2.0 + 28.0;
            c.spawn(text(
                kenmerk_name,
                &art.bold,
                26.0,
                on_colour,
                None,
                Justify::Left,
                Anchor::CENTER_LEFT,
                Vec3::new(left, top - band_h / 2.0, 0.3),
            ));
            if round > 1 {
                c.spawn(text(
                    tr.f("tafel-ronde", [("n", round.into())]),
                    &art.bold,
                    22.0,
                    on_colour,
                    None,
                    Justify::Right,
                    Anchor::CENTER_RIGHT,
                    Vec3::new(-left, top - band_h / 2.0, 0.3),
                ));
            }
            let col_w = STATEMENT.x / 2.0 - 56.0;
            let body_top = top - band_h - 14.0;
            let bottom = -STATEMENT.y / 2.0 + 14.0;
            let headers = [Player::Client, Player::Professional].map(|player| {
                if active == Some(player) {
                    tr.f(
                        "tafel-aan-de-beurt",
                        [("naam", seat_name(player, Some(field)).into())],
                    )
                } else {
                    seat_name(player, Some(field))
                }
            });
            // The seat names grow a little; the sentences as much as the card has room for. Both
            // columns use the same sizes, so neither sentence looks more important.
            let header_size = headers
                .iter()
                .map(|h| fitting_size(h, (22.0 * art::text_scale()).min(30.0), col_w, Some(40.0)))
                .fold(f32::MAX, f32::min);
            let header_h = header_size * LINE_HEIGHT + 6.0;
            let room = body_top - header_h - bottom;
            let body_size = bodies
                .iter()
                .map(|b| fitting_size(b, 32.0 * art::text_scale(), col_w, Some(room)))
                .fold(f32::MAX, f32::min);
            for (i, (player, x)) in [
                (Player::Client, -STATEMENT.x / 4.0),
                (Player::Professional, STATEMENT.x / 4.0),
            ]
            .into_iter()
            .enumerate()
            {
                if active == Some(player) {
                    c.spawn(panel(
                        art,
                        colour.with_alpha(0.16),
                        Vec2::new(STATEMENT.x / 2.0 - 20.0, STATEMENT.y - band_h - 16.0),
                        Vec3::new(x, (body_top + 4.0 - STATEMENT.y / 2.0 + 6.0) / 2.0, 0.15),
                    ));
                }
                c.spawn(text_px(
                    headers[i].clone(),
                    &art.bold,
                    header_size,
                    art::ink_soft(),
                    Some(col_w),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(x - col_w / 2.0, body_top, 0.3),
                ));
                c.spawn(text_px(
                    bodies[i].clone(),
                    &art.regular,
                    body_size,
                    art::ink(),
                    Some(col_w),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(x - col_w / 2.0, body_top - header_h, 0.3),
                ));
            }
            c.spawn((
                Sprite::from_color(
                    art::ink_soft().with_alpha(0.25),
                    Vec2::new(2.0, STATEMENT.y - band_h - 30.0),
                ),
                Transform::from_xyz(0.0, -band_h / 2.0, 0.3),
            ));
        });
}

#[allow(clippy::too_many_arguments)]
fn spawn_rating_card(
    commands: &mut Commands,
    (art, tr): (&Art, crate::lang::Tr),
    lib: &crate::deck::Library,
    (field, wording): (&crate::deck::Field, crate::deck::Wording),
    player: Player,
    look: SeatLook,
    choice: Option<Choice>,
    on_turn: bool,
    flip: f32,
    phase: Phase,
) {
    let x = seat_x(player);
    // Seat label under the card; a long field word ("Reclasseringswerker") in smaller type, so
    // it stays inside the window.
    let name = seat_name(player, Some(field));
    let size = if name.chars().count() > 12 {
        19.0
    } else {
        26.0
    };
    commands.spawn((
        PlayTableItem,
        DespawnOnExit(Screen::Play),
        // One line under the card at any text size (two lines would reach into the card).
        text_in(
            name,
            &art.bold,
            size,
            if on_turn { art::gold() } else { art::paper() },
            (RATING.x + 70.0, 44.0),
            Justify::Center,
            Anchor::CENTER,
            Vec3::new(x, RATING_Y - RATING.y / 2.0 - 24.0, 1.0),
        ),
    ));
    if on_turn {
        commands.spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            panel(
                art,
                art::gold(),
                RATING + Vec2::splat(12.0),
                Vec3::new(x, RATING_Y, 1.0),
            ),
        ));
    }
    let scale_x = if phase == Phase::Flipping {
        (1.0 - 2.0 * flip).abs().max(0.02)
    } else {
        1.0
    };
    let mut root = commands.spawn((
        PlayTableItem,
        RatingCard(player),
        DespawnOnExit(Screen::Play),
        Transform::from_xyz(x, RATING_Y, 2.0).with_scale(Vec3::new(scale_x, 1.0, 1.0)),
        Visibility::default(),
    ));
    if let (SeatLook::FaceUp, Some(choice)) = (look, choice) {
        root.insert(RatingFace { player, choice });
    }
    root.with_children(|c| match (look, choice) {
        (SeatLook::Waiting, _) => {
            c.spawn(panel(
                art,
                Color::srgba(1.0, 1.0, 1.0, 0.10),
                RATING,
                Vec3::ZERO,
            ));
            c.spawn(panel(
                art,
                art::table(),
                RATING - Vec2::splat(6.0),
                Vec3::new(0.0, 0.0, 0.05),
            ));
            c.spawn(text(
                tr.t("tafel-nog-kiezen"),
                &art.regular,
                22.0,
                art::paper().with_alpha(0.8),
                Some(RATING.x - 20.0),
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, 0.0, 0.1),
            ));
        }
        (SeatLook::FaceDown, _) | (SeatLook::FaceUp, None) => {
            c.spawn(panel(art, art::SHADOW, RATING, Vec3::new(4.0, -5.0, 0.0)));
            c.spawn(panel(
                art,
                art::card_back(),
                RATING,
                Vec3::new(0.0, 0.0, 0.05),
            ));
            c.spawn(panel(
                art,
                art::card_back_line(),
                RATING - Vec2::splat(16.0),
                Vec3::new(0.0, 0.0, 0.1),
            ));
            c.spawn(panel(
                art,
                art::card_back(),
                RATING - Vec2::splat(22.0),
                Vec3::new(0.0, 0.0, 0.15),
            ));
            c.spawn(text(
                "✔",
                &art.emoji,
                52.0,
                art::paper(),
                None,
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, 22.0, 0.2),
            ));
            c.spawn(text(
                tr.t("tafel-gekozen"),
                &art.bold,
                24.0,
                art::paper(),
                None,
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, -38.0, 0.2),
            ));
        }
        (SeatLook::FaceUp, Some(choice)) => {
            let (pictogram, label, value) = match (choice, &lib.scale) {
                (Choice::Score(v), Some(scale)) => match scale.point(v) {
                    Some(p) => (p.pictogram, p.word(wording).to_string(), Some(v)),
                    None => (crate::deck::Pictogram::Skip, v.to_string(), Some(v)),
                },
                (Choice::Pass, Some(scale)) => {
                    (scale.pass_pictogram, scale.pass_label.clone(), None)
                }
                (Choice::Score(v), None) => {
                    (crate::deck::Pictogram::ThumbsUp, v.to_string(), Some(v))
                }
                (Choice::Pass, None) => {
                    (crate::deck::Pictogram::Skip, tr.t("tafel-overslaan"), None)
                }
            };
            c.spawn(panel(art, art::SHADOW, RATING, Vec3::new(4.0, -5.0, 0.0)));
            c.spawn(panel(art, art::paper(), RATING, Vec3::new(0.0, 0.0, 0.05)));
            let meter = match art::pictogram_shape(pictogram) {
                art::Shape::Glyphs(glyphs, sideways) => {
                    let mut pic = c.spawn(text(
                        glyphs,
                        &art.emoji,
                        54.0,
                        art::ink(),
                        None,
                        Justify::Center,
                        Anchor::CENTER,
                        Vec3::new(0.0, 42.0, 0.2),
                    ));
                    if sideways {
                        pic.insert(
                            Transform::from_xyz(0.0, 42.0, 0.2)
                                .with_rotation(Quat::from_rotation_z(-std::f32::consts::FRAC_PI_2)),
                        );
                    }
                    false
                }
                // The meter: five rising bars, this many filled, the rest as outlines.
                art::Shape::Meter(filled) => {
                    let (w, h, gap) = (22.0, 56.0, 6.0);
                    for i in 1..=5u8 {
                        let bar_h = h * art::meter_bar_height(i);
                        let pos = Vec3::new(
                            (f32::from(i) - 3.0) * (w + gap),
                            42.0 - h / 2.0 + bar_h / 2.0,
                            0.2,
                        );
                        if i <= filled {
                            c.spawn(panel(art, art::ink(), Vec2::new(w, bar_h), pos));
                        } else {
                            c.spawn(panel(
                                art,
                                art::ink_soft().with_alpha(0.55),
                                Vec2::new(w, bar_h),
                                pos,
                            ));
                            c.spawn(panel(
                                art,
                                art::paper(),
                                Vec2::new(w - 5.0, bar_h - 5.0),
                                pos + Vec3::new(0.0, 0.0, 0.01),
                            ));
                        }
                    }
                    true
                }
            };
            // Under the pictogram, above the dots (when there are dots).
            let room = if meter { 104.0 } else { 56.0 };
            c.spawn(text_in(
                label,
                &art.bold,
                23.0,
                art::ink(),
                (RATING.x - 16.0, room),
                Justify::Center,
                Anchor::TOP_CENTER,
                Vec3::new(0.0, 6.0, 0.2),
            ));
            // The dots say the number for pictograms that do not show it themselves.
            if let Some(v) = value.filter(|_| !meter) {
                for i in 1..=5u8 {
                    let filled = i <= v;
                    let pos = Vec3::new((f32::from(i) - 3.0) * 22.0, -70.0, 0.2);
                    c.spawn(panel(
                        art,
                        if filled {
                            art::ink()
                        } else {
                            art::ink_soft().with_alpha(0.25)
                        },
                        Vec2::splat(14.0),
                        pos,
                    ));
                }
            }
        }
    });
}

fn animate_flip(table: Res<Table>, mut cards: Query<&mut Transform, With<RatingCard>>) {
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

fn update_countdown(
    table: Res<Table>,
    look: Res<super::look::Look>,
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

/// What the themes screen shows.
#[derive(Resource, Default)]
struct ThemesShown(Option<(Vec<String>, bool, String)>);

#[derive(Component)]
pub struct ThemesItem;

const DECK: Vec2 = Vec2::new(300.0, 392.0);
/// The decks' height on the table: a little lower when larger text makes the bar above taller.
fn deck_y() -> f32 {
    let s = art::text_scale();
    40.0 - 20.0 * (s - 1.0).max(0.0) - 40.0 * (s - 1.5).max(0.0)
}

/// The decks' size: a little shorter when larger text makes the bars above and below taller
/// (their words are fitted to what is left).
fn deck_size() -> Vec2 {
    Vec2::new(
        DECK.x,
        DECK.y
            - 70.0 * (art::text_scale() - 1.0).clamp(0.0, 1.0)
            - 80.0 * (art::text_scale() - 1.5).clamp(0.0, 0.5),
    )
}

fn deck_x(i: usize, n: usize) -> f32 {
    let spacing = (VIEW.x - 80.0) / n.max(1) as f32;
    (i as f32 - (n as f32 - 1.0) / 2.0) * spacing.min(DECK.x + 36.0)
}

fn sync_themes(
    mut commands: Commands,
    setup: Res<Setup>,
    cards: Res<Cards>,
    talen: Res<super::Talen>,
    art: Res<Art>,
    mut shown: ResMut<ThemesShown>,
    old: Query<Entity, With<ThemesItem>>,
) {
    let key = (
        setup.decks.clone(),
        setup.short,
        setup.screen_lang().to_string(),
    );
    if shown.0.as_ref() == Some(&key) {
        return;
    }
    shown.0 = Some(key);
    for e in &old {
        commands.entity(e).despawn();
    }
    let lib = talen.library(setup.screen_lang(), &cards.0);
    let tr = talen.tr(setup.screen_lang());
    let n = lib.kenmerken.len();
    let deck_w = DECK.x.min((VIEW.x - 80.0) / n.max(1) as f32 - 30.0);
    let size = Vec2::new(deck_w, deck_size().y);
    for (i, k) in lib.kenmerken.iter().enumerate() {
        let selected = setup.decks.contains(&k.id);
        let count = lib.deck(&k.id).filter(|c| !setup.short || c.short).count();
        let (colour, on_colour) = art::kenmerk(k.colour);
        let x = deck_x(i, n);
        let y = if selected { deck_y() + 14.0 } else { deck_y() };
        let inner_w = size.x - 40.0;
        commands
            .spawn((
                ThemesItem,
                DespawnOnExit(Screen::Themes),
                Transform::from_xyz(x, y, 1.0),
                Visibility::default(),
            ))
            .with_children(|c| {
                // the pile under the top card
                for (j, off) in [(0, Vec2::new(10.0, -12.0)), (1, Vec2::new(5.0, -6.0))] {
                    c.spawn(panel(
                        &art,
                        art::paper().darker(0.18 - j as f32 * 0.06),
                        size,
                        off.extend(0.01 * j as f32),
                    ));
                }
                if selected {
                    c.spawn(panel(
                        &art,
                        art::gold(),
                        size + Vec2::splat(14.0),
                        Vec3::new(0.0, 0.0, 0.03),
                    ));
                }
                // the top card is the click target
                c.spawn((
                    panel(&art, art::paper(), size, Vec3::new(0.0, 0.0, 0.05)),
                    DeckCard(i),
                    Pickable::default(),
                ))
                .observe(
                    move |_: On<Pointer<Click>>, mut out: MessageWriter<Action>| {
                        out.write(Action::ToggleDeck(i));
                    },
                );
                let top = size.y / 2.0;
                c.spawn((
                    panel(
                        &art,
                        colour,
                        Vec2::new(size.x, 96.0),
                        Vec3::new(0.0, top - 48.0, 0.1),
                    ),
                    Pickable::IGNORE,
                ));
                c.spawn((
                    Sprite::from_color(colour, Vec2::new(size.x, 40.0)),
                    Transform::from_xyz(0.0, top - 76.0, 0.11),
                    Pickable::IGNORE,
                ));
                c.spawn(text(
                    format!("{}", i + 1),
                    &art.bold,
                    22.0,
                    on_colour,
                    None,
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(-size.x / 2.0 + 16.0, top - 10.0, 0.2),
                ));
                // Centred, clear of the deck's number in the corner at any text size.
                let number_w = 16.0 + 22.0 * art::text_scale() * 0.7;
                c.spawn(text_in(
                    k.name.clone(),
                    &art.bold,
                    30.0,
                    on_colour,
                    (size.x - 2.0 * number_w, 78.0),
                    Justify::Center,
                    Anchor::CENTER,
                    Vec3::new(0.0, top - 52.0, 0.2),
                ));
                let low = matches!(k.good_when, crate::deck::GoodWhen::Low);
                // From the bottom up: "Gekozen", the count, the note for Stroefheid; each as
                // tall as its text at this text size. The explanation gets what is left between
                // the band and them, so nothing overlaps at any size.
                let line = |size: f32| size * art::text_scale() * LINE_HEIGHT;
                let chosen_y = -top + 20.0 + line(25.0) / 2.0;
                // With the largest text the count stays off the deck (the bar below says how
                // many cards are played): the explanation needs the room.
                let show_count = art::text_scale() <= 1.6;
                let count_y = chosen_y + line(25.0) / 2.0 + 10.0 + line(26.0) / 2.0;
                let mut above = if show_count {
                    count_y + line(26.0) / 2.0 + 6.0
                } else {
                    chosen_y + line(25.0) / 2.0 + 6.0
                };
                let low_y = low.then(|| {
                    let y = above + line(21.0) / 2.0;
                    above += line(21.0) + 4.0;
                    y
                });
                let room = (top - 112.0 - above).max(30.0);
                c.spawn(text_in(
                    k.explain.clone(),
                    &art.regular,
                    25.0,
                    art::ink(),
                    (inner_w, room),
                    Justify::Center,
                    Anchor::TOP_CENTER,
                    Vec3::new(0.0, top - 112.0, 0.2),
                ));
                if let Some(y) = low_y {
                    c.spawn(text_in(
                        tr.t("thema-lager-beter"),
                        &art.regular,
                        21.0,
                        art::ink_soft(),
                        (inner_w, line(21.0)),
                        Justify::Center,
                        Anchor::CENTER,
                        Vec3::new(0.0, y, 0.2),
                    ));
                }
                let count_text = tr.f("thema-kaarten", [("n", count.into())]);
                if show_count {
                    c.spawn(text(
                        count_text,
                        &art.bold,
                        26.0,
                        art::ink(),
                        None,
                        Justify::Center,
                        Anchor::CENTER,
                        Vec3::new(0.0, count_y, 0.2),
                    ));
                }
                if selected {
                    let ink = colour.darker(0.1);
                    c.spawn(text(
                        "✔",
                        &art.emoji,
                        26.0,
                        ink,
                        None,
                        Justify::Center,
                        Anchor::CENTER_RIGHT,
                        Vec3::new(-46.0, chosen_y, 0.2),
                    ));
                    c.spawn(text(
                        tr.t("thema-gekozen"),
                        &art.bold,
                        25.0,
                        ink,
                        None,
                        Justify::Left,
                        Anchor::CENTER_LEFT,
                        Vec3::new(-38.0, chosen_y, 0.2),
                    ));
                } else {
                    c.spawn(text(
                        tr.t("thema-niet-gekozen"),
                        &art.regular,
                        25.0,
                        art::ink_soft(),
                        None,
                        Justify::Center,
                        Anchor::CENTER,
                        Vec3::new(0.0, chosen_y, 0.2),
                    ));
                }
            });
        // "Alleen dit thema": one tap to focus on one kenmerk.
        let pill = Vec2::new(deck_w - 40.0, 50.0);
        let pill_y =
            deck_y() - deck_size().y / 2.0 - 48.0 + 16.0 * (art::text_scale() - 1.5).max(0.0);
        commands
            .spawn((
                ThemesItem,
                DespawnOnExit(Screen::Themes),
                panel(&art, art::table_dark(), pill, Vec3::new(x, pill_y, 1.0)),
                OnlyDeckButton(i),
                Pickable::default(),
            ))
            .observe(
                move |_: On<Pointer<Click>>, mut out: MessageWriter<Action>| {
                    out.write(Action::OnlyDeck(i));
                },
            )
            .with_children(|c| {
                c.spawn((
                    text_in(
                        tr.t("thema-alleen-dit"),
                        &art.bold,
                        23.0,
                        art::paper(),
                        (pill.x - 16.0, pill.y - 6.0),
                        Justify::Center,
                        Anchor::CENTER,
                        Vec3::new(0.0, 0.0, 0.1),
                    ),
                    Pickable::IGNORE,
                ));
            });
    }
}
