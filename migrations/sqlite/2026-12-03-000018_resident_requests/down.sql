DROP TABLE household_visits;
DROP TABLE request_events;
DROP TABLE request_details;
DROP TABLE resident_requests;
DROP TABLE households;
DROP TABLE request_categories;
DROP TABLE departments;
