//! The in-progress file, written after every change to the game; a typed note once it is still.

use bevy::prelude::*;

use super::{Data, SavedAs, Viewing};
use crate::game::{Conversation, Notices, Setup, Source, Translations};
use crate::session::SessionRecord;
use crate::store::Store;

/// The last record written to the in-progress file, to write only on change, and since when a
/// note typed after it waits to be written.
#[derive(Resource, Default)]
pub struct LastAutosave {
    written: Option<SessionRecord>,
    note_since: Option<std::time::Duration>,
}

impl LastAutosave {
    /// A typed note waits to be written: the window should wake to write it.
    pub fn pending(&self) -> bool {
        self.note_since.is_some()
    }
}

/// A note is written once it has been still this long (or at once when anything else changes):
/// a keystroke is not a reason to write and sync a file.
pub const NOTE_SETTLE: std::time::Duration = std::time::Duration::from_secs(1);

/// `a` and `b` differ in the notes only.
fn notes_only(a: &SessionRecord, b: &SessionRecord) -> bool {
    let strip = |r: &SessionRecord| {
        let mut r = r.clone();
        for c in &mut r.cards {
            c.note.clear();
        }
        r
    };
    strip(a) == strip(b)
}

/// After every action that changes the session, write it to the in-progress file; a typed note
/// once it has been still for [`NOTE_SETTLE`].
pub(super) fn autosave(
    table: Option<Res<Conversation>>,
    setup: Res<Setup>,
    data: Res<Data>,
    saved: Res<SavedAs>,
    mut last: ResMut<LastAutosave>,
    viewing: Res<Viewing>,
    time: Res<Time>,
    (mut notices, talen): (ResMut<Notices>, Res<Translations>),
) {
    let (Some(table), Some(st)) = (table, &data.store) else {
        return;
    };
    if saved.0.is_some() || matches!(*viewing, Viewing::Saved(_)) {
        last.note_since = None;
        return;
    }
    if !table.is_changed() && !last.pending() {
        return;
    }
    let record = table.session().record();
    if last.written.as_ref() == Some(&record) {
        last.note_since = None;
        return;
    }
    if let Some(written) = &last.written
        && notes_only(written, &record)
    {
        let since = *last.note_since.get_or_insert(time.elapsed());
        if time.elapsed().saturating_sub(since) < NOTE_SETTLE {
            return;
        }
    }
    let tr = talen.tr(setup.screen_lang());
    write_progress(st, &setup.label, record, &mut last, (&mut notices, tr));
}

/// Writes the in-progress file; whether that failed is the notice [`Source::Autosave`] (shown on
/// the table, in `tr`'s words: without the file a crash loses the conversation).
fn write_progress(
    st: &Store,
    label: &str,
    record: SessionRecord,
    last: &mut LastAutosave,
    (notices, tr): (&mut Notices, crate::lang::Tr),
) {
    match st.autosave(label, &record) {
        Ok(()) => {
            if notices.has(Source::Autosave) {
                notices.clear(Source::Autosave);
            }
        }
        Err(e) => {
            // The file is in the log; the table says why in few words.
            warn!("automatisch bewaren lukt niet: {e}");
            notices.say(Source::Autosave, e.why_words(tr));
        }
    }
    last.written = Some(record);
    last.note_since = None;
}

/// Closing the window while a typed note waits: it is written first.
pub(super) fn write_note_on_exit(
    mut exits: MessageReader<AppExit>,
    table: Option<Res<Conversation>>,
    setup: Res<Setup>,
    data: Res<Data>,
    mut last: ResMut<LastAutosave>,
    (mut notices, talen): (ResMut<Notices>, Res<Translations>),
) {
    if exits.read().next().is_none() || !last.pending() {
        return;
    }
    if let (Some(table), Some(st)) = (table, &data.store) {
        let tr = talen.tr(setup.screen_lang());
        write_progress(
            st,
            &setup.label,
            table.session().record(),
            &mut last,
            (&mut notices, tr),
        );
    }
}
