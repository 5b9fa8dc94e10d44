package taizhang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import taizhang.domain.Field;
import taizhang.domain.Pinyin;
import taizhang.domain.Register;

/**
 * Versioned, forward-only schema migrations. The stored version is SQLite's
 * {@code PRAGMA user_version}; reading it costs one statement, so start-up pays for
 * migrations only when the file is behind. All pending scripts run in one transaction.
 */
final class Migrations {
    private Migrations() {
    }

    /** In order; the version of a database is the number of scripts applied. Append only. */
    static final List<String> SCRIPTS = List.of(
            "V1__registers.sql",
            "V2__tally_indexes.sql",
            "V3__accounts_audit.sql",
            "V4__reconciliation.sql",
            "V5__name_sort.sql");

    /** The version whose script adds the names' sort keys, which are then worked out for the stored records. */
    static final int NAME_SORT = 5;

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Database db) {
        int current = version(db);
        if (current > latest()) {
            throw new StorageException(db.file() + " was written by a newer taizhang (schema version "
                    + current + ", this program knows " + latest() + ")");
        }
        if (current == latest()) {
            return;
        }
        db.write(h -> {
            int now = version(db);
            for (int v = now + 1; v <= latest(); v++) {
                for (String statement : statements(read(SCRIPTS.get(v - 1)))) {
                    h.execute(statement);
                }
                if (v == NAME_SORT) {
                    fillSortKeys(h.getConnection(), db.file());
                }
            }
            h.execute("PRAGMA user_version = " + latest());
            return null;
        });
    }

    /** Every stored name gets its sort key (a database made before names sorted in pinyin order). */
    private static void fillSortKeys(Connection c, Path file) {
        for (Register r : Register.values()) {
            List<Field> names = r.fields().stream().filter(RegisterStore::sortedByPinyin).toList();
            if (names.isEmpty()) {
                continue;
            }
            String select = "SELECT id, " + String.join(", ", names.stream().map(Field::column).toList())
                    + " FROM " + r.table();
            String update = "UPDATE " + r.table() + " SET " + String.join(", ",
                    names.stream().map(f -> RegisterStore.sortColumn(f) + " = ?").toList()) + " WHERE id = ?";
            int rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select);
                 PreparedStatement u = c.prepareStatement(update)) {
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) {
                        String name = rs.getString(2 + i);
                        u.setString(1 + i, name == null ? null : Pinyin.sortKey(name));
                    }
                    u.setLong(names.size() + 1, rs.getLong(1));
                    u.addBatch();
                    if (++rows % 1000 == 0) {
                        u.executeBatch();
                    }
                }
                u.executeBatch();
            } catch (SQLException e) {
                throw StorageException.of(e, file);
            }
        }
    }

    /** Read with plain JDBC: opening a database for the screens must not wait for Jdbi. */
    static int version(Database db) {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StorageException("migration " + script + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read migration " + script, e);
        }
    }

    /** Splits a script at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(cleaned.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
