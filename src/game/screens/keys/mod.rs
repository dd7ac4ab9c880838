//! The one key table: which key does what, where, and the words that say so. The input system
//! reads keys through it, the buttons take their key hints from it, the help (F1) lists it, and
//! a test checks that README's key table is the one [`readme_table`] writes.

mod input;

use bevy::prelude::KeyCode;

use crate::game::look::OFFERED;
use crate::game::{Action, Export, Phase, Screen};

use crate::lang::Tr;
use crate::session::{Hidden, May, Mode, Player};
use crate::settings::{Contrast, Motion, Settings};
pub use input::{KeyQueue, KeysHere, pending, plugin};

/// What lies over the screen: while something does, only its own keys count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// The question on the start screen: go on with the unfinished conversation?
    Resume,
    /// The panel "Weergave" (F2), over every screen.
    Look,
    /// The question "Stoppen?".
    AskStop,
    /// The panel "Doe mee met je telefoon".
    Phones,
    /// The help (F1).
    Help,
    /// The question "Wie wil even pauze?".
    PauseAsk,
    /// "Even pauze" covers the table.
    Pause,
    /// The field "Eigen kaart" is open.
    OwnCard,
    /// The question "Nog niet bewaard" (or "Het spel sluiten?").
    Leave,
}

/// Where the players are, as far as keys go.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Here {
    pub screen: Screen,
    pub phase: Option<Phase>,
    pub mode: Mode,
    /// Who chooses now, in "om de beurt".
    pub turn: Option<Player>,
    pub cover: Option<Cover>,
    /// The look now (the F2 keys switch contrast and motion).
    pub look: Settings,
    /// What the rules allow now ([`crate::session::Session::may`]; nothing without a
    /// conversation): a row with a [`Rule`] holds only where the rules allow its move.
    pub may: May,
    /// A text field is on this screen (the code, the note, the export name, the search): a
    /// letter is typed into it, and letter keys act only with `Alt` (WCAG 2.1.4: a letter
    /// someone means to type never plays the game, let alone throws a choice away).
    pub typing: bool,
    /// `Alt` is held with this key.
    pub alt: bool,
    /// How many steps the scale of the pack in play has: a digit beyond it chooses nothing.
    pub steps: u8,
}

impl Here {
    /// True on the screens and phases that show a text field (see [`Here::typing`]).
    pub fn has_field(screen: Screen, phase: Option<Phase>) -> bool {
        match screen {
            Screen::Start | Screen::Summary | Screen::History => true,
            Screen::Play => phase == Some(Phase::Discuss),
            _ => false,
        }
    }
}

/// When a row of the table counts (with nothing over the screen, unless `Over`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Anywhere,
    Start,
    Themes,
    /// Play, every phase.
    Play,
    /// Play "op je telefoon".
    PlayOnPhones,
    /// Play, "om de beurt": the screen that says whose turn it is.
    TurnCover,
    /// Play, before anyone chose on this card (the cover screen or choosing).
    BeforeChoice,
    /// Play, "om de beurt": choosing (and the 3-2-1).
    TurnChoosing,
    /// Play, "tegelijk" or on phones: choosing (and the 3-2-1, when a choice may still change).
    TogetherChoosing,
    /// Play, after the flip.
    Discuss,
    /// Play, where an own card can be written: after the flip, or choosing (the rules say
    /// whether nobody chose yet).
    BetweenCards,
    Summary,
    History,
    /// Something lies over the screen.
    Over(Cover),
}

impl When {
    fn holds(self, here: &Here) -> bool {
        let play = here.screen == Screen::Play && here.cover.is_none();
        let phase = |p: &[Phase]| play && here.phase.is_some_and(|now| p.contains(&now));
        match self {
            When::Over(c) => here.cover == Some(c),
            _ if here.cover.is_some() => false,
            When::Anywhere => true,
            When::Start => here.screen == Screen::Start,
            When::Themes => here.screen == Screen::Themes,
            When::Play => play,
            When::PlayOnPhones => play && here.mode == Mode::Phones,
            When::TurnCover => phase(&[Phase::Cover]),
            When::BeforeChoice => phase(&[Phase::Cover, Phase::Choosing]),
            When::TurnChoosing => {
                here.mode == Mode::TakeTurns && phase(&[Phase::Choosing, Phase::Countdown])
            }
            When::TogetherChoosing => {
                here.mode != Mode::TakeTurns && phase(&[Phase::Choosing, Phase::Countdown])
            }
            When::Discuss => phase(&[Phase::Discuss]),
            When::BetweenCards => phase(&[Phase::Discuss, Phase::Cover, Phase::Choosing]),
            When::Summary => here.screen == Screen::Summary,
            When::History => here.screen == Screen::History,
        }
    }
}

/// The move of the rules a row's keys make: the row holds only where the session allows it
/// ([`Here::may`]), so no key offers what the rules would refuse. (`When` says on which screen
/// and in which step of the screen; this says whether the rules allow it there.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The seat on turn chooses (or guesses, after its choice).
    ChooseOnTurn,
    /// This seat chooses (or guesses).
    Choose(Player),
    Skip,
    OwnCard,
    Next,
    Mark,
    Rerate,
    /// Some seat may ask for "Even pauze".
    Pause,
    /// The one who paused may go on.
    GoOn,
}

impl Rule {
    pub fn allows(self, here: &Here) -> bool {
        let may = &here.may;
        let seat = |p: Player| may.seats[p].choose || may.seats[p].guess;
        match self {
            Rule::ChooseOnTurn => here.turn.is_some_and(seat),
            Rule::Choose(p) => seat(p),
            Rule::Skip => may.skip,
            Rule::OwnCard => may.own_card,
            Rule::Next => may.next,
            Rule::Mark => may.mark,
            Rule::Rerate => may.rerate,
            Rule::Pause => may.pause(),
            Rule::GoOn => Player::ALL.iter().any(|&p| may.seats[p].go_on),
        }
    }
}

/// What a row's keys do.
#[derive(Debug, Clone, PartialEq)]
pub enum Does {
    Act(Action),
    /// The digit picks a deck (1 is the first).
    Deck,
    /// The digit (1–5, top row or number pad) is the score of whoever is on turn.
    TurnScore,
    TurnPass,
    /// Top row 1–5: the client's score.
    ClientScore,
    /// Top row 6–0: the professional's score (6 = 1 … 0 = 5).
    ProfessionalRow,
    /// Number pad 1–5: the professional's score.
    ProfessionalPad,
    /// 1–4: a text size of "Weergave".
    TextSize,
    /// High contrast on or off.
    Contrast,
    /// Calm motion on or off.
    Motion,
}

/// How a key is written for the players.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    /// The same in every language: "Enter", "1 – 5".
    Key(&'static str),
    /// Words in the language files ("Enter / spatie").
    Words(&'static str),
}

/// One row: these keys, here, do this; `help` (a words key) says what, under the heading
/// `group`. Rows without `group` are not listed in the help (closing an overlay).
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    pub name: Name,
    pub when: When,
    pub does: Does,
    pub help: &'static str,
    pub group: Option<&'static str>,
    /// The rules' move these keys make, if any (see [`Rule`]).
    pub rule: Option<Rule>,
}

impl Binding {
    /// The same row, holding only where the rules allow `rule`.
    const fn ruled(mut self, rule: Rule) -> Binding {
        self.rule = Some(rule);
        self
    }

    /// This row counts here: its screen and step, and the rules' yes.
    pub fn holds(&self, here: &Here) -> bool {
        self.when.holds(here) && self.rule.is_none_or(|r| r.allows(here))
    }
}

const ENTER: &[KeyCode] = &[KeyCode::Enter, KeyCode::NumpadEnter];
const ROW_1_5: &[KeyCode] = &[
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
];
const PAD_1_5: &[KeyCode] = &[
    KeyCode::Numpad1,
    KeyCode::Numpad2,
    KeyCode::Numpad3,
    KeyCode::Numpad4,
    KeyCode::Numpad5,
];
const BOTH_1_5: &[KeyCode] = &[
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Numpad1,
    KeyCode::Numpad2,
    KeyCode::Numpad3,
    KeyCode::Numpad4,
    KeyCode::Numpad5,
];
const BOTH_1_9: &[KeyCode] = &[
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
    KeyCode::Numpad1,
    KeyCode::Numpad2,
    KeyCode::Numpad3,
    KeyCode::Numpad4,
    KeyCode::Numpad5,
    KeyCode::Numpad6,
    KeyCode::Numpad7,
    KeyCode::Numpad8,
    KeyCode::Numpad9,
];
const BOTH_1_4: &[KeyCode] = &[
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Numpad1,
    KeyCode::Numpad2,
    KeyCode::Numpad3,
    KeyCode::Numpad4,
];
const ROW_6_0: &[KeyCode] = &[
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
    KeyCode::Digit0,
];

const fn row(
    keys: &'static [KeyCode],
    name: &'static str,
    when: When,
    does: Does,
    help: &'static str,
    group: &'static str,
) -> Binding {
    Binding {
        keys,
        name: Name::Key(name),
        when,
        does,
        help,
        group: Some(group),
        rule: None,
    }
}

/// A row the help does not list (the keys that close an overlay say so on its button).
const fn quiet(keys: &'static [KeyCode], name: &'static str, when: When, does: Does) -> Binding {
    Binding {
        keys,
        name: Name::Key(name),
        when,
        does,
        help: "",
        group: None,
        rule: None,
    }
}

/// Every key of the game. The first row that holds for a key wins; the help lists the rows in
/// this order, grouped by heading.
pub static KEYS: &[Binding] = &[
    // Over the screen: only the cover's own keys. "Nog niet bewaard": back is the default;
    // leaving without keeping it has no key (a click, or Tab to the button).
    quiet(
        &[KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Escape],
        "Esc",
        When::Over(Cover::Leave),
        Does::Act(Action::CancelLeave),
    ),
    quiet(
        &[KeyCode::KeyB],
        "B",
        When::Over(Cover::Leave),
        Does::Act(Action::LeaveSave),
    ),
    quiet(
        ENTER,
        "Enter",
        When::Over(Cover::Resume),
        Does::Act(Action::Resume),
    ),
    quiet(
        &[KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Escape],
        "Enter",
        When::Over(Cover::Phones),
        Does::Act(Action::TogglePhones),
    ),
    quiet(
        &[KeyCode::F1],
        "F1",
        When::Over(Cover::Phones),
        Does::Act(Action::ToggleHelp),
    ),
    quiet(
        &[KeyCode::F1, KeyCode::Escape],
        "F1",
        When::Over(Cover::Help),
        Does::Act(Action::ToggleHelp),
    ),
    // The first-time explanation's "Begrijp ik" (and the help's "Sluiten") by Enter too.
    quiet(
        &[KeyCode::Enter, KeyCode::NumpadEnter],
        "Enter",
        When::Over(Cover::Help),
        Does::Act(Action::ToggleHelp),
    ),
    quiet(
        &[KeyCode::F2],
        "F2",
        When::Over(Cover::Help),
        Does::Act(Action::ToggleLook),
    ),
    // "Even pauze": the question who, and the pause itself (Weergave stays at hand).
    quiet(
        &[KeyCode::Digit1, KeyCode::Numpad1],
        "1",
        When::Over(Cover::PauseAsk),
        Does::Act(Action::Pause(Player::Client)),
    )
    .ruled(Rule::Pause),
    quiet(
        &[KeyCode::Digit2, KeyCode::Numpad2],
        "2",
        When::Over(Cover::PauseAsk),
        Does::Act(Action::Pause(Player::Professional)),
    )
    .ruled(Rule::Pause),
    quiet(
        &[KeyCode::Escape],
        "Esc",
        When::Over(Cover::PauseAsk),
        Does::Act(Action::CancelPause),
    ),
    quiet(
        ENTER,
        "Enter",
        When::Over(Cover::Pause),
        Does::Act(Action::GoOn(None)),
    )
    .ruled(Rule::GoOn),
    quiet(
        &[KeyCode::F2],
        "F2",
        When::Over(Cover::Pause),
        Does::Act(Action::ToggleLook),
    ),
    // The field "Eigen kaart" takes the keys itself while it is typed in; Esc closes it.
    quiet(
        &[KeyCode::Escape],
        "Esc",
        When::Over(Cover::OwnCard),
        Does::Act(Action::CancelOwnCard),
    ),
    // Everywhere.
    row(
        &[KeyCode::F1],
        "F1",
        When::Anywhere,
        Does::Act(Action::ToggleHelp),
        "help-f1",
        "help-overal",
    ),
    row(
        &[KeyCode::F2],
        "F2",
        When::Anywhere,
        Does::Act(Action::ToggleLook),
        "help-f2",
        "help-overal",
    ),
    // Start and themes.
    row(
        ENTER,
        "Enter",
        When::Start,
        Does::Act(Action::Continue),
        "help-enter",
        "help-start",
    ),
    row(
        &[KeyCode::KeyE],
        "E",
        When::Start,
        Does::Act(Action::OpenHistory),
        "help-eerdere",
        "help-start",
    ),
    row(
        &[KeyCode::KeyR],
        "R",
        When::Start,
        Does::Act(Action::ToggleGuess),
        "help-raden",
        "help-start",
    ),
    row(
        BOTH_1_9,
        "1 – 4",
        When::Themes,
        Does::Deck,
        "help-stapel",
        "help-themas",
    ),
    row(
        &[KeyCode::KeyK],
        "K",
        When::Themes,
        Does::Act(Action::ToggleShort),
        "help-kort",
        "help-themas",
    ),
    row(
        &[KeyCode::KeyA],
        "A",
        When::Themes,
        Does::Act(Action::AllDecks),
        "help-alle",
        "help-themas",
    ),
    row(
        ENTER,
        "Enter",
        When::Themes,
        Does::Act(Action::Continue),
        "help-spelen",
        "help-themas",
    ),
    row(
        &[KeyCode::Escape],
        "Esc",
        When::Themes,
        Does::Act(Action::Back),
        "help-terug",
        "help-themas",
    ),
    // Play, in every phase.
    row(
        &[KeyCode::Escape],
        "Esc",
        When::Play,
        Does::Act(Action::Stop),
        "help-stoppen",
        "help-altijd",
    ),
    row(
        &[KeyCode::KeyE],
        "E",
        When::Play,
        Does::Act(Action::AskPause),
        "help-pauze",
        "help-altijd",
    )
    .ruled(Rule::Pause),
    row(
        &[KeyCode::KeyV],
        "V",
        When::Play,
        Does::Act(Action::ReadAloud),
        "help-voorlezen",
        "help-altijd",
    ),
    row(
        &[KeyCode::KeyK],
        "K",
        When::BetweenCards,
        Does::Act(Action::OpenOwnCard),
        "help-eigen-kaart",
        "help-altijd",
    )
    .ruled(Rule::OwnCard),
    row(
        &[KeyCode::KeyT],
        "T",
        When::PlayOnPhones,
        Does::Act(Action::TogglePhones),
        "help-telefoons",
        "help-altijd",
    ),
    row(
        &[KeyCode::KeyJ],
        "J",
        When::Over(Cover::AskStop),
        Does::Act(Action::ConfirmStop),
        "help-ja-stoppen",
        "help-altijd",
    ),
    Binding {
        keys: &[
            KeyCode::Enter,
            KeyCode::NumpadEnter,
            KeyCode::Escape,
            KeyCode::Space,
        ],
        name: Name::Key("Enter"),
        when: When::Over(Cover::AskStop),
        does: Does::Act(Action::CancelStop),
        help: "help-niet-stoppen",
        group: Some("help-altijd"),
        rule: None,
    },
    // "Om de beurt".
    Binding {
        keys: &[KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space],
        name: Name::Words("help-toets-enter-spatie"),
        when: When::TurnCover,
        does: Does::Act(Action::ConfirmCover),
        help: "help-aan-de-beurt",
        group: Some("modus-om-de-beurt"),
        rule: None,
    }
    .ruled(Rule::ChooseOnTurn),
    row(
        BOTH_1_5,
        "1 – 5",
        When::TurnChoosing,
        Does::TurnScore,
        "help-kiezen",
        "modus-om-de-beurt",
    )
    .ruled(Rule::ChooseOnTurn),
    row(
        &[KeyCode::KeyP],
        "P",
        When::TurnChoosing,
        Does::TurnPass,
        "help-sla-over",
        "modus-om-de-beurt",
    )
    .ruled(Rule::ChooseOnTurn),
    row(
        &[KeyCode::KeyS],
        "S",
        When::BeforeChoice,
        Does::Act(Action::Skip),
        "help-kaart-overslaan",
        "modus-om-de-beurt",
    )
    .ruled(Rule::Skip),
    // "Tegelijk" and phones: the client on the left of the keyboard, the professional on the
    // right or the number pad on their side.
    row(
        ROW_1_5,
        "1 – 5",
        When::TogetherChoosing,
        Does::ClientScore,
        "help-client-kiest",
        "modus-tegelijk",
    )
    .ruled(Rule::Choose(Player::Client)),
    row(
        &[KeyCode::KeyQ],
        "Q",
        When::TogetherChoosing,
        Does::Act(Action::Pass(Player::Client)),
        "help-client-slaat-over",
        "modus-tegelijk",
    )
    .ruled(Rule::Choose(Player::Client)),
    row(
        ROW_6_0,
        "6 – 0",
        When::TogetherChoosing,
        Does::ProfessionalRow,
        "help-pro-kiest-06",
        "modus-tegelijk",
    )
    .ruled(Rule::Choose(Player::Professional)),
    row(
        PAD_1_5,
        "Num 1 – 5",
        When::TogetherChoosing,
        Does::ProfessionalPad,
        "help-pro-kiest",
        "modus-tegelijk",
    )
    .ruled(Rule::Choose(Player::Professional)),
    row(
        &[KeyCode::KeyP],
        "P",
        When::TogetherChoosing,
        Does::Act(Action::Pass(Player::Professional)),
        "help-pro-slaat-over",
        "modus-tegelijk",
    )
    .ruled(Rule::Choose(Player::Professional)),
    // After the flip.
    row(
        ENTER,
        "Enter",
        When::Discuss,
        Does::Act(Action::Next),
        "help-volgende",
        "help-na-omdraaien",
    )
    .ruled(Rule::Next),
    row(
        &[KeyCode::KeyM],
        "M",
        When::Discuss,
        Does::Act(Action::ToggleMark),
        "help-later",
        "help-na-omdraaien",
    )
    .ruled(Rule::Mark),
    row(
        &[KeyCode::KeyR],
        "R",
        When::Discuss,
        Does::Act(Action::Rerate),
        "help-nog-een-keer",
        "help-na-omdraaien",
    )
    .ruled(Rule::Rerate),
    // The summary.
    row(
        &[KeyCode::KeyB],
        "B",
        When::Summary,
        Does::Act(Action::Save),
        "help-bewaren",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyE],
        "E",
        When::Summary,
        Does::Act(Action::OpenHistory),
        "help-eerdere",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyN],
        "N",
        When::Summary,
        Does::Act(Action::NewGame),
        "help-nieuw",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyV],
        "V",
        When::Summary,
        Does::Act(Action::ContinuePlay),
        "help-verder",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyC],
        "C",
        When::Summary,
        Does::Act(Action::ExportHere(Export::Csv)),
        "help-export-csv",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyX],
        "X",
        When::Summary,
        Does::Act(Action::ExportHere(Export::Xlsx)),
        "help-export-xlsx",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyP],
        "P",
        When::Summary,
        Does::Act(Action::ExportHere(Export::Html)),
        "help-export-html",
        "help-overzicht",
    ),
    row(
        &[KeyCode::KeyK],
        "K",
        When::Summary,
        Does::Act(Action::ChooseExportPlace),
        "help-kies-plek",
        "help-overzicht",
    ),
    row(
        &[KeyCode::Escape],
        "Esc",
        When::Summary,
        Does::Act(Action::Back),
        "help-terug-geschiedenis",
        "help-overzicht",
    ),
    // The history.
    row(
        &[KeyCode::KeyC],
        "C",
        When::History,
        Does::Act(Action::ExportHere(Export::Csv)),
        "help-export-csv",
        "help-geschiedenis",
    ),
    row(
        &[KeyCode::KeyX],
        "X",
        When::History,
        Does::Act(Action::ExportHere(Export::Xlsx)),
        "help-export-xlsx",
        "help-geschiedenis",
    ),
    row(
        &[KeyCode::KeyK],
        "K",
        When::History,
        Does::Act(Action::ChooseExportPlace),
        "help-kies-plek",
        "help-geschiedenis",
    ),
    row(
        &[KeyCode::Escape],
        "Esc",
        When::History,
        Does::Act(Action::Back),
        "help-terug",
        "help-geschiedenis",
    ),
    // The panel "Weergave" (F2), over any screen.
    row(
        BOTH_1_4,
        "1 – 4",
        When::Over(Cover::Look),
        Does::TextSize,
        "help-tekstgrootte",
        "help-weergave",
    ),
    row(
        &[KeyCode::KeyC],
        "C",
        When::Over(Cover::Look),
        Does::Contrast,
        "help-contrast",
        "help-weergave",
    ),
    row(
        &[KeyCode::KeyR],
        "R",
        When::Over(Cover::Look),
        Does::Motion,
        "help-rustig",
        "help-weergave",
    ),
    row(
        &[
            KeyCode::F2,
            KeyCode::Escape,
            KeyCode::Enter,
            KeyCode::NumpadEnter,
        ],
        "F2",
        When::Over(Cover::Look),
        Does::Act(Action::ToggleLook),
        "help-klaar",
        "help-weergave",
    ),
];

/// The digit a key stands for, on the top row or the number pad.
fn digit(key: KeyCode) -> Option<u8> {
    use KeyCode::*;
    Some(match key {
        Digit0 | Numpad0 => 0,
        Digit1 | Numpad1 => 1,
        Digit2 | Numpad2 => 2,
        Digit3 | Numpad3 => 3,
        Digit4 | Numpad4 => 4,
        Digit5 | Numpad5 => 5,
        Digit6 | Numpad6 => 6,
        Digit7 | Numpad7 => 7,
        Digit8 | Numpad8 => 8,
        Digit9 | Numpad9 => 9,
        _ => None?,
    })
}

impl Does {
    fn action(&self, key: KeyCode, here: &Here) -> Option<Action> {
        let score = |p: Player, d: u8| {
            Hidden::new(d)
                .filter(|_| d <= here.steps)
                .map(|h| Action::Choose(p, h))
        };
        match self {
            Does::Act(a) => Some(a.clone()),
            Does::Deck => digit(key)
                .filter(|d| *d >= 1)
                .map(|d| Action::ToggleDeck(usize::from(d) - 1)),
            Does::TurnScore => score(here.turn?, digit(key)?),
            Does::TurnPass => Some(Action::Pass(here.turn?)),
            Does::ClientScore | Does::ProfessionalPad => {
                let p = if *self == Does::ClientScore {
                    Player::Client
                } else {
                    Player::Professional
                };
                score(p, digit(key)?)
            }
            // 6 = 1 … 9 = 4, 0 = 5.
            Does::ProfessionalRow => score(Player::Professional, (digit(key)? + 5) % 10),
            Does::TextSize => OFFERED
                .get(usize::from(digit(key)?.checked_sub(1)?))
                .map(|t| Action::SetTextSize(*t)),
            Does::Contrast => Some(Action::SetContrast(match here.look.contrast {
                Contrast::Normal => Contrast::High,
                Contrast::High => Contrast::Normal,
            })),
            Does::Motion => Some(Action::SetMotion(match here.look.motion {
                Motion::Normal => Motion::Calm,
                Motion::Calm => Motion::Normal,
            })),
        }
    }
}

/// True for the letter keys A–Z.
pub fn is_letter(key: KeyCode) -> bool {
    letter_index(key).is_some()
}

fn letter_index(key: KeyCode) -> Option<usize> {
    use KeyCode::*;
    const LETTERS: [KeyCode; 26] = [
        KeyA, KeyB, KeyC, KeyD, KeyE, KeyF, KeyG, KeyH, KeyI, KeyJ, KeyK, KeyL, KeyM, KeyN, KeyO,
        KeyP, KeyQ, KeyR, KeyS, KeyT, KeyU, KeyV, KeyW, KeyX, KeyY, KeyZ,
    ];
    LETTERS.iter().position(|k| *k == key)
}

/// A letter key's name with `Alt` before it ("M" → "Alt+M"); other names stay.
pub fn with_alt(name: &'static str) -> &'static str {
    const ALT: [&str; 26] = [
        "Alt+A", "Alt+B", "Alt+C", "Alt+D", "Alt+E", "Alt+F", "Alt+G", "Alt+H", "Alt+I", "Alt+J",
        "Alt+K", "Alt+L", "Alt+M", "Alt+N", "Alt+O", "Alt+P", "Alt+Q", "Alt+R", "Alt+S", "Alt+T",
        "Alt+U", "Alt+V", "Alt+W", "Alt+X", "Alt+Y", "Alt+Z",
    ];
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => ALT[usize::from(c as u8 - b'A')],
        _ => name,
    }
}

impl When {
    /// True when this row only holds on a screen with a text field: its letter needs `Alt`.
    fn typing(self) -> bool {
        matches!(
            self,
            When::Start | When::Discuss | When::Summary | When::History
        )
    }
}

/// What `key` does here, if anything. On a screen with a text field a letter acts only with
/// `Alt`; without it, the letter is for the field.
pub fn action(key: KeyCode, here: &Here) -> Option<Action> {
    if here.typing && here.cover.is_none() && !here.alt && is_letter(key) {
        return None;
    }
    KEYS.iter()
        .find(|b| b.keys.contains(&key) && b.holds(here))
        .and_then(|b| b.does.action(key, here))
}

impl Name {
    /// The key as the reader reads it.
    pub fn words(self, tr: Tr) -> String {
        match self {
            Name::Key(k) => k.to_string(),
            Name::Words(w) => tr.t(w),
        }
    }
}

impl Binding {
    /// The key's name as the help and the buttons show it: "Alt+M" where the row holds on a
    /// screen with a text field.
    fn name(&self) -> Name {
        match self.name {
            Name::Key(k) if self.when.typing() => Name::Key(with_alt(k)),
            other => other,
        }
    }
}

/// The key a button shows beside its words: the first row that does `action`.
pub fn hint(action: &Action) -> &'static str {
    hint_where(action, |_| true)
}

/// The key of a button that shows on screens with and without a text field ("Even pauze" is
/// `E` while choosing, `Alt+E` in the talk with its note field).
pub fn hint_typing(action: &Action, typing: bool) -> &'static str {
    let key = hint(action);
    if typing { with_alt(key) } else { key }
}

/// The key a button shows where the same action has other keys elsewhere (the "Telefoons"
/// button in the top bar is `T`; inside the panel `Enter` closes it).
pub fn hint_in(when: When, action: &Action) -> &'static str {
    hint_where(action, |w| w == when)
}

fn hint_where(action: &Action, at: impl Fn(When) -> bool) -> &'static str {
    KEYS.iter()
        .find(|b| at(b.when) && b.does == Does::Act(action.clone()))
        .map_or("", |b| match b.name() {
            Name::Key(k) => k,
            // A key named in words is first of all `Enter`.
            Name::Words(_) => "Enter",
        })
}

/// Every key that does something here, with what it does: what the keys offer.
pub fn offered(here: &Here) -> Vec<(KeyCode, Action)> {
    let mut keys: Vec<KeyCode> = KEYS.iter().flat_map(|b| b.keys.iter().copied()).collect();
    keys.sort_by_key(|k| format!("{k:?}"));
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| action(k, here).map(|a| (k, a)))
        .collect()
}

/// The first key that does `wanted` here (the rating buttons show it: `6` for the
/// professional's 1 in "tegelijk", `1` in turns).
pub fn key_for(here: &Here, wanted: &Action) -> Option<KeyCode> {
    KEYS.iter()
        .filter(|b| b.holds(here))
        .flat_map(|b| b.keys.iter())
        .copied()
        .find(|k| action(*k, here).as_ref() == Some(wanted))
}

/// A key's cap as printed on the keyboard (letters and top-row digits; others as in the help).
pub fn cap(key: KeyCode) -> String {
    let name = format!("{key:?}");
    if let Some(rest) = name
        .strip_prefix("Digit")
        .or_else(|| name.strip_prefix("Key"))
    {
        rest.to_string()
    } else if let Some(rest) = name.strip_prefix("Numpad") {
        ["Num", rest].join(" ")
    } else {
        match key {
            KeyCode::Escape => "Esc".into(),
            _ => name,
        }
    }
}

/// The help's groups in order: a heading and its rows (key, what it does), in `tr`'s words.
pub fn help_groups(tr: Tr) -> Vec<(String, Vec<(String, String)>)> {
    let mut groups: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    for b in KEYS {
        let Some(group) = b.group else { continue };
        let line = (b.name().words(tr), tr.t(b.help));
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, rows)) => {
                if !rows.contains(&line) {
                    rows.push(line)
                }
            }
            None => groups.push((group, vec![line])),
        }
    }
    groups
        .into_iter()
        .map(|(g, rows)| (tr.t(g), rows))
        .collect()
}

/// README's key table, as this table says it (in `tr`'s words): a test keeps them the same.
pub fn readme_table(tr: Tr) -> String {
    let mut out = String::from("| waar | toetsen |\n|---|---|\n");
    for (group, rows) in help_groups(tr) {
        let keys: Vec<String> = rows
            .iter()
            .map(|(key, what)| format!("`{key}` {what}"))
            .collect();
        out.push_str(&format!("| {group} | {} |\n", keys.join(" · ")));
    }
    out
}

#[cfg(test)]
mod tests;
