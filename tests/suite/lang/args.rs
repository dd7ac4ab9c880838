//! Every text the code words gets the values its message asks for, in every language: a
//! missing value would show as `{$naam}` on a screen. The calls are read from the source:
//! `tr.f("key", [("a", …), …])` must pass every variable of "key"; `tr.t("key")` must name a
//! message without variables.

use std::path::Path;

use werkalliantiespel::lang::Languages;

/// One call in the source: the key, the names of the values passed (`None` for `t`), and where.
#[derive(Debug)]
struct Call {
    key: String,
    args: Option<Vec<String>>,
    at: String,
}

/// The string literal at the start of `s` (after white space), and the rest after it.
fn literal(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    let rest = s.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// The text up to the parenthesis that closes the one already open.
fn until_close(s: &str) -> &str {
    let mut depth = 1;
    let mut in_str = false;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' if !in_str => depth += 1,
            ')' | ']' if !in_str => {
                depth -= 1;
                if depth == 0 {
                    return &s[..i];
                }
            }
            _ => {}
        }
        prev = c;
    }
    s
}

fn scan(path: &Path, out: &mut Vec<Call>) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            scan(&p, out);
            continue;
        }
        if p.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = crate::read(&p);
        for (method, with_args) in [(".f(", true), (".t(", false)] {
            for (i, _) in text.match_indices(method) {
                let after = &text[i + method.len()..];
                let Some((key, rest)) = literal(after) else {
                    continue;
                };
                let line = text[..i].lines().count();
                let at = format!("{}:{line}", p.display());
                let span = until_close(rest);
                // Values passed in a variable (`tr.f("key", counts)`) cannot be read here: that
                // call is left to the tests of its screen.
                if with_args && !span.contains('[') {
                    continue;
                }
                let args = with_args.then(|| {
                    span.match_indices('(')
                        .filter_map(|(j, _)| literal(&span[j + 1..]))
                        .filter(|(_, tail)| tail.trim_start().starts_with(','))
                        .map(|(name, _)| name.to_string())
                        .collect()
                });
                out.push(Call {
                    key: key.to_string(),
                    args,
                    at,
                });
            }
        }
    }
}

#[test]
fn every_text_gets_the_values_it_asks_for() {
    let mut calls = Vec::new();
    scan(&crate::repo().join("src"), &mut calls);
    let langs = Languages::built_in();
    // The scan found the calls (a scan that finds nothing checks nothing).
    let worded: Vec<&Call> = calls
        .iter()
        .filter(|c| langs.all().iter().any(|l| l.ui_variables(&c.key).is_some()))
        .collect();
    assert!(worded.len() > 100, "only {} calls found", worded.len());
    assert!(worded.iter().filter(|c| c.args.is_some()).count() > 30);
    let mut problems = Vec::new();
    for call in worded {
        for lang in langs.all() {
            let Some(wanted) = lang.ui_variables(&call.key) else {
                continue;
            };
            let given = call.args.clone().unwrap_or_default();
            for v in wanted {
                if !given.contains(&v) {
                    problems.push(format!(
                        "{}: '{}' in {} needs ${v}, gets {given:?}",
                        call.at, call.key, lang.code
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_rule_error_is_worded_in_every_language() {
    let langs = Languages::built_in();
    for e in werkalliantiespel::session::SessionError::examples() {
        for lang in langs.all() {
            let words = e.words(langs.tr(&lang.code));
            // A key no language has would show as itself; a value not given as `{$x}`.
            assert!(!words.starts_with("sessie-fout-"), "{e:?}: {words}");
            assert!(!words.contains('{'), "{e:?} in {}: {words}", lang.code);
        }
        let en = e.words(langs.tr("en"));
        assert_ne!(en, e.words(langs.tr("nl")), "{e:?} is not in English");
    }
}
