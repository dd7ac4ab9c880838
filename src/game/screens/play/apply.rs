//! What the play screen's actions do: the players' choices, skip, the talk after the flip,
//! "Stoppen?"; and the 3-2-1 and the flip, which turn the cards over. Keys, buttons and phones
//! alike arrive as actions and become [`Move`]s on the conversation.

use bevy::prelude::*;

use crate::game::log::GameLog;
use crate::game::look::{Look, LookPanel};
use crate::game::screens::phones::{PhoneLink, PhonesPanel};
use crate::game::{
    Action, AskStop, COUNTDOWN_SECS, Conversation, FLIP_SECS, HelpOpen, Phase, Screen, paused,
};
use crate::session::{CardState, Mode, Move, Outcome};

/// The phase a card starts in: a cover screen in "om de beurt", choosing in "tegelijk".
fn card_start(table: &Conversation) -> Phase {
    match table.session().selection().mode {
        Mode::TakeTurns => Phase::Cover,
        Mode::Together | Mode::Phones => Phase::Choosing,
    }
}

/// The phase the session is really in: a card already turned over (after resuming, or going on
/// after "Stoppen") is talked about, two hidden choices are counted down, and otherwise the
/// players choose.
pub fn phase_for(table: &Conversation) -> Phase {
    let view = table.session().view();
    match view.phase {
        CardState::Revealed { .. } => Phase::Discuss,
        CardState::Ready => Phase::Countdown,
        CardState::Choosing => match table.session().selection().mode {
            // In turns, whoever is on turn first gets the cover screen.
            Mode::TakeTurns if view.turn.is_some() => Phase::Cover,
            Mode::TakeTurns => Phase::Choosing,
            Mode::Together | Mode::Phones => Phase::Choosing,
        },
        CardState::Finished => Phase::Dealing,
    }
}

pub(super) fn first_phase(
    table: Option<ResMut<Conversation>>,
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

pub(super) fn apply(
    mut actions: MessageReader<Action>,
    (screen, phase): (Res<State<Screen>>, Option<Res<State<Phase>>>),
    table: Option<ResMut<Conversation>>,
    mut next_phase: ResMut<NextState<Phase>>,
    mut next_screen: ResMut<NextState<Screen>>,
    help: Res<HelpOpen>,
    (mut ask, mut ask_pause, mut own): (
        ResMut<AskStop>,
        ResMut<crate::game::AskPause>,
        ResMut<crate::game::OwnCardDraft>,
    ),
    mut notices: ResMut<crate::game::Notices>,
    (talen, mut own_again): (
        Res<crate::game::Translations>,
        ResMut<crate::game::OwnAgain>,
    ),
    panels: (Res<PhonesPanel>, Res<LookPanel>, Option<Res<PhoneLink>>),
    leave: Option<Res<crate::game::screens::leave::AskLeave>>,
    mut log: ResMut<GameLog>,
) {
    if !crate::game::screens::shows(Screen::Play, &screen, &mut actions) {
        return;
    }
    let (phones_panel, look_panel, link) = panels;
    // "Het spel sluiten?" covers the table like the help: nothing under it moves.
    let leaving = crate::game::leaving(leave.as_deref());
    let (Some(mut table), Some(phase)) = (table, phase) else {
        actions.clear();
        return;
    };
    // Several actions may arrive in one frame; track the phase as it changes.
    let mut now = *phase.get();
    for action in actions.read() {
        // "Even pauze" goes over everything, and only the one who paused ends it. (Only these
        // actions touch the table here: a mutable look marks it changed.)
        if matches!(
            action,
            Action::AskPause | Action::CancelPause | Action::Pause(_) | Action::GoOn(_)
        ) {
            pause_action(
                action,
                &mut table,
                (&mut ask, &mut ask_pause),
                link.as_deref(),
                now,
                &mut log,
            );
            continue;
        }
        // "Eigen kaart": the field to write one, and the card it becomes.
        if matches!(
            action,
            Action::OpenOwnCard | Action::CancelOwnCard | Action::AddOwnCard(_)
        ) {
            // Under the help or Weergave the field does not open; a sentence from a phone
            // still counts.
            if matches!(action, Action::OpenOwnCard)
                && paused(&help, &ask, &phones_panel, &look_panel)
            {
                continue;
            }
            let code = table.session().selection().languages.client.clone();
            // A new field starts with nothing said in it.
            if matches!(action, Action::OpenOwnCard) {
                notices.clear(crate::game::Source::Answer);
            }
            let said = own_card_action(action, &mut table, &mut own, now, &mut log);
            if let Some(key) = said {
                let tr = talen.tr(&code);
                notices.say(crate::game::Source::Answer, key.words(tr));
            }
            continue;
        }
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
        if paused(&help, &ask, &phones_panel, &look_panel) || leaving {
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
            (Phase::Choosing, Action::Guess(p, g)) => Move::Guess(*p, *g),
            (Phase::Countdown, Action::Guess(p, g)) if mode != Mode::TakeTurns => {
                Move::Guess(*p, *g)
            }
            // Back to one's own choice: nothing changes on the table until it is placed.
            (Phase::Choosing | Phase::Countdown, Action::ChooseAgain(p))
                if mode != Mode::TakeTurns =>
            {
                own_again.0[*p] = true;
                continue;
            }
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
        // A seat that chose again guesses next; a new card starts with choices.
        match (action, outcome) {
            (Action::Choose(p, _) | Action::Pass(p), _) => own_again.0[*p] = false,
            (_, Outcome::Revealed | Outcome::NextCard | Outcome::NewRound) => {
                *own_again = Default::default();
            }
            _ => {}
        }
        // That a seat chose or guessed (never what): the screen shows the same face-down card.
        let placed = match action {
            Action::Choose(p, _) | Action::Pass(p) => Some((*p, "gekozen")),
            Action::Guess(p, _) => Some((*p, "gegokt")),
            _ => None,
        };
        // "Later verder praten", on or off (the scripts read it; it says nothing of a choice).
        if matches!(action, Action::ToggleMark) {
            let on = table.session().view().marked;
            log.say(if on {
                "later verder praten: aan"
            } else {
                "later verder praten: uit"
            });
        }
        if let Some((p, what)) = placed {
            let who = match p {
                crate::session::Player::Client => "cliënt",
                crate::session::Player::Professional => "professional",
            };
            let v = table.session().view();
            log.say(&format!(
                "{what}: {who} · kaart {} van {}",
                v.position, v.total
            ));
            if what == "gekozen" {
                crate::bench::mark_chosen(p);
            }
        }
        match outcome {
            Outcome::Finished => {
                next_screen.set(Screen::Summary);
                return;
            }
            Outcome::NextCard | Outcome::NewRound => {
                now = card_start(&table);
                // "Jullie eigen kaart komt hierna" has come: said.
                notices.clear(crate::game::Source::Answer);
            }
            // After a choice: start the 3-2-1 when both chose, or hand over.
            Outcome::BothChose if now == Phase::Choosing => {
                table.countdown = COUNTDOWN_SECS;
                now = Phase::Countdown;
            }
            // In turns the cover comes when the other is on turn (with "Raad de ander" the
            // one who chose guesses first, on the same screen).
            Outcome::Waiting
                if mode == Mode::TakeTurns
                    && table.session().view().turn.is_some_and(
                        |t| !matches!(action, Action::Choose(p, _) | Action::Pass(p) if *p == t),
                    ) =>
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

/// What to tell the players after an own card's action.
enum OwnSaid {
    Next,
    Now,
    Refused(crate::session::SessionError),
}

impl OwnSaid {
    fn words(&self, tr: crate::lang::Tr) -> String {
        match self {
            OwnSaid::Next => tr.t("melding-eigen-hierna"),
            OwnSaid::Now => tr.t("melding-eigen-nu"),
            OwnSaid::Refused(e) => e.words(tr),
        }
    }
}

/// The own card's actions: open the field (only between cards), close it, put the card on the
/// table. What to tell the players, if anything.
fn own_card_action(
    action: &Action,
    table: &mut Conversation,
    own: &mut crate::game::OwnCardDraft,
    now: Phase,
    log: &mut GameLog,
) -> Option<OwnSaid> {
    let between = |t: &Conversation| {
        let v = t.session().view();
        now == Phase::Discuss
            || (matches!(now, Phase::Cover | Phase::Choosing)
                && v.round == 1
                && v.client == crate::session::Seat::Waiting
                && v.professional == crate::session::Seat::Waiting)
    };
    match action {
        Action::OpenOwnCard if table.session().paused().is_none() && between(table) => {
            own.open = true;
            log.say("eigen kaart: veld open");
            None
        }
        Action::OpenOwnCard => None,
        Action::CancelOwnCard => {
            own.open = false;
            None
        }
        Action::AddOwnCard(text) => {
            // From the rules, not the phase: a phone may write while the cards still turn.
            let first = !matches!(
                table.session().view().phase,
                crate::session::CardState::Revealed { .. }
            );
            match table.apply(Move::AddOwnCard(text.clone())) {
                Ok(_) => {
                    *own = crate::game::OwnCardDraft::default();
                    log.say(if first {
                        "eigen kaart: nu op tafel"
                    } else {
                        "eigen kaart: hierna"
                    });
                    Some(if first { OwnSaid::Now } else { OwnSaid::Next })
                }
                Err(e) => Some(OwnSaid::Refused(e)),
            }
        }
        _ => None,
    }
}

/// The pause's actions: the question who (laptop), the pause, and going on. A move the rules
/// refuse changes nothing: no resource is touched (a mutable look would mark it changed and draw
/// frames), no line is logged.
fn pause_action(
    action: &Action,
    table: &mut ResMut<Conversation>,
    (ask, ask_pause): (&mut ResMut<AskStop>, &mut ResMut<crate::game::AskPause>),
    link: Option<&PhoneLink>,
    now: Phase,
    log: &mut GameLog,
) {
    match action {
        Action::AskPause if table.session().paused().is_none() && !ask.0 => {
            ask_pause.set_if_neq(crate::game::AskPause(true));
        }
        Action::CancelPause => {
            ask_pause.set_if_neq(crate::game::AskPause(false));
        }
        Action::Pause(p) => {
            if table.session().allows(&Move::Pause(*p)).is_err() {
                return;
            }
            ask_pause.set_if_neq(crate::game::AskPause(false));
            if table.apply(Move::Pause(*p)).is_ok() {
                // The pause covers everything; "Stoppen?" can wait till after it.
                ask.set_if_neq(AskStop(false));
                // Never who: the log is no record of who needed a break.
                log.say("pauze: aan");
            }
        }
        Action::GoOn(from) => {
            let Some(by) = table.session().paused() else {
                return;
            };
            // The laptop goes on for the one who paused, unless their own phone holds the
            // seat: then only that phone can.
            let who = match from {
                Some(p) => *p,
                None if link.is_some_and(|l| l.holds(by)) => return,
                None => by,
            };
            if table.session().allows(&Move::GoOn(who)).is_err() {
                return;
            }
            if table.apply(Move::GoOn(who)).is_ok() {
                log.say("pauze: uit");
                // The 3-2-1 starts again from 3: nobody should be surprised by a flip.
                if now == Phase::Countdown {
                    table.countdown = COUNTDOWN_SECS;
                }
            }
        }
        _ => {}
    }
}

pub(super) fn tick_countdown(
    time: Res<Time>,
    mut table: ResMut<Conversation>,
    mut next: ResMut<NextState<Phase>>,
) {
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

pub(super) fn tick_flip(
    time: Res<Time>,
    mut table: ResMut<Conversation>,
    mut next: ResMut<NextState<Phase>>,
    look: Res<Look>,
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
