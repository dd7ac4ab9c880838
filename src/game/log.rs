//! The game's log lines on standard output (`scherm: …`, `fase: …`): what the scripts read.
//! Never a hidden choice, never a note.

use bevy::prelude::*;

use super::{Action, AskStop, Conversation, HelpOpen, Phase, Screen};

pub fn plugin(app: &mut App) {
    app.init_resource::<GameLog>()
        .add_systems(Last, log_changes);
}

/// The phase's name in the log line `fase: …`.
pub fn phase_name(p: Phase) -> &'static str {
    match p {
        Phase::Dealing => "delen",
        Phase::Cover => "wegkijken",
        Phase::Choosing => "kiezen",
        Phase::Countdown => "aftellen",
        Phase::Flipping => "omdraaien",
        Phase::Discuss => "omgedraaid",
    }
}

/// The info lines that tell where the game is, for people reading the log and for the scripts
/// that play the real window (`expect scherm: Thema's`). Each line is unique within a run: a line
/// said before gets " · 2e keer", " · 3e keer", so a script cannot match an old line. Never a
/// rating: the log may be read by anyone.
#[derive(Resource, Default, Debug)]
pub struct GameLog {
    said: std::collections::HashMap<String, u32>,
}

impl GameLog {
    /// Logs `line` at info level and returns it as logged.
    pub fn say(&mut self, line: &str) -> String {
        let n = self.said.entry(line.to_string()).or_insert(0);
        *n += 1;
        let text = if *n == 1 {
            line.to_string()
        } else {
            format!("{line} · {n}e keer")
        };
        info!("{text}");
        text
    }
}

/// Where the current card is, for the log: "kaart 2 van 5", the round after a re-rate, and whose
/// turn it is in "om de beurt".
fn card_words(table: &Conversation) -> String {
    let v = table.session().view();
    let mut s = format!("kaart {} van {}", v.position, v.total);
    if v.round > 1 {
        s.push_str(&format!(" · ronde {}", v.round));
    }
    if let Some(p) = v.turn {
        s.push_str(match p {
            crate::session::Player::Client => " · cliënt",
            crate::session::Player::Professional => " · professional",
        });
    }
    s
}

/// An action as the log may say it: its kind, never what a player typed or chose. A choice's
/// value is never logged (`Hidden` shows none, and a pass reads as a choice); a code, a note,
/// a saved conversation's id and an export's path (which may hold the code) are left out.
pub fn action_kind(a: &Action) -> String {
    match a {
        Action::Pass(p) => format!("Choose({p:?}, Hidden)"),
        // A guess reads the same whether a score or "Weet ik niet".
        Action::Guess(p, _) => format!("Guess({p:?}, Hidden)"),
        Action::SetNote(_) => "SetNote".into(),
        Action::SetLabel(_) => "SetLabel".into(),
        Action::SelectLabel(_) => "SelectLabel".into(),
        Action::ViewSaved(_) => "ViewSaved".into(),
        Action::DeleteSaved(_) => "DeleteSaved".into(),
        Action::ExportCsv(_) => "ExportCsv".into(),
        Action::ExportHtml(_) => "ExportHtml".into(),
        Action::ExportChosen(kind, _) => format!("ExportChosen({kind:?})"),
        // Who needed a break is nobody's record.
        Action::Pause(_) => "Pause".into(),
        Action::GoOn(_) => "GoOn".into(),
        // What the players wrote stays on the laptop's screen, not in its log.
        Action::AddOwnCard(_) => "AddOwnCard".into(),
        other => format!("{other:?}"),
    }
}

/// One stable info line for every screen, phase and overlay change (`scherm: Thema's`,
/// `fase: omgedraaid · kaart 2 van 5`, `help: open`). Actions are logged by kind at debug level.
fn log_changes(
    screen: Res<State<Screen>>,
    phase: Option<Res<State<Phase>>>,
    help: Res<HelpOpen>,
    ask: Res<AskStop>,
    table: Option<Res<Conversation>>,
    mut log: ResMut<GameLog>,
    mut actions: MessageReader<Action>,
) {
    for a in actions.read() {
        debug!("action {}", action_kind(a));
    }
    if screen.is_changed() {
        log.say(&format!("scherm: {}", screen.get().log_name()));
    }
    if let Some(p) = phase
        && p.is_changed()
        && *p.get() != Phase::Dealing
    {
        let at = table.as_deref().map(card_words).unwrap_or_default();
        log.say(&format!("fase: {} · {at}", phase_name(*p.get())));
    }
    if help.is_changed() && !help.is_added() {
        log.say(if help.0 { "help: open" } else { "help: dicht" });
    }
    if ask.is_changed() && !ask.is_added() {
        log.say(if ask.0 {
            "vraag stoppen: open"
        } else {
            "vraag stoppen: dicht"
        });
    }
}
