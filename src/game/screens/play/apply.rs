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
use crate::session::{CardState, Move, Outcome};

/// The phase the screen is in, from the rules' state alone: a card turned over is talked about
/// (the flip's animation comes first, started by the 3-2-1), two hidden choices are counted
/// down, and otherwise the players choose; in "om de beurt" the seat on turn first gets the
/// cover, until it answers it. Every change of phase after a move is this function's answer:
/// there is no second state machine to keep in step with the session.
pub fn phase_for(table: &Conversation) -> Phase {
    let view = table.session().view();
    match view.phase {
        CardState::Revealed { .. } => Phase::Discuss,
        CardState::Ready => Phase::Countdown,
        CardState::Choosing => match view.turn {
            Some(t) if table.cover_seen != Some((view.position, view.round, t)) => Phase::Cover,
            _ => Phase::Choosing,
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
        // The action, as a move on the conversation, where this step of the screen shows it
        // (the cover first, the talk after the flip). Whether the move may be made now is the
        // rules' answer alone: `apply` refuses what they do not allow.
        let m = match (now, action) {
            (_, Action::Stop) => {
                ask.0 = true;
                continue;
            }
            (Phase::Cover, Action::ConfirmCover) => {
                let v = table.session().view();
                if let Some(t) = v.turn {
                    table.cover_seen = Some((v.position, v.round, t));
                }
                now = phase_for(&table);
                continue;
            }
            (Phase::Cover | Phase::Choosing, Action::Skip) => Move::Skip,
            (Phase::Choosing | Phase::Countdown, Action::Choose(p, s)) => Move::Choose(*p, *s),
            (Phase::Choosing | Phase::Countdown, Action::Pass(p)) => Move::Pass(*p),
            (Phase::Choosing | Phase::Countdown, Action::Guess(p, g)) => Move::Guess(*p, *g),
            // Back to one's own choice, where the rules still let it change: nothing changes on
            // the table until it is placed.
            (Phase::Choosing | Phase::Countdown, Action::ChooseAgain(p)) => {
                if table.session().may().seats[*p].choose {
                    own_again.0[*p] = true;
                }
                continue;
            }
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
        if outcome == Outcome::Finished {
            next_screen.set(Screen::Summary);
            return;
        }
        // "Jullie eigen kaart komt hierna" has come: said.
        if matches!(outcome, Outcome::NextCard | Outcome::NewRound) {
            notices.clear(crate::game::Source::Answer);
        }
        // Where the rules now are; the 3-2-1 starts when both just chose.
        let next = phase_for(&table);
        if next == Phase::Countdown && now != Phase::Countdown {
            table.countdown = COUNTDOWN_SECS;
        }
        now = next;
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
    // Where the screen shows the field (after the flip, or while choosing), and the rules
    // allow an own card now (after the flip, or before anyone chose; no pause).
    let between = |t: &Conversation| {
        matches!(now, Phase::Discuss | Phase::Cover | Phase::Choosing) && t.session().may().own_card
    };
    match action {
        Action::OpenOwnCard if between(table) => {
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
