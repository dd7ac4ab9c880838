//! Messages for the players: one slot per source, so one source never shows under another's
//! heading, and one rule per source for when its message goes away. The screens show them
//! through [`crate::game::screens::notices`].

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy::state::state::StateTransitionSystems;

use super::Screen;

/// Where a message comes from. Each source has its own slot in [`Notices`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// The answer to what a player just did on this screen: "Bewaard", an export, "Kies minstens
    /// één thema", a resume that did not work. Gone when the screen changes.
    Answer,
    /// The answer to an export: which file went to which folder, or why not. Shown next to the
    /// export buttons, where the eye is. Gone when the screen changes.
    Export,
    /// The data folder at start-up: none found, or the unfinished conversation could not be read
    /// or cleared. Stays while the game runs.
    DataFolder,
    /// The unfinished conversation could not be written (autosave): without it, a crash loses
    /// the conversation. Gone when a write works again.
    Autosave,
    /// The phones cannot join (no Wi-Fi, the server could not start or stopped). Gone with the
    /// phone server.
    Phone,
    /// The settings of "Weergave" could not be read or written. Gone when a write works.
    Look,
    /// Mistakes in the card files, one line each (those cards do not take part). Stays.
    Cards,
    /// Saved conversations that could not be read, one line each. Read again when the history
    /// opens.
    History,
}

/// Every message for the players, by source.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct Notices(BTreeMap<Source, Vec<String>>);

impl Notices {
    /// `source` says this (and nothing else).
    pub fn say(&mut self, source: Source, text: impl Into<String>) {
        self.0.insert(source, vec![text.into()]);
    }

    /// `source` says these lines; none clears it.
    pub fn say_all(&mut self, source: Source, lines: Vec<String>) {
        if lines.is_empty() {
            self.0.remove(&source);
        } else {
            self.0.insert(source, lines);
        }
    }

    pub fn clear(&mut self, source: Source) {
        self.0.remove(&source);
    }

    /// The message of `source` (its first line).
    pub fn get(&self, source: Source) -> Option<&str> {
        self.0.get(&source)?.first().map(String::as_str)
    }

    /// Every line of `source`.
    pub fn lines(&self, source: Source) -> &[String] {
        self.0.get(&source).map_or(&[], Vec::as_slice)
    }

    pub fn has(&self, source: Source) -> bool {
        self.0.contains_key(&source)
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Notices>().add_systems(
        StateTransition,
        answer_goes_with_its_screen.in_set(StateTransitionSystems::ExitSchedules),
    );
}

/// A screen's answer is about that screen: it goes when the screen changes (not when the game
/// starts on a screen with an answer already, as a `--thema` that deals no cards).
fn answer_goes_with_its_screen(
    mut moves: MessageReader<StateTransitionEvent<Screen>>,
    mut notices: ResMut<Notices>,
) {
    let left = moves
        .read()
        .any(|m| m.exited.is_some() && m.exited != m.entered);
    for answer in [Source::Answer, Source::Export] {
        if left && notices.has(answer) {
            notices.clear(answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_source_keeps_its_own_slot() {
        let mut n = Notices::default();
        n.say(Source::Phone, "geen wifi");
        assert_eq!(n.get(Source::Autosave), None);
        n.say(Source::Autosave, "schijf vol");
        n.say_all(Source::Cards, vec!["a".into(), "b".into()]);
        assert_eq!(n.get(Source::Phone), Some("geen wifi"));
        assert_eq!(n.lines(Source::Cards).len(), 2);
        n.clear(Source::Phone);
        assert!(!n.has(Source::Phone));
        assert_eq!(n.get(Source::Autosave), Some("schijf vol"));
        n.say_all(Source::Cards, Vec::new());
        assert!(!n.has(Source::Cards));
    }
}
