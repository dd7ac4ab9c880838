//! What the themes screen's actions do: the client picks decks (or all, or the short version),
//! then the conversation is dealt; or back to the start.

use bevy::prelude::*;

use crate::deck::Library;
use crate::game::look::LookPanel;
use crate::game::{
    Action, Cards, HelpOpen, Notices, Screen, Setup, Source, Translations, notice_for,
    start_session,
};

pub(super) fn apply(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    (cards, talen): (Res<Cards>, Res<Translations>),
    mut notices: ResMut<Notices>,
    mut commands: Commands,
    covers: (Res<HelpOpen>, Res<LookPanel>),
) {
    if !crate::game::screens::shows(Screen::Themes, &screen, &mut actions) {
        return;
    }
    let lib = &cards.0;
    // A click on a deck under the help or the "Weergave" panel does nothing (the decks are
    // sprites: egui's covers do not stop their clicks). Read and dropped, so it does not count
    // once the cover closes.
    if covers.0.0 || covers.1.0 {
        actions.clear();
        return;
    }
    for action in actions.read() {
        match action {
            Action::Back => next.set(Screen::Start),
            Action::ToggleDeck(i) => {
                if let Some(k) = lib.kenmerken.get(*i) {
                    if setup.decks.contains(&k.id) {
                        setup.decks.retain(|d| d != &k.id);
                    } else {
                        setup.decks.push(k.id.clone());
                    }
                    sort_decks(&mut setup, lib);
                    notices.clear(Source::Answer);
                }
            }
            Action::OnlyDeck(i) => {
                if let Some(k) = lib.kenmerken.get(*i) {
                    setup.decks = vec![k.id.clone()];
                    notices.clear(Source::Answer);
                }
            }
            Action::AllDecks => {
                setup.decks = lib.kenmerken.iter().map(|k| k.id.clone()).collect();
                notices.clear(Source::Answer);
            }
            Action::ToggleShort => setup.short = !setup.short,
            Action::Continue => match start_session(lib, &setup) {
                Ok(table) => {
                    notices.clear(Source::Answer);
                    commands.insert_resource(table);
                    next.set(Screen::Play);
                }
                Err(e) => notices.say(
                    Source::Answer,
                    notice_for(&e, talen.tr(setup.screen_lang())),
                ),
            },
            _ => {}
        }
    }
}

/// The chosen decks in the library's order.
fn sort_decks(setup: &mut Setup, lib: &Library) {
    let order = |id: &String| {
        lib.kenmerken
            .iter()
            .position(|k| &k.id == id)
            .unwrap_or(usize::MAX)
    };
    setup.decks.sort_by_key(order);
}
