-- Rankings read the yearly totals now; the ledger's (member, year, rule) index serves the
-- per-member reads, so a (year, member) index only costs every append another page write.
DROP INDEX points_entries_year;

-- The approval queue (pending entries, newest first) without reading two million rows.
CREATE INDEX points_entries_status ON points_entries (status, id);
