//! The play table: the statement card in the middle, a rating card for each seat, rebuilt only
//! when what it shows changes.

use bevy::prelude::*;
use bevy::sprite::Anchor;

use super::place::{Places, Shown as RowsShown, TableRoom, band_height, places};
use super::rating::spawn_rating_card;
use super::*;
use crate::deck::Perspective;
use crate::game::art::{self, Art};
use crate::game::table::seat_name;
use crate::game::table::text::*;
use crate::game::{Cards, Conversation, Phase, Screen, Translations};
use crate::session::{CardState, Mode, Player, Seat};

/// What the table currently shows, to rebuild only when it changes.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub(super) struct Shown(Option<ShownKey>);

#[derive(Debug, Clone, PartialEq)]
pub(super) struct ShownKey {
    card: String,
    round: usize,
    client: SeatLook,
    professional: SeatLook,
    phase: Phase,
    turn: Option<Player>,
    marked: bool,
    /// The room the bars leave.
    room: Option<[i32; 3]>,
}

fn look(seat: Seat) -> SeatLook {
    match seat {
        Seat::Waiting => SeatLook::Waiting,
        Seat::Chosen => SeatLook::FaceDown,
        Seat::Revealed(_) => SeatLook::FaceUp,
    }
}

pub(super) fn sync_play_table(
    mut commands: Commands,
    table: Option<Res<Conversation>>,
    phase: Res<State<Phase>>,
    cards: Res<Cards>,
    talen: Res<Translations>,
    art: Res<Art>,
    room: Res<TableRoom>,
    mut shown: ResMut<Shown>,
    old: Query<Entity, With<PlayTableItem>>,
) {
    let Some(table) = table else { return };
    let view = table.session().view();
    if view.phase == CardState::Finished {
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
        // Rows fill the room; the columns move down under a banner (see `place`).
        room: Some(room.key()),
    };
    if shown.0.as_ref() == Some(&key) {
        return;
    }
    shown.0 = Some(key.clone());
    for e in &old {
        commands.entity(e).despawn();
    }
    let selection = table.session().selection();
    // The shared words in the screen's language (the client's); each sentence in its reader's.
    let langs = &selection.languages;
    let lib = talen.library(&langs.client, &cards.0);
    let tr = talen.tr(&langs.client);
    let Some(field) = lib.field(&selection.field) else {
        return;
    };
    // An own card: one sentence for both, in the words its writer used, under its own band.
    let (bodies, (colour, on_colour), kenmerk_name, pictogram) = if let Some(own) = &view.own {
        (
            [own.clone(), own.clone()],
            (art.look.gold(), art.look.ink()),
            tr.t("eigen-kaart"),
            None,
        )
    } else {
        let Some(card) = lib.card(&view.card_id) else {
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
        let colours = lib
            .kenmerk(&card.kenmerk)
            .map_or((art.look.ink_soft(), art.look.paper()), |k| {
                art.look.kenmerk(k.colour)
            });
        let name = lib
            .kenmerk(&card.kenmerk)
            .map_or(card.kenmerk.clone(), |k| k.label.clone());
        let pictogram = lib.kenmerk(&card.kenmerk).and_then(|k| k.pictogram);
        (bodies, colours, name, pictogram)
    };
    let kenmerk_name = kenmerk_name.as_str();
    let active =
        if selection.mode == Mode::TakeTurns && matches!(phase, Phase::Cover | Phase::Choosing) {
            view.turn
        } else {
            None
        };
    // Rows (the largest text): the chooser's sentence in turn; both while the cards turn, when
    // the tray is small; otherwise the client's, the one the talk is about.
    let both = Player::ALL.to_vec();
    let shown_rows = match active {
        Some(p) => RowsShown {
            rows: vec![p],
            cards: vec![p],
        },
        None if phase == Phase::Flipping
            || (phase == Phase::Countdown && selection.mode != Mode::Phones) =>
        {
            RowsShown {
                rows: both.clone(),
                cards: both,
            }
        }
        None => RowsShown {
            rows: vec![Player::Client],
            cards: both,
        },
    };
    let places = places(art.look.text_scale, *room, &shown_rows);

    spawn_statement(
        &mut commands,
        (&art, tr),
        (bodies, view.own.is_some()),
        field,
        (colour, on_colour),
        (kenmerk_name, pictogram),
        active,
        (view.round, &places),
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
        let Some(place) = places.rating(player) else {
            continue;
        };
        spawn_rating_card(
            &mut commands,
            (&art, tr),
            lib,
            (field, selection.wording),
            (player, place),
            look,
            choice,
            active == Some(player),
            table.flip,
            phase,
        );
    }

    // "Raad de ander": once the faces are up, under each card what the other thought it would be.
    // (With the largest text the tray covers that band: the talk's tray says it instead.)
    if faces_up
        && places.rows.is_none()
        && let Some(guesses) = view.guesses
    {
        for p in Player::ALL {
            let Seat::Revealed(guess) = guesses[p.other()] else {
                continue;
            };
            let name = crate::game::table::seat_word(p.other(), Some(field));
            let words = match guess {
                crate::session::Choice::Pass => tr.f("tafel-wist-niet", [("naam", name.into())]),
                guess => tr.f(
                    "tafel-dacht",
                    [
                        ("naam", name.into()),
                        (
                            "woord",
                            crate::report::choice_words(lib, guess, selection.wording, tr).into(),
                        ),
                    ],
                ),
            };
            commands.spawn((
                PlayTableItem,
                GuessLine(p.other()),
                DespawnOnExit(Screen::Play),
                // As large as the band under the name allows, a little inward so it stays in
                // the window.
                text_in(
                    words,
                    &art.bold,
                    art.look.px(22.0),
                    art.look.paper(),
                    (RATING.x + 80.0, 72.0),
                    Justify::Center,
                    Anchor::TOP_CENTER,
                    Vec3::new(
                        seat_x(p) * 0.965,
                        places.rating(p).map_or(RATING_Y, |r| r.at.y) - RATING.y / 2.0 - 44.0,
                        1.0,
                    ),
                ),
            ));
        }
    }

    if phase == Phase::Countdown {
        commands.spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            panel(
                &art,
                art.look.table_dark().with_alpha(0.92),
                Vec2::splat(180.0),
                places.card_at.extend(6.0),
            ),
        ));
        commands.spawn((
            PlayTableItem,
            CountdownText,
            DespawnOnExit(Screen::Play),
            text(
                "3",
                &art.bold,
                art.look.px(120.0),
                art.look.gold(),
                None,
                Justify::Center,
                Anchor::CENTER,
                places.card_at.extend(6.5),
            ),
        ));
    }
}

fn spawn_statement(
    commands: &mut Commands,
    (art, tr): (&Art, crate::lang::Tr),
    (bodies, shared): ([String; 2], bool),
    field: &crate::deck::Field,
    (colour, on_colour): (Color, Color),
    (kenmerk_name, pictogram): (&str, Option<crate::deck::DeckPictogram>),
    active: Option<Player>,
    (round, places): (usize, &Places),
) {
    let center = places.card_at.extend(1.0);
    let card = places.card;
    let band_h = if places.rows.is_some() {
        band_height(art.look.text_scale)
    } else {
        46.0
    };
    commands
        .spawn((
            PlayTableItem,
            DespawnOnExit(Screen::Play),
            Transform::from_translation(center),
            Visibility::default(),
        ))
        .with_children(|c| {
            c.spawn(panel(art, art::SHADOW, card, Vec3::new(6.0, -7.0, 0.0)));
            c.spawn(panel(art, art.look.paper(), card, Vec3::new(0.0, 0.0, 0.1)));
            let top = card.y / 2.0;
            c.spawn(panel(
                art,
                colour,
                Vec2::new(card.x, band_h),
                Vec3::new(0.0, top - band_h / 2.0, 0.2),
            ));
            // square off the band's lower corners
            c.spawn((
                Sprite::from_color(colour, Vec2::new(card.x, band_h / 2.0)),
                Transform::from_xyz(0.0, top - band_h * 0.75, 0.25),
            ));
            let left = -card.x / 2.0 + 28.0;
            // The deck's pictogram first in the band, then its name.
            let pic = (band_h - 10.0).min(art.look.px(34.0));
            let pic_room = if let Some(p) = pictogram {
                c.spawn(art.deck_sprite(
                    p,
                    on_colour,
                    pic,
                    Vec3::new(left + pic / 2.0, top - band_h / 2.0, 0.3),
                ));
                pic + 12.0
            } else {
                0.0
            };
            let header_of = |player: Player| {
                if active == Some(player) {
                    tr.f(
                        "tafel-aan-de-beurt",
                        [("naam", seat_name(player, Some(field)).into())],
                    )
                } else {
                    seat_name(player, Some(field))
                }
            };
            let round_words = (round > 1).then(|| tr.f("tafel-ronde", [("n", round.into())]));
            // One sentence in rows: whose it is stands in the band, on the right (the round
            // then follows the kenmerk's name), so the sentence has the card's room.
            let one_row = match places.rows.as_deref() {
                Some([p]) if !shared => Some(*p),
                _ => None,
            };
            let (name, right) = match one_row {
                Some(p) => (
                    match &round_words {
                        Some(r) => format!("{kenmerk_name} · {r}"),
                        None => kenmerk_name.to_string(),
                    },
                    Some(header_of(p)),
                ),
                None => (kenmerk_name.to_string(), round_words),
            };
            // The band's two texts share its width as their lengths ask.
            let room = card.x - 56.0 - 24.0 - pic_room;
            let (left_w, right_w) = match &right {
                Some(r) => {
                    let (a, b) = (name.chars().count() as f32, r.chars().count() as f32);
                    (room * a / (a + b), room * b / (a + b))
                }
                None => (room, 0.0),
            };
            c.spawn(text_in(
                name,
                &art.bold,
                art.look.px(26.0),
                on_colour,
                (left_w, band_h),
                Justify::Left,
                Anchor::CENTER_LEFT,
                Vec3::new(left + pic_room, top - band_h / 2.0, 0.3),
            ));
            if let Some(right) = right {
                c.spawn(text_in(
                    right,
                    &art.bold,
                    art.look.px(if one_row.is_some() { 26.0 } else { 22.0 }),
                    on_colour,
                    (right_w, band_h),
                    Justify::Right,
                    Anchor::CENTER_RIGHT,
                    Vec3::new(-left, top - band_h / 2.0, 0.3),
                ));
            }
            let col_w = card.x / 2.0 - 56.0;
            let body_top = top - band_h - 14.0;
            let bottom = -card.y / 2.0 + 14.0;
            // An own card: one sentence across the card, the same for both.
            if shared {
                let width = card.x - 56.0;
                let header = tr.t("eigen-kaart-allebei");
                let header_size = fitting_size(
                    &header,
                    (22.0 * art.look.text_scale).min(30.0),
                    width,
                    Some(40.0),
                );
                let header_h = header_size * LINE_HEIGHT + 6.0;
                c.spawn(text_px(
                    header,
                    &art.bold,
                    header_size,
                    art.look.ink_soft(),
                    Some(width),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(left, body_top, 0.3),
                ));
                c.spawn(text_in(
                    bodies[0].clone(),
                    &art.regular,
                    34.0 * art.look.text_scale,
                    art.look.ink(),
                    (width, body_top - header_h - bottom),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(left, body_top - header_h, 0.3),
                ));
                return;
            }
            if let Some(rows) = &places.rows {
                statement_rows(
                    c,
                    (art, &header_of),
                    (&bodies, rows),
                    (card, body_top, bottom),
                );
                return;
            }
            let headers = Player::ALL.map(header_of);
            // The seat names grow a little; the sentences as much as the card has room for. Both
            // columns use the same sizes, so neither sentence looks more important.
            let header_size = headers
                .iter()
                .map(|h| fitting_size(h, (22.0 * art.look.text_scale).min(30.0), col_w, Some(40.0)))
                .fold(f32::MAX, f32::min);
            let header_h = header_size * LINE_HEIGHT + 6.0;
            let room = body_top - header_h - bottom;
            let body_size = bodies
                .iter()
                .map(|b| fitting_size(b, 32.0 * art.look.text_scale, col_w, Some(room)))
                .fold(f32::MAX, f32::min);
            for (i, (player, x)) in [
                (Player::Client, -card.x / 4.0),
                (Player::Professional, card.x / 4.0),
            ]
            .into_iter()
            .enumerate()
            {
                if active == Some(player) {
                    c.spawn(panel(
                        art,
                        colour.with_alpha(0.16),
                        Vec2::new(card.x / 2.0 - 20.0, card.y - band_h - 16.0),
                        Vec3::new(x, (body_top + 4.0 - card.y / 2.0 + 6.0) / 2.0, 0.15),
                    ));
                }
                c.spawn(text_px(
                    headers[i].clone(),
                    &art.bold,
                    header_size,
                    art.look.ink_soft(),
                    Some(col_w),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(x - col_w / 2.0, body_top, 0.3),
                ));
                c.spawn(text_px(
                    bodies[i].clone(),
                    &art.regular,
                    body_size,
                    art.look.ink(),
                    Some(col_w),
                    Justify::Left,
                    Anchor::TOP_LEFT,
                    Vec3::new(x - col_w / 2.0, body_top - header_h, 0.3),
                ));
            }
            c.spawn((
                Sprite::from_color(
                    art.look.ink_soft().with_alpha(0.25),
                    Vec2::new(2.0, card.y - band_h - 30.0),
                ),
                Transform::from_xyz(0.0, -band_h / 2.0, 0.3),
            ));
        });
}

/// The statement card in rows (the largest text): each shown seat's name and sentence across
/// the card, one row under the other, beside that seat's rating card. Every row uses the same
/// sizes, so neither sentence looks more important.
fn statement_rows(
    c: &mut ChildSpawnerCommands,
    (art, header_of): (&Art, &dyn Fn(Player) -> String),
    (bodies, rows): (&[String; 2], &[Player]),
    (card, body_top, bottom): (Vec2, f32, f32),
) {
    let left = -card.x / 2.0 + 28.0;
    let width = card.x - 56.0;
    let row_h = (body_top - bottom) / rows.len().max(1) as f32;
    // (One row: its name stands in the band.)
    let headers: Vec<String> = if rows.len() > 1 {
        rows.iter().map(|&p| header_of(p)).collect()
    } else {
        vec![String::new(); rows.len()]
    };
    let header_size = headers
        .iter()
        .map(|h| fitting_size(h, (22.0 * art.look.text_scale).min(40.0), width, Some(52.0)))
        .fold(f32::MAX, f32::min);
    let header_h = if rows.len() > 1 {
        header_size * LINE_HEIGHT + 4.0
    } else {
        0.0
    };
    let body_size = rows
        .iter()
        .map(|&p| {
            fitting_size(
                &bodies[usize::from(p == Player::Professional)],
                32.0 * art.look.text_scale,
                width,
                Some(row_h - header_h - 8.0),
            )
        })
        .fold(f32::MAX, f32::min);
    for (i, &player) in rows.iter().enumerate() {
        // (No seat is on turn with two rows: in turn only the chooser's row is shown.)
        let top = body_top - row_h * i as f32;
        if i > 0 {
            c.spawn((
                Sprite::from_color(
                    art.look.ink_soft().with_alpha(0.25),
                    Vec2::new(card.x - 40.0, 2.0),
                ),
                Transform::from_xyz(0.0, top + 2.0, 0.3),
            ));
        }
        if !headers[i].is_empty() {
            c.spawn(text_px(
                headers[i].clone(),
                &art.bold,
                header_size,
                art.look.ink_soft(),
                Some(width),
                Justify::Left,
                Anchor::TOP_LEFT,
                Vec3::new(left, top - 2.0, 0.3),
            ));
        }
        c.spawn(text_px(
            bodies[usize::from(player == Player::Professional)].clone(),
            &art.regular,
            body_size,
            art.look.ink(),
            Some(width),
            Justify::Left,
            Anchor::TOP_LEFT,
            Vec3::new(left, top - 2.0 - header_h, 0.3),
        ));
    }
}
