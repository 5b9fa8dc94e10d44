package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Language;
import taizhang.storage.Database;

/**
 * Screens whose terminal has gone without a hang-up signal (started by {@code su -c}, which gives
 * them no controlling terminal) end, rather than run on unseen holding the database open.
 */
class HangUpTest {
    @TempDir
    Path dir;

    /** A closed pseudo-terminal: Java's FileInputStream fails to say how much it holds. */
    private static final InputStream HUNG_UP = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("Input/output error");
        }

        @Override
        public int available() throws IOException {
            throw new IOException("Illegal seek");
        }
    };

    @Test
    void aTerminalHasHungUpWhenAskingWhatItHoldsFails() {
        assertTrue(ClerkTerminal.hungUp(HUNG_UP));
        assertFalse(ClerkTerminal.hungUp(new ByteArrayInputStream(new byte[0])), "no key yet is not a hang-up");
    }

    @Test
    void idleScreensEndWhenTheirTerminalHangsUp() throws Exception {
        Database db = Fixture.create(dir, 0);
        try {
            Driver clerk = new Driver(db, Language.EN, 80, 24);
            AtomicBoolean gone = new AtomicBoolean();
            Thread screens = new Thread(() -> {
                try {
                    clerk.app.run(new Closing(gone));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "screens");
            screens.start();

            screens.join(App.HANG_UP_MILLIS * 2);
            assertTrue(screens.isAlive(), "a terminal still there keeps the screens");
            gone.set(true);
            screens.join(10_000);
            assertFalse(screens.isAlive(), "the screens ended once the terminal hung up");
        } finally {
            db.close();
        }
    }

    /** A terminal that says it has hung up once {@code gone} is set (keys still come through the driver's). */
    private static final class Closing extends DefaultVirtualTerminal implements HangUp {
        private final AtomicBoolean gone;

        Closing(AtomicBoolean gone) {
            this.gone = gone;
        }

        @Override
        public boolean hungUp() {
            return gone.get();
        }
    }
}
