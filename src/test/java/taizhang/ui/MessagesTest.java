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
        // Singular forms ("1 problem") are English's own; every other key is in both.
        assertEquals(zh.keys(), en.keys().stream().filter(k -> !k.endsWith(".one"))
                .collect(java.util.stream.Collectors.toSet()));
        for (String k : en.keys()) {
            assertTrue(!k.endsWith(".one") || en.has(k.substring(0, k.length() - 4)), k);
        }
        for (Command c : Command.values()) {
            assertTrue(zh.has(c.nameKey()) && zh.has(c.helpKey()), c.name());
        }
        for (Register r : Register.values()) {
            assertTrue(zh.has("register." + r.fileName()), r.fileName());
        }
    }

    @Test
    void oneTakesTheSingular() {
        Messages en = Messages.of(Language.EN);
        assertEquals("1 problem. x", en.count("form.errors", 1, "x"));
        assertEquals("2 problems. x", en.count("form.errors", 2, "x"));
        assertEquals("0 problems. x", en.count("form.errors", 0, "x"));
        assertEquals("1 处错误。x", Messages.of(Language.ZH).count("form.errors", 1, "x"));
        assertTrue(en.count("serve.idle", 1).contains("for 1 minute."), en.count("serve.idle", 1));
        assertTrue(en.count("serve.idle", 15).contains("for 15 minutes."));
        assertTrue(en.count("serve.full", 1).contains("(1 session at once)"));
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
