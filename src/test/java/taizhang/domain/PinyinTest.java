package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {

    private static List<String> sorted(String... names) {
        List<String> out = new ArrayList<>(List.of(names));
        out.sort(Comparator.comparing(Pinyin::sortKey));
        return out;
    }

    @Test
    void namesSortByTheirReadingNotByCodePoint() {
        assertEquals(List.of("何", "刘", "区", "任"), sorted("任", "何", "刘", "区"));
        assertEquals(List.of("何平", "李明", "刘洋", "王芳", "张伟", "赵敏"), sorted("赵敏", "张伟", "王芳", "刘洋", "李明", "何平"));
    }

    @Test
    void aShorterNameComesBeforeALongerOneReadTheSameAtFirst() {
        assertEquals(List.of("李", "李明", "林"), sorted("林", "李明", "李"), "li before li-ming before lin");
        assertEquals(List.of("张三", "张晓明"), sorted("张晓明", "张三"));
    }

    @Test
    void theToneOrdersSyllablesSpelledAlike() {
        // mā má mǎ mà: 妈 麻 马 骂
        assertEquals(List.of("妈", "麻", "马", "骂"), sorted("骂", "马", "妈", "麻"));
    }

    @Test
    void uUmlautSortsAfterU() {
        assertEquals("lv3", Pinyin.reading('吕'));
        assertEquals(List.of("路", "吕"), sorted("吕", "路"), "lu before lü");
    }

    @Test
    void aSurnameIsReadAsASurname() {
        assertTrue(Pinyin.sortKey("曾小明").startsWith("zeng1 "), Pinyin.sortKey("曾小明"));
        assertTrue(Pinyin.sortKey("单田").startsWith("shan4 "));
        assertTrue(Pinyin.sortKey("区伟").startsWith("ou1 "));
        assertTrue(Pinyin.sortKey("何曾").startsWith("he2 ceng2 "), "only the first character is a surname");
        assertEquals(List.of("王五", "曾五", "张三"), sorted("张三", "曾五", "王五"), "曾 as Zeng, between wang and zhang");
    }

    @Test
    void namesReadAlikeStillSortInOneStableOrder() {
        String a = Pinyin.sortKey("李红");
        String b = Pinyin.sortKey("理红");                  // li3 hong2 both
        assertTrue(a.compareTo(b) != 0);
        assertTrue(a.compareTo(b) < 0 == "李红".compareTo("理红") < 0, "then by the name itself");
        assertEquals(Pinyin.sortKey("李红"), Pinyin.sortKey("李红"));
    }

    @Test
    void charactersWithoutAReadingStandForThemselves() {
        assertNull(Pinyin.reading('A'));
        assertNull(Pinyin.reading(0x20BB7));                // 𠮷, outside the table
        assertEquals("li ming\u0001Li Ming", Pinyin.sortKey("Li Ming"));
        assertEquals("ji2 \uD842\uDFB7\u0001吉\uD842\uDFB7", Pinyin.sortKey("吉𠮷"));
        assertEquals(List.of("Li Ming", "李明"), sorted("李明", "Li Ming"));
    }

    @Test
    void initialsAreEveryReadingsFirstLetter() {
        assertEquals(1 << ('z' - 'a'), Pinyin.initials('张'));
        assertEquals((1 << ('l' - 'a')) | (1 << ('y' - 'a')), Pinyin.initials('乐'), "le or yue");
        assertEquals(0, Pinyin.initials('a'));
        assertEquals(0, Pinyin.initials(0x4DFF), "just below the table");
        assertEquals(0, Pinyin.initials(0xA000), "just above it");
        assertTrue(Pinyin.initials(0x4E00) != 0, "一, its first character");
    }

    @Test
    void initialsSpellingsListEveryReadingUpToALimit() {
        assertEquals("zxm", Pinyin.initialsSpellings("张晓明", 8));
        assertEquals("zxm2", Pinyin.initialsSpellings("张晓明2", 8), "other characters as themselves");
        assertEquals("ll ly yl yy", Pinyin.initialsSpellings("乐乐", 8));
        assertEquals("ll ly", Pinyin.initialsSpellings("乐乐", 2), "no more than the limit");
        assertEquals("abc", Pinyin.initialsSpellings("ABC", 8), "lowercased");
        assertEquals("", Pinyin.initialsSpellings("", 8));
        assertEquals("lx\uD842\uDFB7 yx\uD842\uDFB7", Pinyin.initialsSpellings("乐小𠮷", 8));
    }

    @Test
    void readingsAreTonelessDistinctAndInTheDictionarysOrder() {
        assertEquals(List.of("le", "yue"), Pinyin.readings('乐'));
        assertEquals(List.of("jie", "xie"), Pinyin.readings('解'), "jie twice in the dictionary, once here");
        assertEquals(List.of("lv"), Pinyin.readings('吕'));
        assertEquals(List.of(), Pinyin.readings('A'));
        assertEquals(List.of(), Pinyin.readings(0x4DFF), "just below the table, and not a Chinese character");
    }

    @Test
    void charactersBeyondTheDictionaryAreReadFromUnihan() {
        // pinyin4j knows U+4E00..U+9FA5 only; names hold more (SPEC 4: 𠮷, 𡒄).
        assertEquals(List.of("ji"), Pinyin.readings(0x20BB7), "𠮷 has no reading of its own: its variant 吉's");
        assertEquals(List.of("lan"), Pinyin.readings(0x21484), "𡒄");
        assertEquals(List.of("yan"), Pinyin.readings(0x4DAE), "䶮, extension A");
        assertEquals(List.of("jili"), Pinyin.spellings("𠮷丽", 32));
        assertEquals("yi1", Pinyin.reading(0x4E00), "一, the table's first character");
        assertNull(Pinyin.reading(0x4DFF));
        assertNull(Pinyin.reading(0xA000));
    }

    @Test
    void spellingsAreEveryReadingOfEachCharacterUpToALimit() {
        assertEquals(List.of("zhangli"), Pinyin.spellings("张丽", 32));
        // 单 dan chan shan, 红 hong gong: each with each, in the dictionary's order.
        assertEquals(List.of("danhong", "dangong", "chanhong", "changong", "shanhong", "shangong"),
                Pinyin.spellings("单红", 32));
        assertEquals(List.of("danhong", "dangong"), Pinyin.spellings("单红", 2));
        assertEquals(List.of("jiejie", "jiexie", "xiejie", "xiexie"), Pinyin.spellings("解解", 32));
        assertEquals(List.of("ali"), Pinyin.spellings("A丽", 32), "a letter stands for itself, lowercased");
        assertEquals(List.of(""), Pinyin.spellings("", 32));
    }

    private static int bits(char... letters) {
        int mask = 0;
        for (char c : letters) {
            mask |= 1 << (c - 'a');
        }
        return mask;
    }

    /** What pinyin4j's dictionary says of these characters, as the tables must hold it. */
    @Test
    void theTablesHoldTheDictionarysReadingsFromItsFirstCharacterToItsLast() {
        Pinyin.Tables t = Pinyin.Tables.build();
        assertEquals(0x9FA5 - 0x4E00 + 1, t.initials().length);
        assertEquals(t.initials().length, t.sortReadings().length);
        int[][] cases = {{'一', bits('y')}, {'乐', bits('l', 'y')}, {'阿', bits('a', 'e')}, {'朴', bits('p')},
            {'吕', bits('l')}, {'女', bits('n', 'r')}, {'张', bits('z')}, {0x4E06, 0}, {0x9FA5, bits('y')}};
        for (int[] c : cases) {
            assertEquals(c[1], t.initials()[c[0] - 0x4E00], Integer.toHexString(c[0]));
            assertEquals(c[1], Pinyin.initials(c[0]), "the table loaded once is the same");
        }
        assertEquals("yi1", t.sortReadings()[0], "一, the first");
        assertEquals("yue4", t.sortReadings()[0x9FA5 - 0x4E00], "龥, the last");
        assertEquals("le4", t.sortReadings()['乐' - 0x4E00], "the dictionary's first reading");
        assertEquals("po4", t.sortReadings()['朴' - 0x4E00]);
        assertEquals("lv3", t.sortReadings()['吕' - 0x4E00], "ü as v");
        assertEquals("nv3", t.sortReadings()['女' - 0x4E00]);
        assertNull(t.sortReadings()[0x4E06 - 0x4E00], "丆 has no reading");
    }

    /** The tables are read from pinyin4j's dictionary file: they say of every character what PinyinHelper says. */
    @Test
    void theTablesAreWhatPinyinHelperSaysOfEveryCharacter() {
        Pinyin.Tables t = Pinyin.Tables.build();
        int withReadings = 0;
        for (int cp = Pinyin.FIRST; cp <= Pinyin.LAST; cp++) {
            String[] all = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray((char) cp);
            int mask = 0;
            for (String r : all == null ? new String[0] : all) {
                mask |= 1 << (r.charAt(0) - 'a');
            }
            String hex = Integer.toHexString(cp);
            assertEquals(mask, t.initials()[cp - Pinyin.FIRST], hex);
            assertEquals(all == null ? null : all[0].replace("u:", "v"), t.sortReadings()[cp - Pinyin.FIRST], hex);
            withReadings += all == null ? 0 : 1;
        }
        assertTrue(withReadings > 20_000, "readings of " + withReadings + " characters");
        assertEquals(7, t.longest(), "zhuang1 and the like");
    }

    @Test
    void theTablesEndWhereTheDictionaryEnds() {
        assertEquals(bits('y'), Pinyin.initials(0x9FA5), "龥 yue");
        assertEquals(0, Pinyin.initials(0x9FA6));
        assertEquals("yue4", Pinyin.reading(0x9FA5));
        assertNull(Pinyin.reading(0x9FA6));
        assertEquals(List.of("yue"), Pinyin.readings(0x9FA5));
        assertEquals(List.of(), Pinyin.readings(0x9FA6));
        assertEquals(List.of("yi"), Pinyin.readings(0x4E00));
        assertEquals(List.of(), Pinyin.readings(0x4E06), "丆: in the block, without a reading");
        assertNull(Pinyin.reading(0x4E06));
        assertEquals(List.of("丆li"), Pinyin.spellings("丆丽", 8));
        assertEquals("丆l", Pinyin.initialsSpellings("丆丽", 8));
    }

    @Test
    void theDictionaryHasEverySurnameReading() {
        Pinyin.SURNAME_READINGS.forEach((cp, reading) ->
                assertTrue(Pinyin.readings(cp).contains(reading.replaceAll("[0-9]", "")), reading));
        assertEquals(List.of("danli", "chanli", "shanli"), Pinyin.spellings("单丽", 8));
        assertEquals(List.of("lidan", "lichan", "lishan"), Pinyin.spellings("丽单", 8), "any place, any reading");
        assertTrue(Pinyin.sortKey("朴丽").startsWith("piao2 li4 "), "朴 as a surname is piao, not the dictionary's first po");
        assertTrue(Pinyin.sortKey("丽朴").startsWith("li4 po4 "));
    }
}
