//! Command-line arguments, read by `clap` (derive) with the help and the errors in Dutch. No Bevy:
//! parsing here, checking values against the loaded cards in [`Options::check`]. The help lists
//! the fields, themes and languages of the cards that are loaded ([`help_text`]).

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches};

use crate::deck::{Library, Wording};
use crate::session::Mode;

/// What the program was asked to do. (Made once at start: its size does not matter.)
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Command {
    Play(Options),
    /// Check card files: the packs in this folder, or (none given) under `cards/` when it is
    /// there, else the packs built into the program.
    CheckCards(Option<PathBuf>),
    Help,
    Version,
}

/// Choices for a game, from the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The pack to play (its id); the first pack when not given.
    pub pack: Option<String>,
    pub field: Option<String>,
    pub mode: Option<Mode>,
    /// "Raad de ander" (`--mode raden`, or with a way of choosing: `tegelijk,raden`).
    pub guess: bool,
    pub decks: Option<Vec<String>>,
    pub short: bool,
    pub wording: Option<Wording>,
    pub seed: Option<u64>,
    pub cards: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    /// A code for the conversation (never a name).
    pub label: Option<String>,
    /// "Op je telefoon": the address phones reach the laptop on, instead of the one found.
    pub phone_address: Option<std::net::IpAddr>,
    /// The language the client reads in (a code such as "en"); the shared screens follow it.
    pub client_lang: Option<String>,
    /// The language the professional reads their card in.
    pub professional_lang: Option<String>,
}

impl Options {
    /// True when the game should open on the first card.
    pub fn straight_to_play(&self) -> bool {
        self.decks.is_some() || self.short
    }

    /// Checks field and deck ids against the loaded cards.
    pub fn check(&self, library: &Library) -> Result<(), String> {
        if let Some(field) = &self.field
            && library.field(field).is_none()
        {
            let valid: Vec<&str> = library.fields.iter().map(|f| f.id.as_str()).collect();
            return Err(format!(
                "onbekend werkveld '{field}' bij --field. Kies uit: {}",
                valid.join(", ")
            ));
        }
        if let Some(decks) = &self.decks {
            for d in decks {
                if library.kenmerk(d).is_none() {
                    let valid: Vec<&str> =
                        library.kenmerken.iter().map(|k| k.id.as_str()).collect();
                    return Err(format!(
                        "onbekend kenmerk '{d}' bij --decks. Kies uit: {}",
                        valid.join(", ")
                    ));
                }
            }
        }
        Ok(())
    }

    /// Checks the language codes against the languages found.
    pub fn check_languages(&self, languages: &crate::lang::Languages) -> Result<(), String> {
        for (flag, code) in [
            ("--taal-client", &self.client_lang),
            ("--taal-professional", &self.professional_lang),
        ] {
            if let Some(code) = code
                && languages.get(code).is_none()
            {
                let valid: Vec<&str> = languages.all().iter().map(|l| l.code.as_str()).collect();
                return Err(format!(
                    "onbekende taal '{code}' bij {flag}. Kies uit: {}",
                    valid.join(", ")
                ));
            }
        }
        Ok(())
    }
}

/// What `--version` says.
pub fn version() -> String {
    format!("werkalliantiespel {}", env!("CARGO_PKG_VERSION"))
}

const HELP: &str = "\
{about}

Gebruik:
  werkalliantiespel [OPTIES]
  werkalliantiespel --check-cards [MAP]

Opties:
{options}

Met --decks of --short begint het spel meteen bij de eerste kaart.
";

/// The arguments as clap reads them; [`parse`] turns them into a [`Command`].
#[derive(clap::Parser, Debug)]
#[command(
    name = "werkalliantiespel",
    version,
    about = "Werkalliantiespel — samen praten over hoe jullie samenwerken.",
    help_template = HELP,
    disable_help_flag = true,
    disable_version_flag = true
)]
struct Args {
    /// het kaartspel: werkalliantiemonitor (standaard) of kennismaken (of een eigen pakket)
    #[arg(long = "pack", value_name = "PAKKET")]
    pack: Option<String>,
    /// het werkveld: reclassering, jeugdbescherming, jeugdreclassering, schuldhulp,
    /// arbeidsintegratie of opvang (of een eigen werkveld uit werkvelden.ron)
    #[arg(long, value_name = "WERKVELD")]
    field: Option<String>,
    /// om-de-beurt (standaard), tegelijk of telefoon; met raden erbij raadt ieder ook de
    /// keuze van de ander (bijvoorbeeld tegelijk,raden)
    #[arg(long, value_name = "MODUS", value_parser = mode)]
    mode: Option<ModeArg>,
    /// bij telefoon: luister op dit adres van het eigen netwerk (standaard het adres van de
    /// wifi; 127.0.0.1 om te testen)
    #[arg(long = "telefoon-adres", value_name = "IP", value_parser = phone_address)]
    phone_address: Option<std::net::IpAddr>,
    /// b1 (standaard) of origineel (de woorden van de monitor)
    #[arg(long, value_name = "TAAL", value_parser = wording)]
    wording: Option<Wording>,
    /// de taal van de cliënt: nl (standaard) of en; de schermen volgen die
    #[arg(long = "taal-client", value_name = "CODE")]
    client_lang: Option<String>,
    /// de taal van de professional op de eigen kaart: nl of en
    #[arg(long = "taal-professional", value_name = "CODE")]
    professional_lang: Option<String>,
    /// kenmerken om te spelen: richting, vertrouwen, binding, stroefheid
    #[arg(long, value_name = "A,B,...", value_parser = decks)]
    decks: Option<Decks>,
    /// alleen de korte versie (9 kaarten; zie README)
    #[arg(long)]
    short: bool,
    /// elke keer dezelfde volgorde van de kaarten
    #[arg(long, value_name = "GETAL", value_parser = seed, allow_negative_numbers = true)]
    seed: Option<u64>,
    /// een code voor dit gesprek (nooit een naam)
    #[arg(long, value_name = "CODE")]
    label: Option<String>,
    /// lees de kaarten uit deze map: één pakket, of een map met pakketten (standaard: cards/
    /// als die er is, anders de ingebouwde); bewaar je een kaartbestand, dan ziet het spel het
    /// meteen
    #[arg(long, value_name = "MAP")]
    cards: Option<PathBuf>,
    /// bewaar gesprekken in deze map (of zet WERKALLIANTIESPEL_DATA); standaard de gewone plek
    /// voor programmagegevens
    #[arg(long = "data-dir", value_name = "MAP")]
    data_dir: Option<PathBuf>,
    /// controleer kaartbestanden en stop (standaard cards/, anders de ingebouwde pakketten)
    #[arg(long = "check-cards", value_name = "MAP", num_args = 0..=1)]
    check_cards: Option<Option<PathBuf>>,
    /// deze uitleg
    #[arg(short = 'h', long, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// de versie van het spel
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
}

/// `--decks`: one value that holds a list.
#[derive(Debug, Clone)]
struct Decks(Vec<String>);

/// `--mode`: a way of choosing, "raden", or both (`tegelijk,raden`).
#[derive(Debug, Clone, Copy)]
struct ModeArg {
    mode: Option<Mode>,
    guess: bool,
}

fn mode(v: &str) -> Result<ModeArg, String> {
    let mut arg = ModeArg {
        mode: None,
        guess: false,
    };
    for part in v.split(',').map(str::trim) {
        let way = match part {
            "om-de-beurt" => Mode::TakeTurns,
            "tegelijk" => Mode::Together,
            "telefoon" => Mode::Phones,
            "raden" | "raad-de-ander" if !arg.guess => {
                arg.guess = true;
                continue;
            }
            _ => {
                return Err(format!(
                    "onbekende modus '{part}' bij --mode. Kies uit: om-de-beurt, tegelijk, \
                     telefoon, en raden erbij (bijvoorbeeld tegelijk,raden)"
                ));
            }
        };
        if arg.mode.replace(way).is_some() {
            return Err(format!(
                "twee manieren van kiezen bij --mode ('{v}'). Kies er een, met raden erbij als \
                 je wilt"
            ));
        }
    }
    Ok(arg)
}

fn wording(v: &str) -> Result<Wording, String> {
    match v {
        "b1" => Ok(Wording::B1),
        "origineel" => Ok(Wording::Original),
        _ => Err(format!(
            "onbekende taal '{v}' bij --wording. Kies uit: b1, origineel"
        )),
    }
}

fn decks(v: &str) -> Result<Decks, String> {
    let decks: Vec<String> = v
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if decks.is_empty() {
        return Err(
            "--decks heeft minstens één kenmerk nodig, bijvoorbeeld --decks vertrouwen".into(),
        );
    }
    Ok(Decks(decks))
}

fn seed(v: &str) -> Result<u64, String> {
    v.parse().map_err(|_| {
        format!(
            "--seed moet een heel getal zijn (0 tot en met {}), niet '{v}'",
            u64::MAX
        )
    })
}

fn phone_address(v: &str) -> Result<std::net::IpAddr, String> {
    let ip: std::net::IpAddr = v
        .parse()
        .map_err(|_| format!("'{v}' bij --telefoon-adres is geen IP-adres"))?;
    if !crate::phone::server::allowed(ip) {
        return Err(format!(
            "{ip} bij --telefoon-adres is geen adres van een eigen netwerk \
             (10.x, 172.16-31.x, 192.168.x of 127.0.0.1)"
        ));
    }
    Ok(ip)
}

/// clap's error, said in Dutch: our own words for a value we check, clap's facts otherwise.
fn dutch(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ErrorKind};
    let context = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    // "--field <WERKVELD>" → "--field"
    let flag = context(ContextKind::InvalidArg)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    match e.kind() {
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(ours) => ours.to_string(),
            None => format!("de waarde bij {flag} klopt niet"),
        },
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            format!("{flag} heeft een waarde nodig")
        }
        ErrorKind::InvalidValue => format!(
            "'{}' past niet bij {flag}",
            context(ContextKind::InvalidValue)
        ),
        ErrorKind::UnknownArgument => format!(
            "onbekende optie '{}'. Gebruik --help voor de lijst met opties.",
            context(ContextKind::InvalidArg)
        ),
        ErrorKind::ArgumentConflict => format!("{flag} mag maar één keer"),
        _ => "deze opties begrijpt het spel niet. Gebruik --help voor de lijst met opties.".into(),
    }
}

/// Parses the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Command, String> {
    let matches = Args::command().try_get_matches_from(
        std::iter::once("werkalliantiespel".to_string()).chain(args.iter().cloned()),
    );
    let matches = match matches {
        Ok(m) => m,
        Err(e) => {
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp => Ok(Command::Help),
                clap::error::ErrorKind::DisplayVersion => Ok(Command::Version),
                _ => Err(dutch(&e)),
            };
        }
    };
    let a = Args::from_arg_matches(&matches).map_err(|e| dutch(&e))?;
    if let Some(dir) = a.check_cards {
        return Ok(Command::CheckCards(dir));
    }
    Ok(Command::Play(Options {
        pack: a.pack,
        field: a.field,
        mode: a.mode.and_then(|m| m.mode),
        guess: a.mode.is_some_and(|m| m.guess),
        decks: a.decks.map(|d| d.0),
        short: a.short,
        wording: a.wording,
        seed: a.seed,
        cards: a.cards,
        data_dir: a.data_dir,
        label: a
            .label
            .map(|l| l.chars().take(crate::session::MAX_LABEL_CHARS).collect()),
        phone_address: a.phone_address,
        client_lang: a.client_lang,
        professional_lang: a.professional_lang,
    }))
}

/// The help, with the fields, themes and languages of the loaded cards in the lines of their
/// options.
pub fn help_text(packs: &[&str], library: &Library, languages: &crate::lang::Languages) -> String {
    let fields: Vec<&str> = library.fields.iter().map(|f| f.id.as_str()).collect();
    let decks: Vec<&str> = library.kenmerken.iter().map(|k| k.id.as_str()).collect();
    let codes: Vec<&str> = languages.all().iter().map(|l| l.code.as_str()).collect();
    let base = crate::lang::BASE;
    let (first, rest) = packs.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
    Args::command()
        .mut_arg("pack", |a| {
            a.help(if rest.is_empty() {
                format!("het kaartspel: {first}")
            } else {
                format!("het kaartspel: {first} (standaard), {}", rest.join(", "))
            })
        })
        .mut_arg("field", |a| {
            a.help(format!("het werkveld: {}", fields.join(", ")))
        })
        .mut_arg("decks", |a| {
            a.help(format!("kenmerken om te spelen: {}", decks.join(", ")))
        })
        .mut_arg("client_lang", |a| {
            a.help(format!(
                "de taal van de cliënt: {} ({base} is standaard); de schermen volgen die",
                codes.join(", ")
            ))
        })
        .mut_arg("professional_lang", |a| {
            a.help(format!(
                "de taal van de professional op de eigen kaart: {}",
                codes.join(", ")
            ))
        })
        .render_help()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_every_flag() {
        let Ok(Command::Play(o)) = p(&[
            "--field",
            "opvang",
            "--mode",
            "tegelijk",
            "--decks",
            "vertrouwen,binding",
            "--short",
            "--wording=origineel",
            "--seed",
            "42",
            "--cards",
            "kaarten",
            "--data-dir",
            "/tmp/d",
            "--label",
            "K-1",
            "--telefoon-adres",
            "192.168.1.30",
        ]) else {
            panic!("parse");
        };
        assert_eq!(o.field.as_deref(), Some("opvang"));
        assert_eq!(o.mode, Some(Mode::Together));
        assert_eq!(o.decks, Some(vec!["vertrouwen".into(), "binding".into()]));
        assert!(o.short && o.straight_to_play());
        assert_eq!(o.wording, Some(Wording::Original));
        assert_eq!(o.seed, Some(42));
        assert_eq!(o.cards, Some(PathBuf::from("kaarten")));
        assert_eq!(o.data_dir, Some(PathBuf::from("/tmp/d")));
        assert_eq!(o.label.as_deref(), Some("K-1"));
        assert_eq!(o.phone_address, Some("192.168.1.30".parse().unwrap()));
        let Ok(Command::Play(o)) = p(&["--mode", "telefoon"]) else {
            panic!("parse");
        };
        assert_eq!(o.mode, Some(Mode::Phones));
        assert!(!o.guess);
        // "Raad de ander" with a way of choosing, or on its own (then the usual way).
        let Ok(Command::Play(o)) = p(&["--mode", "tegelijk,raden"]) else {
            panic!("parse");
        };
        assert_eq!((o.mode, o.guess), (Some(Mode::Together), true));
        let Ok(Command::Play(o)) = p(&["--mode", "raden"]) else {
            panic!("parse");
        };
        assert_eq!((o.mode, o.guess), (None, true));
        let e = p(&["--mode", "tegelijk,telefoon"]).unwrap_err();
        assert!(e.contains("twee manieren"), "{e}");
        // Never a public address, and a clear word for what is not an address.
        assert!(
            p(&["--telefoon-adres", "8.8.8.8"])
                .unwrap_err()
                .contains("eigen netwerk")
        );
        assert!(
            p(&["--telefoon-adres", "wifi"])
                .unwrap_err()
                .contains("geen IP-adres")
        );
    }

    #[test]
    fn check_cards_with_or_without_a_folder() {
        assert_eq!(p(&["--check-cards"]), Ok(Command::CheckCards(None)));
        assert_eq!(
            p(&["--check-cards", "x"]),
            Ok(Command::CheckCards(Some("x".into())))
        );
        assert_eq!(
            p(&["--check-cards=x"]),
            Ok(Command::CheckCards(Some("x".into())))
        );
    }

    #[test]
    fn help_and_version() {
        assert_eq!(p(&["--help"]), Ok(Command::Help));
        assert_eq!(p(&["-h"]), Ok(Command::Help));
        assert_eq!(p(&["--version"]), Ok(Command::Version));
        assert!(version().starts_with("werkalliantiespel 0."));
    }

    #[test]
    fn the_help_is_dutch_and_lists_the_loaded_cards() {
        let report = crate::deck::load_built_in();
        let help = help_text(
            &["werkalliantiemonitor", "kennismaken"],
            &report.library,
            &crate::lang::Languages::built_in(),
        );
        for line in [
            "Gebruik:",
            "Opties:",
            "--pack <PAKKET>",
            "werkalliantiemonitor (standaard), kennismaken",
            "--field <WERKVELD>",
            "reclassering",
            "vertrouwen",
            "--check-cards [<MAP>]",
            "deze uitleg",
            "nl, en",
        ] {
            assert!(help.contains(line), "{line} not in:\n{help}");
        }
        for english in ["Usage", "Options:", "Print help", "Print version"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
    }

    #[test]
    fn bad_values_list_the_valid_ones() {
        let e = p(&["--mode", "samen"]).unwrap_err();
        assert!(e.contains("om-de-beurt, tegelijk"), "{e}");
        let e = p(&["--wording", "nl"]).unwrap_err();
        assert!(e.contains("b1, origineel"), "{e}");
        assert!(p(&["--seed", "-1"]).unwrap_err().contains("heel getal"));
        assert!(p(&["--field"]).unwrap_err().contains("waarde nodig"));
        assert!(p(&["--vlag"]).unwrap_err().contains("onbekende optie"));
        assert!(p(&["--decks", ","]).unwrap_err().contains("minstens één"));
        assert!(p(&["--mode"]).unwrap_err().contains("waarde nodig"));
    }
}
