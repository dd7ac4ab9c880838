//! Hooks for `bench/run`: the game and the bare reference app add the same [`FirstFramePlugin`],
//! so their start-up is measured the same way.

use std::sync::atomic::{AtomicBool, Ordering};

use bevy::prelude::*;
use bevy::render::view::ExtractedWindows;
use bevy::render::{Render, RenderApp, RenderSystems};

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
        if let Some(render) = app.get_sub_app_mut(RenderApp) {
            render
                .add_systems(Render, frame_acquired.in_set(RenderSystems::PhaseSort))
                .add_systems(Render, frame_presented.in_set(RenderSystems::Cleanup));
        }
    }
}

fn frame_acquired(windows: Res<ExtractedWindows>) {
    if windows
        .windows
        .values()
        .any(|w| w.swap_chain_texture.is_some())
    {
        ACQUIRED.store(true, Ordering::Relaxed);
    }
}

fn frame_presented() {
    if ACQUIRED.load(Ordering::Relaxed) && !DONE.swap(true, Ordering::Relaxed) {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("FIRST_FRAME {ms}");
    }
}

/// Set this environment variable to make the app print one `FRAME <n> <surface|none>` line per
/// rendered frame (for reading an end-to-end run whose window did not show what the log said).
pub const TRACE_ENV: &str = "WERKALLIANTIESPEL_TRACE_FRAMES";

/// Prints a `FRAME` line per rendered frame (only when [`TRACE_ENV`] is set).
pub struct FrameTracePlugin;

impl Plugin for FrameTracePlugin {
    fn build(&self, app: &mut App) {
        if std::env::var_os(TRACE_ENV).is_none() {
            return;
        }
        if let Some(render) = app.get_sub_app_mut(RenderApp) {
            render.add_systems(Render, trace_frame.in_set(RenderSystems::PhaseSort));
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
