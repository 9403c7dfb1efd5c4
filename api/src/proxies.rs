//! The client's address behind reverse proxies. Forwarded headers are believed only as far
//! as they were written by a proxy the deployment trusts (`DANGJIAN_TRUSTED_PROXIES`): the
//! chain is walked from the nearest hop back, and the first address that is not a trusted
//! proxy is the client. A client cannot pose as another by sending the headers itself.

use std::net::IpAddr;

use ipnet::IpNet;

/// The proxies whose forwarded headers are believed (addresses or networks).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list such as `127.0.0.1, 10.0.0.0/8, ::1`.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        parse_networks(text).map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client of a request that came from `peer` with these headers. `Forwarded`
    /// (RFC 7239) is preferred to `X-Forwarded-For`.
    pub fn client(&self, peer: IpAddr, forwarded: Option<&str>, x_forwarded_for: Option<&str>) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let hops: Vec<Option<IpAddr>> = match (forwarded, x_forwarded_for) {
            (Some(header), _) => header.split(',').map(forwarded_for).collect(),
            (None, Some(header)) => header.split(',').map(|hop| address(hop.trim())).collect(),
            (None, None) => return peer,
        };
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            // An obfuscated or unreadable hop ends what can be known: the last proxy stands.
            let Some(hop) = hop else { break };
            client = hop;
            if !self.trusts(hop) {
                break;
            }
        }
        client
    }
}

/// Addresses and networks from a comma-separated list such as `127.0.0.1, 10.0.0.0/8, ::1`.
pub fn parse_networks(text: &str) -> Result<Vec<IpNet>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<IpNet>()
                .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("`{part}` is not an address or network"))
        })
        .collect()
}

/// The `for=` address of one `Forwarded` element.
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("for").then(|| address(value.trim().trim_matches('"'))).flatten()
    })
}

/// An address with an optional port: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711`, `2001:db8::1`.
fn address(text: &str) -> Option<IpAddr> {
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    text.parse().ok().or_else(|| text.rsplit_once(':')?.0.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or_else(|_| unreachable!("a test address"))
    }

    fn proxies() -> TrustedProxies {
        TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap_or_default()
    }

    #[test]
    fn headers_from_an_untrusted_peer_are_ignored() {
        let client = proxies().client(ip("203.0.113.7"), None, Some("198.51.100.1"));
        assert_eq!(client, ip("203.0.113.7"));
        assert_eq!(TrustedProxies::default().client(ip("127.0.0.1"), None, Some("198.51.100.1")), ip("127.0.0.1"));
    }

    #[test]
    fn the_first_untrusted_hop_from_the_right_is_the_client() {
        // The client sent a made-up first entry; the trusted proxies appended the rest.
        let chain = "192.0.2.66, 198.51.100.9, 10.1.2.3";
        assert_eq!(proxies().client(ip("127.0.0.1"), None, Some(chain)), ip("198.51.100.9"));
    }

    #[test]
    fn forwarded_is_read_with_ports_and_ipv6() {
        let header = r#"for=192.0.2.66, for="[2001:db8:cafe::17]:4711";proto=https, for=10.0.0.5:8080"#;
        assert_eq!(proxies().client(ip("10.0.0.9"), Some(header), Some("192.0.2.1")), ip("2001:db8:cafe::17"));
    }

    #[test]
    fn an_unreadable_hop_leaves_the_last_proxy() {
        assert_eq!(proxies().client(ip("127.0.0.1"), Some("for=_hidden, for=10.0.0.5"), None), ip("10.0.0.5"));
    }

    #[test]
    fn a_bad_list_is_refused() {
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.local").is_err());
    }
}
