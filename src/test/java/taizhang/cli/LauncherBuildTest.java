package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's build, run for real with stand-ins for {@code mvn} and {@code java}: a first start
 * killed while Maven writes the jar (Ctrl-C, a dropped connection) leaves a cut jar newer than every
 * source; the next start must build it again rather than run it.
 */
class LauncherBuildTest {
    @TempDir
    Path home;

    @Test
    void aStartKilledWhileTheJarIsWrittenBuildsAgainNextTime() throws Exception {
        LauncherHome launcher = LauncherHome.in(home);
        Path target = launcher.built();
        Path jar = target.resolve("taizhang.jar");
        Files.delete(jar);   // a fresh clone: the first start builds
        Path once = home.resolve("interrupted");
        // The first build writes half a jar and the start is killed there (the launcher and its subshell,
        // as the terminal's Ctrl-C does); a later build writes a whole one.
        launcher.standIn("mvn", "#!/bin/bash\nif [ ! -f '" + once + "' ]; then touch '" + once + "';"
                + " printf half > '" + jar + "'; " + killLauncher() + "; fi\n"
                + "printf whole > '" + jar + "'\n");
        launcher.standIn("java", "#!/bin/bash\nexit 0\n");
        launcher.standIn("jar", "#!/bin/bash\nexit 0\n");   // unpacks sqlite-jdbc's library after a build
        Files.createDirectories(target.resolve("lib"));
        Files.writeString(target.resolve("lib/sqlite-jdbc-0.jar"), "");

        assertEquals(137, launcher.run("C", "--version"), launcher.out());
        assertEquals("half", Files.readString(jar));
        assertEquals(0, launcher.run("C", "--version"), launcher.out());
        assertEquals("whole", Files.readString(jar), "the cut jar was taken for a built one: " + launcher.out());
    }

    @Test
    void aStartKilledWhileSqliteLibraryIsUnpackedUnpacksItAgainNextTime() throws Exception {
        LauncherHome launcher = LauncherHome.in(home);
        Path target = launcher.built();
        Path lib = target.resolve("native/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        deleteAll(target.resolve("native"));   // as right after a build
        Files.createDirectories(target.resolve("lib"));
        Files.writeString(target.resolve("lib/sqlite-jdbc-0.jar"), "");
        Path once = home.resolve("interrupted");
        // The first unpacking writes half the library where `jar xf` puts it (under its working folder) and the
        // start is killed there; a later one writes it whole.
        launcher.standIn("jar", "#!/bin/bash\nmkdir -p \"$(dirname \"$3\")\"\nif [ ! -f '" + once + "' ]; then touch '" + once + "';"
                + " printf half > \"$3\"; " + killLauncher() + "; fi\n"
                + "printf whole > \"$3\"\n");
        launcher.standIn("java", "#!/bin/bash\nexit 0\n");
        launcher.standIn("uname", "#!/bin/bash\necho x86_64\n");

        assertEquals(137, launcher.run("C", "--version"), launcher.out());
        assertEquals(0, launcher.run("C", "--version"), launcher.out());
        if (Files.exists(lib)) {   // (on x86_64 hosts; elsewhere the launcher uses aarch64's or none)
            assertEquals("whole", Files.readString(lib), "the cut library was taken for a whole one");
        }
    }

    /**
     * A stand-in's lines that kill the launcher and its subshells (the processes above the stand-in
     * running the launcher's script, the launcher first so that it cannot see a subshell die and
     * exit on its own; never the test's JVM), as the terminal's Ctrl-C or a dropped connection does.
     */
    private String killLauncher() {
        return "p=$PPID; up=''; while [ \"$p\" -gt 1 ]; do"
                + " if tr '\\0' ' ' < /proc/$p/cmdline | grep -qF '" + home.resolve("taizhang") + "'; then up=\"$p $up\";"
                + " elif [ -n \"$up\" ]; then break; fi; p=$(awk '{print $4}' /proc/$p/stat); done; kill -9 $up; exit 1";
    }

    private static void deleteAll(Path folder) throws java.io.IOException {
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
