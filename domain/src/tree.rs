//! Materialized paths for the two trees (areas and organizations).
//!
//! A node's path is the ids from the root down to itself, as `/1/5/23/`. A subtree is
//! then a contiguous range of paths under byte order, which both databases answer from a
//! plain b-tree index (`path >= low AND path < high`), and a move rewrites one prefix.

/// The path of a node with `id` under a parent with `parent_path` (or a root).
pub fn child_path(parent_path: Option<&str>, id: i64) -> String {
    format!("{}{id}/", parent_path.unwrap_or("/"))
}

/// The half-open byte range `[low, high)` holding `path` and every path below it.
///
/// Paths end in `/`; the next byte after `/` is `0`, so replacing the final `/` with `0`
/// gives the first string greater than every path in the subtree.
pub fn subtree_range(path: &str) -> (String, String) {
    let stem = path.strip_suffix('/').unwrap_or(path);
    (path.to_owned(), format!("{stem}0"))
}

/// Whether the node at `path` is the node at `ancestor` or lies below it.
pub fn is_within(path: &str, ancestor: &str) -> bool {
    path.starts_with(ancestor)
}

/// Depth of a node: 0 for a root.
pub fn depth(path: &str) -> i32 {
    let separators = path.bytes().filter(|b| *b == b'/').count();
    i32::try_from(separators.saturating_sub(2)).unwrap_or(i32::MAX)
}

/// The depth of a street's organization (city 0, district 1, street 2). The members of one
/// street are kept in name order per link (the street indexes of the members table).
pub const STREET_DEPTH: i32 = 2;

/// Ids on the path, from the root down to the node itself.
pub fn ids(path: &str) -> Vec<i64> {
    path.split('/').filter_map(|part| part.parse().ok()).collect()
}

/// The paths of the node's ancestors and of the node itself, from the root down.
pub fn lineage(path: &str) -> Vec<String> {
    ids(path)
        .into_iter()
        .scan(String::from("/"), |prefix, id| {
            prefix.push_str(&format!("{id}/"));
            Some(prefix.clone())
        })
        .collect()
}

/// Why a node cannot move to a new parent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("a node cannot be moved below itself or one of its descendants")]
    IntoOwnSubtree,
}

/// A node may move anywhere except into its own subtree (that would make a cycle).
pub fn check_move(node_path: &str, new_parent_path: &str) -> Result<(), MoveError> {
    if is_within(new_parent_path, node_path) {
        return Err(MoveError::IntoOwnSubtree);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lineage_runs_from_the_root_to_the_node() {
        assert_eq!(lineage("/1/5/23/"), ["/1/", "/1/5/", "/1/5/23/"]);
        assert!(lineage("/").is_empty());
    }

    #[test]
    fn subtree_range_holds_descendants_and_excludes_siblings_with_longer_ids() {
        let (low, high) = subtree_range("/1/5/");
        let inside = |p: &str| p >= low.as_str() && p < high.as_str();
        assert!(inside("/1/5/"));
        assert!(inside("/1/5/23/"));
        assert!(inside("/1/5/23/999/"));
        assert!(!inside("/1/50/"), "sibling 50 shares the digit prefix but not the subtree");
        assert!(!inside("/1/6/"));
        assert!(!inside("/1/"));
    }

    #[test]
    fn child_paths_and_depths_follow_the_parent() {
        let root = child_path(None, 1);
        assert_eq!(root, "/1/");
        assert_eq!(depth(&root), 0);
        let child = child_path(Some(&root), 42);
        assert_eq!(child, "/1/42/");
        assert_eq!(depth(&child), 1);
        assert_eq!(ids(&child), vec![1, 42]);
        assert!(is_within(&child, &root));
        assert!(!is_within(&root, &child));
    }

    #[test]
    fn a_node_cannot_move_into_its_own_subtree() {
        assert_eq!(check_move("/1/5/", "/1/5/7/"), Err(MoveError::IntoOwnSubtree));
        assert_eq!(check_move("/1/5/", "/1/5/"), Err(MoveError::IntoOwnSubtree));
        assert_eq!(check_move("/1/5/", "/1/50/"), Ok(()));
    }
}
