package taizhang.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.LocalDate;
import taizhang.domain.Language;
import taizhang.storage.Database;

/** Opens the screens on this process's terminal and runs them until the clerk quits. */
public final class Ui {
    private Ui() {
    }

    public static void run(Database db, Language language, LocalDate today, String user) throws IOException {
        ClerkTerminal terminal = ClerkTerminal.open();
        run(terminal, db, language, today, user);
    }

    public static void run(Terminal terminal, Database db, Language language, LocalDate today, String user)
            throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            App app = new App(screen, new Office(db, today, user), Messages.of(language));
            app.run(terminal);
        } finally {
            screen.stopScreen();
            terminal.close();
        }
    }
}
