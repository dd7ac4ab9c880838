//! The game's own drawings: the deck pictograms and the three pictures of the first-time
//! explanation. Each is a few shapes in a unit square (x to the right, y down), drawn in one
//! colour: egui paints the shapes (`style::widgets::paint_picture`), the table shows them as an
//! image made here once ([`raster`]) and tinted like text.

use crate::deck::DeckPictogram;

/// One shape of a drawing, in the unit square.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// A line through these points, this thick, with round ends.
    Line(Vec<[f32; 2]>, f32),
    /// A closed outline through these points, this thick.
    Ring(Vec<[f32; 2]>, f32),
    /// A filled convex polygon.
    Fill(Vec<[f32; 2]>),
    /// A filled circle: centre and radius.
    Dot([f32; 2], f32),
}

/// Every drawing the game makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Picture {
    Deck(DeckPictogram),
    /// "Kies allebei in het geheim": two cards face down.
    Secret,
    /// "Tegelijk omdraaien": two cards turning, an arrow over each.
    Flip,
    /// "Praat over het verschil": two speech balloons.
    Talk,
}

const LINE: f32 = 0.08;

/// Points on an ellipse, `n` of them, from angle `from` to `to` (radians, y down).
fn arc(c: [f32; 2], r: [f32; 2], from: f32, to: f32, n: usize) -> Vec<[f32; 2]> {
    (0..n)
        .map(|i| {
            let t = from + (to - from) * i as f32 / (n - 1) as f32;
            [c[0] + r[0] * t.cos(), c[1] + r[1] * t.sin()]
        })
        .collect()
}

fn ellipse(c: [f32; 2], r: [f32; 2]) -> Vec<[f32; 2]> {
    let mut pts = arc(c, r, 0.0, std::f32::consts::TAU, 33);
    pts.pop();
    pts
}

/// A card's outline with cut corners (reads as rounded at this size).
fn card(x0: f32, y0: f32, x1: f32, y1: f32) -> Vec<[f32; 2]> {
    let k = 0.05;
    vec![
        [x0 + k, y0],
        [x1 - k, y0],
        [x1, y0 + k],
        [x1, y1 - k],
        [x1 - k, y1],
        [x0 + k, y1],
        [x0, y1 - k],
        [x0, y0 + k],
    ]
}

/// Two speech balloons, one filled, one drawn as a line with three dots in it.
fn balloons() -> Vec<Part> {
    vec![
        Part::Fill(ellipse([0.36, 0.32], [0.29, 0.2])),
        Part::Fill(vec![[0.2, 0.46], [0.36, 0.5], [0.12, 0.66]]),
        Part::Ring(ellipse([0.65, 0.66], [0.26, 0.18]), 0.07),
        Part::Line(vec![[0.78, 0.81], [0.9, 0.95], [0.87, 0.77]], 0.07),
        Part::Dot([0.56, 0.66], 0.035),
        Part::Dot([0.65, 0.66], 0.035),
        Part::Dot([0.74, 0.66], 0.035),
    ]
}

/// The shapes of a drawing.
pub fn parts(picture: Picture) -> Vec<Part> {
    match picture {
        // A signpost on the ground, one sign to the right and one to the left.
        Picture::Deck(DeckPictogram::Wegwijzer) => vec![
            Part::Line(vec![[0.5, 0.14], [0.5, 0.9]], LINE),
            Part::Line(vec![[0.28, 0.9], [0.72, 0.9]], LINE),
            Part::Fill(vec![
                [0.18, 0.16],
                [0.7, 0.16],
                [0.86, 0.28],
                [0.7, 0.4],
                [0.18, 0.4],
            ]),
            Part::Fill(vec![
                [0.82, 0.48],
                [0.3, 0.48],
                [0.14, 0.6],
                [0.3, 0.72],
                [0.82, 0.72],
            ]),
        ],
        // A shield with a heart in it.
        Picture::Deck(DeckPictogram::Schild) => {
            let right = [
                [0.5, 0.08],
                [0.67, 0.15],
                [0.84, 0.19],
                [0.84, 0.44],
                [0.79, 0.6],
                [0.68, 0.75],
                [0.5, 0.91],
            ];
            let mut shield: Vec<[f32; 2]> = right.to_vec();
            shield.extend(right[1..6].iter().rev().map(|p| [1.0 - p[0], p[1]]));
            vec![
                Part::Ring(shield, 0.075),
                Part::Dot([0.41, 0.42], 0.1),
                Part::Dot([0.59, 0.42], 0.1),
                Part::Fill(vec![[0.316, 0.46], [0.684, 0.46], [0.5, 0.7]]),
            ]
        }
        Picture::Deck(DeckPictogram::Praatwolkjes) | Picture::Talk => balloons(),
        // A line with a loop in it: a knot in the road.
        Picture::Deck(DeckPictogram::Knoop) => {
            let n = 48;
            let mut pts = vec![[0.04, 0.78]];
            for i in 0..=n {
                let t = -std::f32::consts::PI + std::f32::consts::TAU * i as f32 / n as f32;
                let (x, y) = (t - 2.6 * t.sin(), 1.0 - 2.6 * t.cos());
                pts.push([0.5 + x * 0.13, 0.2 + (y + 1.6) * 0.11]);
            }
            pts.push([0.96, 0.78]);
            vec![Part::Line(pts, LINE)]
        }
        // Two cards face down, each with the same mark on its back: nobody sees the choice.
        Picture::Secret => vec![
            Part::Ring(card(0.08, 0.18, 0.44, 0.82), 0.06),
            Part::Ring(card(0.56, 0.18, 0.92, 0.82), 0.06),
            Part::Fill(vec![[0.26, 0.36], [0.35, 0.5], [0.26, 0.64], [0.17, 0.5]]),
            Part::Fill(vec![[0.74, 0.36], [0.83, 0.5], [0.74, 0.64], [0.65, 0.5]]),
        ],
        // Two cards seen while they turn (narrow, one edge nearer), a turning arrow over each.
        Picture::Flip => {
            let mut v = Vec::new();
            for x in [0.25, 0.75] {
                v.push(Part::Ring(
                    vec![
                        [x - 0.08, 0.34],
                        [x + 0.08, 0.39],
                        [x + 0.08, 0.85],
                        [x - 0.08, 0.9],
                    ],
                    0.06,
                ));
                let pi = std::f32::consts::PI;
                v.push(Part::Line(
                    arc([x, 0.26], [0.16, 0.12], pi * 1.05, pi * 1.85, 12),
                    0.055,
                ));
                // the arrow's head at the right end of the arc
                let end = [
                    x + 0.16 * (pi * 1.85).cos(),
                    0.26 + 0.12 * (pi * 1.85).sin(),
                ];
                v.push(Part::Fill(vec![
                    [end[0] - 0.07, end[1] - 0.06],
                    [end[0] + 0.07, end[1] - 0.02],
                    [end[0] + 0.01, end[1] + 0.1],
                ]));
            }
            v
        }
    }
}

/// The signed distance from `p` to a part: below 0 inside, in units of the square.
fn distance(part: &Part, p: [f32; 2]) -> f32 {
    fn segment(p: [f32; 2], a: [f32; 2], b: [f32; 2]) -> f32 {
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let len2 = dx * dx + dy * dy;
        let t = if len2 > 0.0 {
            (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (x, y) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
        (x * x + y * y).sqrt()
    }
    let path = |pts: &[[f32; 2]], closed: bool| {
        let mut d = f32::MAX;
        for w in pts.windows(2) {
            d = d.min(segment(p, w[0], w[1]));
        }
        if closed && let (Some(first), Some(last)) = (pts.first(), pts.last()) {
            d = d.min(segment(p, *last, *first));
        }
        if pts.len() == 1 {
            d = segment(p, pts[0], pts[0]);
        }
        d
    };
    match part {
        Part::Line(pts, w) => path(pts, false) - w / 2.0,
        Part::Ring(pts, w) => path(pts, true) - w / 2.0,
        Part::Dot(c, r) => ((p[0] - c[0]).powi(2) + (p[1] - c[1]).powi(2)).sqrt() - r,
        Part::Fill(pts) => {
            let edge = path(pts, true);
            let mut inside = false;
            let n = pts.len();
            for i in 0..n {
                let (a, b) = (pts[i], pts[(i + n - 1) % n]);
                if (a[1] > p[1]) != (b[1] > p[1])
                    && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
                {
                    inside = !inside;
                }
            }
            if inside { -edge } else { edge }
        }
    }
}

/// How much of the pixel around `p` (`px` = one pixel in units) a drawing covers, 0 to 1.
pub fn coverage(parts: &[Part], p: [f32; 2], px: f32) -> f32 {
    parts
        .iter()
        .map(|part| (0.5 - distance(part, p) / px).clamp(0.0, 1.0))
        .fold(0.0, f32::max)
}

/// A drawing as `size`×`size` white pixels (RGBA, sRGB), its shapes opaque, antialiased.
pub fn raster(picture: Picture, size: u32) -> Vec<u8> {
    let parts = parts(picture);
    let px = 1.0 / size as f32;
    let mut data = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let p = [(x as f32 + 0.5) * px, (y as f32 + 0.5) * px];
            let a = coverage(&parts, p, px);
            data.extend_from_slice(&[255, 255, 255, (a * 255.0).round() as u8]);
        }
    }
    data
}
