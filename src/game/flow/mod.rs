//! Actions change the game: setup, themes, play and summary, and the 3-2-1 and flip timers.

use bevy::prelude::*;

use super::{
    Action, AskStop, COUNTDOWN_SECS, Cards, FLIP_SECS, GameSet, HelpOpen, Notices, Phase, Screen,
    Setup, Source, Table, not_paused, notice_for, paused, start_session,
};
use crate::session::{Mode, Move, Outcome, Phase as CardPhase, Player};

mod log;

use log::log_changes;
pub use log::{GameLog, phase_name, screen_name};

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            help_toggle,
            setup_actions.run_if(in_state(Screen::Start).or_else(in_state(Screen::Themes))),
            play_actions.run_if(in_state(Screen::Play)),
        )
            .chain()
            .in_set(GameSet::Apply),
    )
    .add_systems(
        Update,
        (
            first_phase.run_if(in_state(Phase::Dealing)),
            tick_countdown.run_if(in_state(Phase::Countdown).and_then(not_paused)),
            tick_flip.run_if(in_state(Phase::Flipping).and_then(not_paused)),
        )
            .in_set(GameSet::Tick),
    )
    .init_resource::<GameLog>()
    // The question belongs to the play screen; it never survives leaving it.
    .add_systems(OnExit(Screen::Play), |mut a: ResMut<AskStop>| {
        a.set_if_neq(AskStop(false));
    })
    .add_systems(Last, log_changes);
}

fn help_toggle(mut actions: MessageReader<Action>, mut help: ResMut<HelpOpen>, ask: Res<AskStop>) {
    for a in actions.read() {
        // The question "Stoppen?" is answered first; help does not open over it.
        if *a == Action::ToggleHelp && !ask.0 {
            help.0 = !help.0;
        }
    }
}

fn setup_actions(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    cards: Res<Cards>,
    talen: Res<super::Talen>,
    mut log: ResMut<GameLog>,
    mut notices: ResMut<Notices>,
    mut commands: Commands,
    resume: Option<Res<super::saving::Resume>>,
    covers: (Res<HelpOpen>, Res<super::look::LookPanel>),
) {
    let lib = &cards.0;
    // A click on a deck under the help or the "Weergave" panel does nothing.
    if covers.0.0 || covers.1.0 {
        actions.clear();
        return;
    }
    // Starting a new game would overwrite the unfinished one: first answer the question.
    let resume_pending = resume.is_some_and(|r| r.0.is_some());
    for action in actions.read() {
        match (screen.get(), action) {
            (_, Action::SetField(f)) if lib.field(f).is_some() => setup.field = f.clone(),
            (_, Action::SetWording(w)) => setup.wording = *w,
            // Before play only: the session keeps the languages it was dealt with.
            (Screen::Start | Screen::Themes, Action::SetLanguage(who, code))
                if talen.languages.get(code).is_some() =>
            {
                match who {
                    Player::Client => setup.languages.client = code.clone(),
                    Player::Professional => setup.languages.professional = code.clone(),
                }
                log.say(&format!(
                    "taal: cliënt {} · professional {}",
                    setup.languages.client, setup.languages.professional
                ));
            }
            (_, Action::SetMode(m)) => setup.mode = *m,
            (_, Action::SetLabel(l)) => {
                setup.label = l.chars().take(crate::session::MAX_LABEL_CHARS).collect()
            }
            (Screen::Start, Action::Continue) if !resume_pending => next.set(Screen::Themes),
            (Screen::Themes, Action::Back) => next.set(Screen::Start),
            (Screen::Themes, Action::ToggleDeck(i)) => {
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
            (Screen::Themes, Action::OnlyDeck(i)) => {
                if let Some(k) = lib.kenmerken.get(*i) {
                    setup.decks = vec![k.id.clone()];
                    notices.clear(Source::Answer);
                }
            }
            (Screen::Themes, Action::AllDecks) => {
                setup.decks = lib.kenmerken.iter().map(|k| k.id.clone()).collect();
                notices.clear(Source::Answer);
            }
            (Screen::Themes, Action::ToggleShort) => setup.short = !setup.short,
            (Screen::Themes, Action::Continue) => match start_session(lib, &setup) {
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

fn sort_decks(setup: &mut Setup, lib: &crate::deck::Library) {
    let order = |id: &String| {
        lib.kenmerken
            .iter()
            .position(|k| &k.id == id)
            .unwrap_or(usize::MAX)
    };
    setup.decks.sort_by_key(order);
}

/// The phase a card starts in: a cover screen in "om de beurt", choosing in "tegelijk".
fn card_start(table: &Table) -> Phase {
    match table.session().selection().mode {
        Mode::TakeTurns => Phase::Cover,
        Mode::Together | Mode::Phones => Phase::Choosing,
    }
}

/// The phase the session is really in: a card already turned over (after resuming, or going on
/// after "Stoppen") is talked about, two hidden choices are counted down, and otherwise the
/// players choose.
pub fn phase_for(table: &Table) -> Phase {
    let view = table.session().view();
    match view.phase {
        CardPhase::Revealed { .. } => Phase::Discuss,
        CardPhase::Ready => Phase::Countdown,
        CardPhase::Choosing => match table.session().selection().mode {
            // In turns, whoever is on turn first gets the cover screen.
            Mode::TakeTurns if view.turn.is_some() => Phase::Cover,
            Mode::TakeTurns => Phase::Choosing,
            Mode::Together | Mode::Phones => Phase::Choosing,
        },
        CardPhase::Finished => Phase::Dealing,
    }
}

fn first_phase(
    table: Option<ResMut<Table>>,
    mut next: ResMut<NextState<Phase>>,
    mut next_screen: ResMut<NextState<Screen>>,
) {
    let Some(mut table) = table else { return };
    if table.session().is_finished() {
        next_screen.set(Screen::Summary);
        return;
    }
    let phase = phase_for(&table);
    match phase {
        Phase::Countdown => table.countdown = COUNTDOWN_SECS,
        Phase::Discuss => table.flip = 1.0,
        _ => {}
    }
    next.set(phase);
}

fn play_actions(
    mut actions: MessageReader<Action>,
    table: Option<ResMut<Table>>,
    phase: Res<State<Phase>>,
    mut next_phase: ResMut<NextState<Phase>>,
    mut next_screen: ResMut<NextState<Screen>>,
    help: Res<HelpOpen>,
    mut ask: ResMut<AskStop>,
    panels: (Res<super::phones::PhonesPanel>, Res<super::look::LookPanel>),
    mut log: ResMut<GameLog>,
) {
    let (phones_panel, look_panel) = panels;
    let Some(mut table) = table else {
        actions.clear();
        return;
    };
    // Several actions may arrive in one frame; track the phase as it changes.
    let mut now = *phase.get();
    for action in actions.read() {
        // The question "Stoppen?" takes only its two answers; with the help open, nothing on the
        // table moves (a click through the help, or a key, does nothing).
        if ask.0 {
            match action {
                Action::ConfirmStop => {
                    ask.0 = false;
                    if let Err(e) = table.apply(Move::End) {
                        warn!("stoppen: {e}");
                    }
                    next_screen.set(Screen::Summary);
                    return;
                }
                Action::CancelStop => ask.0 = false,
                _ => {}
            }
            continue;
        }
        if paused(&help, &ask, &phones_panel, &look_panel) {
            continue;
        }
        let mode = table.session().selection().mode;
        // The action, as a move on the conversation (where this phase allows it).
        let m = match (now, action) {
            (_, Action::Stop) => {
                ask.0 = true;
                continue;
            }
            (Phase::Cover, Action::ConfirmCover) => {
                now = Phase::Choosing;
                continue;
            }
            (Phase::Cover | Phase::Choosing, Action::Skip) => Move::Skip,
            (Phase::Choosing, Action::Choose(p, s)) => Move::Choose(*p, *s),
            (Phase::Choosing, Action::Pass(p)) => Move::Pass(*p),
            // In "tegelijk" (and on phones) a choice may still change during the 3-2-1.
            (Phase::Countdown, Action::Choose(p, s)) if mode != Mode::TakeTurns => {
                Move::Choose(*p, *s)
            }
            (Phase::Countdown, Action::Pass(p)) if mode != Mode::TakeTurns => Move::Pass(*p),
            (Phase::Discuss, Action::Next) => Move::Next,
            (Phase::Discuss, Action::Rerate) => Move::Rerate,
            (Phase::Discuss, Action::SetNote(text)) => Move::Note(text.clone()),
            (Phase::Discuss, Action::ToggleMark) => Move::Mark(!table.session().view().marked),
            _ => continue,
        };
        let Ok(outcome) = table.apply(m) else {
            continue;
        };
        // That a seat chose (never what): the screen shows the same face-down card.
        if let Action::Choose(p, _) | Action::Pass(p) = action {
            let who = match p {
                crate::session::Player::Client => "cliënt",
                crate::session::Player::Professional => "professional",
            };
            let v = table.session().view();
            log.say(&format!(
                "gekozen: {who} · kaart {} van {}",
                v.position, v.total
            ));
            crate::bench::mark_chosen(*p);
        }
        match outcome {
            Outcome::Finished => {
                next_screen.set(Screen::Summary);
                return;
            }
            Outcome::NextCard | Outcome::NewRound => now = card_start(&table),
            // After a choice: start the 3-2-1 when both chose, or hand over.
            Outcome::BothChose if now == Phase::Choosing => {
                table.countdown = COUNTDOWN_SECS;
                now = Phase::Countdown;
            }
            Outcome::Waiting
                if mode == Mode::TakeTurns && table.session().view().turn.is_some() =>
            {
                now = Phase::Cover;
            }
            _ => {}
        }
    }
    if now != *phase.get() {
        next_phase.set(now);
    }
}

fn tick_countdown(time: Res<Time>, mut table: ResMut<Table>, mut next: ResMut<NextState<Phase>>) {
    table.countdown -= time.delta_secs();
    if table.countdown <= 0.0 {
        table.countdown = 0.0;
        // One state change turns both cards over.
        if table.apply(Move::Reveal).is_ok() {
            table.flip = 0.0;
            next.set(Phase::Flipping);
        }
    }
}

fn tick_flip(
    time: Res<Time>,
    mut table: ResMut<Table>,
    mut next: ResMut<NextState<Phase>>,
    look: Res<super::look::Look>,
) {
    // Calm motion: no turning; both faces appear in the same frame.
    table.flip = if look.calm() {
        1.0
    } else {
        (table.flip + time.delta_secs() / FLIP_SECS).min(1.0)
    };
    if table.flip >= 1.0 {
        next.set(Phase::Discuss);
    }
}
