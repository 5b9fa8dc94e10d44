package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import taizhang.domain.Language;

/**
 * The launcher's choice of locale for Java, run for real with a stand-in {@code java} on the
 * PATH that writes down the character set it was given ({@code locale charmap}) and its
 * environment. Java reads file names and arguments in that character set: anything but UTF-8
 * turns 出生.csv (and a reason typed in Chinese) into question marks. A locale named
 * {@code zh_CN.UTF-8} that is not installed (SPEC 8) gives the C locale's ASCII.
 */
class LauncherLocaleTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"zh_CN.UTF-8, ZH", "C, EN", "en_US.UTF-8, EN", "zh_CN.GB18030, ZH"})
    void javaRunsUnderUtf8AndTheUsersLocaleStillChoosesTheLanguage(String lang, Language language)
            throws Exception {
        LauncherHome launcher = LauncherHome.in(home);
        launcher.built();
        Path seen = home.resolve("seen.txt");
        launcher.standIn("java", "#!/bin/sh\n{ locale charmap 2>/dev/null; env; } > '" + seen + "'\n");
        assertEquals(0, launcher.run(lang, "--db", "x.db", "export", "areas"), launcher.out());

        List<String> lines = Files.readAllLines(seen, StandardCharsets.UTF_8);
        assertEquals("UTF-8", lines.get(0), "character set Java is given under LANG=" + lang);
        Map<String, String> javaEnv = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                javaEnv.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertEquals(language, Context.localeLanguage(javaEnv), "language under LANG=" + lang);
    }

    /** The launcher's own lines (building, a failed build) are in the language the program would speak. */
    @ParameterizedTest
    @CsvSource({"zh_CN.UTF-8, '', ZH", "C, --lang=zh, ZH", "zh_CN.UTF-8, --lang=en, EN", "en_US.UTF-8, '', EN"})
    void theLaunchersBuildingLinesSpeakTheInterfaceLanguage(String lang, String option, Language language)
            throws Exception {
        LauncherHome launcher = LauncherHome.in(home);
        launcher.standIn("mvn", "#!/bin/sh\nexit 1\n"); // no jar: the launcher builds, and the build fails
        assertEquals(1, option.isEmpty() ? launcher.run(lang, "check") : launcher.run(lang, option, "check"));
        assertEquals(language == Language.ZH ? "taizhang：正在构建（第一次运行或源代码有改动）……\ntaizhang：构建失败\n"
                : "taizhang: building (first run or changed sources)...\ntaizhang: build failed\n", launcher.out());
    }
}
