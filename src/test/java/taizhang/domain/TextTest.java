package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text's rules, with the characters of each Unicode general category that matter (SPEC 4). */
class TextTest {

    private static Problem.Code refusal(String raw, boolean lineBreaksAllowed) {
        return assertThrows(Invalid.class, () -> Text.clean(raw, lineBreaksAllowed), raw).code();
    }

    @Test
    void eachKindOfHiddenCharacterIsRefusedWithItsOwnCodeNamingIt() {
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u007fb", true), "DEL, just past ASCII's printable");
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u001fb", true), "US, just before space");
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u0085b", true), "NEL, a C1 control");
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u2028b", true), "line separator");
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u2029b", true), "paragraph separator");
        assertEquals(Problem.Code.BROKEN_CHARACTER, refusal("a\udc00b", false), "a low surrogate alone");
        assertEquals(Problem.Code.INVISIBLE_CHARACTER, refusal("a\u200bb", false), "zero-width space");
        assertEquals(Problem.Code.INVISIBLE_CHARACTER, refusal("a\u202eb", false), "right-to-left override");
        var e = assertThrows(Invalid.class, () -> Text.clean("张\u001b三"));
        assertEquals(List.of("U+001B"), e.args(), "the character named as Unicode names it");
        assertEquals(List.of("U+202E"), assertThrows(Invalid.class, () -> Text.clean("\u202e")).args());
    }

    @Test
    void aNoteMayHoldLineBreaksAndTabsButANameMayNot() throws Exception {
        assertEquals("一行\n二行\r\n\t三", Text.clean(" 一行\n二行\r\n\t三 ", true));
        for (String brk : List.of("\n", "\r", "\t")) {
            assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a" + brk + "b", false), brk);
        }
        assertEquals(Problem.Code.CONTROL_CHARACTER, refusal("a\u000bb", true), "a vertical tab is no line break");
    }

    @Test
    void plainTextIsTrimmedAndKept() throws Exception {
        assertEquals("张三 Li ~", Text.clean("  张三 Li ~ "));
        assertEquals("一龥鿿", Text.clean("一龥鿿"));
        assertEquals("Å", Text.clean("A\u030a"), "NFC");
        assertEquals("Å", Text.clean("\u212b"), "the angstrom sign's NFC form is Å");
    }

    @Test
    void whatATerminalWouldActOnIsShownAsAnEscape() {
        assertEquals("a\\x7fb", Text.visible("a\u007fb"));
        assertEquals("\\x00\\x1f ~", Text.visible("\u0000\u001f ~"));
        assertEquals("\\x85\\xad", Text.visible("\u0085\u00ad"), "C1 control; soft hyphen, invisible formatting");
        assertEquals("a\\u2028b\\u2029", Text.visible("a\u2028b\u2029"));
        assertEquals("\\u202e名\\ufeff", Text.visible("\u202e名\ufeff"));
        assertEquals("\\udc00", Text.visible("\udc00"), "a broken surrogate");
        assertEquals("\\ufff0\\uffff", Text.visible("\ufff0\uffff"), "unassigned specials");
        assertEquals("é\u0378𠮷 \\", Text.visible("é\u0378𠮷 \\"),
                "letters, an unassigned character elsewhere, a pair, a backslash as they are");
        assertEquals("", Text.visible(null));
        assertNull(Text.escape('A'));
        assertNull(Text.escape(' '));
        assertNull(Text.escape(0x100));
        assertEquals("\\x7f", Text.escape(0x7F));
        assertEquals("\\u061c", Text.escape(0x061C), "Arabic letter mark, a format character past U+00FF");
    }

    @Test
    void aMessageQuotesAValueVisibleAndCutPastEightyCharacters() {
        String eighty = "一".repeat(80);
        assertEquals(eighty, Text.quoted(eighty));
        assertEquals(eighty + "…", Text.quoted(eighty + "二"));
        assertEquals("𠮷".repeat(80) + "…", Text.quoted("𠮷".repeat(81)), "counted by code point");
        assertEquals("a\\x1bb", Text.quoted("a\u001bb"));
        assertEquals("", Text.quoted(null));
    }

    @Test
    void truncateCountsCodePoints() {
        assertEquals("𠮷野", Text.truncate("𠮷野", 2));
        assertEquals("𠮷野", Text.truncate("𠮷野", 3));
        assertEquals("", Text.truncate("𠮷野", 0));
    }
}
