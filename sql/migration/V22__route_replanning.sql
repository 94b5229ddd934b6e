-- A stop added to a route after the courier set off: its books are not in the bag, the courier fetches them at the
-- branch on the way (issue 17, re-planning while couriers are out).
ALTER TABLE delivery_stop ADD COLUMN via_branch TINYINT(1) NOT NULL DEFAULT 0;
