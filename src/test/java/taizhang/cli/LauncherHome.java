package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the launcher in a folder of its own, run for real by bash with stand-ins ({@code java},
 * {@code mvn}) first on its PATH, under a locale of the test's choosing.
 */
final class LauncherHome {
    private final Path home;
    private final Path bin;

    private LauncherHome(Path home) throws IOException {
        this.home = home;
        Files.copy(Path.of("taizhang"), home.resolve("taizhang"), StandardCopyOption.COPY_ATTRIBUTES);
        this.bin = Files.createDirectories(home.resolve("bin"));
    }

    static LauncherHome in(Path home) throws IOException {
        return new LauncherHome(home);
    }

    /** As after a build: the jar and sqlite-jdbc's library unpacked; returns the target folder. */
    Path built() throws IOException {
        Path target = Files.createDirectories(home.resolve("target"));
        Files.writeString(target.resolve("taizhang.jar"), "");
        Files.writeString(target.resolve("taizhang.built"), "");
        for (String arch : List.of("x86_64", "aarch64")) {
            Path lib = target.resolve("native/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
            Files.createDirectories(lib.getParent());
            Files.writeString(lib, "");
        }
        return target;
    }

    /** A program of this name, found before the real one. */
    void standIn(String name, String script) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, script);
        assertTrue(file.toFile().setExecutable(true));
    }

    /** Runs the launcher with these arguments under LANG={@code lang} (no other locale variable); its exit status. */
    int run(String lang, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("taizhang").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("TAIZHANG_"));
        env.put("LANG", lang);
        env.put("PATH", bin + ":" + env.get("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }

    /** What the last run wrote, standard output and error together. */
    String out() throws IOException {
        return Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
    }
}
