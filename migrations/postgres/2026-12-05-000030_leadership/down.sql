DROP TABLE secretary_review_scores;
DROP TABLE secretary_reviews;
DROP TABLE leading_bodies;
