package taizhang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import taizhang.domain.Problem;

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
            "V5__one_person_id_index.sql");

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Database db) {
        int current = version(db);
        if (current > latest()) {
            throw new StorageException(Problem.Code.NEWER_SCHEMA, db.file(), current, latest());
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
            }
            h.execute("PRAGMA user_version = " + latest());
            return null;
        });
    }

    /** Read with plain JDBC: opening a database for the screens must not wait for Jdbi. */
    static int version(Database db) {
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    private static String read(String script) {
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
