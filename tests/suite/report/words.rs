//! The summary's bars in words, for a screen reader: the nearest scale word, never a number.

use werkalliantiespel::deck::Wording;
use werkalliantiespel::lang::Languages;
use werkalliantiespel::report::mean_words;

use crate::shipped;

#[test]
fn a_bar_is_said_as_its_nearest_scale_word_and_never_as_a_number() {
    let lib = shipped();
    let langs = Languages::built_in();
    let nl = langs.tr("nl");
    let said = |m| mean_words(&lib, m, Wording::B1, nl);
    assert_eq!(said(Some(3.6)), "ongeveer Klopt een beetje");
    assert_eq!(said(Some(1.2)), "ongeveer Klopt helemaal niet");
    assert_eq!(said(Some(5.0)), "ongeveer Klopt helemaal");
    assert_eq!(said(None), "geen keuze");
    assert_eq!(said(Some(f64::NAN)), "geen keuze");
    for m in [1.0, 2.5, 3.49, 4.51] {
        let words = said(Some(m));
        assert!(!words.chars().any(|c| c.is_ascii_digit()), "{m}: {words}");
    }
    let en = mean_words(&lib, Some(2.0), Wording::B1, langs.tr("en"));
    assert!(en.starts_with("about "), "{en}");
}
