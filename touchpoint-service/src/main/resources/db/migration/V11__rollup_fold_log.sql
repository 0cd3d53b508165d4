-- Which customer journeys each fold changed and by how many touches (appended, or left unknown in order), one row
-- per tenant and rollup version, kept a while (trailmap.analytics.fold-log): analytics kept in memory refresh from
-- the customers changed since the version they counted up to instead of reading every customer again. A version
-- without a row here (an erasure, a retention run, a fold of a version before this migration) is a change they
-- cannot follow: they read every customer.
CREATE TABLE rollup_folds (
    tenant_id varchar(64)    NOT NULL,
    version   bigint         NOT NULL,
    folded_at timestamptz    NOT NULL DEFAULT statement_timestamp(),
    journeys  uuid[]         NOT NULL,
    customers varchar(128)[] NOT NULL,
    added     int[]          NOT NULL,   -- touches the fold added to each customer journey
    unknown   boolean        NOT NULL,   -- some row's touches became unknown in order (a late event): not followed
    PRIMARY KEY (tenant_id, version)
);
