package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.io.Width;

class TextInputTest {

    @Test
    void editsByCodePointNeverSplittingJi() {
        TextInput in = TextInput.EMPTY.insert('张').insert("𠮷".codePointAt(0)).insert('明');
        assertEquals("张𠮷明", in.text());
        assertEquals(3, in.caret());
        in = in.left().backspace();
        assertEquals("张明", in.text());
        assertEquals(1, in.caret());
        assertEquals(2, in.caretColumns());
        in = TextInput.of("𠮷a").home().delete();
        assertEquals("a", in.text());
    }

    @Test
    void loneSurrogatesAndControlCharactersAreRefused() {
        assertEquals("", TextInput.EMPTY.insert(0xD842).insert(0x1B).text());
    }

    @Test
    void widthsAreTerminalColumns() {
        assertEquals(6, Width.of("张𠮷a1"));
        assertEquals("张", Width.fit("张𠮷", 3));
        assertEquals("张…", Width.pad("张𠮷", 3), "a cut value shows it was cut");
        assertEquals("张 ", Width.pad("张  ", 3), "spaces cut off are no cut");
    }

    @Test
    void pickListsNarrowByCodeNameOrPinyinInitials() {
        Options villages = new Options(List.of(Options.Option.of("990101101201", "东村", ""),
                Options.Option.of("990101101202", "西村", ""), Options.Option.of("990101102201", "长乐村", "")));
        assertEquals(List.of("990101101201"), villages.matching("dc").stream().map(Options.Option::code).toList());
        assertEquals(2, villages.matching("9901011012").size());
        assertEquals(List.of("990101102201"), villages.matching("乐").stream().map(Options.Option::code).toList());
        // 长 reads chang or zhang, 乐 le or yue: every reading finds it.
        assertEquals(1, villages.matching("zy").size());
        assertEquals(1, villages.matching("cl").size());
        assertEquals("990101101202", villages.exact("西村").code());
    }
}
