// The shipped Windows program opens no console window beside the game (a counsellor starts it
// from the Start menu); `--help` and `--version` from a command prompt answer there anyway
// (`attach_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use werkalliantiespel::cli::{self, Command, Options};
use werkalliantiespel::deck;
use werkalliantiespel::game::LogicPlugin;
use werkalliantiespel::game::window;
use werkalliantiespel::pack::{self, Pack};
use werkalliantiespel::{lang, store};

fn main() -> ExitCode {
    attach_console();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(Command::Help) => {
            // The help names the packs, and the fields, themes and languages of the first.
            let packs = load(&Options::default()).unwrap_or_else(|_| pack::built_in());
            let ids: Vec<&str> = packs.iter().map(Pack::id).collect();
            match packs.first() {
                Some(first) => print!(
                    "{}",
                    cli::help_text(&ids, first.library(), &first.languages)
                ),
                None => print!(
                    "{}",
                    cli::help_text(&ids, &Default::default(), &lang::Languages::built_in())
                ),
            }
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("{}", cli::version());
            ExitCode::SUCCESS
        }
        Ok(Command::CheckCards(Some(dir))) => check_cards(&dir),
        Ok(Command::CheckCards(None)) => match cards_dir(&Options::default()) {
            Some(dir) => check_cards(&dir),
            None => {
                println!("Geen map cards/ hier: de kaarten in het programma zelf.");
                said(&pack::built_in())
            }
        },
        Ok(Command::Play(options)) => play(options),
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            ExitCode::from(2)
        }
    }
}

fn check_cards(dir: &Path) -> ExitCode {
    match pack::load(dir) {
        Ok(packs) => said(&packs),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// What a check found, per pack: the summary on standard output, the problems on standard error.
fn said(packs: &[Pack]) -> ExitCode {
    let mut failed = false;
    for (i, p) in packs.iter().enumerate() {
        if i > 0 {
            println!();
        }
        let info = &p.library().pack;
        match &p.dir {
            Some(dir) => println!("Pakket {} ({}): {}", info.name, info.id, dir.display()),
            None => println!("Pakket {} ({}), ingebouwd", info.name, info.id),
        }
        print!("{}", deck::summary(&p.report));
        print!("{}", lang::summary(&p.languages));
        let errors = p.problems();
        if errors.is_empty() {
            println!("Geen fouten gevonden.");
            continue;
        }
        failed = true;
        eprintln!("{}: {} fout(en):", info.name, errors.len());
        for e in &errors {
            eprintln!("{e}");
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The folder the cards come from: `--cards DIR`, else `cards/` when it exists, else none (the
/// built-in copy).
fn cards_dir(options: &Options) -> Option<PathBuf> {
    match &options.cards {
        Some(dir) => Some(dir.clone()),
        None => Some(PathBuf::from("cards")).filter(|d| d.is_dir()),
    }
}

/// The packs for play, with their languages.
fn load(options: &Options) -> Result<Vec<Pack>, String> {
    match cards_dir(options) {
        Some(dir) => pack::load(&dir).map_err(|e| e.to_string()),
        None => Ok(pack::built_in()),
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
    let packs = match load(&options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            return ExitCode::FAILURE;
        }
    };
    let chosen = match &options.pack {
        Some(id) => pack::find(&packs, id).ok_or_else(|| {
            let ids: Vec<&str> = packs.iter().map(Pack::id).collect();
            format!(
                "onbekend kaartspel '{id}' bij --pack. Kies uit: {}",
                ids.join(", ")
            )
        }),
        None => packs
            .first()
            .ok_or_else(|| "er is geen kaartspel gevonden".to_string()),
    };
    let chosen = match chosen {
        Ok(p) => p.clone(),
        Err(e) => {
            eprintln!("werkalliantiespel: {e}");
            return ExitCode::from(2);
        }
    };
    for e in &chosen.report.errors {
        eprintln!("{e}");
    }
    let missing = chosen.library().missing_for_play();
    if !missing.is_empty() {
        eprintln!("werkalliantiespel: met deze kaarten kan het spel niet beginnen:");
        for m in missing {
            eprintln!("  {m}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = options
        .check(chosen.library())
        .and_then(|()| options.check_languages(&chosen.languages))
    {
        eprintln!("werkalliantiespel: {e}");
        return ExitCode::from(2);
    }
    let problems = chosen.problems();
    for p in problems.iter().skip(chosen.report.errors.len()) {
        eprintln!("{p}");
    }
    let store = store::default_root(options.data_dir.as_deref()).map(store::Store::new);
    // Graphics that cannot start (Bevy finds no adapter while the app is built, or loses the
    // device later): the next backend, or a message box that says what to try.
    werkalliantiespel::graphics::install();
    let mut app = window::app(LogicPlugin {
        library: chosen.report.library.clone(),
        options,
        problems,
        store,
        languages: chosen.languages.clone(),
        packs,
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
