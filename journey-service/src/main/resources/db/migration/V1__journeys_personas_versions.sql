-- journey-service schema. Every table carries tenant_id; every index leads with it, because
-- every query is confined to one tenant.

CREATE TABLE personas (
    id                 uuid PRIMARY KEY,
    tenant_id          varchar(64)  NOT NULL,
    name               varchar(200) NOT NULL,
    segment            varchar(8)   NOT NULL CHECK (segment IN ('B2B', 'B2C')),
    buying_role        varchar(32)  CHECK (buying_role IN ('DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'USER', 'GATEKEEPER')),
    demographics       jsonb,
    psychographics     jsonb        NOT NULL DEFAULT '[]',
    goals              jsonb        NOT NULL DEFAULT '[]',
    motivations        jsonb        NOT NULL DEFAULT '[]',
    pain_points        jsonb        NOT NULL DEFAULT '[]',
    preferred_channels jsonb        NOT NULL DEFAULT '[]',
    quote              varchar(1000),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL
);
CREATE INDEX personas_tenant_page ON personas (tenant_id, created_at, id);

CREATE TABLE journeys (
    id                       uuid PRIMARY KEY,
    tenant_id                varchar(64)   NOT NULL,
    name                     varchar(200)  NOT NULL,
    description              varchar(4000),
    map_type                 varchar(32)   NOT NULL CHECK (map_type IN ('CURRENT_STATE', 'FUTURE_STATE', 'DAY_IN_THE_LIFE', 'SERVICE_BLUEPRINT')),
    segment                  varchar(8)    NOT NULL CHECK (segment IN ('B2B', 'B2C')),
    status                   varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    persona_ids              uuid[]        NOT NULL DEFAULT '{}',
    owner_team               varchar(100),
    review_interval_days     integer       NOT NULL CHECK (review_interval_days BETWEEN 1 AND 730),
    last_reviewed_at         timestamptz,
    next_review_at           timestamptz   NOT NULL,
    stages                   jsonb         NOT NULL DEFAULT '[]',
    published_version        integer,
    published_at_row_version bigint,
    template_key             varchar(64),
    created_at               timestamptz   NOT NULL,
    updated_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL
);
CREATE INDEX journeys_tenant_page ON journeys (tenant_id, created_at, id);
CREATE INDEX journeys_tenant_review ON journeys (tenant_id, next_review_at);
CREATE INDEX journeys_personas ON journeys USING gin (persona_ids);

CREATE TABLE journey_versions (
    id           uuid PRIMARY KEY,
    tenant_id    varchar(64) NOT NULL,
    journey_id   uuid        NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    number       integer     NOT NULL,
    published_at timestamptz NOT NULL,
    published_by varchar(200),
    snapshot     jsonb       NOT NULL,
    UNIQUE (journey_id, number)
);
CREATE INDEX journey_versions_tenant ON journey_versions (tenant_id, journey_id, number);
