//! Actions change the game: setup, themes, play and summary, and the 3-2-1 and flip timers.

use bevy::prelude::*;

use super::{
    Action, COUNTDOWN_SECS, Cards, FLIP_SECS, GameSet, HelpOpen, Notice, Phase, Screen, Setup,
    Table, notice_for, start_session,
};
use crate::session::{Mode, Phase as CardPhase};

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            help_toggle,
            setup_actions.run_if(in_state(Screen::Start).or_else(in_state(Screen::Themes))),
            play_actions.run_if(in_state(Screen::Play)),
            summary_actions.run_if(in_state(Screen::Summary)),
        )
            .in_set(GameSet::Apply),
    )
    .add_systems(
        Update,
        (
            first_phase.run_if(in_state(Phase::Dealing)),
            tick_countdown.run_if(in_state(Phase::Countdown)),
            tick_flip.run_if(in_state(Phase::Flipping)),
        )
            .in_set(GameSet::Tick),
    )
    .add_systems(OnEnter(Screen::Start), |mut n: ResMut<Notice>| n.0 = None)
    .add_systems(Last, log_changes);
}

fn help_toggle(mut actions: MessageReader<Action>, mut help: ResMut<HelpOpen>) {
    for a in actions.read() {
        if *a == Action::ToggleHelp {
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
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    resume: Option<Res<super::saving::Resume>>,
) {
    let lib = &cards.0;
    // Starting a new game would overwrite the unfinished one: first answer the question.
    let resume_pending = resume.is_some_and(|r| r.0.is_some());
    for action in actions.read() {
        match (screen.get(), action) {
            (_, Action::SetField(f)) if lib.field(f).is_some() => setup.field = f.clone(),
            (_, Action::SetWording(w)) => setup.wording = *w,
            (_, Action::SetMode(m)) => setup.mode = *m,
            (_, Action::SetLabel(l)) => setup.label = l.chars().take(40).collect(),
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
                    notice.0 = None;
                }
            }
            (Screen::Themes, Action::OnlyDeck(i)) => {
                if let Some(k) = lib.kenmerken.get(*i) {
                    setup.decks = vec![k.id.clone()];
                    notice.0 = None;
                }
            }
            (Screen::Themes, Action::AllDecks) => {
                setup.decks = lib.kenmerken.iter().map(|k| k.id.clone()).collect();
                notice.0 = None;
            }
            (Screen::Themes, Action::ToggleShort) => setup.short = !setup.short,
            (Screen::Themes, Action::Continue) => match start_session(lib, &setup) {
                Ok(table) => {
                    notice.0 = None;
                    commands.insert_resource(table);
                    next.set(Screen::Play);
                }
                Err(e) => notice.0 = Some(notice_for(&e)),
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
    match table.session.selection().mode {
        Mode::TakeTurns => Phase::Cover,
        Mode::Together => Phase::Choosing,
    }
}

fn first_phase(table: Option<Res<Table>>, mut next: ResMut<NextState<Phase>>) {
    if let Some(table) = table {
        next.set(card_start(&table));
    }
}

#[allow(clippy::too_many_arguments)]
fn play_actions(
    mut actions: MessageReader<Action>,
    table: Option<ResMut<Table>>,
    phase: Res<State<Phase>>,
    mut next_phase: ResMut<NextState<Phase>>,
    mut next_screen: ResMut<NextState<Screen>>,
) {
    let Some(mut table) = table else {
        return;
    };
    // Several actions may arrive in one frame; track the phase as it changes.
    let mut now = *phase.get();
    for action in actions.read() {
        let mode = table.session.selection().mode;
        let result = match (now, action) {
            (_, Action::Stop) => {
                let _ = table.session.end();
                next_screen.set(Screen::Summary);
                return;
            }
            (Phase::Cover, Action::ConfirmCover) => {
                now = Phase::Choosing;
                Ok(())
            }
            (Phase::Cover | Phase::Choosing, Action::Skip) => table.session.skip().map(|_| {
                now = if table.session.is_finished() {
                    Phase::Dealing
                } else {
                    card_start(&table)
                };
            }),
            (Phase::Choosing, Action::Choose(p, s)) => table.session.choose(*p, *s),
            (Phase::Choosing, Action::Pass(p)) => table.session.pass(*p),
            // In "tegelijk" a choice may still change during the 3-2-1.
            (Phase::Countdown, Action::Choose(p, s)) if mode == Mode::Together => {
                table.session.choose(*p, *s)
            }
            (Phase::Countdown, Action::Pass(p)) if mode == Mode::Together => table.session.pass(*p),
            (Phase::Discuss, Action::Next) => table.session.next().map(|_| {
                now = if table.session.is_finished() {
                    Phase::Dealing
                } else {
                    card_start(&table)
                };
            }),
            (Phase::Discuss, Action::Rerate) => {
                table.session.rerate().map(|_| now = card_start(&table))
            }
            (Phase::Discuss, Action::ToggleMark) => {
                let marked = table.session.view().marked;
                table.session.set_marked(!marked)
            }
            (Phase::Discuss, Action::SetNote(text)) => table.session.set_note(text),
            _ => Ok(()),
        };
        if result.is_err() {
            continue;
        }
        if table.session.is_finished() {
            next_screen.set(Screen::Summary);
            return;
        }
        // After a choice: hand over, or start the 3-2-1 when both chose.
        if matches!(action, Action::Choose(..) | Action::Pass(..)) && now == Phase::Choosing {
            let view = table.session.view();
            if view.phase == CardPhase::Ready {
                table.countdown = COUNTDOWN_SECS;
                now = Phase::Countdown;
            } else if mode == Mode::TakeTurns && view.turn.is_some() {
                now = Phase::Cover;
            }
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
        if table.session.reveal().is_ok() {
            table.flip = 0.0;
            next.set(Phase::Flipping);
        }
    }
}

fn tick_flip(time: Res<Time>, mut table: ResMut<Table>, mut next: ResMut<NextState<Phase>>) {
    table.flip = (table.flip + time.delta_secs() / FLIP_SECS).min(1.0);
    if table.flip >= 1.0 {
        next.set(Phase::Discuss);
    }
}

fn summary_actions(
    mut actions: MessageReader<Action>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut setup: ResMut<Setup>,
    viewing: Res<super::saving::Viewing>,
) {
    for action in actions.read() {
        match action {
            // A new conversation is often with someone else: do not carry the code over.
            Action::NewGame if matches!(*viewing, super::saving::Viewing::Live) => {
                setup.label.clear();
                next.set(Screen::Start);
            }
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}

/// Logs screen and phase changes (never a rating: the log may be read by anyone).
fn log_changes(
    screen: Res<State<Screen>>,
    phase: Option<Res<State<Phase>>>,
    mut actions: MessageReader<Action>,
) {
    for a in actions.read() {
        // Only the kind of action: a choice's value is never logged.
        let kind = match a {
            Action::Choose(p, _) => format!("Choose({p:?})"),
            Action::Pass(p) => format!("Pass({p:?})"),
            Action::SetNote(_) => "SetNote".into(),
            Action::SetLabel(_) => "SetLabel".into(),
            other => format!("{other:?}"),
        };
        debug!("action {kind}");
    }
    if screen.is_changed() {
        debug!("screen {:?}", screen.get());
    }
    if let Some(p) = phase
        && p.is_changed()
    {
        debug!("phase {:?}", p.get());
    }
}
