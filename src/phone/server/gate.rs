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
}
