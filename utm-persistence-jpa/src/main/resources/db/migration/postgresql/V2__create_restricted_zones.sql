-- UTM Kit schema, version 2: 8. restricted_zones, whose definition_json is JSON. The one table
-- that differs between databases. PostgreSQL: JSONB; the adapter binds a definition as
-- `CAST(? AS JSONB)`, since PostgreSQL casts no character type to JSONB implicitly.
-- The text is written and read by kz.utm.geofence.codec.ZoneDefinitionCodec.

CREATE TABLE restricted_zones (
    id                      INTEGER                  DEFAULT nextval('restricted_zones_id_seq') NOT NULL,
    name                    VARCHAR(255)             NOT NULL,
    description             VARCHAR(1000),
    geometry_type           VARCHAR(32)              NOT NULL,
    definition_json         JSONB                    NOT NULL,
    min_altitude_m          DOUBLE PRECISION,
    max_altitude_m          DOUBLE PRECISION,
    is_active               BOOLEAN                  DEFAULT TRUE NOT NULL,
    created_by_authority_id INTEGER                  NOT NULL,
    version                 BIGINT                   DEFAULT 0 NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_restricted_zones PRIMARY KEY (id),
    CONSTRAINT ck_restricted_zones_geometry_type CHECK (geometry_type IN ('CIRCLE', 'POLYGON')),
    CONSTRAINT ck_restricted_zones_definition_json CHECK (jsonb_typeof(definition_json) = 'object'),
    CONSTRAINT ck_restricted_zones_altitude_band CHECK (min_altitude_m <= max_altitude_m),
    CONSTRAINT fk_restricted_zones_created_by_authority_id
        FOREIGN KEY (created_by_authority_id) REFERENCES users (id)
);
CREATE INDEX ix_restricted_zones_name ON restricted_zones (name);
CREATE INDEX ix_restricted_zones_deleted_at ON restricted_zones (deleted_at);
