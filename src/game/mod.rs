//! The Bevy skin. [`LogicPlugin`] holds states, input and the table (sprites and `Text2d`) and
//! runs headless; [`WindowPlugins`](window) adds the window, egui screens and the art.

mod action;
pub mod art;
pub mod live;
pub mod log;
pub mod logging;
pub mod look;
pub mod notices;
mod reader;
pub mod saving;
pub mod screens;
mod setup;
pub mod table;
pub mod window;

use bevy::prelude::*;

use crate::cli::Options;
use crate::deck::Library;
use crate::lang::{Languages, Tr};
use crate::session::{Move, Outcome, Session, SessionError};

pub use action::{Action, Export};
pub use notices::{Notices, Source};
pub use setup::{Books, Cards, PackBook, Packs, Setup, Translations};

/// The screens of the game.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Start,
    Themes,
    Play,
    Summary,
    History,
}

impl Screen {
    /// The screen's name in the log line `scherm: …` (what the scripts wait for).
    pub fn log_name(self) -> &'static str {
        match self {
            Screen::Start => "Start",
            Screen::Themes => "Thema's",
            Screen::Play => "Spelen",
            Screen::Summary => "Overzicht",
            Screen::History => "Eerdere gesprekken",
        }
    }
}

/// Where the current card is, during play.
#[derive(SubStates, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[source(Screen = Screen::Play)]
pub enum Phase {
    /// Just entered the play screen, or just stepped to a new card. In the next frame the game
    /// enters the phase the session is really in ([`screens::play::phase_for`]): a resumed card that was
    /// already turned over goes straight to the talk.
    #[default]
    Dealing,
    /// "Om de beurt": the other player looks away.
    Cover,
    /// Players choose.
    Choosing,
    /// Both chose: 3-2-1.
    Countdown,
    /// The cards turn over.
    Flipping,
    /// Talk about it.
    Discuss,
}

/// The conversation on the table. Everything that belongs to it lives here, so the next one
/// (a new `Conversation`) starts with no trace of it.
#[derive(Resource, Debug)]
pub struct Conversation {
    /// Read with [`Conversation::session`], changed only with [`Conversation::apply`].
    session: Session,
    /// Seconds left in the 3-2-1.
    pub countdown: f32,
    /// Progress of the flip, 0 to 1.
    pub flip: f32,
    /// The note field's text while it is being typed, for the card it belongs to.
    pub note_draft: NoteDraft,
    /// "Om de beurt": the turn whose cover was answered ("Ik ben aan de beurt"): card position,
    /// round and seat. The screen's phase follows from the rules and this alone
    /// ([`screens::play::phase_for`]).
    pub cover_seen: Option<(usize, usize, crate::session::Player)>,
    /// The file this conversation was saved as before "Verder spelen"; saving again replaces it.
    pub saved_before: Option<crate::store::SavedSession>,
    /// The id an export of this conversation carries while it is not saved: its own, so two
    /// unsaved conversations in one spreadsheet stay apart.
    pub unsaved_id: String,
}

impl Conversation {
    /// The conversation, to read.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The one way to change the conversation on the table.
    pub fn apply(&mut self, m: Move) -> Result<Outcome, SessionError> {
        self.session.apply(m)
    }

    pub fn new(session: Session) -> Conversation {
        Conversation {
            session,
            countdown: 0.0,
            flip: 0.0,
            note_draft: NoteDraft::default(),
            cover_seen: None,
            saved_before: None,
            unsaved_id: crate::store::unsaved_id(crate::store::now()),
        }
    }
}

/// The note field's text, tied to one card of one conversation.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct NoteDraft {
    card: String,
    text: String,
}

impl NoteDraft {
    /// The text to edit for the card now on the table: the session's note when the card changed.
    pub fn for_card(&mut self, card: &str, note: &str) -> &mut String {
        if self.card != card {
            self.card = card.to_string();
            self.text = note.to_string();
        }
        &mut self.text
    }
}

/// Whether the help overlay (F1) is open.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct HelpOpen(pub bool);

/// Whether the question "Stoppen?" is open.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct AskStop(pub bool);

/// "Eigen kaart": the field to write one is open, with what was typed so far.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct OwnCardDraft {
    pub open: bool,
    pub text: String,
}

/// "Raad de ander" on the laptop: a seat that has chosen went back to change its own choice
/// ("Mijn keuze veranderen"); until it chooses again, its keys and buttons choose, not guess.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct OwnAgain(pub crate::session::PerSeat<bool>);

impl OwnAgain {
    /// True when this seat's keys and buttons now place its guess: the players guess, the seat
    /// has chosen, and it did not go back to its own choice.
    pub fn guessing(&self, view: &crate::session::TableView, p: crate::session::Player) -> bool {
        let chosen = match p {
            crate::session::Player::Client => view.client,
            crate::session::Player::Professional => view.professional,
        };
        view.guesses.is_some() && chosen == crate::session::Seat::Chosen && !self.0[p]
    }
}

/// Whether the question "Wie wil even pauze?" is open.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct AskPause(pub bool);

/// True while the help or the question "Stoppen?" covers the game: the 3-2-1 and the flip wait,
/// and clicks on the table do nothing.
pub fn paused(
    help: &HelpOpen,
    ask: &AskStop,
    phones: &screens::phones::PhonesPanel,
    look: &look::LookPanel,
) -> bool {
    help.0 || ask.0 || phones.0 || look.0
}

/// True while the question "Het spel sluiten?" covers the game (its own resource, beside
/// [`paused`]).
pub fn leaving(ask: Option<&screens::leave::AskLeave>) -> bool {
    ask.is_some_and(|a| a.0.is_some())
}

/// Run condition: nothing covers the game, and the players did not ask for "Even pauze".
pub fn not_paused(
    help: Res<HelpOpen>,
    ask: Res<AskStop>,
    phones: Res<screens::phones::PhonesPanel>,
    look: Res<look::LookPanel>,
    table: Option<Res<Conversation>>,
    leave: Option<Res<screens::leave::AskLeave>>,
) -> bool {
    !paused(&help, &ask, &phones, &look)
        && !leaving(leave.as_deref())
        && table.is_none_or(|t| t.session().paused().is_none())
}

/// The order systems run in within a frame.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum GameSet {
    /// Keys and clicks become actions.
    Input,
    /// Actions change the game.
    Apply,
    /// Timers: 3-2-1 and the flip.
    Tick,
    /// The table shows the game.
    Show,
}

/// The order in which actions are applied, within [`GameSet::Apply`]: the overlays first (help,
/// "Weergave", the phone panel), then the screen that shows. Only one screen's `apply` acts in a
/// frame (each reads its actions only while its screen shows), so the screens need no order
/// among themselves.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplySet {
    Help,
    Look,
    Phones,
    Screen,
}

/// Seconds the 3-2-1 takes.
pub const COUNTDOWN_SECS: f32 = 2.1;
/// Seconds the flip takes.
pub const FLIP_SECS: f32 = 0.4;

/// States, input, rules and the table. Runs without a window (tests use it with
/// `MinimalPlugins`, `StatesPlugin` and `InputPlugin`).
pub struct LogicPlugin {
    pub library: Library,
    pub options: Options,
    pub problems: Vec<String>,
    /// Where sessions are saved; `None` when no data folder could be found.
    pub store: Option<crate::store::Store>,
    /// The languages of the screens and the translated cards.
    pub languages: std::sync::Arc<Languages>,
    /// Every pack the start screen offers (the one in play among them); none: only this one.
    pub packs: Vec<crate::pack::Pack>,
}

impl Plugin for LogicPlugin {
    fn build(&self, app: &mut App) {
        let setup = Setup::new(&self.library, &self.options);
        app.insert_resource(Translations::new(self.languages.clone(), &self.library))
            .insert_resource(Cards(self.library.clone()))
            .insert_resource(Packs::from_packs(&self.packs))
            .add_plugins(notices::plugin)
            // Filled by bevy_egui each frame; here too so the game runs without a window.
            .init_resource::<bevy_egui::input::EguiWantsInput>()
            .init_resource::<HelpOpen>()
            // The first-time explanation: not when --seed makes the game repeatable (the tests,
            // a demonstration). --mode or --decks alone still show it: a first pair may well
            // be started that way from a shortcut.
            .insert_resource(screens::help::FirstTime {
                showing: false,
                allowed: self.options.seed.is_none(),
            })
            .init_resource::<AskStop>()
            .init_resource::<AskPause>()
            .init_resource::<OwnAgain>()
            .init_resource::<OwnCardDraft>()
            .init_resource::<art::Art>()
            .add_message::<Action>()
            .configure_sets(
                Update,
                (GameSet::Input, GameSet::Apply, GameSet::Tick, GameSet::Show).chain(),
            )
            .configure_sets(
                Update,
                (
                    ApplySet::Help,
                    ApplySet::Look,
                    ApplySet::Phones,
                    ApplySet::Screen,
                )
                    .chain()
                    .in_set(GameSet::Apply),
            )
            // Only one screen's `apply` acts in a frame (the others drop their actions): they
            // touch the same data with no order among them, on purpose.
            .configure_sets(Update, ApplySet::Screen.ambiguous_with(ApplySet::Screen));
        let tr = self.languages.tr(setup.screen_lang());
        let mut notices = Notices::default();
        let mut problems = self.problems.clone();
        // "Live": cards read from a folder are watched; a saved file changes the game.
        if self.options.cards.is_some() {
            let (watching, waker, cannot) = live::start(&self.packs);
            app.insert_resource(watching).insert_resource(waker);
            problems.extend(cannot);
        }
        notices.say_all(Source::Cards, problems);
        let (look, problem) = look::Look::load(self.store.as_ref().map(crate::store::Store::root));
        if let Some(p) = problem {
            notices.say(Source::Look, p.words(tr));
        }
        app.insert_resource(look);
        let resume = saving::startup(app, self.store.clone(), &mut notices, tr);
        let start = if self.options.straight_to_play() && !resume {
            match start_session(&self.library, &setup) {
                Ok(table) => {
                    app.insert_resource(table);
                    Screen::Play
                }
                Err(e) => {
                    notices.say(Source::Answer, notice_for(&e, tr));
                    Screen::Themes
                }
            }
        } else {
            Screen::Start
        };
        app.insert_resource(notices);
        app.insert_resource(setup)
            .insert_resource(screens::phones::PhoneOptions {
                address: self.options.phone_address,
                ..default()
            });
        app.insert_state(start).add_sub_state::<Phase>();
        app.add_plugins((
            screens::keys::plugin,
            log::plugin,
            screens::plugin,
            live::plugin,
            saving::plugin,
            look::plugin,
        ));
    }
}

/// Deals a new session from the setup.
pub fn start_session(library: &Library, setup: &Setup) -> Result<Conversation, SessionError> {
    // In the rules an empty list means "all"; on the themes screen it means nothing was chosen.
    if setup.decks.is_empty() {
        return Err(SessionError::NoCards);
    }
    Session::new(library, setup.selection()).map(Conversation::new)
}

/// What to tell the players when a session cannot start.
pub fn notice_for(e: &SessionError, tr: Tr) -> String {
    match e {
        SessionError::NoCards => tr.t("thema-kies-minstens-een"),
        other => tr.f("melding-lukt-niet", [("fout", other.to_string().into())]),
    }
}
