DROP INDEX members_category_residence;
DROP INDEX members_category_membership;
DROP INDEX meetings_held_on;
DROP TRIGGER points_totals_follow ON points_entries;
DROP FUNCTION points_totals_follow();
DROP TABLE points_totals;
DROP TRIGGER member_counts_follow ON members;
DROP FUNCTION member_counts_follow();
DROP TABLE member_counts;
