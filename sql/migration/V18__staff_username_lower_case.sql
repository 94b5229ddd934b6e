-- A username is one account whatever its letter case (issue #15): the app now stores and looks up user names
-- lower-cased (LoginNames), so the names written before are lower-cased here. The column keeps a case-insensitive
-- collation, stated again so that it does not rest on the table default: with the unique key uk_staff_username it
-- refuses "Anna" beside "anna", so lower-casing below can never collide.
ALTER TABLE staff MODIFY COLUMN username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL;

UPDATE staff SET username = LOWER(username) WHERE username IS NOT NULL;
