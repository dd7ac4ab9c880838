use std::path::PathBuf;
use std::process::ExitCode;

use werkalliantiespel::deck;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--check-cards") {
        let dir = PathBuf::from(args.get(1).map_or("cards", String::as_str));
        return match deck::load_dir(&dir) {
            Ok(report) => {
                print!("{}", deck::summary(&report));
                for e in &report.errors {
                    eprintln!("{e}");
                }
                if report.errors.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    ExitCode::SUCCESS
}
