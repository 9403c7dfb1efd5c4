//! The ledger's chain. Every entry and every approval decision on it is a numbered link in
//! its member's chain; each link is an HMAC-SHA256, under a key kept outside the database,
//! of the previous link and its own content, and the member's head (how many links, the last
//! one) is kept apart. Whoever can write the database but lacks the key cannot change,
//! reorder, insert or decide anything, nor drop the newest links, without `check` finding it.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::EntryStatus;

/// What an entry's link covers: everything the balance depends on, and the status the
/// entry was appended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryContent {
    pub member_id: i64,
    pub year: i32,
    pub rule_code: String,
    pub rule_version: i32,
    pub points: i64,
    pub veto: bool,
    pub occurred_on: String,
    pub awarding_org_id: i64,
    pub reverses_entry_id: Option<i64>,
    pub evidence: String,
    pub status: EntryStatus,
}

/// What a decision's link covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub entry_id: i64,
    pub status: EntryStatus,
    pub decided_by: Option<i64>,
    pub decided_on: String,
}

/// One link of a member's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Entry(EntryContent),
    Decision(Decision),
}

/// A link as stored: its number in the member's chain (None: never chained), the entry it
/// belongs to, and its stored hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub number: Option<i64>,
    pub entry_id: i64,
    pub link: Link,
    pub hash: String,
}

/// A member's head: the number of links and the last link's hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub links: i64,
    pub hash: String,
}

/// The link numbered `number` after `previous` (empty for the first link).
pub fn link_hash(key: &[u8], previous: &str, number: i64, link: &Link) -> String {
    let canonical = match link {
        Link::Entry(e) => format!(
            "entry|{previous}|{number}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
            e.member_id,
            e.year,
            e.rule_code,
            e.rule_version,
            e.points,
            e.veto,
            e.occurred_on,
            e.awarding_org_id,
            e.reverses_entry_id.map_or_else(String::new, |id| id.to_string()),
            e.status.code(),
            // Last, so that no choice of evidence can imitate the fields after it.
            e.evidence,
        ),
        Link::Decision(d) => format!(
            "decision|{previous}|{number}|{}|{}|{}|{}",
            d.entry_id,
            d.status.code(),
            d.decided_by.map_or_else(String::new, |id| id.to_string()),
            d.decided_on,
        ),
    };
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    mac.update(canonical.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Appends a link to a member's chain: the new link's number and hash, and the new head.
pub fn append(key: &[u8], head: Option<&Head>, link: &Link) -> Head {
    let (links, previous) = head.map_or((0, ""), |h| (h.links, h.hash.as_str()));
    Head { links: links + 1, hash: link_hash(key, previous, links + 1, link) }
}

/// Where a chain stops holding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("entry {entry_id}: its link does not follow from its content and the link before")]
    Changed { entry_id: i64 },
    #[error("entry {entry_id} is not in the chain")]
    Unchained { entry_id: i64 },
    #[error("the chain's head does not match its last link: links were removed or the head was changed")]
    Head,
}

impl ChainBreak {
    pub fn code(self) -> &'static str {
        match self {
            ChainBreak::Changed { .. } => "changed",
            ChainBreak::Unchained { .. } => "unchained",
            ChainBreak::Head => "head",
        }
    }

    /// The entry at which the chain breaks, when it breaks at an entry.
    pub fn entry_id(self) -> Option<i64> {
        match self {
            ChainBreak::Changed { entry_id } | ChainBreak::Unchained { entry_id } => Some(entry_id),
            ChainBreak::Head => None,
        }
    }
}

/// Recomputes a member's chain from its stored links (in any order) and compares the end
/// with the head. Links must be numbered 1, 2, … without a gap.
pub fn check(key: &[u8], mut links: Vec<Stored>, head: Option<&Head>) -> Result<(), ChainBreak> {
    if let Some(unchained) = links.iter().find(|l| l.number.is_none()) {
        return Err(ChainBreak::Unchained { entry_id: unchained.entry_id });
    }
    links.sort_by_key(|l| l.number);
    let mut previous = String::new();
    for (expected, stored) in (1..).zip(&links) {
        if stored.number != Some(expected) || link_hash(key, &previous, expected, &stored.link) != stored.hash {
            return Err(ChainBreak::Changed { entry_id: stored.entry_id });
        }
        previous.clone_from(&stored.hash);
    }
    let end = Head { links: i64::try_from(links.len()).unwrap_or(i64::MAX), hash: previous };
    match head {
        Some(head) if *head == end => Ok(()),
        None if end.links == 0 => Ok(()),
        _ => Err(ChainBreak::Head),
    }
}

/// The unkeyed SHA-256 an entry carried before the chain was keyed: an entry's hash over the
/// previous entry's hash and its content. Used once, to check an old chain before keying it.
pub fn unkeyed_hash(previous: &str, entry: &EntryContent) -> String {
    let canonical = format!(
        "{previous}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        entry.member_id,
        entry.year,
        entry.rule_code,
        entry.rule_version,
        entry.points,
        entry.occurred_on,
        entry.awarding_org_id,
        entry.reverses_entry_id.map_or_else(String::new, |id| id.to_string()),
        entry.evidence,
    );
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"integrity key of the tests";

    fn entry(points: i64, status: EntryStatus) -> Link {
        Link::Entry(EntryContent {
            member_id: 7,
            year: 2026,
            rule_code: "A01".into(),
            rule_version: 1,
            points,
            veto: false,
            occurred_on: "2026-03-02".into(),
            awarding_org_id: 3,
            reverses_entry_id: None,
            evidence: "主题党日".into(),
            status,
        })
    }

    /// Three entries (the second pending) and the approval of the second.
    fn ledger() -> (Vec<Stored>, Head) {
        let links = [
            (1, entry(5, EntryStatus::Approved)),
            (2, entry(3, EntryStatus::Pending)),
            (3, entry(2, EntryStatus::Approved)),
            (
                2,
                Link::Decision(Decision {
                    entry_id: 2,
                    status: EntryStatus::Approved,
                    decided_by: Some(4),
                    decided_on: "2026-03-05".into(),
                }),
            ),
        ];
        let mut head: Option<Head> = None;
        let mut stored = Vec::new();
        for (entry_id, link) in links {
            let next = append(KEY, head.as_ref(), &link);
            stored.push(Stored { number: Some(next.links), entry_id, link, hash: next.hash.clone() });
            head = Some(next);
        }
        (stored, head.unwrap_or_else(|| unreachable!()))
    }

    #[test]
    fn a_whole_ledger_checks() {
        let (links, head) = ledger();
        assert_eq!(check(KEY, links, Some(&head)), Ok(()));
        assert_eq!(check(KEY, Vec::new(), None), Ok(()));
    }

    #[test]
    fn a_changed_entry_breaks_the_chain_at_that_entry() {
        let (mut links, head) = ledger();
        if let Link::Entry(e) = &mut links[1].link {
            e.points = 30;
        }
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Changed { entry_id: 2 }));
    }

    #[test]
    fn a_decision_cannot_be_changed_nor_added_without_the_key() {
        let (mut links, head) = ledger();
        if let Link::Decision(d) = &mut links[3].link {
            d.status = EntryStatus::Rejected;
        }
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Changed { entry_id: 2 }));
        // An entry appended pending and set to approved without a decision link.
        let (mut links, head) = ledger();
        links.pop();
        if let Link::Entry(e) = &mut links[1].link {
            e.status = EntryStatus::Approved;
        }
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Changed { entry_id: 2 }));
    }

    #[test]
    fn dropping_the_newest_links_is_found_at_the_head() {
        let (mut links, head) = ledger();
        links.pop();
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Head));
        let (links, _) = ledger();
        assert_eq!(check(KEY, links, None), Err(ChainBreak::Head));
    }

    #[test]
    fn reordered_renumbered_or_unchained_links_are_found() {
        let (mut links, head) = ledger();
        links[0].number = Some(5);
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Changed { entry_id: 2 }));
        let (mut links, head) = ledger();
        links[2].number = None;
        assert_eq!(check(KEY, links, Some(&head)), Err(ChainBreak::Unchained { entry_id: 3 }));
    }

    #[test]
    fn another_key_rebuilds_nothing() {
        let (links, head) = ledger();
        assert_eq!(check(b"another key", links, Some(&head)), Err(ChainBreak::Changed { entry_id: 1 }));
    }
}
