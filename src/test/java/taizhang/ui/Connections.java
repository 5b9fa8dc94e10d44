package taizhang.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

/**
 * A test office ({@link Fixture}) with its admin's connection, and further connections to its file
 * as a clerk of the screens opens one: all closed at the end.
 */
final class Connections implements AutoCloseable {
    private final Path file;
    private final Database admin;
    private final List<Database> open = new ArrayList<>();

    private Connections(Path dir) throws java.sql.SQLException {
        this.admin = Fixture.create(dir, 0);
        this.file = dir.resolve("office.db");
    }

    /** The office, created in {@code dir}. */
    static Connections office(Path dir) throws java.sql.SQLException {
        return new Connections(dir);
    }

    /** The connection that created the office, signed in as its admin. */
    Database admin() {
        return admin;
    }

    /** A connection signed in as no one: the screens ask for a login first. */
    Database fresh() {
        Database db = Database.open(file);
        open.add(db);
        return db;
    }

    /** A connection working as {@code login}. */
    Database as(String login) {
        Database db = fresh();
        return db.actAs(new Accounts(db).find(login));
    }

    @Override
    public void close() {
        open.forEach(Database::close);
        admin.close();
    }
}
