//! The change feed: what a tombstone says about an object that a copy kept elsewhere must
//! drop.

code_list! {
    /// The kind of object a tombstone is about.
    pub enum Resource {
        /// 党员
        Member = "member" / "党员",
        /// 党组织
        Organization = "organization" / "党组织",
        /// 单位
        Unit = "unit" / "单位",
        /// 区域
        Area = "area" / "区域",
    }
}

code_list! {
    /// Why the object left the view a tombstone belongs to.
    pub enum Departure {
        /// 已删除: gone for everyone
        Deleted = "deleted" / "已删除",
        /// 已迁出: moved out of this part of the tree (transferred, moved house)
        Moved = "moved" / "已迁出",
    }
}

/// The parts of the tree a member was seen from and no longer is: its old membership and
/// residence organizations and its old residence area, where they changed.
pub fn left_paths<'a>(before: [&'a str; 3], after: [&str; 3]) -> [Option<&'a str>; 3] {
    let mut left = [None; 3];
    for (slot, (old, new)) in left.iter_mut().zip(before.into_iter().zip(after)) {
        if old != new {
            *slot = Some(old);
        }
    }
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_links_that_changed_leave_a_tombstone() {
        let before = ["/1/2/", "/1/3/", "/9/4/"];
        assert_eq!(left_paths(before, before), [None, None, None]);
        assert_eq!(left_paths(before, ["/1/5/", "/1/3/", "/9/4/"]), [Some("/1/2/"), None, None]);
        assert_eq!(left_paths(before, ["/1/2/", "/1/6/", "/9/7/"]), [None, Some("/1/3/"), Some("/9/4/")]);
    }
}
