DROP TABLE evaluation_results;
DROP TABLE evaluation_opinions;
DROP TABLE evaluation_campaigns;
DROP TABLE publicity_objections;
DROP TABLE publicity_sites;
DROP TABLE publicities;
DROP TABLE development_steps;
DROP TABLE calendar_days;
