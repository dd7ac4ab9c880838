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
//!   phone_attack seat URL PID LOG SECS    what a device with the secret (or a seat) can do, in
//!                                         one run: 8 sockets from 127.0.0.2 and .3 that never
//!                                         join while a real phone joins; then, beside SECS of
//!                                         quiet, SECS each of: pauses and "verder" the rules
//!                                         refuse, `join` re-sent on one socket, own cards after
//!                                         the flip; 2 * SECS of reconnect-and-join in a loop
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
        ["seat", url, pid, log, secs] => {
            seat(url, pid, log, secs.parse().map_err(|_| "SECS is a number")?)
        }
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

/// A WebSocket from `from` (a loopback address), with deadlines; the hello read.
fn phone_from(from: [u8; 4], addr: SocketAddr, path: &str) -> Result<Phone, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let stream = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().map_err(|e| e.to_string())?;
        socket
            .bind(SocketAddr::from((from, 0)))
            .map_err(|e| e.to_string())?;
        let s = tokio::time::timeout(Duration::from_secs(3), socket.connect(addr))
            .await
            .map_err(|_| "connect: timeout".to_string())?
            .map_err(|e| format!("connect: {e}"))?;
        s.into_std().map_err(|e| e.to_string())
    })?;
    stream.set_nonblocking(false).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(3)))
        .map_err(|e| e.to_string())?;
    let ws_url = format!("ws://{addr}{path}ws");
    let (mut ws, _) = tungstenite::client(ws_url.as_str(), MaybeTlsStream::Plain(stream))
        .map_err(|e| format!("connect: {e}"))?;
    match ws.read() {
        Ok(Message::Text(t)) if t.contains("\"hello\"") => Ok(ws),
        other => Err(format!("no hello: {other:?}")),
    }
}

fn set_read_timeout(p: &mut Phone, d: Duration) {
    if let MaybeTlsStream::Plain(s) = p.get_mut() {
        s.set_read_timeout(Some(d)).ok();
    }
}

/// Reads until a view in `state` comes (or `within` passes); the last view's `total`.
fn wait_state(p: &mut Phone, state: &str, within: Duration) -> Result<u64, String> {
    set_read_timeout(p, Duration::from_millis(50));
    let start = Instant::now();
    while start.elapsed() < within {
        match p.read() {
            Ok(Message::Text(t)) => {
                let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap_or_default();
                if v["t"] == "view" && v["state"] == state {
                    set_read_timeout(p, Duration::from_millis(1));
                    return Ok(v["total"].as_u64().unwrap_or(0));
                }
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(e) => return Err(format!("phone: {e}")),
        }
    }
    Err(format!("no view in state {state} within {within:?}"))
}

/// The last `total` a phone heard, reading what came without blocking.
fn last_total(p: &mut Phone, mut total: u64, wait: Duration) -> u64 {
    set_read_timeout(p, wait);
    while let Ok(m) = p.read() {
        if let Message::Text(t) = m {
            let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap_or_default();
            if let Some(n) = v["total"].as_u64() {
                total = n;
            }
        }
    }
    total
}

fn send_text(p: &mut Phone, text: &str) -> Result<(), String> {
    p.send(Message::Text(text.into()))
        .map_err(|e| format!("send: {e}"))
}

const CLIENT: &str = r#"{"t":"join","seat":"client","device":"attack-client-0123456789"}"#;
const PROFESSIONAL: &str =
    r#"{"t":"join","seat":"professional","device":"attack-prof-0123456789ab"}"#;

fn seat(url: &str, pid: &str, log: &str, secs: u64) -> Result<(), String> {
    let (addr, path) = split(url)?;
    let window = Duration::from_secs(secs);
    let log_size = || std::fs::metadata(log).map_or(0, |m| m.len());
    // Measures what `attack` costs the game over `window`; prints `<name>_cpu_percent` and
    // `<name>_log_bytes_per_s`.
    let measure = |name: &str, window: Duration, attack: &mut dyn FnMut() -> Result<(), String>| {
        let (c0, l0, t0) = (cpu_ticks(pid)?, log_size(), Instant::now());
        while t0.elapsed() < window {
            attack()?;
        }
        let (c1, l1, d) = (cpu_ticks(pid)?, log_size(), t0.elapsed());
        println!(
            "{name}_cpu_percent {:.1}",
            (c1 - c0) as f64 / d.as_secs_f64()
        );
        println!(
            "{name}_log_bytes_per_s {:.0}",
            (l1 - l0) as f64 / d.as_secs_f64()
        );
        Ok::<(), String>(())
    };
    // 1. Sockets that never take a seat, from two addresses; a real phone joins meanwhile.
    let mut idle: Vec<Phone> = Vec::new();
    for i in 0..8u8 {
        if let Ok(p) = phone_from([127, 0, 0, 2 + i % 2], addr, &path) {
            idle.push(p);
        }
    }
    println!("seatless_opened {}", idle.len());
    let opened = Instant::now();
    std::thread::sleep(Duration::from_millis(500));
    let join_client = || -> Result<Phone, String> {
        let mut p = phone_from([127, 0, 0, 1], addr, &path)?;
        send_text(&mut p, CLIENT)?;
        wait_state(&mut p, "kiezen", Duration::from_secs(3))?;
        Ok(p)
    };
    let mut client = match join_client() {
        Ok(p) => {
            println!("real_phone_joined ok");
            Some(p)
        }
        Err(e) => {
            println!("real_phone_joined {}", e.replace(' ', "_"));
            None
        }
    };
    // The idle ones answer pings (as a page would) until 12 s after they opened.
    while opened.elapsed() < Duration::from_secs(12) {
        for p in &mut idle {
            set_read_timeout(p, Duration::from_millis(1));
            let _ = p.read();
            let _ = p.flush();
        }
        if let Some(c) = client.as_mut() {
            drain(c)?;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut open = 0;
    for p in &mut idle {
        set_read_timeout(p, Duration::from_millis(20));
        let still = loop {
            match p.read() {
                Ok(Message::Close(_)) => break false,
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
                {
                    break true;
                }
                Err(_) => break false,
            }
        };
        open += usize::from(still);
    }
    println!("seatless_open_after_12s {open}");
    drop(idle);
    // Without the real phone the rest cannot be measured: it joins now.
    let mut client = match client {
        Some(c) => c,
        None => {
            std::thread::sleep(Duration::from_millis(500));
            join_client()?
        }
    };
    let mut prof = phone_from([127, 0, 0, 1], addr, &path)?;
    send_text(&mut prof, PROFESSIONAL)?;
    wait_state(&mut prof, "kiezen", Duration::from_secs(3))?;
    // 2. Quiet, both seats taken (once the joins are drawn): the reference.
    std::thread::sleep(Duration::from_secs(1));
    measure("quiet", window, &mut || {
        drain(&mut client)?;
        drain(&mut prof)?;
        std::thread::sleep(Duration::from_millis(10));
        Ok(())
    })?;
    // 3. The client pauses; the professional's phone asks for a pause and to go on, which the
    // rules refuse, as fast as it can.
    send_text(&mut client, r#"{"t":"pause"}"#)?;
    wait_state(&mut client, "pauze", Duration::from_secs(3))?;
    settle(&mut [&mut client, &mut prof])?;
    let mut n = 0u64;
    measure("refused_pause", window, &mut || {
        for _ in 0..10 {
            n += 1;
            let m = if n.is_multiple_of(2) {
                r#"{"t":"pause"}"#
            } else {
                r#"{"t":"verder"}"#
            };
            send_text(&mut prof, m)?;
        }
        drain(&mut prof)?;
        drain(&mut client)?;
        std::thread::sleep(Duration::from_millis(10));
        Ok(())
    })?;
    // Past the per-socket limit's refill before the client goes on.
    std::thread::sleep(Duration::from_secs(2));
    send_text(&mut client, r#"{"t":"verder"}"#)?;
    wait_state(&mut client, "kiezen", Duration::from_secs(3))?;
    settle(&mut [&mut client, &mut prof])?;
    // 4. The seat's holder sends `join` for its own seat again and again on one socket.
    measure("join_again", window, &mut || {
        for _ in 0..10 {
            send_text(&mut client, CLIENT)?;
        }
        drain(&mut client)?;
        drain(&mut prof)?;
        std::thread::sleep(Duration::from_millis(10));
        Ok(())
    })?;
    // 5. Both choose, the cards turn over; then own cards as fast as the phone may.
    std::thread::sleep(Duration::from_secs(2));
    send_text(&mut client, r#"{"t":"choose","score":3}"#)?;
    send_text(&mut prof, r#"{"t":"choose","score":4}"#)?;
    wait_state(&mut client, "omgedraaid", Duration::from_secs(15))?;
    drain(&mut prof)?;
    let text = "{\"t\":\"eigen\",\"tekst\":\"Onze \\u001b[31m eigen \\u202e kaart\"}";
    // The first own card is the phone's right: on the table next, drawn and saved.
    send_text(&mut client, text)?;
    std::thread::sleep(Duration::from_millis(300));
    let before = last_total(&mut client, 0, Duration::from_millis(100));
    settle(&mut [&mut client, &mut prof])?;
    let mut total = before;
    measure("own_cards", window, &mut || {
        for _ in 0..10 {
            send_text(&mut client, text)?;
        }
        total = last_total(&mut client, total, Duration::from_millis(1));
        drain(&mut prof)?;
        std::thread::sleep(Duration::from_millis(10));
        Ok(())
    })?;
    let after = last_total(&mut client, total, Duration::from_millis(300));
    println!("own_cards_added {}", after.saturating_sub(before));
    // 6. The client's device comes back again and again: connect, join, close; over twice the
    // window, as the floods of section 3 (its first joins are a phone's right).
    drop(client);
    settle(&mut [&mut prof])?;
    let mut rejoins = 0u64;
    let started = Instant::now();
    measure("rejoin", 2 * window, &mut || {
        rejoins += 1;
        if let Ok(mut p) = phone(addr, &path) {
            let _ = send_text(&mut p, CLIENT);
            let _ = p.close(None);
            let _ = p.flush();
        }
        drain(&mut prof)?;
        Ok(())
    })?;
    println!(
        "rejoin_per_s {:.0}",
        rejoins as f64 / started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Lets the frames of what was just done (a legitimate move) be drawn before measuring.
fn settle(phones: &mut [&mut Phone]) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        for p in phones.iter_mut() {
            drain(p)?;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}
