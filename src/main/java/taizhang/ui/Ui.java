package taizhang.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import taizhang.domain.Language;
import taizhang.storage.Database;

/** Opens the screens on this process's terminal and runs them until the clerk quits. */
public final class Ui {
    private Ui() {
    }

    /** This process's terminal, taken over for the screens. */
    public record Started(ClerkTerminal terminal, TerminalScreen screen) {
        /** Gives the terminal back as it was (when something failed before the screens ran). */
        public void giveBack() {
            try {
                Ui.giveBack(screen, terminal);
            } catch (IOException ignored) {
                // The terminal is gone; there is nothing left to restore.
            }
        }
    }

    /** Takes over the terminal: mostly waiting for stty and for the terminal to report its size. */
    public static Started start() throws IOException {
        ClerkTerminal terminal = ClerkTerminal.open();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        return new Started(terminal, screen);
    }

    /**
     * Runs the screens over a database that is being opened meanwhile: setting up the terminal
     * (stty, asking its size) and opening SQLite overlap, which shortens the way to the first screen.
     */
    public static String run(CompletableFuture<Database> opening, Language language, LocalDate today)
            throws IOException {
        return run(start(), opening, null, language, today);
    }

    /**
     * What the first screen shows, read as soon as the database is open (on the thread that
     * opened it): the office over it, home's counts, and home's slow parts, started at once on
     * connections of their own rather than after the screens' first draw over the open database.
     */
    public static final class Home {
        private final Office office;
        private final HomeView.Figures figures;
        private final CompletableFuture<HomeView.Slow> slow;
        /** The figures counted at this start being kept for the next (done at once when they were kept already). */
        private final CompletableFuture<Void> keeping;
        private static final CompletableFuture<Void> KEPT = CompletableFuture.completedFuture(null);
        /** How long quitting waits for the figures to be kept: a commit, and a moment's wait for the lock. */
        private static final long KEEP_WAIT_MS = 1000;

        private Home(Office office, HomeView.Figures figures, CompletableFuture<HomeView.Slow> slow,
                     CompletableFuture<Void> keeping) {
            this.office = office;
            this.figures = figures;
            this.slow = slow;
            this.keeping = keeping;
        }

        /**
         * Null when nobody is signed in yet (the sign-in comes first; home is read after it). With
         * nothing changed since the last start, home as it was counted then ({@link KeptHome});
         * else counted now and kept for the next start.
         */
        public static Home read(Database db, LocalDate today, Language language) {
            if (!db.signedIn()) {
                return null;
            }
            Office office = new Office(db, today);
            KeptHome kept = KeptHome.of(office, language);
            KeptHome.Snapshot last = kept.read(db);
            if (last != null) {
                return new Home(office, last.figures(), CompletableFuture.completedFuture(last.slow()), KEPT);
            }
            CompletableFuture<HomeView.Slow> slow = CompletableFuture.supplyAsync(() -> office.homeSlow(language));
            HomeView.Figures figures = office.homeFigures();
            CompletableFuture<Void> keeping = slow.thenAcceptAsync(s -> kept.countedNow(office, figures, s));
            return new Home(office, figures, slow, keeping);
        }

        HomeView.Figures figures() {
            return figures;
        }

        CompletableFuture<HomeView.Slow> slow() {
            return slow;
        }

        /** Waits a moment for the figures counted at this start to be kept (the screens have ended). */
        void kept() {
            try {
                keeping.get(KEEP_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Not kept: counted again at the next start.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The start's first frame, before the database is opened: home with its keys, its figures to
     * come (file: the database's, for the title line). Until it is drawn, both cores go to the
     * terminal and the frame; opening SQLite beside them made the frame some 50 ms later.
     */
    public static void firstFrame(Started started, Language language, LocalDate today, java.nio.file.Path file)
            throws IOException {
        Messages text = Messages.of(language);
        App.firstFrame(started.screen(), text, today, file.getFileName().toString());
    }

    /**
     * The same, with the home screen's figures being read meanwhile (null: read them when needed),
     * over a first frame already drawn ({@link #firstFrame}). Returns why the screens ended
     * without the clerk quitting (failed sign-ins), or null.
     */
    public static String run(Started started, CompletableFuture<Database> opening, CompletableFuture<Home> home,
                             Language language, LocalDate today) throws IOException {
        ClerkTerminal terminal = started.terminal();
        TerminalScreen screen = started.screen();
        try {
            Messages text = Messages.of(language);
            Database db = join(opening);
            Home read = home == null ? null : join(home);
            App app = read != null ? new App(screen, read.office, text, read.figures, read.slow)
                    : App.open(screen, db, today, text, null);
            if (home != null) {
                app.afterStartFrame();
            }
            app.run(terminal);
            return app.failure();
        } finally {
            giveBack(screen, terminal);
            if (home != null && home.isDone() && !home.isCompletedExceptionally() && home.join() != null) {
                home.join().kept();
            }
        }
    }

    /**
     * Leaves the screens: the alternate screen is wiped, the cursor at its top, before the shell's
     * screen comes back. Else tmux, leaving the alternate screen of a pane that grew meanwhile,
     * shrinks it to the old size by pushing its top lines into the pane's history: table rows
     * above the shell prompt after quitting (locally, and over ssh into tmux).
     */
    static void giveBack(TerminalScreen screen, com.googlecode.lanterna.terminal.Terminal terminal)
            throws IOException {
        wipe(terminal);
        screen.stopScreen();
        terminal.close();
    }

    private static void wipe(com.googlecode.lanterna.terminal.Terminal terminal) throws IOException {
        terminal.clearScreen();
        terminal.setCursorPosition(0, 0);
        terminal.flush();
    }

    /**
     * The screens of one remote session (one clerk over SSH): its own terminal, app and office over
     * its own database connection, signed in as the clerk's account (home's figures shared with the other sessions while nothing changes),
     * until the clerk quits (true) or the session's input ends (false).
     */
    public static boolean runRemote(RemoteTerminal terminal, Database db, SharedHome home, Language language,
                                    LocalDate today) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            App app = new App(screen, new Office(db, today, home), Messages.of(language));
            app.run(terminal, true);
            return app.done();
        } finally {
            try {
                wipe(terminal); // as giveBack does, for a client in tmux
            } catch (IOException gone) {
                // The connection has ended: there is no screen left to wipe.
            }
            // Not drained: the key reader may still be waiting on the connection.
            screen.stopScreen(false);
        }
    }

    private static <T> T join(CompletableFuture<T> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
