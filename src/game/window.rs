//! The real window: Bevy's default plugins (trimmed by features), the camera, egui, the art,
//! and reactive rendering: frames are drawn only on input or while something moves.

use bevy::camera::ScalingMode;
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::EguiPlugin;
use std::time::Duration;

use super::art;
use super::table::VIEW;
use super::{LogicPlugin, Phase, Screen};

/// Everything the real game needs on top of the [`LogicPlugin`].
pub struct WindowPlugins;

impl Plugin for WindowPlugins {
    fn build(&self, app: &mut App) {
        app.insert_resource(resting())
            // Cards are rectangles: hit-test their bounds (the rounded card image keeps no CPU
            // copy to test alpha against).
            .insert_resource(bevy::sprite::SpritePickingSettings {
                picking_mode: bevy::sprite::SpritePickingMode::BoundingBox,
                ..default()
            })
            .insert_resource(ClearColor(art::Appearance::default().table()))
            .add_plugins(EguiPlugin::default())
            .add_plugins(super::screens::window_plugin)
            .add_plugins(super::reader::plugin)
            .add_systems(
                Startup,
                (art::create, spawn_camera, ctrl_c_wakes_the_window),
            )
            .add_plugins(FrameStartTime)
            .add_systems(Update, bevy::app::TerminalCtrlCHandlerPlugin::exit_on_flag)
            .add_systems(Update, pace_frames)
            .add_systems(Last, redraw_after_state_change)
            .add_systems(Update, fit_to_monitor)
            .add_systems(
                Update,
                show_the_icon.run_if(not(resource_exists::<IconShown>)),
            )
            .add_plugins(crate::bench::FirstFramePlugin)
            .add_plugins(crate::bench::FrameTracePlugin);
    }
}

/// The game's icon is on the window (`show_the_icon` then stops running).
#[derive(Resource)]
struct IconShown;

/// The game's icon (`assets/icon`, 64×64, raw RGBA) on the window itself: the title bar and the
/// task bar (Windows draws a program's window with a blank icon otherwise; X11 desktops read it
/// from `_NET_WM_ICON`). Once, as soon as the window exists; on the main thread, where winit's
/// windows live.
fn show_the_icon(mut commands: Commands, _main_thread: bevy::ecs::system::NonSendMarker) {
    const SIZE: u32 = 64;
    static RGBA: &[u8] = include_bytes!("../../assets/icon/werkalliantiespel-64.rgba");
    bevy::winit::WINIT_WINDOWS.with_borrow(|windows| {
        for window in windows.windows.values() {
            match winit::window::Icon::from_rgba(RGBA.to_vec(), SIZE, SIZE) {
                Ok(icon) => window.set_window_icon(Some(icon)),
                Err(e) => warn!("het icoon past niet: {e}"),
            }
            commands.insert_resource(IconShown);
        }
    });
}

/// Every frame's clock reads the moment the frame starts.
///
/// Bevy's own clock takes the moment the render world finished the *previous* frame. A game that
/// rests between inputs (see [`resting`]) then starts its first frame after a pause with a clock
/// that is as old as the pause. egui measures a click from the frame of the press to the frame of
/// the release: a press in that first frame and a release in the next one looked like a press as
/// long as the pause, so more than egui's 0.8 s, and the click did nothing. A person who held the
/// mouse still over a button for a second and then clicked lost that click (seen under Xvfb in
/// `taal`'s first click: 4 of 38 runs lost it before, 0 of 16 after; README, "CI").
pub struct FrameStartTime;

impl Plugin for FrameStartTime {
    fn build(&self, app: &mut App) {
        app.add_systems(First, read_the_clock_now.before(bevy::time::TimeSystems));
    }
}

fn read_the_clock_now(mut strategy: ResMut<bevy::time::TimeUpdateStrategy>) {
    *strategy = bevy::time::TimeUpdateStrategy::ManualInstant(bevy::platform::time::Instant::now());
}

/// Ctrl-C (SIGINT) ends the game at once. Bevy's own handler only raises a flag that the next
/// update reads, and a resting window updates only on input or every 30 s; this one raises the
/// same flag and wakes the window. A second Ctrl-C exits without waiting (Bevy's rule).
fn ctrl_c_wakes_the_window(proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    let proxy = proxy.map(|p| (**p).clone());
    let set = bevy::app::ctrlc::try_set_handler(move || {
        bevy::app::TerminalCtrlCHandlerPlugin::gracefully_exit();
        if let Some(p) = proxy.as_ref() {
            let _ = p.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }
    });
    // Fails when Ctrl-C is ignored on purpose (a program started in the background by a script
    // inherits that) or already taken: then there is nothing to wake for.
    if let Err(e) = set {
        debug!("Ctrl-C: {e}");
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        // No multisampling: the table is textured quads and text (their edges are smooth in the
        // textures already), and with software rendering 4x MSAA made every frame several times
        // dearer.
        Msaa::Off,
        Projection::Orthographic(OrthographicProjection {
            scaling_mode: ScalingMode::AutoMin {
                min_width: VIEW.x,
                min_height: VIEW.y,
            },
            ..OrthographicProjection::default_2d()
        }),
    ));
}

/// At rest the game draws a frame only for input (and once in a while, to be safe).
fn resting() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(Duration::from_secs(30)),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
    }
}

/// While the 3-2-1 or the flip runs: about 60 frames a second, focused or not.
fn moving() -> WinitSettings {
    let every = UpdateMode::reactive(Duration::from_millis(16));
    WinitSettings {
        focused_mode: every,
        unfocused_mode: every,
    }
}

/// Frames are paced by the update mode, not by vsync: with vsync ("Fifo") some drivers, such as
/// software rendering on X11, hold the frame back until the next event, so the screen would
/// lag one action behind.
/// A typed note waiting to be written wakes the window a few times a second until it is.
fn pace_frames(
    phase: Option<Res<State<Phase>>>,
    note: Option<Res<super::saving::LastAutosave>>,
    mut settings: ResMut<WinitSettings>,
) {
    let animating = phase.is_some_and(|p| matches!(p.get(), Phase::Countdown | Phase::Flipping));
    let want = if animating {
        moving()
    } else if note.is_some_and(|n| n.pending()) {
        let soon = UpdateMode::reactive(Duration::from_millis(250));
        WinitSettings {
            focused_mode: soon,
            unfocused_mode: soon,
        }
    } else {
        resting()
    };
    if settings.focused_mode != want.focused_mode {
        *settings = want;
    }
}

/// A laptop screen may be smaller than the window we ask for (1366×768, or less room because of
/// a task bar): once the monitor is known, shrink the window to fit inside it.
fn fit_to_monitor(
    monitors: Query<&bevy::window::Monitor, With<bevy::window::PrimaryMonitor>>,
    mut windows: Query<&mut Window, With<bevy::window::PrimaryWindow>>,
    mut done: Local<bool>,
) {
    if *done {
        return;
    }
    let (Some(monitor), Ok(mut window)) = (monitors.iter().next(), windows.single_mut()) else {
        return;
    };
    *done = true;
    let scale = monitor.scale_factor.max(0.5) as f32;
    let (mw, mh) = (
        monitor.physical_width as f32 / scale,
        monitor.physical_height as f32 / scale,
    );
    if mw <= 0.0 || mh <= 0.0 {
        return;
    }
    let (w, h) = (window.width(), window.height());
    if w > mw || h > mh * 0.95 {
        let k = (mw / w).min(mh * 0.92 / h);
        window.resolution.set((w * k).floor(), (h * k).floor());
        window.position = WindowPosition::Centered(MonitorSelection::Primary);
    }
}

/// A screen or phase change takes effect in the next frame: ask for it, or the window would
/// wait for the next mouse move. The same for key presses still waiting in the queue.
///
/// A screen or phase that has just changed, and every action, gets a few more frames too: new egui areas take a
/// second pass to size themselves, and some drivers (software Vulkan on X11) show a frame only
/// when the next one is drawn. Without them the window could show the old screen until the next
/// mouse move. After those frames the game is quiet again.
fn redraw_after_state_change(
    screen: Res<NextState<Screen>>,
    phase: Option<Res<NextState<Phase>>>,
    now_screen: Res<State<Screen>>,
    now_phase: Option<Res<State<Phase>>>,
    keys: Res<super::screens::keys::KeyQueue>,
    phones: Option<Res<super::screens::phones::PhoneLink>>,
    mut actions: MessageReader<super::Action>,
    mut settle: Local<u8>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    // Anything a player did counts too: a choice, a deck taken, the help opened.
    let acted = actions.read().count() > 0;
    // A phone that came or went changes what the laptop shows too.
    let acted = acted || phones.is_some_and(|l| l.is_changed());
    let changed = now_screen.is_changed() || now_phase.is_some_and(|p| p.is_changed()) || acted;
    if changed {
        *settle = 3;
    }
    // Key presses that wait for their own frame need that frame too.
    let pending = super::screens::keys::pending(&screen)
        || phase.is_some_and(|p| super::screens::keys::pending(&p))
        || keys.is_waiting();
    if pending || *settle > 0 {
        *settle = settle.saturating_sub(1);
        redraw.write(RequestRedraw);
    }
}

/// Builds the whole game app.
pub fn app(logic: LogicPlugin) -> App {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .build()
            // Reactive rendering draws a frame only when something happens. With pipelined
            // rendering that frame is drawn during the *next* update, which may not come until
            // the next key press: the screen would show the state before the last action.
            .disable::<bevy::render::pipelined_rendering::PipelinedRenderingPlugin>()
            // Ctrl-C: our own handler, which also wakes the resting window (see
            // `ctrl_c_wakes_the_window`).
            .disable::<bevy::app::TerminalCtrlCHandlerPlugin>()
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Werkalliantiespel".into(),
                    name: Some("werkalliantiespel".into()),
                    resolution: WindowResolution::new(1366, 768),
                    present_mode: bevy::window::PresentMode::AutoNoVsync,
                    resize_constraints: WindowResizeConstraints {
                        min_width: 640.0,
                        min_height: 480.0,
                        ..default()
                    },
                    ..default()
                }),
                // The close button asks the game first (`screens::leave`): a conversation not
                // kept is never lost by one click or Alt+F4.
                close_when_requested: false,
                ..default()
            })
            // Which graphics backends this start may use (`graphics`: the ladder after a failure).
            .set(bevy::render::RenderPlugin {
                render_creation: bevy::render::settings::WgpuSettings {
                    backends: Some(crate::graphics::backends_for(
                        std::env::var(crate::graphics::BACKEND_VAR).ok().as_deref(),
                    )),
                    ..default()
                }
                .into(),
                ..default()
            })
            // The game's own info lines say where it is (`scherm: …`, `fase: …`).
            .set(super::logging::log_plugin()),
    );
    app.add_plugins(logic).add_plugins(WindowPlugins);
    app
}
