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
import taizhang.domain.Problem;
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
            "V5__application_id.sql",
            "V6__one_person_id_index.sql",
            "V7__name_sort.sql",
            "V8__kept_figures.sql",
            "V9__cheaper_person_rows.sql");

    /** SQLite's application id of a taizhang file ("TZDB"), set by V5. */
    static final int APPLICATION_ID = 0x545A4442;

    /** The version whose script adds the names' sort keys, which are then worked out for the stored records. */
    static final int NAME_SORT = 7;

    static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Refuses a file that is not taizhang's (another program's SQLite database, or no SQLite file
     * at all) or that a newer taizhang wrote, before anything is written to it. A file of ours
     * says so by its application id; one made before V5 by its registers; an empty one is new.
     */
    static void identify(Database db) {
        int id = pragma(db, "application_id");
        int current = version(db);
        if (id != APPLICATION_ID) {
            if (id != 0) {
                throw StorageException.of(StorageException.Kind.NOT_TAIZHANG, db.file(),
                        Problem.of(Problem.Code.NOT_TAIZHANG_PROGRAM, db.file(), Integer.toHexString(id)), null);
            }
            boolean empty = current == 0 && tables(db) == 0;
            if (!empty && !hasRegisters(db)) {
                throw StorageException.of(StorageException.Kind.NOT_TAIZHANG, db.file(),
                        Problem.of(Problem.Code.NOT_TAIZHANG_TABLES, db.file()), null);
            }
        }
        if (current > latest()) {
            throw StorageException.of(StorageException.Kind.NEWER, db.file(),
                    Problem.of(Problem.Code.NEWER_SCHEMA, db.file(), current, latest()), null);
        }
    }

    static void apply(Database db) {
        int current = version(db);
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
        return pragma(db, "user_version");
    }

    private static int pragma(Database db, String name) {
        return count(db, "PRAGMA " + name);
    }

    private static int tables(Database db) {
        return count(db, "SELECT count(*) FROM sqlite_master");
    }

    private static boolean hasRegisters(Database db) {
        return count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('person', 'birth',"
                + " 'setting')") == 3;
    }

    private static int count(Database db, String sql) {
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StorageException(Problem.Code.UNEXPECTED, "migration " + script + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException(e, Problem.Code.UNEXPECTED, "cannot read migration " + script);
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
