//! The themes screen's table: one deck per kenmerk, to take or put back with a click, and
//! "Alleen dit thema" under each.

use bevy::prelude::*;
use bevy::sprite::Anchor;

use crate::game::art::Art;
use crate::game::table::{LINE_HEIGHT, VIEW, fitting_size, panel, text, text_in, text_px};
use crate::game::{Action, Cards, GameSet, Screen, Setup};
use crate::lang::Tr;

pub fn plugin(app: &mut App) {
    app.init_resource::<ThemesShown>()
        .init_resource::<Bars>()
        .add_systems(
            Update,
            sync_themes
                .run_if(in_state(Screen::Themes))
                .in_set(GameSet::Show),
        )
        .add_systems(OnExit(Screen::Themes), |mut shown: ResMut<ThemesShown>| {
            shown.0 = None
        })
        // A new palette or text size: the decks are laid out again.
        .add_systems(
            Update,
            (|mut shown: ResMut<ThemesShown>| shown.0 = None)
                .run_if(resource_changed::<crate::game::look::Look>)
                .before(GameSet::Show),
        );
}

/// The top card of a deck: the click target that takes the deck or puts it back.
#[derive(Component, Debug)]
pub struct DeckCard(pub usize);

/// The "Alleen dit thema" button under a deck.
#[derive(Component, Debug)]
pub struct OnlyDeckButton(pub usize);

/// What the themes screen shows (the decks chosen, the short version, the language, and the
/// room the bars leave, in whole pixels).
#[derive(Resource, Default)]
struct ThemesShown(Option<(Vec<String>, bool, String, [i32; 2])>);

/// How tall the bars above and below the decks are, as the screen last drew them (in table
/// units). The decks take the room between them, whatever the text size and however many lines
/// the bars' words need. Without a window (the tests): the bars at the usual text size.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct Bars {
    pub top: f32,
    pub bottom: f32,
}

impl Default for Bars {
    fn default() -> Self {
        Bars {
            top: 96.0,
            bottom: 112.0,
        }
    }
}

/// Where the decks go between the bars: the decks' height and centre, and the centre of the
/// "Alleen dit thema" buttons under them.
struct Layout {
    height: f32,
    deck_y: f32,
    pill_y: f32,
}

/// Room under each deck for its "Alleen dit thema" button, and between the bars and the rest.
const PILL_ROOM: f32 = 70.0;
const MARGIN: f32 = 18.0;

fn layout(bars: Bars) -> Layout {
    let hi = VIEW.y / 2.0 - bars.top - MARGIN;
    let lo = -VIEW.y / 2.0 + bars.bottom + MARGIN;
    // The decks as tall as the room allows (never taller than drawn at the usual size, never
    // so small that the band and a line no longer fit).
    let height = (hi - lo - PILL_ROOM).clamp(220.0, DECK.y);
    let block_top = (hi + lo) / 2.0 + (height + PILL_ROOM) / 2.0;
    Layout {
        height,
        deck_y: block_top - height / 2.0,
        pill_y: block_top - height - PILL_ROOM / 2.0 + 4.0,
    }
}

#[derive(Component)]
pub struct ThemesItem;

const DECK: Vec2 = Vec2::new(300.0, 392.0);

fn deck_x(i: usize, n: usize) -> f32 {
    let spacing = (VIEW.x - 80.0) / n.max(1) as f32;
    (i as f32 - (n as f32 - 1.0) / 2.0) * spacing.min(DECK.x + 36.0)
}

fn sync_themes(
    mut commands: Commands,
    setup: Res<Setup>,
    cards: Res<Cards>,
    talen: Res<super::Translations>,
    art: Res<Art>,
    mut shown: ResMut<ThemesShown>,
    old: Query<Entity, With<ThemesItem>>,
    bars: Res<Bars>,
) {
    let key = (
        setup.decks.clone(),
        setup.short,
        setup.screen_lang().to_string(),
        [bars.top.round() as i32, bars.bottom.round() as i32],
    );
    if shown.0.as_ref() == Some(&key) {
        return;
    }
    shown.0 = Some(key);
    for e in &old {
        commands.entity(e).despawn();
    }
    // With the largest text the decks are a list on the screen (`list.rs`), not on the table.
    if art.look.largest() {
        return;
    }
    let lib = talen.library(setup.screen_lang(), &cards.0);
    let tr = talen.tr(setup.screen_lang());
    let places = places(lib.kenmerken.len(), *bars);
    for ((i, k), place) in lib.kenmerken.iter().enumerate().zip(places) {
        let deck = Deck {
            index: i,
            kenmerk: k,
            count: lib.deck(&k.id).filter(|c| !setup.short || c.short).count(),
            selected: setup.decks.contains(&k.id),
            x: place.deck.x,
            y: place.deck.y,
            pill_y: place.pill.y,
            size: place.size,
        };
        spawn_deck(&mut commands, &art, tr, &deck);
        spawn_only_this(&mut commands, &art, tr, &deck);
    }
}

/// Where deck `i` of `n` lies on the table (centre, y up): the deck (unchosen; a chosen one is
/// lifted a little), its size, and its "Alleen dit thema" button.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub deck: Vec2,
    pub size: Vec2,
    pub pill: Vec2,
    pub pill_size: Vec2,
}

/// The places of `n` decks between the bars.
pub fn places(n: usize, bars: Bars) -> Vec<Place> {
    let deck_w = DECK.x.min((VIEW.x - 80.0) / n.max(1) as f32 - 30.0);
    let room = layout(bars);
    let size = Vec2::new(deck_w, room.height);
    (0..n)
        .map(|i| Place {
            deck: Vec2::new(deck_x(i, n), room.deck_y),
            size,
            pill: Vec2::new(deck_x(i, n), room.pill_y),
            pill_size: pill_size(size),
        })
        .collect()
}

fn pill_size(deck: Vec2) -> Vec2 {
    Vec2::new(deck.x - 40.0, 50.0)
}

/// One deck on the themes screen, as it is drawn.
struct Deck<'a> {
    index: usize,
    kenmerk: &'a crate::deck::Kenmerk,
    /// Cards it deals (the short version counted when chosen).
    count: usize,
    selected: bool,
    x: f32,
    /// The deck's centre, and that of its "Alleen dit thema" button.
    y: f32,
    pill_y: f32,
    size: Vec2,
}

/// A deck: a pile with its top card (the click target), the kenmerk's band with its number and
/// name, and the words under it.
fn spawn_deck(commands: &mut Commands, art: &Art, tr: Tr, deck: &Deck) {
    let &Deck {
        index: i,
        kenmerk: k,
        selected,
        x,
        size,
        ..
    } = deck;
    let (colour, on_colour) = art.look.kenmerk(k.colour);
    let y = if selected { deck.y + 14.0 } else { deck.y };
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
                    art,
                    art.look.paper().darker(0.18 - j as f32 * 0.06),
                    size,
                    off.extend(0.01 * j as f32),
                ));
            }
            if selected {
                c.spawn(panel(
                    art,
                    art.look.gold(),
                    size + Vec2::splat(14.0),
                    Vec3::new(0.0, 0.0, 0.03),
                ));
            }
            // the top card is the click target
            c.spawn((
                panel(art, art.look.paper(), size, Vec3::new(0.0, 0.0, 0.05)),
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
                    art,
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
                art.look.px(22.0),
                on_colour,
                None,
                Justify::Left,
                Anchor::TOP_LEFT,
                Vec3::new(-size.x / 2.0 + 16.0, top - 10.0, 0.2),
            ));
            // The deck's pictogram in the other top corner.
            let pic = art.look.px(36.0).min(44.0);
            if let Some(p) = k.pictogram {
                c.spawn((
                    art.deck_sprite(
                        p,
                        on_colour,
                        pic,
                        Vec3::new(size.x / 2.0 - 12.0 - pic / 2.0, top - 10.0 - pic / 2.0, 0.2),
                    ),
                    Pickable::IGNORE,
                ));
            }
            // Centred, clear of the deck's number and pictogram in the corners at any text size.
            let number_w = 16.0 + 22.0 * art.look.text_scale * 0.7;
            let corner_w = if k.pictogram.is_some() {
                number_w.max(12.0 + pic + 12.0)
            } else {
                number_w
            };
            c.spawn(text_in(
                k.label.clone(),
                &art.bold,
                art.look.px(30.0),
                on_colour,
                (size.x - 2.0 * corner_w, 78.0),
                Justify::Center,
                Anchor::CENTER,
                Vec3::new(0.0, top - 52.0, 0.2),
            ));
            deck_words(c, art, tr, deck);
        });
}

/// Under the band: what the kenmerk is about, a note for a deck where lower is better, how many
/// cards it deals and whether it is chosen; each as tall as its text at this text size, so
/// nothing overlaps at any size.
fn deck_words(c: &mut ChildSpawnerCommands, art: &Art, tr: Tr, deck: &Deck) {
    let &Deck {
        kenmerk: k,
        count,
        selected,
        size,
        ..
    } = deck;
    let (colour, _) = art.look.kenmerk(k.colour);
    let top = size.y / 2.0;
    let inner_w = size.x - 40.0;
    // From the bottom up: "Gekozen" and the count, each as tall as its text at this text size.
    // The explanation gets what is left between the band and them, so nothing overlaps at any
    // size. (No word on which answer is better before anyone chooses: that invites the answer
    // that looks good. The summary says how to read a deck's bars, after the cards.)
    let line = |size: f32| size * art.look.text_scale * LINE_HEIGHT;
    let chosen_y = -top + 20.0 + line(25.0) / 2.0;
    // With the largest text the count stays off the deck (the bar below says how
    // many cards are played): the explanation needs the room.
    let show_count = art.look.text_scale <= 1.6;
    let count_y = chosen_y + line(25.0) / 2.0 + 10.0 + line(26.0) / 2.0;
    let above = if show_count {
        count_y + line(26.0) / 2.0 + 6.0
    } else {
        chosen_y + line(25.0) / 2.0 + 6.0
    };
    // The research's name under the plain one, small, where they differ ("Richting en Kader"
    // under "Doelen en regels"); not where the explanation needs the room (large text, a small
    // window).
    let below_band = top - 104.0;
    // Only where the explanation keeps room for two lines under it.
    let fits = below_band - (line(18.0) + 6.0) - above >= 2.0 * line(25.0);
    let subtitle =
        (k.name != k.label && art.look.text_scale <= 1.6 && fits).then(|| k.name.clone());
    let sub_h = if subtitle.is_some() {
        line(18.0) + 6.0
    } else {
        8.0
    };
    if let Some(name) = subtitle {
        c.spawn(text_in(
            name,
            &art.regular,
            art.look.px(18.0),
            art.look.ink_soft(),
            (inner_w, line(18.0)),
            Justify::Center,
            Anchor::TOP_CENTER,
            Vec3::new(0.0, below_band, 0.2),
        ));
    }
    let room = (below_band - sub_h - above).max(30.0);
    c.spawn(text_in(
        k.explain.clone(),
        &art.regular,
        art.look.px(25.0),
        art.look.ink(),
        (inner_w, room),
        Justify::Center,
        Anchor::TOP_CENTER,
        Vec3::new(0.0, below_band - sub_h, 0.2),
    ));
    let count_text = tr.f("thema-kaarten", [("n", count.into())]);
    if show_count {
        c.spawn(text(
            count_text,
            &art.bold,
            art.look.px(26.0),
            art.look.ink(),
            None,
            Justify::Center,
            Anchor::CENTER,
            Vec3::new(0.0, count_y, 0.2),
        ));
    }
    if selected {
        let ink = colour.darker(0.1);
        // "✔ Gekozen" as one line, centred, inside the card at any text size.
        let word = tr.t("thema-gekozen");
        let size = fitting_size(&format!("✔ {word}"), art.look.px(25.0), inner_w, None);
        let width = (word.chars().count() as f32 + 2.0) * size * 0.56;
        let left = -width / 2.0;
        c.spawn(text_px(
            "✔".into(),
            &art.emoji,
            size,
            ink,
            None,
            Justify::Left,
            Anchor::CENTER_LEFT,
            Vec3::new(left, chosen_y, 0.2),
        ));
        c.spawn(text_px(
            word,
            &art.bold,
            size,
            ink,
            None,
            Justify::Left,
            Anchor::CENTER_LEFT,
            Vec3::new(left + size * 1.3, chosen_y, 0.2),
        ));
    } else {
        c.spawn(text_in(
            tr.t("thema-niet-gekozen"),
            &art.regular,
            art.look.px(25.0),
            art.look.ink_soft(),
            (inner_w, line(25.0)),
            Justify::Center,
            Anchor::CENTER,
            Vec3::new(0.0, chosen_y, 0.2),
        ));
    }
}

/// "Alleen dit thema" under a deck: one tap to focus on one kenmerk.
fn spawn_only_this(commands: &mut Commands, art: &Art, tr: Tr, deck: &Deck) {
    let &Deck {
        index: i,
        x,
        size,
        pill_y,
        ..
    } = deck;
    let pill = pill_size(size);
    commands
        .spawn((
            ThemesItem,
            DespawnOnExit(Screen::Themes),
            panel(art, art.look.table_dark(), pill, Vec3::new(x, pill_y, 1.0)),
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
                    art.look.px(23.0),
                    art.look.paper(),
                    (pill.x - 16.0, pill.y - 6.0),
                    Justify::Center,
                    Anchor::CENTER,
                    Vec3::new(0.0, 0.0, 0.1),
                ),
                Pickable::IGNORE,
            ));
        });
}
