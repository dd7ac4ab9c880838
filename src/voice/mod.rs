//! "Voorlezen": the card read aloud by the computer's own voice. What to read comes only from the
//! public [`TableView`] (as the screen reader's lines do), so before the flip it holds no
//! choice. Each seat's sentence is read in that seat's language; after the flip the choices, the
//! gap and the prompt in the screen's language (the client's), and the prompt in the
//! professional's language too when that is another. No Bevy types here: [`command`] says which
//! program reads on which system, [`speaker`] runs it off the game's thread.

pub mod command;
pub mod speaker;
pub mod wav;

use crate::deck::{Library, Perspective};
use crate::lang::Tr;
use crate::report::{choice_words, gap_words};
use crate::session::{CardState, Player, Selection, TableView};

pub use command::{Engine, Os, Spoken};
pub use speaker::Speaker;

/// One piece of text to read, in one language (a code such as "nl" or "en").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub lang: String,
    pub text: String,
}

/// The words of one seat: its language's words and cards.
pub type SeatWords<'a> = (Tr<'a>, &'a Library);

/// What "Voorlezen" reads for this view, in order. `seats` are the client's and the
/// professional's words; the client's are the screen's. Empty when there is no card (the end,
/// or a card the library does not know) or during a pause (the pause covers the card).
pub fn utterances(
    view: &TableView,
    seats: [SeatWords; 2],
    selection: &Selection,
) -> Vec<Utterance> {
    if view.paused.is_some() || view.phase == CardState::Finished {
        return Vec::new();
    }
    let [(tr, lib), (pro_tr, pro_lib)] = seats;
    if lib.card(&view.card_id).is_none() && view.own.is_none() {
        return Vec::new();
    }
    match view.phase {
        CardState::Revealed {
            client,
            professional,
            gap,
        } => {
            let field = lib.field(&selection.field);
            let mut lines = Vec::new();
            for (p, c) in [
                (Player::Client, client),
                (Player::Professional, professional),
            ] {
                let name = p.name(field).to_lowercase();
                let keuze = choice_words(lib, c, selection.wording, tr);
                lines.push(tr.f(
                    "lezer-koos",
                    [("naam", name.as_str().into()), ("keuze", keuze.into())],
                ));
            }
            lines.push(format!("{}.", gap_words(gap, tr)));
            lines.push(prompt(view, lib, selection));
            let mut out = vec![utterance(tr.code(), &lines)];
            if pro_tr.code() != tr.code() {
                out.push(utterance(
                    pro_tr.code(),
                    &[prompt(view, pro_lib, selection)],
                ));
            }
            out.retain(|u| !u.text.is_empty());
            out
        }
        _ => sentences(view, seats, selection),
    }
}

/// Before the flip: each seat's sentence in its own language, named for whom it is ("Zin voor
/// de cliënt: …"). Seats that read one language are one utterance; an own card is read once.
fn sentences(view: &TableView, seats: [SeatWords; 2], selection: &Selection) -> Vec<Utterance> {
    let mut out: Vec<Utterance> = Vec::new();
    for (i, (p, who)) in [
        (Player::Client, Perspective::Client),
        (Player::Professional, Perspective::Professional),
    ]
    .into_iter()
    .enumerate()
    {
        let (tr, lib) = seats[i];
        let field = lib.field(&selection.field);
        let sentence = match (&view.own, lib.card(&view.card_id), field) {
            // An own card is the same sentence for both: read once.
            (Some(_), ..) if i > 0 => continue,
            (Some(text), ..) => text.clone(),
            (None, Some(card), Some(field)) => card.text(who, selection.wording, field),
            _ => continue,
        };
        let line = if view.own.is_some() {
            sentence
        } else {
            let name = p.name(field).to_lowercase();
            tr.f(
                "lezer-zin",
                [("naam", name.as_str().into()), ("zin", sentence.into())],
            )
        };
        match out.last_mut() {
            Some(last) if last.lang == tr.code() => {
                last.text = [last.text.as_str(), line.as_str()].join(" ");
            }
            _ => out.push(Utterance {
                lang: tr.code().to_string(),
                text: line,
            }),
        }
    }
    out.retain(|u| !u.text.trim().is_empty());
    out
}

/// The conversation prompt after the flip, as the talk shows it, in `lib`'s language.
pub fn prompt(view: &TableView, lib: &Library, selection: &Selection) -> String {
    let CardState::Revealed {
        client,
        professional,
        ..
    } = view.phase
    else {
        return String::new();
    };
    let Some(field) = lib.field(&selection.field) else {
        return String::new();
    };
    // The same words the talk shows: the prompt, and the note where a low start is common.
    let talk = lib.talk(
        lib.card(&view.card_id),
        (client.score(), professional.score()),
        field,
        view.position,
    );
    match talk.note {
        Some(note) => format!("{} {note}", talk.prompt),
        None => talk.prompt,
    }
}

fn utterance(lang: &str, lines: &[String]) -> Utterance {
    let text: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    Utterance {
        lang: lang.to_string(),
        text: text.join(" "),
    }
}

/// The log line for what is read: the languages only, never the words
/// (`voorlezen: nl, en`; `voorlezen: niets` when there is nothing to read).
pub fn log_line(utterances: &[Utterance]) -> String {
    if utterances.is_empty() {
        return "voorlezen: niets".to_string();
    }
    let langs: Vec<&str> = utterances.iter().map(|u| u.lang.as_str()).collect();
    format!("voorlezen: {}", langs.join(", "))
}
