//! Hooks for `bench/run`: the game and the bare reference app add the same [`FirstFramePlugin`],
//! so their start-up is measured the same way.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use bevy::prelude::*;
use bevy::render::view::ExtractedWindows;
use bevy::render::{ExtractSchedule, Render, RenderApp, RenderSystems};

/// Set this environment variable to make the app print `FIRST_FRAME <unix ms>` once, when the
/// first frame with a window surface has been rendered and presented.
pub const ENV: &str = "WERKALLIANTIESPEL_BENCH";

/// Prints the `FIRST_FRAME` marker (only when [`ENV`] is set).
pub struct FirstFramePlugin;

static ACQUIRED: AtomicBool = AtomicBool::new(false);
static DONE: AtomicBool = AtomicBool::new(false);

impl Plugin for FirstFramePlugin {
    fn build(&self, app: &mut App) {
        if std::env::var_os(ENV).is_none() {
            return;
        }
        ENABLED.store(true, Ordering::Relaxed);
        if let Some(render) = app.get_sub_app_mut(RenderApp) {
            render
                .init_resource::<ShownInFrame>()
                .add_systems(ExtractSchedule, take_chosen)
                .add_systems(Render, frame_acquired.in_set(RenderSystems::PhaseSort))
                .add_systems(Render, frame_presented.in_set(RenderSystems::Cleanup));
        }
    }
}

static ENABLED: AtomicBool = AtomicBool::new(false);
/// Seats (bit 0 the client, bit 1 the professional) that chose since the last extraction.
static CHOSEN: AtomicU8 = AtomicU8::new(0);

/// Called by the rules' skin when a seat's choice was applied. With [`ENV`] set, the first frame
/// presented after it prints `SHOWN <seat> <unix ms>`: the moment the laptop shows "gekozen"
/// (`bench/phones` measures a phone tap and a key press against it). Never the value.
pub fn mark_chosen(seat: crate::session::Player) {
    if ENABLED.load(Ordering::Relaxed) {
        let bit = match seat {
            crate::session::Player::Client => 1,
            crate::session::Player::Professional => 2,
        };
        CHOSEN.fetch_or(bit, Ordering::Relaxed);
    }
}

/// The seats whose choice is in the frame being rendered, and whether it has a surface.
#[derive(Resource, Default)]
struct ShownInFrame {
    seats: u8,
    surface: bool,
}

/// Runs while the main world is extracted: what was chosen up to now is in this frame.
fn take_chosen(mut shown: ResMut<ShownInFrame>) {
    shown.seats |= CHOSEN.swap(0, Ordering::Relaxed);
}

fn frame_acquired(windows: Res<ExtractedWindows>, mut shown: ResMut<ShownInFrame>) {
    shown.surface = windows
        .windows
        .values()
        .any(|w| w.swap_chain_texture.is_some());
    if shown.surface {
        ACQUIRED.store(true, Ordering::Relaxed);
    }
}

fn unix_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

fn frame_presented(mut shown: ResMut<ShownInFrame>) {
    if ACQUIRED.load(Ordering::Relaxed) && !DONE.swap(true, Ordering::Relaxed) {
        eprintln!("FIRST_FRAME {}", unix_ms());
    }
    // A frame without a surface showed nothing: the seats wait for the next one.
    if shown.surface && shown.seats != 0 {
        let ms = unix_ms();
        if shown.seats & 1 != 0 {
            eprintln!("SHOWN client {ms}");
        }
        if shown.seats & 2 != 0 {
            eprintln!("SHOWN professional {ms}");
        }
        shown.seats = 0;
    }
}

/// Set this environment variable to make the app print one `FRAME <n> <surface|none>` line per
/// rendered frame, and an `INPUT` line per pointer, focus or size event of the window, each
/// with the milliseconds of the wall clock (for reading an end-to-end run whose window did not
/// show what the log said, or that lost a click).
pub const TRACE_ENV: &str = "WERKALLIANTIESPEL_TRACE_FRAMES";

/// Prints the `FRAME` and `INPUT` lines (only when [`TRACE_ENV`] is set).
pub struct FrameTracePlugin;

impl Plugin for FrameTracePlugin {
    fn build(&self, app: &mut App) {
        if std::env::var_os(TRACE_ENV).is_none() {
            return;
        }
        app.add_systems(First, trace_input);
        if let Some(render) = app.get_sub_app_mut(RenderApp) {
            render.add_systems(Render, trace_frame.in_set(RenderSystems::PhaseSort));
        }
    }
}

fn trace_input(mut events: MessageReader<bevy::window::WindowEvent>) {
    use bevy::window::WindowEvent as W;
    for e in events.read() {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() % 100_000);
        match e {
            W::CursorMoved(m) => eprintln!("INPUT moved {:?} {ms}", m.position),
            W::MouseButtonInput(m) => eprintln!("INPUT button {:?} {ms}", m.state),
            W::CursorEntered(_) => eprintln!("INPUT entered {ms}"),
            W::CursorLeft(_) => eprintln!("INPUT left {ms}"),
            W::WindowFocused(f) => eprintln!("INPUT focused {} {ms}", f.focused),
            W::WindowResized(r) => eprintln!("INPUT resized {} {} {ms}", r.width, r.height),
            _ => {}
        }
    }
}

fn trace_frame(windows: Res<ExtractedWindows>, mut n: Local<u64>) {
    *n += 1;
    let surface = windows
        .windows
        .values()
        .any(|w| w.swap_chain_texture.is_some());
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() % 100_000);
    eprintln!(
        "FRAME {} {} {ms}",
        *n,
        if surface { "surface" } else { "none" }
    );
}
