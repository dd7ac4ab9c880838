//! Everything a player can do, from keys, mouse, touch or a phone alike.

use bevy::prelude::*;

use crate::deck::Wording;
use crate::session::{Hidden, Mode, Player};

/// Everything a player can do, from keys, mouse or touch alike.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Action {
    /// Play another pack (its id; start screen).
    ChoosePack(String),
    SetField(String),
    SetWording(Wording),
    /// The language one player reads in (a code such as "en").
    SetLanguage(Player, String),
    SetMode(Mode),
    /// "Raad de ander" on or off (start screen).
    ToggleGuess,
    SetLabel(String),
    Continue,
    Back,
    ToggleDeck(usize),
    OnlyDeck(usize),
    AllDecks,
    ToggleShort,
    /// A score, face down: its `Debug` shows no number.
    Choose(Player, Hidden),
    Pass(Player),
    /// "Raad de ander": this seat's guess of the other's choice, face down (`None`: "Weet ik
    /// niet").
    Guess(Player, Option<Hidden>),
    /// "Raad de ander": this seat goes back to change its own choice before the flip.
    ChooseAgain(Player),
    ConfirmCover,
    Skip,
    Next,
    Rerate,
    ToggleMark,
    SetNote(String),
    /// Asks "Stoppen?" first (the `Esc` key and the "Stoppen" button).
    Stop,
    /// The answer "Ja, stoppen": the conversation ends and the summary opens.
    ConfirmStop,
    /// "Even pauze": ask who wants the pause (on the laptop).
    AskPause,
    /// Close that question without a pause.
    CancelPause,
    /// This player covers the table with a pause.
    Pause(crate::session::Player),
    /// "Eigen kaart": open the field to write one (between cards).
    OpenOwnCard,
    /// Close it without a card.
    CancelOwnCard,
    /// Put this sentence on the table as the next card.
    AddOwnCard(String),
    /// The pause ends: from the laptop (`None`: for the one who paused, unless their phone
    /// holds their seat) or from the phone of that seat.
    GoOn(Option<crate::session::Player>),
    /// The answer "Verder spelen": the question closes, the game goes on where it was.
    CancelStop,
    /// On the summary of a conversation that was stopped early: play the cards that are left.
    ContinuePlay,
    NewGame,
    Quit,
    /// The window's close button (or Alt+F4): the game asks first where something would be
    /// lost (see `screens::leave`).
    CloseWindow,
    /// "Bewaren" in the question "Nog niet bewaard": keep it, then do what was asked.
    LeaveSave,
    /// "Niet bewaren" (or "Sluiten" during play): do what was asked without keeping it.
    LeaveWithoutSaving,
    /// "Terug": the question closes, nothing happens.
    CancelLeave,
    ToggleHelp,
    /// Continue the session that was not finished (after a crash or a closed window).
    Resume,
    /// Throw the unfinished session away.
    DiscardResume,
    /// Keep this session ("Bewaren").
    Save,
    ExportCsv(std::path::PathBuf),
    ExportHtml(std::path::PathBuf),
    ExportXlsx(std::path::PathBuf),
    /// An export key (`C`, `P`): to the path the export field shows.
    ExportHere(Export),
    /// Open the system's save window for an export ("Kies een plek…").
    ChooseExportPlace,
    /// The save window's answer: export this kind to this place (the window asked before
    /// replacing it).
    ExportChosen(Export, std::path::PathBuf),
    OpenHistory,
    /// Open a saved session's summary.
    ViewSaved(String),
    DeleteSaved(String),
    DeleteAll,
    /// Show the trend of one code in the history.
    SelectLabel(Option<String>),
    /// Open or close the panel "Doe mee met je telefoon".
    TogglePhones,
    /// The laptop takes a seat back from its phone (a phone that is gone for good).
    FreeSeat(Player),
    /// During play: choose another way from now on (the phones could not connect).
    SwitchMode(Mode),
    /// Open or close the panel "Weergave" (F2).
    ToggleLook,
    SetTextSize(crate::settings::TextSize),
    SetContrast(crate::settings::Contrast),
    SetMotion(crate::settings::Motion),
    /// "Voorlezen": the computer's voice reads the card (after the flip: the choices and the
    /// prompt).
    ReadAloud,
}

/// What an export writes: a table (CSV), a workbook for Excel (XLSX) or a page to print (HTML).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Csv,
    Xlsx,
    Html,
}
