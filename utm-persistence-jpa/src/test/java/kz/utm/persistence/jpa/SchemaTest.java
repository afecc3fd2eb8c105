package kz.utm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.drone.DroneOwnerType;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.NfzGeometryType;

/**
 * The migrated schema, as the live database's catalog describes it, against the seed schema
 * (shared/seed/schema-proposal.md) plus the additions docs/persistence.md lists: every table,
 * column, type, length, nullability, default, unique constraint, foreign key with its delete
 * rule, enumeration check and index, on H2 and on PostgreSQL.
 */
class SchemaTest {

    // ---- the expected schema ----

    private record Expected(String type, Integer length, boolean nullable, String defaultValue) {
    }

    private static final String INTEGER = "integer";
    private static final String BIGINT = "bigint";
    private static final String DOUBLE = "double precision";
    private static final String BOOLEAN = "boolean";
    private static final String TIMESTAMPTZ = "timestamp with time zone";
    private static final String JSON = "json";
    private static final String NOW = "current_timestamp";

    private static final Map<String, Map<String, Expected>> TABLES = new LinkedHashMap<>();

    static {
        table("users",
                id("users_id_seq"),
                column("full_name", varchar(100)),
                column("email", varchar(255)),
                nullable("phone_number", varchar(20)),
                nullable("iin", varchar(12)),
                column("hashed_password", varchar(255)),
                column("role", varchar(32)),
                nullable("organization_id", INTEGER),
                withDefault("is_active", BOOLEAN, "true"),
                version(),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW),
                nullable("deleted_at", TIMESTAMPTZ));
        table("organizations",
                id("organizations_id_seq"),
                column("name", varchar(255)),
                column("bin", varchar(12)),
                column("company_address", varchar(500)),
                column("city", varchar(100)),
                nullable("admin_id", INTEGER),
                withDefault("is_active", BOOLEAN, "true"),
                version(),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW),
                nullable("deleted_at", TIMESTAMPTZ));
        table("drones",
                id("drones_id_seq"),
                column("brand", varchar(100)),
                column("model", varchar(100)),
                column("serial_number", varchar(100)),
                column("owner_type", varchar(32)),
                nullable("organization_id", INTEGER),
                nullable("solo_owner_user_id", INTEGER),
                withDefault("current_status", varchar(32), "'idle'"),
                nullable("last_telemetry_id", BIGINT),
                nullable("last_seen_at", TIMESTAMPTZ),
                version(),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW),
                nullable("deleted_at", TIMESTAMPTZ));
        table("user_drone_assignments",
                column("user_id", INTEGER),
                column("drone_id", INTEGER),
                withDefault("assigned_at", TIMESTAMPTZ, NOW));
        table("flight_plans",
                id("flight_plans_id_seq"),
                column("user_id", INTEGER),
                column("drone_id", INTEGER),
                nullable("organization_id", INTEGER),
                column("planned_departure_time", TIMESTAMPTZ),
                column("planned_arrival_time", TIMESTAMPTZ),
                nullable("actual_departure_time", TIMESTAMPTZ),
                nullable("actual_arrival_time", TIMESTAMPTZ),
                column("status", varchar(32)),
                nullable("notes", varchar(1000)),
                nullable("rejection_reason", varchar(500)),
                nullable("approved_by_organization_admin_id", INTEGER),
                nullable("approved_by_authority_admin_id", INTEGER),
                nullable("approved_at", TIMESTAMPTZ),
                version(),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW),
                nullable("deleted_at", TIMESTAMPTZ));
        table("waypoints",
                id("waypoints_id_seq"),
                column("flight_plan_id", INTEGER),
                column("latitude", DOUBLE),
                column("longitude", DOUBLE),
                column("altitude_m", DOUBLE),
                column("sequence_order", INTEGER),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW));
        table("telemetry_logs",
                Map.entry("id", new Expected(BIGINT, null, false, "nextval('telemetry_logs_id_seq')")),
                nullable("flight_plan_id", INTEGER),
                column("drone_id", INTEGER),
                column("timestamp", TIMESTAMPTZ),
                column("latitude", DOUBLE),
                column("longitude", DOUBLE),
                column("altitude_m", DOUBLE),
                nullable("speed_mps", DOUBLE),
                nullable("heading_degrees", DOUBLE),
                nullable("status_message", varchar(255)),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW));
        table("restricted_zones",
                id("restricted_zones_id_seq"),
                column("name", varchar(255)),
                nullable("description", varchar(1000)),
                column("geometry_type", varchar(32)),
                column("definition_json", JSON),
                nullable("min_altitude_m", DOUBLE),
                nullable("max_altitude_m", DOUBLE),
                withDefault("is_active", BOOLEAN, "true"),
                column("created_by_authority_id", INTEGER),
                version(),
                withDefault("created_at", TIMESTAMPTZ, NOW),
                withDefault("updated_at", TIMESTAMPTZ, NOW),
                nullable("deleted_at", TIMESTAMPTZ));
    }

    /** Primary keys and unique constraints: name -> table and columns. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("pk_users", "users(id)"),
            Map.entry("uq_users_email", "users(email)"),
            Map.entry("uq_users_phone_number", "users(phone_number)"),
            Map.entry("uq_users_iin", "users(iin)"),
            Map.entry("pk_organizations", "organizations(id)"),
            Map.entry("uq_organizations_name", "organizations(name)"),
            Map.entry("uq_organizations_bin", "organizations(bin)"),
            Map.entry("uq_organizations_admin_id", "organizations(admin_id)"),
            Map.entry("pk_drones", "drones(id)"),
            Map.entry("uq_drones_serial_number", "drones(serial_number)"),
            Map.entry("pk_user_drone_assignments", "user_drone_assignments(user_id, drone_id)"),
            Map.entry("pk_flight_plans", "flight_plans(id)"),
            Map.entry("pk_waypoints", "waypoints(id)"),
            Map.entry("uq_waypoints_flight_plan_id_sequence_order", "waypoints(flight_plan_id, sequence_order)"),
            Map.entry("pk_telemetry_logs", "telemetry_logs(id)"),
            Map.entry("pk_restricted_zones", "restricted_zones(id)"));

    /** Foreign keys: name -> table(columns) -> table(columns) and delete rule. */
    private static final Map<String, String> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("fk_users_organization_id", "users(organization_id) -> organizations(id) NO ACTION"),
            Map.entry("fk_organizations_admin_id", "organizations(admin_id) -> users(id) NO ACTION"),
            Map.entry("fk_drones_organization_id", "drones(organization_id) -> organizations(id) NO ACTION"),
            Map.entry("fk_drones_solo_owner_user_id", "drones(solo_owner_user_id) -> users(id) NO ACTION"),
            Map.entry("fk_drones_last_telemetry_id", "drones(last_telemetry_id) -> telemetry_logs(id) NO ACTION"),
            Map.entry("fk_user_drone_assignments_user_id", "user_drone_assignments(user_id) -> users(id) NO ACTION"),
            Map.entry("fk_user_drone_assignments_drone_id",
                    "user_drone_assignments(drone_id) -> drones(id) NO ACTION"),
            Map.entry("fk_flight_plans_user_id", "flight_plans(user_id) -> users(id) NO ACTION"),
            Map.entry("fk_flight_plans_drone_id", "flight_plans(drone_id) -> drones(id) NO ACTION"),
            Map.entry("fk_flight_plans_organization_id",
                    "flight_plans(organization_id) -> organizations(id) NO ACTION"),
            Map.entry("fk_flight_plans_approved_by_organization_admin_id",
                    "flight_plans(approved_by_organization_admin_id) -> users(id) NO ACTION"),
            Map.entry("fk_flight_plans_approved_by_authority_admin_id",
                    "flight_plans(approved_by_authority_admin_id) -> users(id) NO ACTION"),
            Map.entry("fk_waypoints_flight_plan_id", "waypoints(flight_plan_id) -> flight_plans(id) CASCADE"),
            Map.entry("fk_telemetry_logs_flight_plan_id",
                    "telemetry_logs(flight_plan_id) -> flight_plans(id) SET NULL"),
            Map.entry("fk_telemetry_logs_drone_id", "telemetry_logs(drone_id) -> drones(id) CASCADE"),
            Map.entry("fk_restricted_zones_created_by_authority_id",
                    "restricted_zones(created_by_authority_id) -> users(id) NO ACTION"));

    /** The schema's enumerations, as the seed lists them: check constraint -> constants. */
    private static final Map<String, List<String>> ENUMERATIONS = Map.of(
            "ck_users_role", List.of("AUTHORITY_ADMIN", "ORGANIZATION_ADMIN", "ORGANIZATION_PILOT", "SOLO_PILOT"),
            "ck_drones_owner_type", List.of("ORGANIZATION", "SOLO_PILOT"),
            "ck_drones_current_status", List.of("IDLE", "ACTIVE", "MAINTENANCE", "UNKNOWN"),
            "ck_flight_plans_status", List.of("PENDING_ORG_APPROVAL", "PENDING_AUTHORITY_APPROVAL", "APPROVED",
                    "REJECTED_BY_ORG", "REJECTED_BY_AUTHORITY", "ACTIVE", "COMPLETED", "CANCELLED_BY_PILOT",
                    "CANCELLED_BY_ADMIN"),
            "ck_restricted_zones_geometry_type", List.of("CIRCLE", "POLYGON"));

    /** The other checks, additions to the seed: each must exist. */
    private static final List<String> OTHER_CHECKS = List.of("ck_users_organization_membership", "ck_drones_owner",
            "ck_flight_plans_planned_window", "ck_waypoints_sequence_order", "ck_telemetry_logs_speed_mps",
            "ck_telemetry_logs_heading_degrees", "ck_restricted_zones_definition_json",
            "ck_restricted_zones_altitude_band");

    /** Every column the seed marks "Indexed": an index must start with it. */
    private static final List<String> INDEXED = List.of(
            "users.id", "users.email", "users.phone_number", "users.iin", "users.deleted_at",
            "organizations.id", "organizations.name", "organizations.bin", "organizations.deleted_at",
            "drones.id", "drones.serial_number", "drones.deleted_at",
            "flight_plans.id", "flight_plans.status", "flight_plans.deleted_at",
            "waypoints.id", "waypoints.flight_plan_id",
            "telemetry_logs.id", "telemetry_logs.flight_plan_id", "telemetry_logs.drone_id",
            "telemetry_logs.timestamp",
            "restricted_zones.id", "restricted_zones.name", "restricted_zones.deleted_at");

    /** The indexes the migrations create by name: name -> table(columns). */
    private static final Map<String, String> NAMED_INDEXES = Map.ofEntries(
            Map.entry("ix_users_organization_id", "users(organization_id)"),
            Map.entry("ix_users_deleted_at", "users(deleted_at)"),
            Map.entry("ix_organizations_deleted_at", "organizations(deleted_at)"),
            Map.entry("ix_drones_organization_id", "drones(organization_id)"),
            Map.entry("ix_drones_solo_owner_user_id", "drones(solo_owner_user_id)"),
            Map.entry("ix_drones_deleted_at", "drones(deleted_at)"),
            Map.entry("ix_user_drone_assignments_drone_id", "user_drone_assignments(drone_id)"),
            Map.entry("ix_flight_plans_status", "flight_plans(status)"),
            Map.entry("ix_flight_plans_deleted_at", "flight_plans(deleted_at)"),
            Map.entry("ix_flight_plans_user_id", "flight_plans(user_id)"),
            Map.entry("ix_flight_plans_drone_id", "flight_plans(drone_id)"),
            Map.entry("ix_flight_plans_organization_id", "flight_plans(organization_id)"),
            Map.entry("ix_telemetry_logs_drone_id_timestamp", "telemetry_logs(drone_id, timestamp)"),
            Map.entry("ix_telemetry_logs_timestamp", "telemetry_logs(timestamp)"),
            Map.entry("ix_telemetry_logs_flight_plan_id", "telemetry_logs(flight_plan_id)"),
            Map.entry("ix_restricted_zones_name", "restricted_zones(name)"),
            Map.entry("ix_restricted_zones_deleted_at", "restricted_zones(deleted_at)"));

    // ---- the tests ----

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSchemaHoldsTheEightSeedTablesAndFlywaysHistory(TestDatabase database) throws SQLException {
        List<String> expected = new ArrayList<>(TABLES.keySet());
        expected.add("flyway_schema_history");

        assertThat(catalog(database).tables()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyColumnHasItsSeedTypeLengthNullabilityAndDefault(TestDatabase database) throws SQLException {
        Map<String, Catalog.Column> actual = catalog(database).columns();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        TABLES.forEach((table, columns) -> columns.forEach((name, column) -> {
            String key = table + "." + name;
            expected.put(key, describe(column.type(), column.length(), column.nullable(), column.defaultValue()));
            Catalog.Column live = actual.get(key);
            found.put(key, live == null ? "missing" : describe(typeFamily(live.dataType()),
                    live.dataType().equals("character varying") ? live.maxLength() : null, live.nullable(),
                    normalizedDefault(live.defaultValue())));
        }));

        assertThat(found).containsExactlyEntriesOf(expected);
        assertThat(actual.keySet().stream().filter(key -> !key.startsWith("flyway_schema_history.")))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void primaryKeysAndUniqueConstraintsAreNamedAndCoverTheSeedColumns(TestDatabase database) throws SQLException {
        Map<String, String> actual = catalog(database).keyConstraints().values().stream()
                .filter(key -> !key.type().equals("FOREIGN KEY") && !key.table().equals("flyway_schema_history"))
                .collect(Collectors.toMap(Catalog.KeyConstraint::name,
                        key -> key.table() + "(" + String.join(", ", key.columns()) + ")"));

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(KEYS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void foreignKeysReferToTheirTablesWithTheSeedDeleteRules(TestDatabase database) throws SQLException {
        Map<String, String> actual = catalog(database).foreignKeys().values().stream()
                .collect(Collectors.toMap(Catalog.ForeignKey::name, key -> key.table() + "("
                        + String.join(", ", key.columns()) + ") -> " + key.referencedTable() + "("
                        + String.join(", ", key.referencedColumns()) + ") " + key.deleteRule()));

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(FOREIGN_KEYS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void enumerationColumnsAreCheckedAgainstExactlyTheSchemasConstants(TestDatabase database) throws SQLException {
        Map<String, String> checks = catalog(database).checks();

        ENUMERATIONS.forEach((name, constants) -> assertThat(literals(checks.get(name)))
                .as(name).containsExactlyInAnyOrderElementsOf(constants));
        assertThat(checks).containsKeys(OTHER_CHECKS.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyColumnTheSeedMarksIndexedLeadsAnIndex(TestDatabase database) throws SQLException {
        Catalog catalog = catalog(database);
        Set<String> leading = new TreeSet<>();
        for (String table : TABLES.keySet()) {
            catalog.indexes(table).values().forEach(index -> leading.add(table + "." + index.columns().get(0)));
        }

        assertThat(leading).containsAll(INDEXED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void namedIndexesCoverTheirColumnsInOrder(TestDatabase database) throws SQLException {
        Catalog catalog = catalog(database);
        Map<String, String> actual = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            catalog.indexes(table).values().stream()
                    .filter(index -> index.name().startsWith("ix_"))
                    .forEach(index -> actual.put(index.name(),
                            table + "(" + String.join(", ", index.columns()) + ")"));
        }

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(NAMED_INDEXES);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyTableWithAnIdHasItsOwnSequenceOfTheIdsType(TestDatabase database) throws SQLException {
        assertThat(catalog(database).sequences()).containsExactlyInAnyOrder(
                "drones_id_seq integer", "flight_plans_id_seq integer", "organizations_id_seq integer",
                "restricted_zones_id_seq integer", "telemetry_logs_id_seq bigint", "users_id_seq integer",
                "waypoints_id_seq integer");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratingAnUpToDateSchemaAppliesNothing(TestDatabase database) {
        assertThat(JpaStorage.migrate(database.dataSource())).isZero();
    }

    @org.junit.jupiter.api.Test
    void theSeedsEnumerationsAreTheDomainsEnums() {
        assertThat(ENUMERATIONS).containsEntry("ck_users_role", names(UserRole.values()))
                .containsEntry("ck_drones_owner_type", names(DroneOwnerType.values()))
                .containsEntry("ck_drones_current_status", names(DroneStatus.values()))
                .containsEntry("ck_flight_plans_status", names(FlightPlanStatus.values()))
                .containsEntry("ck_restricted_zones_geometry_type", names(NfzGeometryType.values()));
    }

    // ---- how the catalog's words are compared ----

    private static Catalog catalog(TestDatabase database) {
        return new Catalog(database.dataSource());
    }

    private static String describe(String type, Integer length, boolean nullable, String defaultValue) {
        return type + (length == null ? "" : "(" + length + ")") + (nullable ? " NULL" : " NOT NULL")
                + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
    }

    // PostgreSQL's JSONB is the JSON of the seed; H2 names its type JSON.
    private static String typeFamily(String dataType) {
        return switch (dataType) {
            case "jsonb" -> JSON;
            case "character varying" -> "varchar";
            default -> dataType;
        };
    }

    // PostgreSQL adds casts ('IDLE'::character varying, 'users_id_seq'::regclass); H2 upper-cases.
    private static String normalizedDefault(String defaultValue) {
        if (defaultValue == null) {
            return null;
        }
        return defaultValue.toLowerCase(Locale.ROOT).replaceAll("::[a-z ]+", "").replace(" ", "");
    }

    private static Set<String> literals(String checkClause) {
        assertThat(checkClause).isNotNull();
        Set<String> literals = new TreeSet<>();
        Matcher matcher = Pattern.compile("'([^']*)'").matcher(checkClause);
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        return literals;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    // ---- building the expected schema ----

    @SafeVarargs
    private static void table(String name, Map.Entry<String, Expected>... columns) {
        Map<String, Expected> table = new LinkedHashMap<>();
        for (Map.Entry<String, Expected> column : columns) {
            table.put(column.getKey(), column.getValue());
        }
        TABLES.put(name, table);
    }

    private static Map.Entry<String, Expected> id(String sequence) {
        return Map.entry("id", new Expected(INTEGER, null, false, "nextval('" + sequence + "')"));
    }

    private static Map.Entry<String, Expected> version() {
        return withDefault("version", BIGINT, "0");
    }

    private static Map.Entry<String, Expected> column(String name, Object type) {
        return Map.entry(name, expected(type, false, null));
    }

    private static Map.Entry<String, Expected> nullable(String name, Object type) {
        return Map.entry(name, expected(type, true, null));
    }

    private static Map.Entry<String, Expected> withDefault(String name, Object type, String defaultValue) {
        return Map.entry(name, expected(type, false, defaultValue));
    }

    private static Expected expected(Object type, boolean nullable, String defaultValue) {
        if (type instanceof Varchar varchar) {
            return new Expected("varchar", varchar.length(), nullable, defaultValue);
        }
        return new Expected((String) type, null, nullable, defaultValue);
    }

    private record Varchar(int length) {
    }

    private static Varchar varchar(int length) {
        return new Varchar(length);
    }
}
