//! How loud a WAV file is: the tests listen to what the voice wrote and check it is no silence.

/// The loudness of 16-bit PCM samples, as a share of full scale (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loudness {
    pub rms: f64,
    pub peak: f64,
    pub seconds: f64,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(i)?, *b.get(i + 1)?]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(i)?,
        *b.get(i + 1)?,
        *b.get(i + 2)?,
        *b.get(i + 3)?,
    ]))
}

/// Reads a RIFF/WAVE file of 16-bit PCM. A data chunk whose size runs past the end (a writer that
/// did not go back to fill it in) counts up to the end.
pub fn loudness(bytes: &[u8]) -> Result<Loudness, String> {
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err("no RIFF/WAVE file".into());
    }
    let mut at = 12;
    let mut format: Option<(u16, u16, u32, u16)> = None;
    while let (Some(id), Some(size)) = (bytes.get(at..at + 4), u32_at(bytes, at + 4)) {
        let body = at + 8;
        let size = size as usize;
        match id {
            b"fmt " => {
                format = Some((
                    u16_at(bytes, body).ok_or("short fmt chunk")?,
                    u16_at(bytes, body + 2).ok_or("short fmt chunk")?,
                    u32_at(bytes, body + 4).ok_or("short fmt chunk")?,
                    u16_at(bytes, body + 14).ok_or("short fmt chunk")?,
                ));
            }
            b"data" => {
                let (kind, channels, rate, bits) = format.ok_or("data before fmt")?;
                if kind != 1 || bits != 16 {
                    return Err(format!("not 16-bit PCM (format {kind}, {bits} bits)"));
                }
                let end = body.saturating_add(size).min(bytes.len());
                let data = bytes.get(body..end).unwrap_or_default();
                let samples: Vec<f64> = data
                    .chunks_exact(2)
                    .map(|s| f64::from(i16::from_le_bytes([s[0], s[1]])) / 32768.0)
                    .collect();
                let n = samples.len().max(1) as f64;
                let rms = (samples.iter().map(|s| s * s).sum::<f64>() / n).sqrt();
                let peak = samples.iter().fold(0.0_f64, |m, s| m.max(s.abs()));
                let frames = samples.len() as f64 / f64::from(channels.max(1));
                return Ok(Loudness {
                    rms,
                    peak,
                    seconds: frames / f64::from(rate.max(1)),
                });
            }
            _ => {}
        }
        // Chunks are padded to an even size.
        at = body.saturating_add(size + (size & 1));
    }
    Err("no data chunk".into())
}
