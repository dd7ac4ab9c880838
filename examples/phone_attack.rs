//! Driver for `bench/attack`: what someone on the Wi-Fi could do to a running game in "Op je
//! telefoon" (under Xvfb, on 127.0.0.1 only), and what it costs the game.
//!
//! usage:
//!   phone_attack conns URL PID N          N idle TCP connections from 127.0.0.2 (no secret
//!                                         needed); meanwhile the page and a WebSocket from
//!                                         127.0.0.1; the game's open files before, during, after
//!   phone_attack flood URL PID LOG KIND RATE SECS
//!                                         a phone with the secret takes the client seat, then
//!                                         SECS of quiet and SECS of RATE messages a second
//!                                         (KIND junk: `{"t":"pass","x":1}`; choose: a choice);
//!                                         the game's CPU (% of a core) and log growth in both
//!   phone_attack half URL SECS            half a request and a silent connection, held SECS
//!
//! Prints `key value` lines. Linux only (reads /proc); the clock tick is USER_HZ = 100.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

type Phone = WebSocket<MaybeTlsStream<TcpStream>>;

fn main() {
    if let Err(e) = run() {
        eprintln!("phone_attack: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["conns", url, pid, n] => conns(url, pid, n.parse().map_err(|_| "N is a number")?),
        ["flood", url, pid, log, kind, rate, secs] => flood(
            url,
            pid,
            log,
            kind,
            rate.parse().map_err(|_| "RATE is a number")?,
            secs.parse().map_err(|_| "SECS is a number")?,
        ),
        ["half", url, secs] => half(url, secs.parse().map_err(|_| "SECS is a number")?),
        _ => Err("usage: see the top of examples/phone_attack.rs".into()),
    }
}

/// The server's address and the page's path from the page's URL.
fn split(url: &str) -> Result<(SocketAddr, String), String> {
    let rest = url.strip_prefix("http://").ok_or("not an http:// URL")?;
    let (host, path) = rest.split_once('/').ok_or("no path in the URL")?;
    let addr = host.parse().map_err(|e| format!("{host}: {e}"))?;
    Ok((addr, format!("/{path}")))
}

fn open_files(pid: &str) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// utime + stime of the process, in clock ticks.
fn cpu_ticks(pid: &str) -> Result<u64, String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).map_err(|e| e.to_string())?;
    // The name in parentheses may hold spaces: count fields after the last ')'.
    let after = stat.rsplit_once(')').ok_or("bad stat")?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let (u, s) = (f.get(11), f.get(12));
    match (
        u.and_then(|u| u.parse::<u64>().ok()),
        s.and_then(|s| s.parse::<u64>().ok()),
    ) {
        (Some(u), Some(s)) => Ok(u + s),
        _ => Err("bad stat".into()),
    }
}

/// The status line of GET `path` (with a deadline), or the error.
fn get_status(addr: SocketAddr, path: &str) -> String {
    let attempt = || -> std::io::Result<String> {
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
        s.set_read_timeout(Some(Duration::from_secs(3)))?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )?;
        let mut out = Vec::new();
        s.read_to_end(&mut out)?;
        let text = String::from_utf8_lossy(&out);
        Ok(text.lines().next().unwrap_or("").to_string())
    };
    match attempt() {
        Ok(line) => line.split_whitespace().nth(1).unwrap_or("none").to_string(),
        Err(e) => format!("error:{:?}", e.kind()),
    }
}

fn phone(addr: SocketAddr, path: &str) -> Result<Phone, String> {
    let ws_url = format!("ws://{addr}{path}ws");
    // Deadlines on connecting and reading: a server that does not answer is a result too.
    let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(3))
        .map_err(|e| format!("connect: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(3)))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(Duration::from_secs(3)))
        .map_err(|e| e.to_string())?;
    let (ws, _) = tungstenite::client(ws_url.as_str(), MaybeTlsStream::Plain(stream))
        .map_err(|e| format!("connect: {e}"))?;
    let mut ws = ws;
    match ws.read() {
        Ok(Message::Text(t)) if t.contains("\"hello\"") => Ok(ws),
        other => Err(format!("no hello: {other:?}")),
    }
}

fn conns(url: &str, pid: &str, n: usize) -> Result<(), String> {
    let (addr, path) = split(url)?;
    println!("game_files_before {}", open_files(pid));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let mut held = Vec::new();
    let mut failed = 0;
    runtime.block_on(async {
        for _ in 0..n {
            let Ok(socket) = tokio::net::TcpSocket::new_v4() else {
                failed += 1;
                continue;
            };
            if socket.bind(SocketAddr::from(([127, 0, 0, 2], 0))).is_err() {
                failed += 1;
                continue;
            }
            match tokio::time::timeout(Duration::from_secs(1), socket.connect(addr)).await {
                Ok(Ok(s)) => held.push(s),
                _ => failed += 1,
            }
        }
    });
    println!("connections_opened {}", held.len());
    println!("connections_failed {failed}");
    std::thread::sleep(Duration::from_secs(1));
    println!("game_files_during {}", open_files(pid));
    println!("page_during {}", get_status(addr, &path));
    println!(
        "socket_during {}",
        phone(addr, &path).map_or_else(|e| e, |_| "ok".into())
    );
    // Past the deadline for a request's head: the server has let go of the ones it took.
    std::thread::sleep(Duration::from_secs(7));
    println!("game_files_later {}", open_files(pid));
    println!("page_later {}", get_status(addr, &path));
    drop(held);
    std::thread::sleep(Duration::from_millis(500));
    println!("game_files_after {}", open_files(pid));
    Ok(())
}

fn flood(url: &str, pid: &str, log: &str, kind: &str, rate: u32, secs: u64) -> Result<(), String> {
    let (addr, path) = split(url)?;
    let mut ws = phone(addr, &path)?;
    ws.send(Message::Text(
        r#"{"t":"join","seat":"client","device":"flood-0123456789abcdef"}"#.into(),
    ))
    .map_err(|e| e.to_string())?;
    if let MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(1)))
            .map_err(|e| e.to_string())?;
    }
    let log_size = || std::fs::metadata(log).map_or(0, |m| m.len());
    let window = Duration::from_secs(secs);
    // Quiet first, with the phone joined: the reference.
    std::thread::sleep(Duration::from_secs(2));
    let (c0, l0, t0) = (cpu_ticks(pid)?, log_size(), Instant::now());
    while t0.elapsed() < window {
        drain(&mut ws)?;
        std::thread::sleep(Duration::from_millis(10));
    }
    let (c1, l1, t1) = (cpu_ticks(pid)?, log_size(), Instant::now());
    let mut sent: u64 = 0;
    let per_batch = (rate / 100).max(1);
    let mut next = Instant::now();
    while t1.elapsed() < window {
        for i in 0..per_batch {
            let text = match kind {
                "choose" => format!(
                    r#"{{"t":"choose","score":{}}}"#,
                    1 + (sent + u64::from(i)) % 5
                ),
                _ => r#"{"t":"pass","x":1}"#.to_string(),
            };
            ws.send(Message::Text(text.into()))
                .map_err(|e| e.to_string())?;
        }
        sent += u64::from(per_batch);
        drain(&mut ws)?;
        next += Duration::from_millis(10);
        if let Some(wait) = next.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
    let (c2, l2, t2) = (cpu_ticks(pid)?, log_size(), Instant::now());
    let pct = |ticks: u64, d: Duration| ticks as f64 / d.as_secs_f64();
    println!("quiet_cpu_percent {:.1}", pct(c1 - c0, t1 - t0));
    println!("flood_cpu_percent {:.1}", pct(c2 - c1, t2 - t1));
    println!(
        "quiet_log_bytes_per_s {:.0}",
        (l1 - l0) as f64 / (t1 - t0).as_secs_f64()
    );
    println!(
        "flood_log_bytes_per_s {:.0}",
        (l2 - l1) as f64 / (t2 - t1).as_secs_f64()
    );
    println!("sent_per_s {:.0}", sent as f64 / (t2 - t1).as_secs_f64());
    Ok(())
}

/// Reads what the server sent without blocking.
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

fn half(url: &str, secs: u64) -> Result<(), String> {
    let (addr, _) = split(url)?;
    let mut a = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    a.write_all(b"GET / HTTP/1.1\r\n")
        .map_err(|e| e.to_string())?;
    let _b = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    println!("half open");
    std::thread::sleep(Duration::from_secs(secs));
    Ok(())
}
