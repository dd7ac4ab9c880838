//! The real window: Bevy's default plugins (trimmed by features), the camera, egui, the art,
//! and reactive rendering: frames are drawn only on input or while something moves.

use bevy::camera::ScalingMode;
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;

use super::art;
use super::table::VIEW;
use super::{LogicPlugin, Phase};

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
            );
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
