package taizhang.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The real terminal (local or over SSH), always UTF-8, mending three traps of Lanterna 3.1:
 * <ul>
 * <li>it writes a string one UTF-16 unit at a time, so 𠮷 came out as {@code ??}: here a string
 * is written as whole code points in UTF-8;</li>
 * <li>a lone CR (Enter on a line without CR-to-LF translation) was held back waiting for a NUL and
 * then swallowed with the next key: here CR alone is Enter;</li>
 * <li>Ctrl-S would freeze the output (XON/XOFF flow control) and Ctrl-C kill the program:
 * flow control is turned off and Ctrl-C comes in as a key.</li>
 * </ul>
 * The terminal is set up with one {@code stty} call instead of four, or with none when the
 * launcher has already set it up (and will restore it): system property {@code taizhang.ttyReady}.
 * Its size, when the launcher knows it ({@code taizhang.terminalSize=80x24}), is taken rather than
 * asked of the terminal (a round trip) until the window changes size.
 */
public final class ClerkTerminal extends UnixLikeTTYTerminal implements HangUp {
    /** The size the launcher gave, until the window changes; null: ask the terminal. */
    private volatile TerminalSize known;
    private final InputStream in;

    public ClerkTerminal(File tty, InputStream in, OutputStream out) throws IOException {
        this(tty, in, out, null);
    }

    ClerkTerminal(File tty, InputStream in, OutputStream out, TerminalSize known) throws IOException {
        super(tty, in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        this.known = known;
        this.in = in;
        treatLoneCarriageReturnAsEnter(getInputDecoder());
    }

    /** The terminal of this process (its controlling tty). */
    public static ClerkTerminal open() throws IOException {
        return new ClerkTerminal(new File("/dev/tty"), System.in, System.out,
                size(System.getProperty("taizhang.terminalSize")));
    }

    @Override
    public boolean hungUp() {
        return hungUp(in);
    }

    /**
     * Whether {@code in}, a terminal, has hung up: asking how much it holds fails (Java's reader
     * swallows that failure and reports "no key yet" for ever).
     */
    static boolean hungUp(InputStream in) {
        try {
            in.available();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** "80x24" as a size; null for anything else. */
    static TerminalSize size(String columnsByRows) {
        if (columnsByRows == null || !columnsByRows.matches("[1-9][0-9]{0,3}x[1-9][0-9]{0,3}")) {
            return null;
        }
        String[] parts = columnsByRows.split("x");
        return new TerminalSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize size = known;
        return size != null ? size : super.findTerminalSize();
    }

    /**
     * The window-change signal, handled through sun.misc.Signal directly (Lanterna's reflective
     * proxy costs a generated class at every start); it also forgets the size the launcher gave.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> {
                known = null;
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No such signal here: the size is read when the screens are drawn anyway.
        }
    }

    static void treatLoneCarriageReturnAsEnter(InputDecoder decoder) {
        for (CharacterPattern p : decoder.getPatterns()) {
            if (p instanceof BasicCharacterPattern b && Arrays.equals(b.getPattern(), new char[] {'\r', '\u0000'})) {
                decoder.removePattern(p);
            }
        }
        CharacterPattern enter = new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r');
        decoder.addProfile(() -> java.util.List.of(enter));
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(printable(string));
    }

    /** A string as UTF-8 bytes of whole code points, control characters and lone surrogates left out. */
    static byte[] printable(String string) {
        StringBuilder printable = new StringBuilder(string.length());
        for (int i = 0; i < string.length(); ) {
            int cp = string.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)
                    && Character.getType(cp) != Character.SURROGATE) {
                printable.appendCodePoint(cp);
            }
        }
        return printable.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }

    /** The launcher set the terminal up and restores it: starting stty from bash costs a tenth of doing it here. */
    private static boolean ttyReady() {
        return Boolean.getBoolean("taizhang.ttyReady");
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        if (!ttyReady()) {
            super.saveTerminalSettings();
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (!ttyReady()) {
            super.restoreTerminalSettings();
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (ttyReady()) {
            return;
        }
        if (enabled) {
            super.canonicalMode(true);
        } else {
            // Everything the screens need, in one process: no line editing, no echo, no flow control, Enter
            // as the CR it is (so the lone-CR path is the one always taken), and ^C, ^\ and ^Z plain keys.
            runSTTYCommand("-icanon", "min", "1", "-echo", "-ixon", "-icrnl", "intr", "undef", "quit", "undef",
                    "susp", "undef");
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled && !ttyReady()) {
            super.keyEchoEnabled(true);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled && !ttyReady()) {
            super.keyStrokeSignalsEnabled(true);
        }
    }
}
