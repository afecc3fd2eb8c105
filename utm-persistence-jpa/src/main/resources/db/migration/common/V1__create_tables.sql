-- UTM Kit schema, version 1: the tables of the seed schema (shared/seed/schema-proposal.md)
-- except restricted_zones, whose JSON column differs between databases (V2, per vendor).
-- Written in the SQL that H2 2.x and PostgreSQL 14+ both accept. docs/persistence.md explains
-- every choice; the names of constraints and indexes are part of the product (the adapter maps
-- a violated unique constraint to the domain field by its name).
--
-- Enumerations are VARCHAR columns with a CHECK listing exactly the schema's constants.
-- Ids come from one sequence per table: the repositories reserve them with nextval() before
-- the insert, and each id column defaults to its sequence for rows inserted by hand.
-- version is the optimistic-lock column, an addition to the seed.

CREATE SEQUENCE organizations_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE users_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE drones_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE flight_plans_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE waypoints_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE telemetry_logs_id_seq AS BIGINT START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE restricted_zones_id_seq AS INTEGER START WITH 1 INCREMENT BY 1;

-- 2. organizations (before users: a user belongs to an organization; its admin_id key to users
-- is added once users exists)
CREATE TABLE organizations (
    id              INTEGER                  DEFAULT nextval('organizations_id_seq') NOT NULL,
    name            VARCHAR(255)             NOT NULL,
    bin             VARCHAR(12)              NOT NULL,
    company_address VARCHAR(500)             NOT NULL,
    city            VARCHAR(100)             NOT NULL,
    admin_id        INTEGER,
    is_active       BOOLEAN                  DEFAULT TRUE NOT NULL,
    version         BIGINT                   DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_organizations PRIMARY KEY (id),
    CONSTRAINT uq_organizations_name UNIQUE (name),
    CONSTRAINT uq_organizations_bin UNIQUE (bin),
    CONSTRAINT uq_organizations_admin_id UNIQUE (admin_id)
);
CREATE INDEX ix_organizations_deleted_at ON organizations (deleted_at);

-- 1. users
CREATE TABLE users (
    id              INTEGER                  DEFAULT nextval('users_id_seq') NOT NULL,
    full_name       VARCHAR(100)             NOT NULL,
    -- Unique case-insensitively: the adapter stores e-mails lower-case (Locale.ROOT), so the
    -- plain unique constraint compares them as the domain does.
    email           VARCHAR(255)             NOT NULL,
    phone_number    VARCHAR(20),
    iin             VARCHAR(12),
    hashed_password VARCHAR(255)             NOT NULL,
    role            VARCHAR(32)              NOT NULL,
    organization_id INTEGER,
    is_active       BOOLEAN                  DEFAULT TRUE NOT NULL,
    version         BIGINT                   DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_phone_number UNIQUE (phone_number),
    CONSTRAINT uq_users_iin UNIQUE (iin),
    CONSTRAINT ck_users_role
        CHECK (role IN ('AUTHORITY_ADMIN', 'ORGANIZATION_ADMIN', 'ORGANIZATION_PILOT', 'SOLO_PILOT')),
    -- Organization members, and only they, belong to an organization.
    CONSTRAINT ck_users_organization_membership
        CHECK ((role IN ('ORGANIZATION_ADMIN', 'ORGANIZATION_PILOT') AND organization_id IS NOT NULL)
            OR (role IN ('AUTHORITY_ADMIN', 'SOLO_PILOT') AND organization_id IS NULL)),
    CONSTRAINT fk_users_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX ix_users_organization_id ON users (organization_id);
CREATE INDEX ix_users_deleted_at ON users (deleted_at);

ALTER TABLE organizations
    ADD CONSTRAINT fk_organizations_admin_id FOREIGN KEY (admin_id) REFERENCES users (id);

-- 3. drones (last_telemetry_id's key to telemetry_logs is V3, once both tables exist)
CREATE TABLE drones (
    id                 INTEGER                  DEFAULT nextval('drones_id_seq') NOT NULL,
    brand              VARCHAR(100)             NOT NULL,
    model              VARCHAR(100)             NOT NULL,
    serial_number      VARCHAR(100)             NOT NULL,
    owner_type         VARCHAR(32)              NOT NULL,
    organization_id    INTEGER,
    solo_owner_user_id INTEGER,
    current_status     VARCHAR(32)              DEFAULT 'IDLE' NOT NULL,
    last_telemetry_id  BIGINT,
    last_seen_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   DEFAULT 0 NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_drones PRIMARY KEY (id),
    CONSTRAINT uq_drones_serial_number UNIQUE (serial_number),
    CONSTRAINT ck_drones_owner_type CHECK (owner_type IN ('ORGANIZATION', 'SOLO_PILOT')),
    CONSTRAINT ck_drones_current_status CHECK (current_status IN ('IDLE', 'ACTIVE', 'MAINTENANCE', 'UNKNOWN')),
    -- Owned by an organization or by one solo pilot, never both, never neither.
    CONSTRAINT ck_drones_owner
        CHECK ((owner_type = 'ORGANIZATION' AND organization_id IS NOT NULL AND solo_owner_user_id IS NULL)
            OR (owner_type = 'SOLO_PILOT' AND solo_owner_user_id IS NOT NULL AND organization_id IS NULL)),
    CONSTRAINT fk_drones_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_drones_solo_owner_user_id FOREIGN KEY (solo_owner_user_id) REFERENCES users (id)
);
CREATE INDEX ix_drones_organization_id ON drones (organization_id);
CREATE INDEX ix_drones_solo_owner_user_id ON drones (solo_owner_user_id);
CREATE INDEX ix_drones_deleted_at ON drones (deleted_at);

-- 4. user_drone_assignments
CREATE TABLE user_drone_assignments (
    user_id     INTEGER                  NOT NULL,
    drone_id    INTEGER                  NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_user_drone_assignments PRIMARY KEY (user_id, drone_id),
    CONSTRAINT fk_user_drone_assignments_user_id FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_user_drone_assignments_drone_id FOREIGN KEY (drone_id) REFERENCES drones (id)
);
-- The primary key serves lookups by user; this one serves lookups by drone.
CREATE INDEX ix_user_drone_assignments_drone_id ON user_drone_assignments (drone_id);

-- 5. flight_plans
CREATE TABLE flight_plans (
    id                                INTEGER                  DEFAULT nextval('flight_plans_id_seq') NOT NULL,
    user_id                           INTEGER                  NOT NULL,
    drone_id                          INTEGER                  NOT NULL,
    organization_id                   INTEGER,
    planned_departure_time            TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_arrival_time              TIMESTAMP WITH TIME ZONE NOT NULL,
    actual_departure_time             TIMESTAMP WITH TIME ZONE,
    actual_arrival_time               TIMESTAMP WITH TIME ZONE,
    status                            VARCHAR(32)              NOT NULL,
    notes                             VARCHAR(1000),
    rejection_reason                  VARCHAR(500),
    approved_by_organization_admin_id INTEGER,
    approved_by_authority_admin_id    INTEGER,
    approved_at                       TIMESTAMP WITH TIME ZONE,
    version                           BIGINT                   DEFAULT 0 NOT NULL,
    created_at                        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at                        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at                        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_flight_plans PRIMARY KEY (id),
    CONSTRAINT ck_flight_plans_status
        CHECK (status IN ('PENDING_ORG_APPROVAL', 'PENDING_AUTHORITY_APPROVAL', 'APPROVED', 'REJECTED_BY_ORG',
                          'REJECTED_BY_AUTHORITY', 'ACTIVE', 'COMPLETED', 'CANCELLED_BY_PILOT', 'CANCELLED_BY_ADMIN')),
    CONSTRAINT ck_flight_plans_planned_window CHECK (planned_departure_time < planned_arrival_time),
    CONSTRAINT fk_flight_plans_user_id FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_flight_plans_drone_id FOREIGN KEY (drone_id) REFERENCES drones (id),
    CONSTRAINT fk_flight_plans_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_flight_plans_approved_by_organization_admin_id
        FOREIGN KEY (approved_by_organization_admin_id) REFERENCES users (id),
    CONSTRAINT fk_flight_plans_approved_by_authority_admin_id
        FOREIGN KEY (approved_by_authority_admin_id) REFERENCES users (id)
);
CREATE INDEX ix_flight_plans_status ON flight_plans (status);
CREATE INDEX ix_flight_plans_deleted_at ON flight_plans (deleted_at);
CREATE INDEX ix_flight_plans_user_id ON flight_plans (user_id);
CREATE INDEX ix_flight_plans_drone_id ON flight_plans (drone_id);
CREATE INDEX ix_flight_plans_organization_id ON flight_plans (organization_id);

-- 6. waypoints
CREATE TABLE waypoints (
    id             INTEGER                  DEFAULT nextval('waypoints_id_seq') NOT NULL,
    flight_plan_id INTEGER                  NOT NULL,
    latitude       DOUBLE PRECISION         NOT NULL,
    longitude      DOUBLE PRECISION         NOT NULL,
    altitude_m     DOUBLE PRECISION         NOT NULL,
    sequence_order INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_waypoints PRIMARY KEY (id),
    -- Its index, led by flight_plan_id, is also the seed's index on flight_plan_id.
    CONSTRAINT uq_waypoints_flight_plan_id_sequence_order UNIQUE (flight_plan_id, sequence_order),
    CONSTRAINT ck_waypoints_sequence_order CHECK (sequence_order >= 0),
    CONSTRAINT fk_waypoints_flight_plan_id
        FOREIGN KEY (flight_plan_id) REFERENCES flight_plans (id) ON DELETE CASCADE
);

-- 7. telemetry_logs
CREATE TABLE telemetry_logs (
    id              BIGINT                   DEFAULT nextval('telemetry_logs_id_seq') NOT NULL,
    flight_plan_id  INTEGER,
    drone_id        INTEGER                  NOT NULL,
    timestamp       TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude        DOUBLE PRECISION         NOT NULL,
    longitude       DOUBLE PRECISION         NOT NULL,
    altitude_m      DOUBLE PRECISION         NOT NULL,
    speed_mps       DOUBLE PRECISION,
    heading_degrees DOUBLE PRECISION,
    status_message  VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_telemetry_logs PRIMARY KEY (id),
    CONSTRAINT ck_telemetry_logs_speed_mps CHECK (speed_mps >= 0),
    CONSTRAINT ck_telemetry_logs_heading_degrees CHECK (heading_degrees >= 0 AND heading_degrees < 360),
    CONSTRAINT fk_telemetry_logs_flight_plan_id
        FOREIGN KEY (flight_plan_id) REFERENCES flight_plans (id) ON DELETE SET NULL,
    CONSTRAINT fk_telemetry_logs_drone_id FOREIGN KEY (drone_id) REFERENCES drones (id) ON DELETE CASCADE
);
-- A drone's history in time order: this index is also the seed's index on drone_id.
CREATE INDEX ix_telemetry_logs_drone_id_timestamp ON telemetry_logs (drone_id, timestamp);
CREATE INDEX ix_telemetry_logs_timestamp ON telemetry_logs (timestamp);
CREATE INDEX ix_telemetry_logs_flight_plan_id ON telemetry_logs (flight_plan_id);
