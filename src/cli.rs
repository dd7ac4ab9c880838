//! Command-line arguments. Plain Rust, no Bevy: parsing here, checking values against the loaded
//! cards in [`Options::check`].

use std::path::PathBuf;

use crate::deck::{Library, Wording};
use crate::session::Mode;

/// What the program was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Play(Options),
    CheckCards(PathBuf),
    Help,
}

/// Choices for a game, from the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub field: Option<String>,
    pub mode: Option<Mode>,
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

pub const USAGE: &str = "\
Werkalliantiespel — samen praten over hoe jullie samenwerken.

Gebruik:
  werkalliantiespel [OPTIES]
  werkalliantiespel --check-cards [MAP]

Opties:
  --field WERKVELD      reclassering, jeugdbescherming, jeugdreclassering, schuldhulp,
                        arbeidsintegratie of opvang
                        (of een eigen werkveld uit werkvelden.ron)
  --mode MODUS          om-de-beurt (standaard), tegelijk of telefoon
  --telefoon-adres IP   bij telefoon: luister op dit adres van het eigen netwerk
                        (standaard het adres van de wifi; 127.0.0.1 om te testen)
  --wording TAAL        b1 (standaard) of origineel (de woorden van de monitor)
  --taal-client CODE    de taal van de cliënt: nl (standaard) of en; de schermen volgen die
  --taal-professional CODE  de taal van de professional op de eigen kaart: nl of en
  --decks A,B,...       kenmerken om te spelen: richting, vertrouwen, binding, stroefheid
  --short               alleen de korte versie (9 kaarten; zie README)
  --seed GETAL          elke keer dezelfde volgorde van de kaarten
  --label CODE          een code voor dit gesprek (nooit een naam)
  --cards MAP           lees de kaarten uit deze map (standaard: cards/ als die er is)
  --data-dir MAP        bewaar gesprekken in deze map (of zet WERKALLIANTIESPEL_DATA);
                        standaard de gewone plek voor programmagegevens
  --check-cards [MAP]   controleer kaartbestanden (standaard cards/) en stop
  -h, --help            deze uitleg

Met --decks of --short begint het spel meteen bij de eerste kaart.
";

fn value<'a>(flag: &str, it: &mut impl Iterator<Item = &'a String>) -> Result<&'a String, String> {
    it.next()
        .filter(|v| !v.starts_with("--"))
        .ok_or_else(|| format!("{flag} heeft een waarde nodig"))
}

/// Parses the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut o = Options::default();
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let take =
            |it: &mut std::iter::Peekable<std::slice::Iter<'_, String>>| -> Result<String, String> {
                match &inline {
                    Some(v) => Ok(v.clone()),
                    None => value(flag, it).cloned(),
                }
            };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "--check-cards" => {
                let dir = match &inline {
                    Some(v) => v.clone(),
                    None => match it.peek() {
                        Some(v) if !v.starts_with("--") => it.next().cloned().unwrap_or_default(),
                        _ => "cards".to_string(),
                    },
                };
                return Ok(Command::CheckCards(PathBuf::from(dir)));
            }
            "--field" => o.field = Some(take(&mut it)?),
            "--mode" => {
                let v = take(&mut it)?;
                o.mode = Some(match v.as_str() {
                    "om-de-beurt" => Mode::TakeTurns,
                    "tegelijk" => Mode::Together,
                    "telefoon" => Mode::Phones,
                    _ => {
                        return Err(format!(
                            "onbekende modus '{v}' bij --mode. Kies uit: om-de-beurt, tegelijk, telefoon"
                        ));
                    }
                });
            }
            "--wording" => {
                let v = take(&mut it)?;
                o.wording = Some(match v.as_str() {
                    "b1" => Wording::B1,
                    "origineel" => Wording::Original,
                    _ => {
                        return Err(format!(
                            "onbekende taal '{v}' bij --wording. Kies uit: b1, origineel"
                        ));
                    }
                });
            }
            "--taal-client" => o.client_lang = Some(take(&mut it)?),
            "--taal-professional" => o.professional_lang = Some(take(&mut it)?),
            "--decks" => {
                let v = take(&mut it)?;
                let decks: Vec<String> = v
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                if decks.is_empty() {
                    return Err(
                        "--decks heeft minstens één kenmerk nodig, bijvoorbeeld --decks vertrouwen"
                            .into(),
                    );
                }
                o.decks = Some(decks);
            }
            "--short" => o.short = true,
            "--seed" => {
                let v = take(&mut it)?;
                o.seed = Some(v.parse().map_err(|_| {
                    format!(
                        "--seed moet een heel getal zijn (0 tot en met {}), niet '{v}'",
                        u64::MAX
                    )
                })?);
            }
            "--cards" => o.cards = Some(PathBuf::from(take(&mut it)?)),
            "--data-dir" => o.data_dir = Some(PathBuf::from(take(&mut it)?)),
            "--label" => {
                o.label = Some(
                    take(&mut it)?
                        .chars()
                        .take(crate::session::MAX_LABEL_CHARS)
                        .collect(),
                )
            }
            "--telefoon-adres" => {
                let v = take(&mut it)?;
                let ip: std::net::IpAddr = v
                    .parse()
                    .map_err(|_| format!("'{v}' bij --telefoon-adres is geen IP-adres"))?;
                if !crate::phone::server::allowed(ip) {
                    return Err(format!(
                        "{ip} bij --telefoon-adres is geen adres van een eigen netwerk \
                         (10.x, 172.16-31.x, 192.168.x of 127.0.0.1)"
                    ));
                }
                o.phone_address = Some(ip);
            }
            other => {
                return Err(format!(
                    "onbekende optie '{other}'. Gebruik --help voor de lijst met opties."
                ));
            }
        }
    }
    Ok(Command::Play(o))
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
    fn check_cards_defaults_to_cards() {
        assert_eq!(
            p(&["--check-cards"]),
            Ok(Command::CheckCards("cards".into()))
        );
        assert_eq!(
            p(&["--check-cards", "x"]),
            Ok(Command::CheckCards("x".into()))
        );
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
    }
}
