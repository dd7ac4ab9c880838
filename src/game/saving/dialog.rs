//! "Kies een plek…": the system's own save window for an export. It opens on a thread of its
//! own (the game keeps drawing behind it) and its answer comes back as an action the screen
//! applies: [`Action::ExportChosen`]. Windows and macOS have their own window; on Linux rfd asks
//! the desktop portal over D-Bus, or zenity. Where neither is there, the players are told to
//! type the place in the export field, which always works.
//!
//! A save window asks itself before it replaces a file, so a place chosen there is written
//! without the game's own "replace?" for that file (the table per theme beside a CSV still
//! asks when it is there and the chosen file was not).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use crate::game::log::GameLog;
use crate::game::{Action, Export, Notices, Screen, Setup, Source, Translations};
use crate::lang::Tr;

/// What a save window is asked: where it starts, and which kinds of file it offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The path the export field shows now (its folder and name are the window's start).
    pub start: PathBuf,
    /// The kinds offered, the first one the default (a name without an ending gets it).
    pub kinds: Vec<Export>,
    /// The window's title, in the screen's language.
    pub title: String,
    /// The name of each kind's filter, in the screen's language (same order as `kinds`).
    pub filter_names: Vec<String>,
}

/// How a save window ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Chosen(PathBuf),
    /// Closed without a place: nothing happens.
    Cancelled,
    /// No save window on this computer.
    Unavailable,
}

/// Opens a save window and waits for it (on the dialog's thread). The real one by default;
/// tests put in their own.
#[derive(Resource, Clone)]
pub struct Opener(pub Arc<dyn Fn(&Request) -> Answer + Send + Sync>);

impl Default for Opener {
    fn default() -> Self {
        Opener(Arc::new(system_window))
    }
}

/// A save window that is open now, for this screen and these kinds.
#[derive(Resource)]
pub struct Open {
    screen: Screen,
    kinds: Vec<Export>,
    answer: Mutex<Receiver<Answer>>,
}

/// The screens that offer "Kies een plek…" add [`forget`] when they close.
pub fn plugin(app: &mut App) {
    use crate::game::GameSet;
    // Between the phases, so the order with every other system is known: an answer becomes an
    // action before the screens apply theirs, a screen's ask opens the window after them.
    app.init_resource::<Opener>()
        .add_message::<OpenSaveWindow>()
        .add_systems(Update, finish.after(GameSet::Input).before(GameSet::Apply))
        .add_systems(
            Update,
            open_asked.after(GameSet::Apply).before(GameSet::Tick),
        );
}

/// Leaving the screen forgets its save window: its answer would be about another conversation.
pub fn forget(mut commands: Commands) {
    commands.remove_resource::<Open>();
}

/// The kind and path an export gets from a chosen place: its ending decides (`.htm` too); a
/// name without one of the offered endings gets the first kind's ending added.
pub fn export_for(chosen: &Path, kinds: &[Export]) -> Option<(Export, PathBuf)> {
    let first = *kinds.first()?;
    let ending = chosen
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let kind = match ending.as_deref() {
        Some("csv") if kinds.contains(&Export::Csv) => Some(Export::Csv),
        Some("html" | "htm") if kinds.contains(&Export::Html) => Some(Export::Html),
        Some("xlsx") if kinds.contains(&Export::Xlsx) => Some(Export::Xlsx),
        _ => None,
    };
    match kind {
        Some(kind) => Some((kind, chosen.to_path_buf())),
        None => {
            let mut name = chosen.as_os_str().to_os_string();
            name.push(format!(".{}", ending_of(first)));
            Some((first, PathBuf::from(name)))
        }
    }
}

pub fn ending_of(kind: Export) -> &'static str {
    match kind {
        Export::Csv => "csv",
        Export::Html => "html",
        Export::Xlsx => "xlsx",
    }
}

/// A screen asks for the save window (its apply turns "Kies een plek…" into this).
#[derive(Message, Debug, Clone)]
pub struct OpenSaveWindow {
    pub screen: Screen,
    pub request: Request,
}

/// What a screen asks the save window: start at the export field's path, offer `kinds`.
pub fn ask(tr: Tr, screen: Screen, start: PathBuf, kinds: &[Export]) -> OpenSaveWindow {
    let filter_names = kinds
        .iter()
        .map(|k| match k {
            Export::Csv => tr.t("export-csv"),
            Export::Html => tr.t("export-html"),
            Export::Xlsx => tr.t("export-xlsx"),
        })
        .collect();
    OpenSaveWindow {
        screen,
        request: Request {
            start,
            kinds: kinds.to_vec(),
            title: tr.t("bewaarvenster-titel"),
            filter_names,
        },
    }
}

/// A place chosen in the save window: the export field shows it, the file there is replaced
/// without a second question (the window asked), and the export action it becomes.
pub fn take_chosen(
    kind: Export,
    path: PathBuf,
    field: &mut Option<String>,
    replace: &mut Option<PathBuf>,
) -> Action {
    *field = Some(path.display().to_string());
    *replace = path.exists().then(|| path.clone());
    match kind {
        Export::Csv => Action::ExportCsv(path),
        Export::Html => Action::ExportHtml(path),
        Export::Xlsx => Action::ExportXlsx(path),
    }
}

/// Opens the save window on its own thread, unless one is open already. The window wakes the
/// game when it closes.
fn open_asked(
    mut asked: MessageReader<OpenSaveWindow>,
    open: Option<Res<Open>>,
    opener: Res<Opener>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
    mut log: ResMut<GameLog>,
    mut commands: Commands,
) {
    let Some(OpenSaveWindow { screen, request }) = asked.read().last().cloned() else {
        return;
    };
    if open.is_some() {
        return;
    }
    let (send, receive) = std::sync::mpsc::channel();
    let opener = opener.0.clone();
    let proxy = proxy.map(|p| (**p).clone());
    let kinds = request.kinds.clone();
    let spawned = std::thread::Builder::new()
        .name("bewaarvenster".into())
        .spawn(move || {
            let _ = send.send(opener(&request));
            if let Some(proxy) = proxy {
                let _ = proxy.send_event(WinitUserEvent::WakeUp);
            }
        });
    match spawned {
        Ok(_) => {
            log.say("export: bewaarvenster open");
            commands.insert_resource(Open {
                screen,
                kinds,
                answer: Mutex::new(receive),
            });
        }
        Err(e) => warn!("export: geen bewaarvenster ({e})"),
    }
}

/// The answer of an open save window, once it is there: an export to the chosen place, a
/// notice when no window could open, nothing when it was closed.
fn finish(
    open: Option<Res<Open>>,
    screen: Res<State<Screen>>,
    (setup, talen): (Res<Setup>, Res<Translations>),
    mut notices: ResMut<Notices>,
    mut log: ResMut<GameLog>,
    mut out: MessageWriter<Action>,
    mut commands: Commands,
) {
    let Some(open) = open else { return };
    let answer = match open.answer.lock() {
        Ok(r) => r.try_recv(),
        Err(_) => Err(TryRecvError::Disconnected),
    };
    let answer = match answer {
        Err(TryRecvError::Empty) => return,
        Ok(answer) => answer,
        // The window's thread ended without an answer (it failed): as if there is none.
        Err(TryRecvError::Disconnected) => Answer::Unavailable,
    };
    commands.remove_resource::<Open>();
    if *screen.get() != open.screen {
        return;
    }
    match answer {
        Answer::Chosen(path) => {
            if let Some((kind, path)) = export_for(&path, &open.kinds) {
                log.say("export: plek gekozen");
                out.write(Action::ExportChosen(kind, path));
            }
        }
        Answer::Cancelled => {
            log.say("export: bewaarvenster dicht zonder plek");
        }
        Answer::Unavailable => {
            log.say("export: geen bewaarvenster op deze computer");
            let tr = talen.tr(setup.screen_lang());
            notices.say(Source::Export, tr.t("melding-geen-bewaarvenster"));
        }
    }
}

/// The system's save window (waits until it closes).
fn system_window(request: &Request) -> Answer {
    if !can_open() {
        return Answer::Unavailable;
    }
    let mut window = rfd::FileDialog::new()
        .set_title(&request.title)
        .set_can_create_directories(true);
    // A path with a zero byte cannot go over D-Bus (rfd would stop on it): start elsewhere.
    let usable = |p: &Path| !p.as_os_str().as_encoded_bytes().contains(&0);
    if let Some(dir) = request.start.parent().filter(|d| usable(d) && d.is_dir()) {
        window = window.set_directory(dir);
    }
    if let Some(name) = request.start.file_name().and_then(|n| n.to_str()) {
        window = window.set_file_name(name);
    }
    for (kind, name) in request.kinds.iter().zip(&request.filter_names) {
        window = window.add_filter(name, &[ending_of(*kind)]);
    }
    match window.save_file() {
        Some(path) => Answer::Chosen(path),
        None => Answer::Cancelled,
    }
}

/// Whether a save window can open: on Linux a desktop portal with a file chooser on the
/// session bus, or zenity; elsewhere the system always has one.
#[cfg(all(unix, not(target_os = "macos")))]
fn can_open() -> bool {
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join("zenity").is_file()));
    zenity || pollster::block_on(portal_file_chooser())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn can_open() -> bool {
    true
}

/// The portal's file chooser answers on the session bus (asking for its version starts the
/// portal when it is not running yet).
#[cfg(all(unix, not(target_os = "macos")))]
async fn portal_file_chooser() -> bool {
    let Ok(bus) = zbus::connection::Builder::session()
        .map(|b| b.method_timeout(std::time::Duration::from_secs(10)))
    else {
        return false;
    };
    let Ok(bus) = bus.build().await else {
        return false;
    };
    bus.call_method(
        Some("org.freedesktop.portal.Desktop"),
        "/org/freedesktop/portal/desktop",
        Some("org.freedesktop.DBus.Properties"),
        "Get",
        &("org.freedesktop.portal.FileChooser", "version"),
    )
    .await
    .is_ok()
}
