package taizhang.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import taizhang.domain.Language;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/**
 * Home's figures for every session of a server: what one clerk's login has read, the next
 * login that sees the same (same role and scope, same day) is shown too, for as long as nobody
 * has changed a record since (SQLite's data version says something was committed, the audit
 * trail whether it was a change). On a county of a million people the counts
 * take a large part of a second and the tally's headline figures seconds: twenty clerks logging
 * in at eight must not each pay it. Each kind is read once at a time, on the asking session's
 * connections, so the counts of a first frame never wait for the headline figures.
 */
public final class SharedHome implements AutoCloseable {
    private final Memo<HomeView.Figures> figures;
    private final Memo<HomeView.Slow> slow;

    public SharedHome(Path file) {
        this.figures = new Memo<>(Database.open(file));
        this.slow = new Memo<>(Database.open(file));
    }

    HomeView.Figures figures(Office office) {
        return figures.get(office.homeKey(null),
                () -> HomeView.Figures.read(office.summary, office.closing, office.today));
    }

    HomeView.Slow slow(Office office, Language language) {
        String key = office.homeKey(language);
        HomeView.Slow s = slow.get(key, () -> HomeView.Slow.read(office, language));
        if (s.failed()) {
            slow.forget(key); // busy or broken this time: the next session asks again
        }
        return s;
    }


    @Override
    public void close() {
        figures.close();
        slow.close();
    }

    /**
     * Values kept while the data version of a connection of its own (one that never writes and
     * signs no one in: it only watches for other connections' commits) stays the same.
     */
    private static final class Memo<V> {
        private final Database watch;
        private final Audit audit;
        private final Map<String, V> values = new HashMap<>();
        private long version = Long.MIN_VALUE;
        private long change = Long.MIN_VALUE;

        Memo(Database watch) {
            this.watch = watch;
            this.audit = new Audit(watch);
        }

        synchronized V get(String key, Supplier<V> read) {
            long now = watch.dataVersion();
            if (now != version) {
                // Something was committed; a login or a session's end writes the audit trail too,
                // and must not make the next login count a million records again.
                version = now;
                long last = audit.lastChange();
                if (last != change) {
                    values.clear();
                    change = last;
                }
            }
            return values.computeIfAbsent(key, k -> read.get());
        }

        synchronized void forget(String key) {
            values.remove(key);
        }

        synchronized void close() {
            watch.close();
        }
    }
}
