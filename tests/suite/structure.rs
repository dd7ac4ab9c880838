//! The shape of the code: no two modules of `src/` that use each other (directly or around a
//! circle), and outside `src/game/screens/` only the game's root names a screen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/game/screens/play/mod.rs` → `game::screens::play`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code without comments and without the tests at the bottom.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path of a `use` (braces spread out) and every `crate::…`/`super::…` path in the code.
fn paths(code: &str) -> Vec<String> {
    fn spread(body: &str, prefix: &str, out: &mut Vec<String>) {
        let mut depth = 0;
        let mut part = String::new();
        let mut parts = Vec::new();
        for c in body.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if c == ',' && depth == 0 {
                parts.push(std::mem::take(&mut part));
            } else {
                part.push(c);
            }
        }
        parts.push(part);
        for p in parts {
            let p = p.trim();
            match p.find('{') {
                Some(i) => {
                    let inner = &p[i + 1..p.rfind('}').unwrap_or(p.len())];
                    spread(inner, &format!("{prefix}{}", &p[..i]), out);
                }
                None if !p.is_empty() => {
                    let name = p.split(" as ").next().unwrap_or(p).trim();
                    out.push(format!("{prefix}{name}"));
                }
                None => {}
            }
        }
    }
    let mut out = Vec::new();
    for stmt in code.split(';') {
        let stmt = stmt.trim();
        let body = stmt
            .strip_prefix("pub use ")
            .or_else(|| stmt.strip_prefix("pub(crate) use "))
            .or_else(|| stmt.strip_prefix("pub(super) use "))
            .or_else(|| stmt.strip_prefix("use "));
        if let Some(body) = body {
            spread(&body.replace('\n', " "), "", &mut out);
        }
    }
    for (i, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let rest: String = code[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        out.push(rest);
    }
    out
}

/// Which module each module uses (not its own parts, nor the modules it lies in).
fn uses() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let src = crate::repo().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .filter(|f| !f.ends_with("main.rs"))
        .map(|f| (module_of(&src, f), f.clone()))
        .collect();
    let mut graph = BTreeMap::new();
    for (module, file) in &modules {
        let mut to = BTreeSet::new();
        for path in paths(&code(&crate::read(file))) {
            let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
            let mut full: Vec<String> = match parts.first() {
                Some(&"crate") => {
                    parts.remove(0);
                    Vec::new()
                }
                Some(&"super") | Some(&"self") => {
                    let mut base = module.clone();
                    while let Some(&first) = parts.first() {
                        match first {
                            "super" => {
                                base.pop();
                            }
                            "self" => {}
                            _ => break,
                        }
                        parts.remove(0);
                    }
                    base
                }
                // A module of this one (`mod x; use x::…`), or another crate.
                Some(first)
                    if modules
                        .contains_key(&[module.clone(), vec![first.to_string()]].concat()) =>
                {
                    module.clone()
                }
                _ => continue,
            };
            full.extend(parts.iter().map(|p| p.to_string()));
            let target = (0..=full.len())
                .rev()
                .map(|k| full[..k].to_vec())
                .find(|m| modules.contains_key(m))
                .unwrap_or_default();
            let related = target.starts_with(module) || module.starts_with(&target);
            if !related {
                to.insert(target);
            }
        }
        graph.insert(module.clone(), to);
    }
    graph
}

/// A circle of modules that use each other, if there is one.
fn circle(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        at: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|m| m == at) {
            let mut ring: Vec<String> = path[i..].iter().map(|m| m.join("::")).collect();
            ring.push(at.join("::"));
            return Some(ring);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.clone());
        for next in graph.get(at).into_iter().flatten() {
            if let Some(ring) = visit(next, graph, path, done) {
                return Some(ring);
            }
        }
        path.pop();
        done.insert(at.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = uses();
    assert!(graph.len() > 60, "the modules are found: {}", graph.len());
    assert!(
        graph[&vec![
            "game".to_string(),
            "screens".to_string(),
            "summary".to_string()
        ]]
            .contains(&vec!["game".to_string(), "saving".to_string()]),
        "the uses are found"
    );
    if let Some(ring) = circle(&graph) {
        panic!("modules that use each other: {}", ring.join(" → "));
    }
}

#[test]
fn outside_the_screens_only_the_games_root_names_a_screen() {
    let src = crate::repo().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let screens = src.join("game").join("screens");
    let naming: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(&screens))
        .filter(|f| code(&crate::read(f)).contains("Screen::"))
        .map(|f| f.strip_prefix(&src).unwrap_or(f).display().to_string())
        .collect();
    assert_eq!(naming, vec!["game/mod.rs".to_string()]);
}
