package taizhang.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A clerk's terminal at the other end of a connection (an SSH channel's streams), UTF-8. It
 * never touches the server's own tty (no stty, Ctrl-C is a key like any other), and its size is
 * told from outside (the client's terminal request and window changes), never asked with a
 * cursor report, which would come back late, in among the keys.
 */
public final class RemoteTerminal extends ANSITerminal {
    /** What a client sends when it asks for a terminal of no stated size (RFC 4254: ignore zeros). */
    public static final TerminalSize FALLBACK = new TerminalSize(80, 24);

    private volatile TerminalSize size;

    public RemoteTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = sizeOf(columns, rows);
        // Enter comes as CR (PuTTY, OpenSSH in raw mode), CR LF (some Windows clients) or CR NUL
        // (telnet habits): each is one Enter. A lone CR is taken at once, not held for what may follow.
        CharacterPattern cr = new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r');
        CharacterPattern crlf = new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r', '\n');
        CharacterPattern crnul = new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r', '\u0000');
        getInputDecoder().addProfile(() -> List.of(cr, crlf, crnul));
    }

    private static TerminalSize sizeOf(int columns, int rows) {
        return columns > 0 && rows > 0 ? new TerminalSize(columns, rows) : FALLBACK;
    }

    /** The client's window changed: the screens redraw at the new size (zeros keep the fallback). */
    public void resize(int columns, int rows) {
        size = sizeOf(columns, rows);
        onResized(size);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(ClerkTerminal.printable(string));
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }
}
