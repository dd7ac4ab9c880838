//! "Voorlezen" (`V`, or the button in the bar): the card read aloud by the computer's own voice.
//! What is read comes from the public table view ([`crate::voice::utterances`]); the voice runs
//! as a child process on a thread of its own, so the game never waits for it.

use bevy::prelude::*;

use crate::game::log::GameLog;
use crate::game::{Action, Cards, Conversation, Notices, Screen, Source, Translations};
use crate::session::Player;
use crate::voice::Speaker;

/// The voice of this computer. Without a window (the tests) there is none: "Voorlezen" then
/// says so, as on a computer without a voice.
#[derive(Resource)]
pub struct Voice(pub Speaker);

impl Default for Voice {
    fn default() -> Self {
        Voice(Speaker::new(None))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Voice>()
        .add_systems(
            Update,
            read_aloud
                .run_if(in_state(Screen::Play))
                .in_set(crate::game::ApplySet::Screen),
        )
        // Leaving the table stops the voice.
        .add_systems(OnExit(Screen::Play), |voice: Res<Voice>| voice.0.stop());
}

/// The real game: the voice found on this computer.
pub fn window_plugin(app: &mut App) {
    app.insert_resource(Voice(Speaker::detect()));
}

fn read_aloud(
    mut actions: MessageReader<Action>,
    table: Option<Res<Conversation>>,
    (talen, cards): (Res<Translations>, Res<Cards>),
    voice: Res<Voice>,
    mut notices: ResMut<Notices>,
    mut log: ResMut<GameLog>,
) {
    if let Some(why) = voice.0.take_trouble() {
        warn!("voorlezen: {why}");
    }
    if !actions.read().any(|a| *a == Action::ReadAloud) {
        return;
    }
    let Some(table) = table else { return };
    let session = table.session();
    let selection = session.selection();
    let langs = &selection.languages;
    let seat = |p: Player| {
        let code = langs.of(p);
        (talen.tr(code), talen.library(code, &cards.0))
    };
    let said = crate::voice::utterances(
        &session.view(),
        [seat(Player::Client), seat(Player::Professional)],
        selection,
    );
    log.say(&crate::voice::log_line(&said));
    if said.is_empty() {
        return;
    }
    match voice.0.say(said) {
        // A sign on the screen too: with the sound off, nothing else shows that it works.
        Ok(()) => notices.say(Source::Answer, talen.tr(&langs.client).t("voorlezen-bezig")),
        Err(crate::voice::speaker::VoiceError::NoVoice) => {
            log.say("voorlezen: geen stem");
            let tr = talen.tr(&langs.client);
            notices.say(Source::Answer, tr.t("voorlezen-geen-stem"));
        }
        Err(e) => warn!("voorlezen: {e}"),
    }
}
