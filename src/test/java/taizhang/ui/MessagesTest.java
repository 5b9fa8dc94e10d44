package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import taizhang.domain.Language;
import taizhang.domain.Register;

class MessagesTest {

    @Test
    void chineseAndEnglishAreComplete() {
        Messages zh = Messages.of(Language.ZH);
        Messages en = Messages.of(Language.EN);
        assertEquals(zh.keys(), en.keys());
        for (Command c : Command.values()) {
            assertTrue(zh.has(c.nameKey()) && zh.has(c.helpKey()), c.name());
        }
        for (Register r : Register.values()) {
            assertTrue(zh.has("register." + r.fileName()), r.fileName());
        }
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertEquals("台账", Messages.of(Language.ZH).get("app.name"));
        assertEquals("已保存记录 #7", Messages.of(Language.ZH).get("form.saved", 7));
    }

    @Test
    void everyFunctionKeyHasATwinThatIsNotAFunctionKeyNorAlt() {
        for (Command c : Command.values()) {
            if (c.keys().stream().anyMatch(Key::functionKey)) {
                assertTrue(c.keys().stream().anyMatch(k -> !k.functionKey() && !k.printable()),
                        c + " has a Ctrl twin that works while typing");
            }
        }
    }
}
