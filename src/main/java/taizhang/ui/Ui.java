package taizhang.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
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

    /** This process's terminal, taken over for the screens (see {@link #run(Started, CompletableFuture, Language, LocalDate, String)}). */
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
    public static void run(CompletableFuture<Database> opening, Language language, LocalDate today, String user)
            throws IOException {
        run(start(), opening, language, today, user);
    }

    /** What the first screen shows, read as soon as the database is open (on the thread that opened it). */
    public static final class Home {
        private final HomeView.Figures figures;

        private Home(HomeView.Figures figures) {
            this.figures = figures;
        }

        public static Home read(Database db, LocalDate today) {
            return new Home(HomeView.Figures.read(new taizhang.storage.Summary(db),
                    new taizhang.tally.Closing(new taizhang.tally.Tally(db)), today));
        }
    }

    public static void run(Started started, CompletableFuture<Database> opening, Language language, LocalDate today,
                           String user) throws IOException {
        run(started, opening, null, language, today, user, null);
    }

    /**
     * The same, with the home screen's figures being read meanwhile (null: read them when needed):
     * while they are, home is drawn without them, so that its keys are on the screen at once.
     */
    public static void run(Started started, CompletableFuture<Database> opening, CompletableFuture<Home> home,
                           Language language, LocalDate today, String user, java.nio.file.Path file)
            throws IOException {
        ClerkTerminal terminal = started.terminal();
        TerminalScreen screen = started.screen();
        try {
            Messages text = Messages.of(language);
            if (home != null && !home.isDone()) {
                App.firstFrame(screen, text, today, file.getFileName().toString());
            }
            Database db = join(opening);
            HomeView.Figures figures = home == null ? null : join(home).figures;
            App app = new App(screen, new Office(db, today, user), text, figures);
            app.run(terminal);
        } finally {
            giveBack(screen, terminal);
        }
    }

    /**
     * Leaves the screens: the alternate screen is wiped, the cursor at its top, before the shell's
     * screen comes back. Else tmux, leaving the alternate screen of a pane that grew meanwhile,
     * shrinks it to the old size by pushing its top lines into the pane's history: table rows
     * above the shell prompt after quitting (locally, and over ssh into tmux).
     */
    static void giveBack(TerminalScreen screen, Terminal terminal) throws IOException {
        terminal.clearScreen();
        terminal.setCursorPosition(0, 0);
        terminal.flush();
        screen.stopScreen();
        terminal.close();
    }

    public static void run(Terminal terminal, Database db, Language language, LocalDate today, String user)
            throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            App app = new App(screen, new Office(db, today, user), Messages.of(language));
            app.run(terminal);
        } finally {
            giveBack(screen, terminal);
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
