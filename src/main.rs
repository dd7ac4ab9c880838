use std::path::{Path, PathBuf};
use std::process::ExitCode;

use werkalliantiespel::cli::{self, Command, Options};
use werkalliantiespel::deck::{self, LoadReport};
use werkalliantiespel::game::LogicPlugin;
use werkalliantiespel::game::window;
use werkalliantiespel::store;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(Command::Help) => {
            print!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Ok(Command::CheckCards(dir)) => check_cards(&dir),
        Ok(Command::Play(options)) => play(options),
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            ExitCode::from(2)
        }
    }
}

fn check_cards(dir: &Path) -> ExitCode {
    match deck::load_dir(dir) {
        Ok(report) => {
            print!("{}", deck::summary(&report));
            if report.errors.is_empty() {
                println!("Geen fouten gevonden.");
                return ExitCode::SUCCESS;
            }
            eprintln!("{} fout(en):", report.errors.len());
            for e in &report.errors {
                eprintln!("{e}");
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Loads the cards for play: `--cards DIR`, else `cards/` when it exists, else the built-in copy.
fn load(options: &Options) -> Result<LoadReport, String> {
    match &options.cards {
        Some(dir) => deck::load_dir(dir).map_err(|e| e.to_string()),
        None => {
            let local = PathBuf::from("cards");
            if local.is_dir() {
                deck::load_dir(&local).map_err(|e| e.to_string())
            } else {
                Ok(deck::load_built_in())
            }
        }
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
    let report = match load(&options) {
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
    if let Err(e) = options.check(&report.library) {
        eprintln!("werkalliantiespel: {e}");
        return ExitCode::from(2);
    }
    let problems = report.errors.iter().map(|e| e.to_string()).collect();
    let store = store::default_root(options.data_dir.as_deref()).map(store::Store::new);
    let mut app = window::app(LogicPlugin {
        library: report.library,
        options,
        problems,
        store,
    });
    match app.run() {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(_) => ExitCode::FAILURE,
    }
}
