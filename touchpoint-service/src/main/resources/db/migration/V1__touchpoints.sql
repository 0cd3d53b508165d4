-- touchpoint catalogue. Every table carries tenant_id; indexes lead with it.
CREATE TABLE touchpoints (
    id              uuid PRIMARY KEY,
    tenant_id       varchar(64)  NOT NULL,
    name            varchar(200) NOT NULL,
    description     varchar(4000),
    channel         varchar(32)  NOT NULL,
    platform        varchar(100),
    mode            varchar(8)   NOT NULL CHECK (mode IN ('ONLINE', 'OFFLINE')),
    funnel_position varchar(16)  NOT NULL CHECK (funnel_position IN ('TOFU', 'MOFU', 'BOFU', 'POST_PURCHASE')),
    owner_team      varchar(100),
    importance      integer      NOT NULL CHECK (importance BETWEEN 1 AND 5),
    tags            jsonb        NOT NULL DEFAULT '[]',
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);
CREATE INDEX touchpoints_tenant_page ON touchpoints (tenant_id, created_at, id);
CREATE INDEX touchpoints_tenant_channel ON touchpoints (tenant_id, channel);

CREATE TABLE touchpoint_links (
    touchpoint_id uuid        NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    journey_id    uuid        NOT NULL,
    stage_key     varchar(64) NOT NULL,
    PRIMARY KEY (touchpoint_id, position)
);
CREATE INDEX touchpoint_links_journey ON touchpoint_links (journey_id, stage_key);
