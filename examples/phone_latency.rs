//! Driver for `bench/phones`: plays rounds against a running game (under Xvfb, started with
//! `WERKALLIANTIESPEL_BENCH=1`) and measures, per choice, the time from the input to the first
//! frame presented after it (the game's `SHOWN <seat> <unix ms>` line): the laptop shows
//! "gekozen". Each round: the client's choice (a WebSocket message like the phone page sends, or
//! the key `3`), then the professional's key `8`, the 3-2-1 and flip, then `R` (choose again).
//!
//! usage: phone_latency LOG ROUNDS keys | phone_latency LOG ROUNDS phone URL
//! (URL: the phone page's address, read off the laptop's QR code by `bench/phones`)
//! prints one line per choice: `client-tap MS`, `client-key MS` or `professional-key MS`, and at
//! the end `xdotool-start MS` lines (how long starting xdotool takes, which a key press includes).

use std::io::ErrorKind;
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

type Phone = WebSocket<MaybeTlsStream<TcpStream>>;

fn main() {
    if let Err(e) = run() {
        eprintln!("phone_latency: {e}");
        std::process::exit(1);
    }
}

fn unix_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// The game's log, read as it grows.
struct Log {
    path: String,
    seen: usize,
}

impl Log {
    /// Waits (up to `secs`) for a new line that starts with `prefix`; returns it.
    /// Meanwhile keeps the phone's connection alive (answers pings).
    fn wait(
        &mut self,
        prefix: &str,
        secs: u64,
        phone: &mut Option<Phone>,
    ) -> Result<String, String> {
        let start = Instant::now();
        loop {
            let text = std::fs::read_to_string(&self.path).map_err(|e| format!("log: {e}"))?;
            let lines: Vec<&str> = text.lines().collect();
            // The last line may still be half written.
            let complete = if text.ends_with('\n') {
                lines.len()
            } else {
                lines.len().saturating_sub(1)
            };
            for (i, line) in lines.iter().enumerate().take(complete).skip(self.seen) {
                if let Some(at) = line.find(prefix) {
                    self.seen = i + 1;
                    return Ok(line[at..].to_string());
                }
            }
            self.seen = self.seen.max(complete);
            if start.elapsed() > Duration::from_secs(secs) {
                return Err(format!("no line '{prefix}' within {secs} s"));
            }
            if let Some(p) = phone.as_mut() {
                drain(p)?;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// Reads what the server sent (views, pings) without blocking.
fn drain(p: &mut Phone) -> Result<(), String> {
    loop {
        match p.read() {
            Ok(_) => continue,
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                return Ok(());
            }
            Err(e) => return Err(format!("phone: {e}")),
        }
    }
}

fn xdotool(args: &[&str]) -> Result<(), String> {
    let ok = Command::new("xdotool")
        .args(args)
        .status()
        .map_err(|e| format!("xdotool: {e}"))?
        .success();
    if ok {
        Ok(())
    } else {
        Err(format!("xdotool {args:?} failed"))
    }
}

fn key(name: &str) -> Result<(), String> {
    xdotool(&["key", "--delay", "0", name])
}

fn shown_at(line: &str) -> Result<u128, String> {
    line.rsplit(' ')
        .next()
        .and_then(|t| t.parse().ok())
        .ok_or_else(|| format!("bad line: {line}"))
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let (log, rounds, address) = match args.as_slice() {
        [_, log, rounds, how] if how == "keys" => (log, rounds, None),
        [_, log, rounds, how, url] if how == "phone" => (log, rounds, Some(url.clone())),
        _ => return Err("usage: phone_latency LOG ROUNDS keys|phone URL".into()),
    };
    let rounds: u32 = rounds.parse().map_err(|_| "ROUNDS is a number")?;
    let by_phone = address.is_some();
    let mut log = Log {
        path: log.clone(),
        seen: 0,
    };
    let mut phone: Option<Phone> = None;
    log.wait("scherm: Spelen", 120, &mut phone)?;
    let play_opened = log.seen;
    let win = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "Werkalliantiespel"])
        .output()
        .map_err(|e| format!("xdotool: {e}"))?;
    let win = String::from_utf8_lossy(&win.stdout)
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    if win.is_empty() {
        return Err("no game window".into());
    }
    xdotool(&["windowfocus", "--sync", &win])?;
    if let Some(url) = address {
        let ws_url = format!("{}ws", url.replacen("http://", "ws://", 1));
        let (mut ws, _) =
            tungstenite::connect(&ws_url).map_err(|e| format!("connect {ws_url}: {e}"))?;
        if let MaybeTlsStream::Plain(s) = ws.get_mut() {
            s.set_read_timeout(Some(Duration::from_millis(1)))
                .map_err(|e| e.to_string())?;
        }
        ws.send(Message::Text(
            r#"{"t":"join","seat":"client","device":"bench-0123456789abcdef"}"#.into(),
        ))
        .map_err(|e| e.to_string())?;
        phone = Some(ws);
        log.wait("telefoon: cliënt verbonden", 30, &mut phone)?;
        key("Return")?;
        log.wait("telefoons: dicht", 30, &mut phone)?;
    }
    // The first card may be dealt before or after the phone joined.
    log.seen = play_opened;
    for _ in 0..rounds {
        log.wait("fase: kiezen", 60, &mut phone)?;
        std::thread::sleep(Duration::from_millis(300));
        let t0 = unix_ms();
        match phone.as_mut() {
            Some(p) => p
                .send(Message::Text(r#"{"t":"choose","score":3}"#.into()))
                .map_err(|e| e.to_string())?,
            None => key("3")?,
        }
        let shown = shown_at(&log.wait("SHOWN client", 30, &mut phone)?)?;
        println!(
            "client-{} {}",
            if by_phone { "tap" } else { "key" },
            shown.saturating_sub(t0)
        );
        std::thread::sleep(Duration::from_millis(300));
        let t1 = unix_ms();
        key("8")?;
        let shown = shown_at(&log.wait("SHOWN professional", 30, &mut phone)?)?;
        println!("professional-key {}", shown.saturating_sub(t1));
        log.wait("fase: omgedraaid", 30, &mut phone)?;
        key("r")?;
    }
    // What a key press pays for starting xdotool (the tap has no such cost).
    for _ in 0..20 {
        let t = Instant::now();
        xdotool(&["getmouselocation"])?;
        println!("xdotool-start {}", t.elapsed().as_millis());
    }
    Ok(())
}
