// The shipped Windows program opens no console window beside the game (a counsellor starts it
// from the Start menu); `--help` and `--version` from a command prompt answer there anyway
// (`attach_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use werkalliantiespel::cli::{self, Command, Options};
use werkalliantiespel::deck::{self, LoadReport};
use werkalliantiespel::game::LogicPlugin;
use werkalliantiespel::game::window;
use werkalliantiespel::{lang, store};

fn main() -> ExitCode {
    attach_console();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(Command::Help) => {
            // The help names the fields, themes and languages of the cards the game would load.
            let options = Options::default();
            let (library, languages) = match load(&options) {
                Ok((report, languages)) => (report.library, languages),
                Err(_) => (deck::load_built_in().library, lang::Languages::built_in()),
            };
            print!("{}", cli::help_text(&library, &languages));
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("{}", cli::version());
            ExitCode::SUCCESS
        }
        Ok(Command::CheckCards(Some(dir))) => check_cards(&dir),
        Ok(Command::CheckCards(None)) => match cards_dir(&Options::default()) {
            Some(dir) => check_cards(&dir),
            None => check_built_in(),
        },
        Ok(Command::Play(options)) => play(options),
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            ExitCode::from(2)
        }
    }
}

fn check_cards(dir: &Path) -> ExitCode {
    match deck::load_dir(dir) {
        Ok(report) => said(&report, &lang::Languages::load(dir)),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `--check-cards` outside a folder with cards: the cards built into the program.
fn check_built_in() -> ExitCode {
    println!("Geen map cards/ hier: de kaarten in het programma zelf.");
    said(&deck::load_built_in(), &lang::Languages::built_in())
}

/// What a check found, on standard output (the summary) and standard error (the problems).
fn said(report: &LoadReport, languages: &lang::Languages) -> ExitCode {
    print!("{}", deck::summary(report));
    print!("{}", lang::summary(languages));
    let errors = all_problems(report, languages);
    if errors.is_empty() {
        println!("Geen fouten gevonden.");
        return ExitCode::SUCCESS;
    }
    eprintln!("{} fout(en):", errors.len());
    for e in &errors {
        eprintln!("{e}");
    }
    ExitCode::FAILURE
}

/// Every problem in the card files and the language files, card files first.
fn all_problems(report: &LoadReport, languages: &lang::Languages) -> Vec<String> {
    let mut all: Vec<String> = report.errors.iter().map(|e| e.to_string()).collect();
    all.extend(languages.problems.iter().map(|p| p.to_string()));
    all.extend(
        lang::cards::check(&report.library, languages)
            .iter()
            .map(|p| p.to_string()),
    );
    all
}

/// The folder the cards come from: `--cards DIR`, else `cards/` when it exists, else none (the
/// built-in copy).
fn cards_dir(options: &Options) -> Option<PathBuf> {
    match &options.cards {
        Some(dir) => Some(dir.clone()),
        None => Some(PathBuf::from("cards")).filter(|d| d.is_dir()),
    }
}

/// Loads the cards for play, and the languages beside them.
fn load(options: &Options) -> Result<(LoadReport, lang::Languages), String> {
    match cards_dir(options) {
        Some(dir) => Ok((
            deck::load_dir(&dir).map_err(|e| e.to_string())?,
            lang::Languages::load(&dir),
        )),
        None => Ok((deck::load_built_in(), lang::Languages::built_in())),
    }
}

/// On Linux and the BSDs a window needs an X11 display; say so instead of failing deep inside.
fn has_display() -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
}

fn play(options: Options) -> ExitCode {
    if !has_display() {
        eprintln!(
            "werkalliantiespel: er is geen scherm gevonden (DISPLAY is leeg). Start het spel in een \
             grafische omgeving. Kaarten controleren kan wel: werkalliantiespel --check-cards"
        );
        return ExitCode::FAILURE;
    }
    let (report, languages) = match load(&options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            return ExitCode::FAILURE;
        }
    };
    for e in &report.errors {
        eprintln!("{e}");
    }
    let missing = report.library.missing_for_play();
    if !missing.is_empty() {
        eprintln!("werkalliantiespel: met deze kaarten kan het spel niet beginnen:");
        for m in missing {
            eprintln!("  {m}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = options
        .check(&report.library)
        .and_then(|()| options.check_languages(&languages))
    {
        eprintln!("werkalliantiespel: {e}");
        return ExitCode::from(2);
    }
    let problems = all_problems(&report, &languages);
    for p in problems.iter().skip(report.errors.len()) {
        eprintln!("{p}");
    }
    let store = store::default_root(options.data_dir.as_deref()).map(store::Store::new);
    // Graphics that cannot start (Bevy finds no adapter while the app is built, or loses the
    // device later): the next backend, or a message box that says what to try.
    werkalliantiespel::graphics::install();
    let mut app = window::app(LogicPlugin {
        library: report.library,
        options,
        problems,
        store,
        languages: std::sync::Arc::new(languages),
    });
    match app.run() {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(_) => ExitCode::FAILURE,
    }
}

/// On Windows a program without a console of its own writes nowhere; started from a command
/// prompt (`werkalliantiespel --version`), it borrows the prompt's console for its answer.
/// Output already sent elsewhere (a file, a pipe) stays there.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };
    // SAFETY: plain Win32 calls without pointers; a null or invalid handle is only compared.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        if out.is_null() || out as isize == -1 {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

#[cfg(not(windows))]
fn attach_console() {}
