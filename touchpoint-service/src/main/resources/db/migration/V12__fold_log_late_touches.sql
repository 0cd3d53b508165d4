-- A fold that meets a late event (older than the customer journey's last touch) no longer leaves its change
-- unfollowable: it logs the touches it added to that journey, so kept analytics take exactly those away (the
-- journey's touches stay ordered by time and event id, so what is left is the journey as it was). NULL where the
-- fold appended its touches after the last: the last `added` ones are the fold's. Folds write `unknown` false;
-- it stays true on rows logged before this migration, which are not followed.
ALTER TABLE rollup_folds ADD COLUMN late bytea[];
