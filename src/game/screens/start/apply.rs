//! What the start screen's actions do: the professional's choices (field, wording, languages,
//! way of choosing, code), on to the themes, the unfinished conversation (go on, or throw it
//! away) and the history.

use bevy::prelude::*;

use crate::game::log::GameLog;
use crate::game::saving::{Data, Resume};
use crate::game::{
    Action, Cards, Conversation, Notices, Packs, Screen, Setup, Source, Translations,
};
use crate::session::{MAX_LABEL_CHARS, Player, Session};

pub(super) fn apply(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    (mut talen, mut cards, packs): (ResMut<Translations>, ResMut<Cards>, Res<Packs>),
    (mut resume, data): (ResMut<Resume>, Res<Data>),
    (mut notices, mut log): (ResMut<Notices>, ResMut<GameLog>),
    mut commands: Commands,
) {
    if !crate::game::screens::shows(Screen::Start, &screen, &mut actions) {
        return;
    }
    for action in actions.read() {
        match action {
            Action::ChoosePack(id) if *id != cards.0.pack.id => {
                if let Some(book) = packs.find(id) {
                    switch_pack(book, (&mut cards, &mut talen), &mut setup);
                    log.say(&format!("kaartspel: {id}"));
                }
                continue;
            }
            Action::Resume => {
                // A conversation of another pack: that pack first.
                let pack = resume
                    .0
                    .as_ref()
                    .map(|p| p.record.selection.pack.clone())
                    .unwrap_or_default();
                if !pack.is_empty()
                    && pack != cards.0.pack.id
                    && let Some(book) = packs.find(&pack)
                {
                    switch_pack(book, (&mut cards, &mut talen), &mut setup);
                }
            }
            _ => {}
        }
        let tr = talen.tr(crate::game::screens::lang_on(&setup, Screen::Start));
        match action {
            Action::SetField(f) if cards.0.field(f).is_some() => setup.field = f.clone(),
            Action::SetWording(w) => setup.wording = *w,
            Action::SetLanguage(who, code) if talen.languages.get(code).is_some() => {
                match who {
                    Player::Client => setup.languages.client = code.clone(),
                    Player::Professional => setup.languages.professional = code.clone(),
                }
                log.say(&format!(
                    "taal: cliënt {} · professional {}",
                    setup.languages.client, setup.languages.professional
                ));
            }
            Action::SetMode(m) => setup.mode = *m,
            Action::ToggleGuess => {
                setup.guess = !setup.guess;
                log.say(if setup.guess {
                    "raad de ander: aan"
                } else {
                    "raad de ander: uit"
                });
            }
            Action::SetLabel(l) => setup.label = l.chars().take(MAX_LABEL_CHARS).collect(),
            // Starting anew would overwrite the unfinished conversation: first the question.
            Action::Continue if resume.0.is_none() => next.set(Screen::Themes),
            Action::Resume => {
                let Some(p) = resume.0.take() else { continue };
                match Session::from_record(&p.record) {
                    Ok(session) => {
                        setup.label = p.label.clone();
                        setup.mode = session.selection().mode;
                        setup.guess = session.selection().guess;
                        setup.field = session.selection().field.clone();
                        setup.wording = session.selection().wording;
                        setup.languages = session.selection().languages.clone();
                        let finished = session.is_finished();
                        log.say("verder spelen na onderbreking");
                        commands.insert_resource(Conversation::new(session));
                        next.set(if finished {
                            Screen::Summary
                        } else {
                            Screen::Play
                        });
                    }
                    Err(e) => notices.say(
                        Source::Answer,
                        tr.f("melding-verder-lukt-niet", [("fout", e.words(tr).into())]),
                    ),
                }
            }
            Action::DiscardResume => {
                resume.0 = None;
                if let Some(st) = &data.store
                    && let Err(e) = st.clear_progress()
                {
                    notices.say(Source::Answer, e.words(tr));
                }
            }
            Action::OpenHistory => next.set(Screen::History),
            _ => {}
        }
    }
}

/// Another pack in play: its cards and translations, and the setup's choices that fit it.
fn switch_pack(
    book: &crate::game::PackBook,
    (cards, talen): (&mut Cards, &mut Translations),
    setup: &mut Setup,
) {
    cards.0 = book.library.clone();
    *talen = book.translations.clone();
    setup.switch_pack(&book.library);
}
