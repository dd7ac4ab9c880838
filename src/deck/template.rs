//! Placeholders in card text: `{werker}`, `{client}`, `{voorwaarden}`.
//!
//! A placeholder written with a capital first letter (`{Werker}`) is filled in with a capital
//! first letter, for sentences that start with it.

use std::fmt;

/// The placeholders a card text may use.
pub const PLACEHOLDERS: [&str; 3] = ["werker", "client", "voorwaarden"];

/// One piece of a parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Literal(&'a str),
    Placeholder { key: Key, capital: bool },
}

/// Which word a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Werker,
    Client,
    Voorwaarden,
}

/// What is wrong with a text, and where (byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub offset: usize,
    pub kind: TemplateErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateErrorKind {
    Unknown(String),
    Unclosed,
    StrayClose,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            TemplateErrorKind::Unknown(name) => write!(
                f,
                "onbekend invulwoord {{{name}}}. Je kunt kiezen uit {{werker}}, {{client}} en {{voorwaarden}}"
            ),
            TemplateErrorKind::Unclosed => {
                f.write_str("een invulwoord is niet afgesloten: na { moet een } komen")
            }
            TemplateErrorKind::StrayClose => f.write_str("er staat een } zonder { ervoor"),
        }
    }
}

fn key_of(name: &str) -> Option<(Key, bool)> {
    let mut chars = name.chars();
    let first = chars.next()?;
    let capital = first.is_uppercase();
    let lower: String = first.to_lowercase().chain(chars).collect();
    let key = match lower.as_str() {
        "werker" => Key::Werker,
        "client" => Key::Client,
        "voorwaarden" => Key::Voorwaarden,
        _ => return None,
    };
    Some((key, capital))
}

/// Splits a text into literal parts and placeholders, or says what is wrong with it.
pub fn parse(text: &str) -> Result<Vec<Segment<'_>>, TemplateError> {
    let mut out = Vec::new();
    let mut rest_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                if i > rest_start {
                    out.push(Segment::Literal(&text[rest_start..i]));
                }
                let close = text[i + 1..].find(['}', '{']).map(|p| p + i + 1);
                match close {
                    Some(end) if bytes[end] == b'}' => {
                        let name = &text[i + 1..end];
                        let (key, capital) = key_of(name).ok_or_else(|| TemplateError {
                            offset: i,
                            kind: TemplateErrorKind::Unknown(name.to_string()),
                        })?;
                        out.push(Segment::Placeholder { key, capital });
                        i = end + 1;
                        rest_start = i;
                        continue;
                    }
                    _ => {
                        return Err(TemplateError {
                            offset: i,
                            kind: TemplateErrorKind::Unclosed,
                        });
                    }
                }
            }
            b'}' => {
                return Err(TemplateError {
                    offset: i,
                    kind: TemplateErrorKind::StrayClose,
                });
            }
            _ => {}
        }
        i += 1;
    }
    if rest_start < text.len() {
        out.push(Segment::Literal(&text[rest_start..]));
    }
    Ok(out)
}

/// The words a field fills in.
pub trait Words {
    fn word(&self, key: Key) -> &str;
}

/// Fills in every placeholder. A text that does not parse is returned as it is; texts are
/// validated when they are loaded, so this only happens for text that was never loaded.
pub fn render(text: &str, words: &impl Words) -> String {
    let Ok(segments) = parse(text) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + 16);
    for segment in segments {
        match segment {
            Segment::Literal(s) => out.push_str(s),
            Segment::Placeholder { key, capital } => {
                let word = words.word(key);
                if capital {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    }
                } else {
                    out.push_str(word);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct W;
    impl Words for W {
        fn word(&self, key: Key) -> &str {
            match key {
                Key::Werker => "begeleider",
                Key::Client => "bewoner",
                Key::Voorwaarden => "afspraken",
            }
        }
    }

    #[test]
    fn fills_in_words_and_capitals() {
        assert_eq!(render("Mijn {werker} en ik.", &W), "Mijn begeleider en ik.");
        assert_eq!(
            render("{Client} en {voorwaarden}", &W),
            "Bewoner en afspraken"
        );
    }

    #[test]
    fn reports_unknown_unclosed_and_stray() {
        let e = parse("Mijn {werkr} is").unwrap_err();
        assert_eq!(e.offset, 5);
        assert_eq!(e.kind, TemplateErrorKind::Unknown("werkr".into()));
        let e = parse("Mijn {werker is").unwrap_err();
        assert_eq!((e.offset, e.kind), (5, TemplateErrorKind::Unclosed));
        let e = parse("a {werker {client}").unwrap_err();
        assert_eq!((e.offset, e.kind), (2, TemplateErrorKind::Unclosed));
        let e = parse("a } b").unwrap_err();
        assert_eq!((e.offset, e.kind), (2, TemplateErrorKind::StrayClose));
        assert!(parse("{}").is_err());
    }
}
