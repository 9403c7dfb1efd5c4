-- Rankings read the yearly totals now; the ledger's (member, year, rule) index serves the
-- per-member reads, so a (year, member) index only costs every append another page write.
DROP INDEX points_entries_year;
