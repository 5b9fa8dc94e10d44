package taizhang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import taizhang.domain.Account;
import taizhang.domain.Problem;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.StorageException;

/** Sessions' closing entries: one that cannot be written is said at once, as the audit trail would show it. */
class PendingEntriesTest {
    private static final Account LI = new Account("li", "李", Role.CLERK, new Scope(List.of("990101101201")), null, false);

    /** Logins whose audit trail cannot be written (busy past the long wait). */
    private static final Logins UNWRITABLE = new Logins() {
        @Override
        public Verdict password(String login, String password, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Verdict key(String login, PublicKey key, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean keyUsed(String login, PublicKey key, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void keysRefused(String login, String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(Account account, String action, Map<String, Object> detail) {
            throw new StorageException(Problem.Code.DATABASE_BUSY, Path.of("office.db"));
        }
    };

    @Test
    void anEntryThatCannotBeWrittenIsSaidAtOnceAsTheTrailShowsIt() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        List<RuntimeException> why = new CopyOnWriteArrayList<>();
        PendingEntries entries = new PendingEntries(UNWRITABLE, (entry, e) -> {
            said.add(entry);
            why.add(e);
        });
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("reason", "quit");
        detail.put("from", "127.0.0.1:50000");
        detail.put("seconds", 42L);
        entries.add(LI, "session.end", detail);
        taizhang.testing.Eventually.holds("the entry is said", () -> !said.isEmpty());
        // Said while the server runs, not kept for its stop; JSON, not Java's {reason=quit, …}.
        String expected = "li session.end {\"reason\":\"quit\",\"from\":\"127.0.0.1:50000\",\"seconds\":42}";
        assertEquals(List.of(expected), said);
        assertTrue(why.get(0) instanceof StorageException, String.valueOf(why));
        assertEquals(List.of(expected), entries.finish(Duration.ofSeconds(1), n -> { }), "and listed at the stop");
    }
}
