//! How many connections may be open at once: in all, and from one address. A connection holds a
//! [`Pass`] for as long as it is open; dropping the pass gives its place back.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// A cap on open connections, in all and per address.
#[derive(Debug)]
pub struct Gate {
    total: usize,
    per_address: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

impl Gate {
    pub fn new(total: usize, per_address: usize) -> Arc<Gate> {
        Arc::new(Gate {
            total,
            per_address,
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A place for a connection from `ip`, or `None` when the gate is full for it.
    pub fn enter(self: &Arc<Gate>, ip: IpAddr) -> Option<Pass> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let all: usize = open.values().sum();
        let here = open.get(&ip).copied().unwrap_or(0);
        if all >= self.total || here >= self.per_address {
            return None;
        }
        open.insert(ip, here + 1);
        Some(Pass {
            gate: self.clone(),
            ip,
        })
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .sum()
    }
}

/// One connection's place in a [`Gate`].
#[derive(Debug)]
pub struct Pass {
    gate: Arc<Gate>,
    ip: IpAddr,
}

impl Drop for Pass {
    fn drop(&mut self) {
        let mut open = self.gate.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// Places for sockets that have not taken a seat yet: a small cap of their own, so they never
/// fill the places of the phones that play. When it is full, a newcomer takes the place of the
/// waiting socket from the address with the most of them (the oldest of those): someone who
/// keeps sockets open without joining cannot keep a real phone out.
#[derive(Debug)]
pub struct Lobby {
    total: usize,
    per_address: usize,
    open: Mutex<LobbyList>,
}

#[derive(Debug, Default)]
struct LobbyList {
    next: u64,
    /// In the order they came: id, address, and how to tell the socket it must go.
    waiting: Vec<(u64, IpAddr, Arc<tokio::sync::Notify>)>,
}

impl Lobby {
    pub fn new(total: usize, per_address: usize) -> Arc<Lobby> {
        Arc::new(Lobby {
            total,
            per_address,
            open: Mutex::new(LobbyList::default()),
        })
    }

    /// A place for a socket from `ip` until it takes a seat, or `None` when this address has
    /// its share already. May send another waiting socket away (see [`Lobby`]).
    pub fn enter(self: &Arc<Lobby>, ip: IpAddr) -> Option<Waiting> {
        let mut list = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let count =
            |list: &LobbyList, ip: IpAddr| list.waiting.iter().filter(|w| w.1 == ip).count();
        if count(&list, ip) >= self.per_address {
            return None;
        }
        if list.waiting.len() >= self.total {
            // The first (oldest) socket of the address that holds the most.
            let most = list
                .waiting
                .iter()
                .map(|w| count(&list, w.1))
                .max()
                .unwrap_or(0);
            if let Some(i) = list.waiting.iter().position(|w| count(&list, w.1) == most) {
                let (_, _, gone) = list.waiting.remove(i);
                gone.notify_one();
            }
        }
        let id = list.next;
        list.next += 1;
        let notify = Arc::new(tokio::sync::Notify::new());
        list.waiting.push((id, ip, notify.clone()));
        Some(Waiting {
            lobby: self.clone(),
            id,
            notify,
        })
    }

    /// Sockets waiting now.
    #[cfg(test)]
    pub fn open(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .waiting
            .len()
    }
}

/// One socket's place in the [`Lobby`], until it takes a seat (then it is dropped).
#[derive(Debug)]
pub struct Waiting {
    lobby: Arc<Lobby>,
    id: u64,
    notify: Arc<tokio::sync::Notify>,
}

impl Waiting {
    /// Returns when a newcomer took this place: the socket must close.
    pub async fn sent_away(&self) {
        self.notify.notified().await;
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        let mut list = self.lobby.open.lock().unwrap_or_else(|e| e.into_inner());
        list.waiting.retain(|w| w.0 != self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_in_all_and_per_address_and_gives_places_back() {
        let gate = Gate::new(3, 2);
        let a: IpAddr = "192.168.1.2".parse().unwrap();
        let b: IpAddr = "192.168.1.3".parse().unwrap();
        let c: IpAddr = "192.168.1.4".parse().unwrap();
        let a1 = gate.enter(a).expect("first from a");
        let _a2 = gate.enter(a).expect("second from a");
        assert!(gate.enter(a).is_none(), "a third from one address");
        let _b1 = gate.enter(b).expect("first from b");
        assert!(gate.enter(c).is_none(), "full in all");
        assert_eq!(gate.open(), 3);
        drop(a1);
        assert_eq!(gate.open(), 2);
        assert!(gate.enter(c).is_some(), "a place came back");
    }

    #[test]
    fn a_full_lobby_sends_away_the_address_with_the_most() {
        let lobby = Lobby::new(3, 2);
        let a: IpAddr = "192.168.1.2".parse().unwrap();
        let b: IpAddr = "192.168.1.3".parse().unwrap();
        let c: IpAddr = "192.168.1.4".parse().unwrap();
        let _b1 = lobby.enter(b).expect("b");
        let a1 = lobby.enter(a).expect("a");
        let _a2 = lobby.enter(a).expect("a again");
        assert!(lobby.enter(a).is_none(), "a third from one address");
        let _c1 = lobby.enter(c).expect("a newcomer always gets in");
        assert_eq!(lobby.open(), 3);
        // a's first is sent away: its place is c's now.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            tokio::time::timeout(std::time::Duration::from_millis(100), a1.sent_away())
                .await
                .expect("a's oldest was told to go");
        });
        drop(a1);
        assert_eq!(lobby.open(), 3, "a place sent away is not given twice");
    }
}
