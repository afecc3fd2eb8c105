package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What a live database says about its {@code public} schema, read from its
 * {@code information_schema} (indexes, which the standard leaves out, from JDBC's
 * {@link DatabaseMetaData#getIndexInfo}), with every name lower-case so that H2's upper-case
 * identifiers compare with PostgreSQL's.
 */
final class Catalog {

    /** A column: its type as {@code information_schema.columns.data_type} says, lower-case. */
    record Column(String table, String name, String dataType, Integer maxLength, boolean nullable, String defaultValue) {
    }

    /** A primary key, unique or foreign key constraint with its columns in order. */
    record KeyConstraint(String table, String name, String type, List<String> columns) {
    }

    /** A foreign key: its columns, the table and columns it refers to, and its delete rule. */
    record ForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, String deleteRule) {
    }

    /** An index with its columns in order. */
    record Index(String table, String name, List<String> columns, boolean unique) {
    }

    private static final String PUBLIC = " upper(%s) = 'PUBLIC' ";

    private final DataSource dataSource;

    Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<String> tables() throws SQLException {
        return query("SELECT table_name FROM information_schema.tables WHERE" + PUBLIC.formatted("table_schema")
                + "AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name", row -> lower(row, 1));
    }

    List<String> sequences() throws SQLException {
        return query("SELECT sequence_name, data_type FROM information_schema.sequences WHERE"
                + PUBLIC.formatted("sequence_schema") + "ORDER BY sequence_name",
                row -> lower(row, 1) + " " + lower(row, 2));
    }

    Map<String, Column> columns() throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        for (Column column : query("SELECT table_name, column_name, data_type, character_maximum_length,"
                + " is_nullable, column_default FROM information_schema.columns WHERE"
                + PUBLIC.formatted("table_schema"), row -> new Column(lower(row, 1), lower(row, 2), lower(row, 3),
                        row.getObject(4, Integer.class), "YES".equalsIgnoreCase(row.getString(5)),
                        row.getString(6)))) {
            columns.put(column.table() + "." + column.name(), column);
        }
        return columns;
    }

    /** Primary keys, unique and foreign keys by constraint name. */
    Map<String, KeyConstraint> keyConstraints() throws SQLException {
        record Part(String table, String name, String type, String column, int position) {
        }
        List<Part> parts = query("SELECT tc.table_name, tc.constraint_name, tc.constraint_type, kcu.column_name,"
                + " kcu.ordinal_position FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                + " AND kcu.constraint_schema = tc.constraint_schema AND kcu.table_name = tc.table_name"
                + " WHERE" + PUBLIC.formatted("tc.table_schema")
                + "AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY tc.constraint_name, kcu.ordinal_position",
                row -> new Part(lower(row, 1), lower(row, 2), row.getString(3), lower(row, 4), row.getInt(5)));
        Map<String, KeyConstraint> constraints = new LinkedHashMap<>();
        for (Part part : parts) {
            constraints.computeIfAbsent(part.name(),
                    name -> new KeyConstraint(part.table(), name, part.type(), new ArrayList<>()))
                    .columns().add(part.column());
        }
        return constraints;
    }

    /** Foreign keys by constraint name. */
    Map<String, ForeignKey> foreignKeys() throws SQLException {
        Map<String, KeyConstraint> keys = keyConstraints();
        Map<String, ForeignKey> foreignKeys = new TreeMap<>();
        for (List<String> row : query("SELECT constraint_name, unique_constraint_name, delete_rule"
                + " FROM information_schema.referential_constraints WHERE" + PUBLIC.formatted("constraint_schema"),
                row -> List.of(lower(row, 1), lower(row, 2), row.getString(3)))) {
            KeyConstraint key = keys.get(row.get(0));
            KeyConstraint referenced = keys.get(row.get(1));
            foreignKeys.put(row.get(0), new ForeignKey(row.get(0), key.table(), key.columns(), referenced.table(),
                    referenced.columns(), row.get(2)));
        }
        return foreignKeys;
    }

    /** Check constraints' clauses by constraint name. */
    Map<String, String> checks() throws SQLException {
        Map<String, String> checks = new TreeMap<>();
        for (List<String> row : query("SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                + " WHERE" + PUBLIC.formatted("constraint_schema"), row -> List.of(lower(row, 1), row.getString(2)))) {
            checks.put(row.get(0), row.get(1));
        }
        return checks;
    }

    /** The indexes of a table by index name. */
    Map<String, Index> indexes(String table) throws SQLException {
        Map<String, Index> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String schema = metadata.storesUpperCaseIdentifiers() ? "PUBLIC" : "public";
            String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet row = metadata.getIndexInfo(null, schema, name, false, false)) {
                while (row.next()) {
                    if (row.getString("INDEX_NAME") == null) {
                        continue;
                    }
                    String index = row.getString("INDEX_NAME").toLowerCase(Locale.ROOT);
                    boolean unique = !row.getBoolean("NON_UNIQUE");
                    Index entry = indexes.computeIfAbsent(index, key -> new Index(table, key, new ArrayList<>(), unique));
                    int position = row.getShort("ORDINAL_POSITION");
                    while (entry.columns().size() < position) {
                        entry.columns().add(null);
                    }
                    entry.columns().set(position - 1, row.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(reader.read(row));
            }
            return rows;
        }
    }

    private static String lower(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
