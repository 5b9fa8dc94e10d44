package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal at the other end of an SSH channel: Enter however it comes, size from outside. */
class RemoteTerminalTest {

    private static List<String> keys(RemoteTerminal t, int n) throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KeyStroke k = t.readInput();
            keys.add(k.getKeyType() == KeyType.Character ? String.valueOf(k.getCharacter()) : k.getKeyType().name());
        }
        return keys;
    }

    @Test
    void enterIsOneKeyAsCrAsCrLfAndAsCrNul() throws IOException {
        PipedOutputStream client = new PipedOutputStream();
        RemoteTerminal t = new RemoteTerminal(new PipedInputStream(client, 1024), new ByteArrayOutputStream(), 80, 24);
        client.write("a\rb\r\nc\r\u0000d\ne".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "Enter", "b", "Enter", "c", "Enter", "d", "Enter", "e"), keys(t, 9));
    }

    @Test
    void aLoneCrIsEnterAtOnceNotHeldForWhatMayFollow() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        RemoteTerminal t = new RemoteTerminal(new PipedInputStream(client, 1024), new ByteArrayOutputStream(), 80, 24);
        client.write('\r');
        client.flush();
        assertEquals(List.of("Enter"), keys(t, 1));
        client.write('x');
        assertEquals(List.of("x"), keys(t, 1));
    }

    @Test
    void theSizeIsToldNeverAskedAndZerosMeanEightyByTwentyFour() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RemoteTerminal t = new RemoteTerminal(new PipedInputStream(1024), out, 0, 0);
        assertEquals(new TerminalSize(80, 24), t.getTerminalSize());
        List<TerminalSize> told = new ArrayList<>();
        t.addResizeListener((term, size) -> told.add(size));
        t.resize(132, 43);
        assertEquals(new TerminalSize(132, 43), t.getTerminalSize());
        assertEquals(List.of(new TerminalSize(132, 43)), told);
        assertEquals(0, out.size(), "no cursor-position query was written");
    }

    @Test
    void textIsWrittenAsUtf8WholeCodePointsAndControlsNeverReachTheTerminal() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RemoteTerminal t = new RemoteTerminal(new PipedInputStream(1024), out, 80, 24);
        t.putString("吉𠮷\u001b[2J");
        assertEquals("吉𠮷[2J", out.toString(StandardCharsets.UTF_8));
    }
}
