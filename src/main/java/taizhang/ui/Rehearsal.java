package taizhang.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import taizhang.domain.Language;
import taizhang.storage.Database;

/**
 * Walks through every screen once on a virtual terminal, so that a class-data-sharing archive
 * recorded during the walk holds the classes the screens load (the launcher's training run).
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    public static void run(Database db, LocalDate today) throws IOException {
        realTerminalClasses();
        for (Language language : Language.values()) {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            App app = new App(screen, new Office(db, today), Messages.of(language));
            app.draw();
            for (char digit : "1234567890".toCharArray()) {
                type(terminal, String.valueOf(digit));
                press(terminal, KeyType.ArrowDown, KeyType.PageDown, KeyType.End, KeyType.Home, KeyType.PageUp,
                        KeyType.ArrowUp);
                type(terminal, "?");
                press(terminal, KeyType.Escape);
                type(terminal, "a张𠮷");
                press(terminal, KeyType.Tab, KeyType.Tab, KeyType.ArrowDown, KeyType.Backspace);
                terminal.addInput(new KeyStroke('s', true, false));
                press(terminal, KeyType.Escape);
                type(terminal, "y");
                press(terminal, KeyType.Enter, KeyType.Escape);
                type(terminal, "/zxm");
                press(terminal, KeyType.Enter);
                type(terminal, "f2026");
                press(terminal, KeyType.Enter);
                type(terminal, "s");
                press(terminal, KeyType.Escape);
                app.pump();
            }
            type(terminal, "t]p");                               // the tally screen
            press(terminal, KeyType.ArrowRight, KeyType.ArrowDown, KeyType.Enter, KeyType.Escape);
            type(terminal, "s[cm?");
            press(terminal, KeyType.Escape, KeyType.Escape);
            app.pump();
            terminal.setTerminalSize(new TerminalSize(120, 40));
            app.draw();
            screen.stopScreen();
        }
    }

    private static void type(DefaultVirtualTerminal t, String s) {
        for (char c : s.toCharArray()) {
            t.addInput(new KeyStroke(c, false, false));
        }
    }

    private static void press(DefaultVirtualTerminal t, KeyType... keys) {
        for (KeyType k : keys) {
            t.addInput(new KeyStroke(k));
        }
    }

    /**
     * A terminal on streams for the training run's walk through the real way in (the launcher's
     * path to the first frame): it answers the size question, then after {@code millis} types {@code keys}.
     */
    public static Ui.Started terminal(String keys, long millis) throws IOException {
        PipedInputStream in = new PipedInputStream(1024);
        PipedOutputStream typing = new PipedOutputStream(in);
        typing.write("\u001b[24;80R\u001b[24;80R\u001b[24;80R".getBytes(StandardCharsets.US_ASCII));
        Thread clerk = new Thread(() -> {
            try {
                Thread.sleep(millis);
                typing.write(keys.getBytes(StandardCharsets.UTF_8));
                typing.flush();
            } catch (IOException | InterruptedException e) {
                // The walk ends without these keys; the archive holds less.
            }
        }, "rehearsal-keys");
        clerk.setDaemon(true);
        clerk.start();
        ClerkTerminal terminal = new ClerkTerminal(new File("/dev/null"), in, OutputStream.nullOutputStream());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        return new Ui.Started(terminal, screen);
    }

    /** The classes of the real terminal path, on streams (the tty is /dev/null, so stty changes nothing). */
    private static void realTerminalClasses() throws IOException {
        PipedInputStream in = new PipedInputStream(1024);
        PipedOutputStream answers = new PipedOutputStream(in);
        answers.write("\u001b[24;80R\u001b[24;80R\u001b[24;80R".getBytes(StandardCharsets.US_ASCII));
        ClerkTerminal terminal = new ClerkTerminal(new File("/dev/null"), in, OutputStream.nullOutputStream());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        new Canvas(screen).text(0, 0, "台账 𠮷", Canvas.Style.REVERSE);
        screen.refresh();
        screen.stopScreen();
        terminal.close();
    }
}
