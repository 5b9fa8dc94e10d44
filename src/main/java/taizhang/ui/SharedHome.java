package taizhang.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import taizhang.domain.Language;
import taizhang.storage.Database;
import taizhang.storage.Summary;
import taizhang.tally.Closing;
import taizhang.tally.Tally;

/**
 * Home's figures for every session of a server: what one clerk's login has read, the next one's
 * is shown too, for as long as nobody has saved anything since (SQLite's data version) and it is
 * the same day. On a county of a million people the counts take a large part of a second and
 * the tally's headline figures seconds: twenty clerks logging in at eight must not each pay it.
 * Each kind is read once at a time, on a connection of its own, so the counts of a first frame
 * never wait for the headline figures.
 */
public final class SharedHome implements AutoCloseable {
    private final Memo<LocalDate, HomeView.Figures> figures;
    private final Memo<String, HomeView.Slow> slow;

    public SharedHome(Path file) {
        this.figures = new Memo<>(Database.open(file));
        this.slow = new Memo<>(Database.open(file));
    }

    HomeView.Figures figures(LocalDate today) {
        return figures.get(today, db -> HomeView.Figures.read(new Summary(db), new Closing(new Tally(db)), today));
    }

    HomeView.Slow slow(LocalDate today, Language language) {
        return slow.get(today + " " + language, db -> HomeView.Slow.read(db, today, language));
    }

    @Override
    public void close() {
        figures.close();
        slow.close();
    }

    /** Values read on one connection, kept while its data version stays the same. */
    private static final class Memo<K, V> {
        private final Database db;
        private final Map<K, V> values = new HashMap<>();
        private long version = Long.MIN_VALUE;

        Memo(Database db) {
            this.db = db;
        }

        synchronized V get(K key, Function<Database, V> read) {
            long now = db.dataVersion();
            if (now != version) {
                values.clear();
                version = now;
            }
            return values.computeIfAbsent(key, k -> read.apply(db));
        }

        synchronized void close() {
            db.close();
        }
    }
}
