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
        Path launcher = home.resolve("taizhang");
        Files.copy(Path.of("taizhang"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Path target = Files.createDirectories(home.resolve("target"));
        Files.writeString(target.resolve("taizhang.jar"), "");
        for (String arch : List.of("x86_64", "aarch64")) { // sqlite-jdbc's library, as a build unpacks it
            Path lib = target.resolve("native/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
            Files.createDirectories(lib.getParent());
            Files.writeString(lib, "");
        }
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path seen = home.resolve("seen.txt");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n{ locale charmap 2>/dev/null; env; } > '" + seen + "'\n");
        assertEquals(true, java.toFile().setExecutable(true));

        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--db", "x.db", "export", "areas")
                .redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("TAIZHANG_"));
        env.put("LANG", lang);
        env.put("PATH", bin + ":" + env.get("PATH"));
        Process p = pb.start();
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(home.resolve("out.txt")));

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
        Path launcher = home.resolve("taizhang");
        Files.copy(Path.of("taizhang"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nexit 1\n"); // no jar: the launcher builds, and the build fails
        assertEquals(true, mvn.toFile().setExecutable(true));
        List<String> args = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        if (!option.isEmpty()) {
            args.add(option);
        }
        args.add("check");
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("TAIZHANG_"));
        env.put("LANG", lang);
        env.put("PATH", bin + ":" + env.get("PATH"));
        Process p = pb.start();
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertEquals(language == Language.ZH ? "taizhang：正在构建（第一次运行或源代码有改动）……\ntaizhang：构建失败\n"
                : "taizhang: building (first run or changed sources)...\ntaizhang: build failed\n",
                Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8));
    }
}
