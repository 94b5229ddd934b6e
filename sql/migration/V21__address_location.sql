-- Addresses placed on a map (issue 17, part 1). The reader's phone picks the door with wx.chooseLocation (GCJ-02
-- point, place name, street text) and adds building/room/door; a librarian can place or correct it at the desk.
-- Geocoding the text through AMap is only the fallback when no point was given, so no key is needed to save one.
--   detail_cipher  (unchanged column) the whole address as delivered: street text, place name and door in one line,
--                  what the owner, the courier and the desk read — so every existing view shows the door as well
--   street_cipher  the street text alone, place_cipher the picked place's name (小区/大厦), door_cipher building /
--                  unit / room: the parts the forms edit; all encrypted like detail_cipher, NULL on rows saved before
--                  (there detail_cipher is the street text)
--   located_by     how lat/lng were found: PICKED (the reader's map), GEOCODED (AMap from the text), DESK (a librarian)
--   located_by_staff_id  the librarian who placed it last (DESK only)
ALTER TABLE reader_address
  ADD COLUMN street_cipher       VARCHAR(1024) NULL AFTER detail_cipher,
  ADD COLUMN place_cipher        VARCHAR(512)  NULL AFTER street_cipher,
  ADD COLUMN door_cipher         VARCHAR(512)  NULL AFTER place_cipher,
  ADD COLUMN located_by          VARCHAR(16)   NOT NULL DEFAULT 'GEOCODED' AFTER lng,
  ADD COLUMN located_by_staff_id BIGINT        NULL AFTER located_by;
