//! RON's parse errors in plain Dutch words.

use ron::error::Error;

fn list(names: &[&str]) -> String {
    match names {
        [] => "niets".to_string(),
        [one] => format!("`{one}`"),
        [rest @ .., last] => {
            let head: Vec<String> = rest.iter().map(|n| format!("`{n}`")).collect();
            format!("{} of `{last}`", head.join(", "))
        }
    }
}

fn thing(outer: &Option<String>) -> String {
    match outer.as_deref() {
        Some("RawCard") => "een kaart".into(),
        Some("RawWordings") => "de zinnen (client of professional)".into(),
        Some("RawKenmerk") => "een kenmerk".into(),
        Some("RawField") => "een werkveld".into(),
        Some("RawPoint") => "een punt van de schaal".into(),
        Some("RawPass") => "de keuze overslaan".into(),
        Some("RawFile") | None => "het bestand".into(),
        Some(other) => format!("`{other}`"),
    }
}

/// Translates one RON error into a sentence a card editor can act on.
pub fn explain(error: &Error) -> String {
    match error {
        Error::Eof => "Het bestand houdt te vroeg op. Mist er een ) of ] aan het eind?".into(),
        Error::ExpectedArray => "Hier moet een lijst beginnen, met [.".into(),
        Error::ExpectedArrayEnd => "Hier moet de lijst sluiten met ], of er mist een komma.".into(),
        Error::ExpectedBoolean => "Hier moet true (ja) of false (nee) staan.".into(),
        Error::ExpectedComma => "Hier mist een komma.".into(),
        Error::ExpectedInteger | Error::ExpectedFloat => "Hier moet een getal staan.".into(),
        Error::IntegerOutOfBounds => "Dit getal is te groot of te klein.".into(),
        Error::ExpectedString => {
            "Hier moet tekst tussen aanhalingstekens staan, zoals \"tekst\".".into()
        }
        Error::ExpectedStringEnd => {
            "Een tekst is niet afgesloten: er mist een \" aan het eind.".into()
        }
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            "Hier moet een blok beginnen met (.".into()
        }
        Error::ExpectedStructLikeEnd => {
            "Hier moet het blok sluiten met ), of er mist een komma.".into()
        }
        Error::ExpectedMapColon => {
            "Na de naam van een veld moet een dubbele punt (:) komen.".into()
        }
        Error::ExpectedIdentifier => "Hier moet de naam van een veld staan.".into(),
        Error::TrailingCharacters => {
            "Na het einde van het bestand staat nog iets. Haal het weg.".into()
        }
        Error::UnclosedBlockComment => "Een opmerking met /* is niet gesloten met */.".into(),
        Error::UnexpectedChar(c) => format!("Onverwacht teken '{c}'."),
        Error::Utf8Error(_) => {
            "Het bestand is geen geldige tekst (UTF-8). Sla het op als UTF-8.".into()
        }
        Error::InvalidEscape(what) => format!("Verkeerd teken na een \\ in een tekst ({what})."),
        Error::ExceededRecursionLimit => {
            "Het bestand is te diep genest (te veel haakjes binnen haakjes).".into()
        }
        Error::InvalidValueForType { expected, found } => {
            format!("Verkeerde soort waarde: verwacht {expected}, gevonden {found}.")
        }
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => match outer.as_deref() {
            Some("Keying") => format!("Onbekende keying `{found}`. Kies {}.", list(expected)),
            Some("GoodWhen") => format!(
                "Onbekende waarde `{found}` bij good_when. Kies {}.",
                list(expected)
            ),
            Some("RawFile") | None if found.is_empty() => format!(
                "Het bestand moet beginnen met de soort: {}.",
                list(expected)
            ),
            Some("RawFile") | None => format!(
                "Onbekende soort bestand `{found}`. Het bestand moet beginnen met {}.",
                list(expected)
            ),
            Some(other) => format!(
                "Onbekende waarde `{found}` bij {other}. Kies {}.",
                list(expected)
            ),
        },
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "Onbekend veld `{found}` in {}. Hier kan staan: {}.",
            thing(outer),
            list(expected)
        ),
        Error::MissingStructField { field, outer } => {
            let hint = match *field {
                "client" | "professional" => {
                    " Elke kaart heeft een zin voor de cliënt én een zin voor de professional nodig."
                }
                "original" | "b1" => {
                    " Elke zin heeft de woorden van de monitor (original) én eenvoudige taal (b1) nodig."
                }
                _ => "",
            };
            format!("Het veld `{field}` ontbreekt in {}.{hint}", thing(outer))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("Het veld `{field}` staat twee keer in {}.", thing(outer))
        }
        Error::ExpectedDifferentStructName { expected, found } => {
            format!("Verwacht `{expected}`, gevonden `{found}`.")
        }
        other => format!("Het bestand klopt hier niet: {other}."),
    }
}
