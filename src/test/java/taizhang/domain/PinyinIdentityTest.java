package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import taizhang.io.DemoCounty;

/**
 * The name keys made without builders are, byte for byte, the keys main made before
 * ({@link PinyinBefore}, its code copied): stored keys must not change under a database that
 * holds them, or searches and sorting would disagree between old and new records.
 */
class PinyinIdentityTest {

    private static final int[] LIMITS = {0, 1, 2, 3, 4, 7, 8, 9, 16, 100};

    private static void same(String name, int limit) {
        assertEquals(PinyinBefore.keys(name, limit), Pinyin.keys(name, limit),
                () -> "keys of " + escaped(name) + " at limit " + limit);
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }

    @Test
    void everyCharacterAloneAndBesideAPolyphonicOne() {
        // Every UTF-16 unit (the whole CJK table, ASCII, Greek, lone surrogates, ...), alone and
        // on either side of 乐 (le, yue) and of 单 (dan, chan, shan), so that each goes down both paths.
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            same(s, 8);
            same("乐" + s, 8);
            same(s + "乐", 8);
            same("单" + s + "乐", 3);
        }
        // The planes above: 𠮷 and its neighbours, Deseret capitals (lowered outside the BMP).
        for (int cp : new int[] {0x20BB7, 0x21484, 0x10400, 0x10428, 0x1F600, 0x10FFFF, 0x2A6D6}) {
            String s = new String(Character.toChars(cp));
            same(s, 8);
            same("乐" + s, 8);
            same(s + "乐乐", 3);
        }
    }

    @Test
    void hostileNamesAtEveryLimit() {
        List<String> names = List.of("", " ", "  张 三 ", "Li Ming", "LI MING", "li ming", "McDonald", "ÀÉÎÕÜ",
                "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ ΣΑ", "İstanbul", "İ乐", "ß", "ﬁ", "ǅ", "K", "Å",
                "𠮷", "𠮷乐", "乐𠮷", "吉𠮷", "乐小𠮷", "𡒄乐单", "\uD842", "\uDFB7", "乐\uD842", "\uDFB7乐",
                "\uDFB7\uD842", "\uD842\uD842\uDFB7乐", "乐\uDFB7\uDFB7", "123", "乐2单3", "张晓明2",
                "丆", "丆乐", "乐丆", "乐乐", "乐乐乐", "单单单", "乐乐乐乐乐乐乐乐", "单乐解长朝重行乐单",
                "单单单单单单单单单单", "曾", "曾曾", "朴丽", "丽朴", "区伟", "欧阳乐乐", "Zhang乐Ming", "A乐B单C",
                "\u0001", "乐\u0001", "\t乐\n", "䶮", "䶮乐", "\u4DFF\u4E00\u9FA5\u9FA6", "龥乐", "一乐");
        for (String name : names) {
            for (int limit : LIMITS) {
                same(name, limit);
            }
        }
    }

    /** Random names from characters of every kind, at random limits: the order and the cut of the spellings. */
    @Test
    void randomNamesOfEveryKindOfCharacter() {
        String[] pieces = {"乐", "单", "解", "长", "朝", "重", "行", "张", "丽", "曾", "区", "丆", "A", "z", "Σ", "İ",
            "𠮷", "\uD842", "\uDFB7", "1", " ", "é", "ǅ", "䶮"};
        SplittableRandom rng = new SplittableRandom(8);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = rng.nextInt(11); k > 0; k--) {
                name.append(pieces[rng.nextInt(pieces.length)]);
            }
            same(name.toString(), rng.nextInt(-1, 40));
        }
    }

    /** Every record of a demo county: each name's keys, and what is stored beside the record. */
    @Test
    void everyNameOfTheDemoCounty() throws Exception {
        Map<Register, Integer> records = new EnumMap<>(Register.class);
        int[] names = {0};
        DemoCounty.generate(100_000, 3, LocalDate.of(2026, 11, 24), e -> {
            assertEquals(PinyinBefore.stored(e), SearchKey.stored(e), e::toString);
            assertEquals(PinyinBefore.searchKeys(e).search(), SearchKey.of(e), e::toString);
            List<Field> fields = e.register().fields();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).type() == FieldType.NAME && e.get(i) != null) {
                    same((String) e.get(i), 8);
                    same((String) e.get(i), 1);
                    names[0]++;
                }
            }
            records.merge(e.register(), 1, Integer::sum);
        });
        List<Register> named = new ArrayList<>();
        for (Register r : Register.values()) {
            if (r.fields().stream().anyMatch(f -> f.type() == FieldType.NAME)) {
                named.add(r);
            }
        }
        assertTrue(records.keySet().containsAll(named), "records of every register with names: " + records);
        assertTrue(names[0] > 250_000, "names read: " + names[0]);
    }

    /** Records of every register with names, a name empty, hostile or polyphonic in each name field. */
    @Test
    void storedKeysOfEveryRegisterWithNames() {
        String[] values = {null, "乐乐乐乐乐", "Σ İ", "𠮷单", "张三"};
        for (Register r : Register.values()) {
            List<Field> fields = r.fields();
            for (String v : values) {
                for (String w : values) {
                    Map<String, Object> raw = new java.util.LinkedHashMap<>();
                    boolean first = true;
                    for (Field f : fields) {
                        if (f.type() == FieldType.NAME) {
                            raw.put(f.key(), first ? v : w);
                            first = false;
                        }
                    }
                    Entry e = entry(r, raw);
                    assertEquals(PinyinBefore.stored(e), SearchKey.stored(e), e::toString);
                    assertEquals(PinyinBefore.searchKeys(e).search(), SearchKey.of(e), e::toString);
                }
            }
        }
    }

    private static Entry entry(Register r, Map<String, Object> names) {
        Object[] pairs = new Object[names.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> n : names.entrySet()) {
            pairs[i++] = n.getKey();
            pairs[i++] = n.getValue();
        }
        return Entry.of(r, pairs);
    }
}
