//! The real window: Bevy's default plugins (trimmed by features), the camera, egui, the art,
//! and reactive rendering: frames are drawn only on input or while something moves.

use bevy::camera::ScalingMode;
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;

use super::art;
use super::table::VIEW;
use super::{LogicPlugin, Phase, Screen};

/// Everything the real game needs on top of the [`LogicPlugin`].
pub struct WindowPlugins;

impl Plugin for WindowPlugins {
    fn build(&self, app: &mut App) {
        app.insert_resource(WinitSettings::desktop_app())
            .insert_resource(ClearColor(art::TABLE))
            .add_plugins(EguiPlugin::default())
            .add_plugins(super::screens::plugin)
            .add_systems(Startup, (art::create, spawn_camera))
            .add_systems(
                Update,
                redraw_while_moving
                    .run_if(in_state(Phase::Countdown).or_else(in_state(Phase::Flipping))),
            )
            .add_systems(Last, redraw_after_state_change)
            .add_systems(Update, fit_to_monitor);
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        Projection::Orthographic(OrthographicProjection {
            scaling_mode: ScalingMode::AutoMin {
                min_width: VIEW.x,
                min_height: VIEW.y,
            },
            ..OrthographicProjection::default_2d()
        }),
    ));
}

/// The 3-2-1 and the flip move by themselves: ask for the next frame while they run.
fn redraw_while_moving(mut redraw: MessageWriter<RequestRedraw>) {
    redraw.write(RequestRedraw);
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
/// wait for the next mouse move.
fn redraw_after_state_change(
    screen: Res<NextState<Screen>>,
    phase: Option<Res<NextState<Phase>>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let pending = matches!(*screen, NextState::Pending(_) | NextState::PendingIfNeq(_))
        || phase.is_some_and(|p| matches!(*p, NextState::Pending(_) | NextState::PendingIfNeq(_)));
    if pending {
        redraw.write(RequestRedraw);
    }
}

/// Builds the whole game app.
pub fn app(logic: LogicPlugin) -> App {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Werkalliantiespel".into(),
                    name: Some("werkalliantiespel".into()),
                    resolution: WindowResolution::new(1366, 768),
                    resize_constraints: WindowResizeConstraints {
                        min_width: 640.0,
                        min_height: 480.0,
                        ..default()
                    },
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,wgpu=error,naga=error".into(),
                ..default()
            }),
    );
    app.add_plugins(logic).add_plugins(WindowPlugins);
    app
}
