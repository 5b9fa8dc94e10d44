package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClerkTerminalTest {

    /** A terminal over byte streams; /dev/null stands in for the tty so stty changes nothing. */
    private static ClerkTerminal terminal(byte[] input, ByteArrayOutputStream out) throws Exception {
        return new ClerkTerminal(new File("/dev/null"), new ByteArrayInputStream(input), out);
    }

    @Test
    void supplementaryCharacterIsWrittenAsItsUtf8Bytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClerkTerminal t = terminal(new byte[0], out);
        out.reset();
        t.putString("张𠮷");
        t.flush();
        assertArrayEquals("张𠮷".getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertArrayEquals(new byte[] {(byte) 0xE5, (byte) 0xBC, (byte) 0xA0, (byte) 0xF0, (byte) 0xA0, (byte) 0xAE,
                (byte) 0xB7}, out.toByteArray());
    }

    /**
     * A screen on a terminal over streams showing {@code text}; the screen asks the terminal its
     * size, and the answer (a cursor position report) is the input.
     */
    private static TerminalScreen screenShowing(String text, ByteArrayOutputStream out) throws Exception {
        java.io.PipedInputStream in = new java.io.PipedInputStream(1024);
        java.io.PipedOutputStream answers = new java.io.PipedOutputStream(in);
        answers.write("\u001b[24;80R\u001b[24;80R\u001b[24;80R".getBytes(StandardCharsets.US_ASCII));
        TerminalScreen screen = new TerminalScreen(new ClerkTerminal(new File("/dev/null"), in, out));
        screen.startScreen();
        Canvas canvas = new Canvas(screen);
        canvas.blank(new TerminalSize(80, 24));
        canvas.text(2, 3, text, Canvas.Style.NORMAL);
        screen.refresh();
        return screen;
    }

    @Test
    void aScreenShowingANameWithJiWritesItsUtf8Bytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = screenShowing("吉𠮷", out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("吉𠮷"), "whole code points in UTF-8: " + written);
        assertTrue(!written.contains("吉?"), "no lone halves written as ?: " + written);
    }

    @Test
    void leavingWipesTheAlternateScreenBeforeTheShellsComesBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = screenShowing("990101********0008 卢倩", out);
        out.reset();
        Ui.giveBack(screen, screen.getTerminal());
        String written = out.toString(StandardCharsets.UTF_8);
        int wiped = written.indexOf("\u001b[2J");
        int home = written.indexOf("\u001b[1;1H", wiped);
        int left = written.indexOf("\u001b[?1049l");
        // tmux keeps the top lines of a grown pane's alternate screen in its history unless they are blank.
        assertTrue(wiped >= 0 && home > wiped && left > home, "wipe, cursor home, then leave: " + written);
    }

    @Test
    void controlCharactersInTextNeverReachTheTerminal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClerkTerminal t = terminal(new byte[0], out);
        out.reset();
        t.putString("a\u001b[2Jb\uD842");
        t.flush();
        assertEquals("a[2Jb", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void loneCarriageReturnIsEnterAndTheNextKeyIsKept() throws Exception {
        ClerkTerminal t = terminal("\rab".getBytes(StandardCharsets.UTF_8), new ByteArrayOutputStream());
        assertEquals(KeyType.Enter, t.readInput().getKeyType());
        KeyStroke a = t.readInput();
        assertEquals(Character.valueOf('a'), a.getCharacter());
        assertEquals(Character.valueOf('b'), t.readInput().getCharacter());
    }

    @Test
    void supplementaryCharacterTypedArrivesAsTwoHalvesThatTheScreensJoin() throws Exception {
        ClerkTerminal t = terminal("𠮷".getBytes(StandardCharsets.UTF_8), new ByteArrayOutputStream());
        Input.Joiner joiner = new Input.Joiner();
        assertEquals(null, joiner.next(t.readInput()));
        assertEquals("𠮷".codePointAt(0), joiner.next(t.readInput()).codePoint());
    }

    @Test
    void ctrlSAndCtrlCComeInAsKeys() throws Exception {
        ClerkTerminal t = terminal(new byte[] {0x13, 0x03}, new ByteArrayOutputStream());
        KeyStroke s = t.readInput();
        assertTrue(s.isCtrlDown() && s.getCharacter() == 's');
        KeyStroke c = t.readInput();
        assertTrue(c.isCtrlDown() && c.getCharacter() == 'c', "trapped, not killing the program");
    }
}
