//! The history's list at any length: one line per code with its conversations under it (a click
//! on the code folds them away), a filter by code, and only the lines in view laid out (egui's
//! `show_rows`), so a few years of conversations cost a frame what a short list costs.

use std::collections::BTreeSet;

use bevy_egui::egui::{self, RichText, Ui};

use super::{Confirm, Form, History};
use crate::game::Action;
use crate::game::Books;
use crate::game::screens::style;
use crate::lang::Tr;
use crate::store::SavedSession;

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A code ("" for the conversations without one), how many conversations it has, the index
    /// of its newest one, and whether its conversations show under it.
    Code {
        label: String,
        count: usize,
        newest: usize,
        open: bool,
    },
    /// A conversation (its index in the sessions), under its code.
    Session(usize),
}

/// The lines for `sessions`: one per code, the code with the newest conversation first; under
/// each code its conversations, newest first, unless it is `folded`. With a filter only the codes
/// that hold it (upper or lower case alike), none folded.
pub fn rows(sessions: &[SavedSession], filter: &str, folded: &BTreeSet<String>) -> Vec<Row> {
    let filter = filter.trim().to_lowercase();
    // Each code's conversations, newest first.
    let mut codes: Vec<(String, Vec<usize>)> = Vec::new();
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by(|&a, &b| {
        (sessions[b].saved_at, &sessions[b].id).cmp(&(sessions[a].saved_at, &sessions[a].id))
    });
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in order {
        let label = sessions[i].label.as_str();
        if !filter.is_empty() && !label.to_lowercase().contains(&filter) {
            continue;
        }
        match at.get(label) {
            Some(&k) => codes[k].1.push(i),
            None => {
                at.insert(label, codes.len());
                codes.push((label.to_string(), vec![i]));
            }
        }
    }
    let mut out = Vec::new();
    for (label, list) in codes {
        let shown = !filter.is_empty() || !folded.contains(&label);
        out.push(Row::Code {
            label: label.clone(),
            count: list.len(),
            newest: list[0],
            open: shown,
        });
        if shown {
            out.extend(list.into_iter().map(Row::Session));
        }
    }
    out
}

/// The list's lines as last worked out, and what for (the filter, the folded codes, the list):
/// worked out again only when one of those changes, not every frame.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Lines {
    key: Option<(String, BTreeSet<String>, usize, Option<String>)>,
    rows: Vec<Row>,
}

impl Lines {
    /// The lines, worked out again when what they show has changed; taken out, to be put back
    /// with [`Lines::put_back`] (the view changes the form while it draws them).
    fn take(
        &mut self,
        sessions: &[SavedSession],
        filter: &str,
        folded: &BTreeSet<String>,
    ) -> Vec<Row> {
        let same = self.key.as_ref().is_some_and(|(f, o, n, last)| {
            f == filter
                && o == folded
                && *n == sessions.len()
                && last.as_deref() == sessions.last().map(|s| s.id.as_str())
        });
        if !same {
            self.rows = rows(sessions, filter, folded);
            self.key = Some((
                filter.to_string(),
                folded.clone(),
                sessions.len(),
                sessions.last().map(|s| s.id.clone()),
            ));
        }
        std::mem::take(&mut self.rows)
    }

    fn put_back(&mut self, rows: Vec<Row>) {
        self.rows = rows;
    }
}

/// The filter, and the list in a box of its own height that scrolls; what was clicked, as an
/// action (deleting asks once more, in the form).
pub fn list_view(
    ui: &mut Ui,
    (books, tr): (Books, Tr),
    history: &History,
    form: &mut Form,
) -> Option<Action> {
    ui.horizontal(|ui| {
        let title = ui.label(RichText::new(tr.t("geschiedenis-zoek")).size(style::px(ui, 20.0)));
        // Letters typed beside the fields search first.
        let id = egui::Id::new("history-search");
        style::takes_stray_letter(ui, id);
        ui.add(
            egui::TextEdit::singleline(&mut form.filter)
                .id(id)
                .hint_text(tr.t("start-code-voorbeeld"))
                .desired_width(220.0)
                .char_limit(crate::session::MAX_LABEL_CHARS)
                .font(egui::FontId::new(
                    style::px(ui, 20.0),
                    egui::FontFamily::Proportional,
                )),
        )
        .labelled_by(title.id);
    });
    let mut lines = std::mem::take(&mut form.lines);
    let rows = lines.take(&history.sessions, &form.filter, &form.folded);
    let clicked = show(ui, (books, tr), history, form, &rows);
    lines.put_back(rows);
    form.lines = lines;
    clicked
}

fn show(
    ui: &mut Ui,
    (books, tr): (Books, Tr),
    history: &History,
    form: &mut Form,
    rows: &[Row],
) -> Option<Action> {
    let mut clicked = None;
    if rows.is_empty() && !form.filter.trim().is_empty() {
        ui.label(
            RichText::new(tr.f(
                "geschiedenis-niets-gevonden",
                [("zoek", form.filter.trim().into())],
            ))
            .size(style::px(ui, 20.0)),
        );
        return None;
    }
    // Every line one height: the scroll area lays out only those in view.
    let height = style::px(ui, 20.0) * 1.4 + 20.0;
    let room = (ui.ctx().content_rect().height() * 0.55).max(height * 4.0);
    egui::ScrollArea::vertical()
        .id_salt("history-list")
        .max_height(room)
        .auto_shrink([false, true])
        .show_rows(ui, height, rows.len(), |ui, range| {
            for row in &rows[range] {
                let size = egui::vec2(ui.available_width(), height);
                ui.allocate_ui_with_layout(
                    size,
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_size(size);
                        let action = match row {
                            Row::Code {
                                label,
                                count,
                                newest,
                                open,
                            } => code_line(ui, tr, history, (label, *count, *newest, *open), form),
                            Row::Session(i) => {
                                session_line(ui, (books, tr), &history.sessions[*i], form)
                            }
                        };
                        if action.is_some() {
                            clicked = action;
                        }
                    },
                );
            }
        });
    clicked
}

/// A code's line: open or close it, how many conversations, the newest date, and "show the line
/// over time" (only for a real code).
fn code_line(
    ui: &mut Ui,
    tr: Tr,
    history: &History,
    (label, count, newest, open): (&str, usize, usize, bool),
    form: &mut Form,
) -> Option<Action> {
    let name = if label.is_empty() {
        tr.t("hervat-zonder-code")
    } else {
        format!("{} {label}", tr.t("geschiedenis-code"))
    };
    let how_many = tr.f("geschiedenis-aantal", [("n", count.into())]);
    let text = format!("{} {name} · {how_many}", if open { "–" } else { "+" });
    let toggle = ui.add(
        egui::Button::new(
            RichText::new(&text).font(egui::FontId::new(style::px(ui, 20.0), style::bold())),
        )
        .min_size(egui::vec2(340.0, 0.0)),
    );
    style::speak(
        ui,
        &toggle,
        egui::WidgetType::Button,
        &format!("{name}, {how_many}"),
        Some(open),
        "",
    );
    if toggle.clicked() {
        if open {
            form.folded.insert(label.to_string());
        } else {
            form.folded.remove(label);
        }
    }
    if let Some(s) = history.sessions.get(newest) {
        ui.label(
            RichText::new(tr.f("geschiedenis-laatste", [("datum", s.date().into())]))
                .size(style::px(ui, 19.0))
                .color(style::ink_soft(ui)),
        );
    }
    if label.is_empty() {
        return None;
    }
    let shown = history.label.as_deref() == Some(label);
    let line = ui.add(
        egui::Button::new(RichText::new(tr.t("geschiedenis-lijn-tonen")).size(style::px(ui, 18.0)))
            .selected(shown),
    );
    style::speak(
        ui,
        &line,
        egui::WidgetType::Button,
        &format!("{}: {name}", tr.t("geschiedenis-lijn-tonen")),
        None,
        "",
    );
    // Shows the line (again): "Sluiten" beside the line closes it, so a second click never
    // hides what the first one showed.
    line.clicked()
        .then(|| Action::SelectLabel(Some(label.to_string())))
}

/// A conversation's line, under its code: date, field, themes, "Bekijken", "Verwijderen" (asked
/// once more). Its buttons say for a screen reader which conversation they are for.
fn session_line(
    ui: &mut Ui,
    (books, tr): (Books, Tr),
    s: &SavedSession,
    form: &mut Form,
) -> Option<Action> {
    let lib = books.lib(&s.record.selection.pack);
    ui.add_space(40.0);
    ui.label(RichText::new(s.date()).size(style::px(ui, 20.0)));
    let field = lib
        .field(&s.record.selection.field)
        .map_or(s.record.selection.field.clone(), |f| f.name.clone());
    let themes: Vec<String> = s
        .kenmerken()
        .iter()
        .map(|k| lib.kenmerk(k).map_or(k.clone(), |i| i.label.clone()))
        .collect();
    let themes = if themes.is_empty() {
        "–".to_string()
    } else {
        themes.join(", ")
    };
    // A conversation of another pack than the first says which, first.
    let line = if books.not_first(&lib.pack.id) {
        format!("{} · {field} · {themes}", lib.pack.name)
    } else {
        format!("{field} · {themes}")
    };
    ui.label(RichText::new(line).size(style::px(ui, 19.0)));
    let which = if s.label.is_empty() {
        format!("{}, {}", s.date(), tr.t("hervat-zonder-code"))
    } else {
        format!("{}, {} {}", s.date(), tr.t("geschiedenis-code"), s.label)
    };
    let mut action = None;
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if form.confirm == Confirm::Delete(s.id.clone()) {
            if ui.button(tr.t("knop-nee")).clicked() {
                form.confirm = Confirm::Nothing;
            }
            let yes = ui
                .button(RichText::new(tr.t("geschiedenis-ja-verwijderen")).color(style::alert(ui)));
            let name = format!("{}: {which}", tr.t("geschiedenis-ja-verwijderen"));
            style::speak(ui, &yes, egui::WidgetType::Button, &name, None, "");
            if yes.clicked() {
                action = Some(Action::DeleteSaved(s.id.clone()));
                form.confirm = Confirm::Nothing;
            }
        } else {
            let delete = ui.button(tr.t("geschiedenis-verwijderen"));
            let name = format!("{}: {which}", tr.t("geschiedenis-verwijderen"));
            style::speak(ui, &delete, egui::WidgetType::Button, &name, None, "");
            if delete.clicked() {
                form.confirm = Confirm::Delete(s.id.clone());
            }
        }
        let view = ui.button(tr.t("geschiedenis-bekijken"));
        let name = format!("{}: {which}", tr.t("geschiedenis-bekijken"));
        style::speak(ui, &view, egui::WidgetType::Button, &name, None, "");
        if view.clicked() {
            action = Some(Action::ViewSaved(s.id.clone()));
        }
    });
    action
}
