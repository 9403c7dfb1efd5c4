//! What the database's triggers keep: counters rolled up from the rows, and the versions of
//! the facts kept answers are computed from.

diesel::table! {
    /// Members per membership organization, category and stage (kept by triggers).
    member_counts (org_id, category, stage) {
        org_id -> BigInt,
        category -> Text,
        stage -> Text,
        members -> Integer,
    }
}

diesel::table! {
    /// Members of an organization's whole subtree by category and stage (kept by triggers).
    subtree_member_counts (org_id, category, stage) {
        org_id -> BigInt,
        category -> Text,
        stage -> Text,
        members -> Integer,
    }
}

diesel::table! {
    /// Approved points and veto entries per member and year (kept by triggers).
    points_totals (member_id, year) {
        member_id -> BigInt,
        year -> Integer,
        points -> BigInt,
        vetoes -> BigInt,
    }
}

diesel::table! {
    /// The version of each set of facts kept answers are computed from (advanced by triggers).
    fact_versions (facts) {
        facts -> Text,
        version -> BigInt,
    }
}

diesel::table! {
    /// The compliance version at which each organization's compliance facts last changed
    /// (`org_id` 0: the tree itself; kept by triggers).
    compliance_changes (org_id) {
        org_id -> BigInt,
        version -> BigInt,
    }
}
