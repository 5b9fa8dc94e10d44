package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ScreensLineTest {

    @Test
    void onlyTheScreensOptionsTakeTheShortWay() {
        assertArrayEquals(new String[] {null, null}, ScreensLine.parse(new String[0]));
        assertArrayEquals(new String[] {"x.db", "zh"}, ScreensLine.parse(new String[] {"--db", "x.db", "--lang=zh"}));
        assertArrayEquals(new String[] {"x.db", null}, ScreensLine.parse(new String[] {"--db=x.db"}));
        assertNull(ScreensLine.parse(new String[] {"init"}));
        assertNull(ScreensLine.parse(new String[] {"--help"}));
        assertNull(ScreensLine.parse(new String[] {"--lang", "fr"}), "picocli reports the bad value");
        assertNull(ScreensLine.parse(new String[] {"--db"}), "picocli reports the missing value");
        assertNull(ScreensLine.parse(new String[] {"--db", "x.db", "export", "persons"}));
    }
}
