//! The screen reader's view of the table (AccessKit through egui): never a hidden choice before
//! the flip, for any sequence of actions; both choices after it.

use bevy_egui::egui;
use rand::{RngExt, SeedableRng};

use crate::Moves;
use werkalliantiespel::deck::Library;
use werkalliantiespel::deck::Wording;
use werkalliantiespel::game::screens::speech::{announce, table_lines};
use werkalliantiespel::lang::{Languages, cards::translate};
use werkalliantiespel::session::{
    CardState, Mode, Player, Seat, SeatLanguages, Selection, Session, TableView,
};

/// The table's lines as the play screen makes them: the cards in each seat's language, the rest
/// in the client's.
fn lines(view: &TableView, dutch: &Library, selection: &Selection) -> Vec<String> {
    let langs = Languages::built_in();
    let lib = |code: &str| translate(dutch, langs.get(code).expect("a language"));
    let (client, professional) = (
        lib(&selection.languages.client),
        lib(&selection.languages.professional),
    );
    table_lines(
        view,
        (
            [&client, &professional],
            langs.tr(&selection.languages.client),
        ),
        selection,
    )
}

/// Every label and value in the accessibility tree egui makes for the announced table.
fn tree(lines: &[String]) -> Vec<String> {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        announce(ui, ui.max_rect(), lines);
    });
    // The font atlas is not needed here (egui asserts that deltas are handled).
    output.textures_delta.clear();
    let update = output
        .platform_output
        .accesskit_update
        .take()
        .expect("an accessibility tree");
    let mut texts: Vec<String> = update
        .nodes
        .iter()
        .flat_map(|(_, node)| {
            [node.label(), node.value(), node.description()]
                .into_iter()
                .flatten()
                .map(str::to_string)
        })
        .collect();
    texts.sort();
    texts
}

fn selection(seed: u64) -> Selection {
    Selection {
        kenmerken: Vec::new(),
        short: false,
        field: ["reclassering", "jeugdbescherming", "opvang"][(seed % 3) as usize].into(),
        wording: if seed.is_multiple_of(2) {
            Wording::B1
        } else {
            Wording::Original
        },
        mode: Mode::Together,
        seed,
        languages: SeatLanguages::default(),
        guess: false,
        ..Selection::default()
    }
}

#[test]
fn the_tree_says_the_card_and_both_choices_only_after_the_flip() {
    let lib = crate::shipped();
    // Seed 0: reclassering, B1.
    let mut s = Session::new(&lib, selection(0)).expect("session");
    let t = tree(&lines(&s.view(), &lib, s.selection()));
    assert!(t.iter().any(|l| l.starts_with("Kaart 1 van 19")), "{t:?}");
    assert!(
        t.iter().any(|l| l.starts_with("Zin voor de cliënt: ")),
        "{t:?}"
    );
    assert!(
        t.iter().any(|l| l == "De reclasseringswerker kiest nog."),
        "{t:?}"
    );
    s.choose(Player::Client, 2).unwrap();
    s.choose(Player::Professional, 4).unwrap();
    let t = tree(&lines(&s.view(), &lib, s.selection()));
    assert!(t.iter().any(|l| l == "De cliënt heeft gekozen."), "{t:?}");
    assert!(!t.iter().any(|l| l.contains("Klopt")), "{t:?}");
    s.reveal().unwrap();
    let t = tree(&lines(&s.view(), &lib, s.selection()));
    assert!(
        t.iter().any(|l| l == "De cliënt koos: Klopt niet echt."),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|l| l == "De reclasseringswerker koos: Klopt een beetje."),
        "{t:?}"
    );
}

#[test]
fn before_the_flip_the_tree_never_holds_a_hidden_choice() {
    let lib = crate::shipped();
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(23);
    let mut compared = 0;
    for game in 0..12 {
        let mut sel = selection(game);
        // Every mix of languages: the hidden choice must not leak in any of them.
        let codes = ["nl", "en"];
        sel.languages = SeatLanguages {
            client: codes[(game % 2) as usize].into(),
            professional: codes[((game / 2) % 2) as usize].into(),
        };
        let mut a = Session::new(&lib, sel).expect("session");
        for _ in 0..120 {
            if a.view().phase == CardState::Finished {
                break;
            }
            let p = if rng.random_bool(0.5) {
                Player::Client
            } else {
                Player::Professional
            };
            let _ = match rng.random_range(0..12) {
                0..=5 => a.choose(p, rng.random_range(1..=5u8)),
                6 => a.pass(p),
                7 => a.reveal(),
                8 => a.next_card(),
                9 => a.rerate(),
                10 => a.skip(),
                _ => Ok(()),
            };
            let view = a.view();
            if matches!(view.phase, CardState::Revealed { .. }) {
                continue;
            }
            // A twin with other hidden choices for every seat that chose: the tree must not
            // differ by a single character.
            let mut b = a.clone();
            for (seat, state) in [
                (Player::Client, view.client),
                (Player::Professional, view.professional),
            ] {
                if state == Seat::Chosen {
                    let _ = if rng.random_bool(0.2) {
                        b.pass(seat)
                    } else {
                        b.choose(seat, rng.random_range(1..=5u8))
                    };
                }
            }
            assert_eq!(
                tree(&lines(&view, &lib, a.selection())),
                tree(&lines(&b.view(), &lib, b.selection())),
                "the tree told a hidden choice"
            );
            compared += 1;
        }
    }
    assert!(compared > 300, "only {compared} trees compared");
}

#[test]
fn each_sentence_in_its_readers_language_the_rest_in_the_clients() {
    let lib = crate::shipped();
    let mut sel = selection(0);
    sel.languages = SeatLanguages {
        client: "en".into(),
        professional: "nl".into(),
    };
    let mut s = Session::new(&lib, sel).expect("session");
    let t = tree(&lines(&s.view(), &lib, s.selection()));
    assert!(
        t.iter().any(|l| l.starts_with("Card 1 of 19. Theme: ")),
        "{t:?}"
    );
    let client = t
        .iter()
        .find(|l| l.starts_with("Statement for the client: "))
        .expect("the client's sentence");
    let pro = t
        .iter()
        .find(|l| l.starts_with("Statement for the probation officer: "))
        .expect("the professional's sentence");
    // The professional reads Dutch: the sentence is the Dutch card's.
    let id = s.view().card_id.clone();
    let card = lib.card(&id).expect("card");
    let field = lib.field("reclassering").expect("field");
    let dutch = card.text(
        werkalliantiespel::deck::Perspective::Professional,
        Wording::B1,
        field,
    );
    assert!(pro.ends_with(&dutch), "{pro} / {dutch}");
    let langs = Languages::built_in();
    let english = translate(&lib, langs.get("en").expect("English"));
    let en_text = english.card(&id).expect("card").text(
        werkalliantiespel::deck::Perspective::Client,
        Wording::B1,
        english.field("reclassering").expect("field"),
    );
    assert!(en_text.contains("probation officer"), "{en_text}");
    assert_eq!(client, &format!("Statement for the client: {en_text}"));
    s.choose(Player::Client, 2).unwrap();
    s.choose(Player::Professional, 4).unwrap();
    s.reveal().unwrap();
    let t = tree(&lines(&s.view(), &lib, s.selection()));
    assert!(
        t.iter().any(|l| l == "The client chose: Not really true."),
        "{t:?}"
    );
}
