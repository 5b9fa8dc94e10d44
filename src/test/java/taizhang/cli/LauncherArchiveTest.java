package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive, run for real with a stand-in {@code java}: a training run
 * cut short while it writes the archive leaves none behind under the archive's name, so
 * that later starts do not map a cut one (the JVM crashes on it).
 */
class LauncherArchiveTest {
    @TempDir
    Path home;

    @Test
    void aStartCutShortWhileTheArchiveIsWrittenLeavesNoCutArchive() throws Exception {
        LauncherHome launcher = LauncherHome.in(home);
        Path target = launcher.built();
        Path seen = home.resolve("seen.txt");
        Path once = home.resolve("interrupted");
        // The first training writes half an archive and the start is cut short there (the launcher killed, as
        // Ctrl-C or a dropped SSH connection does); a later training writes a whole one. Other runs note their arguments.
        launcher.standIn("java", "#!/bin/bash\nfor a in \"$@\"; do case \"$a\" in\n"
                + "  -XX:ArchiveClassesAtExit=*) if [ ! -f '" + once + "' ]; then touch '" + once + "';"
                + " printf half > \"${a#*=}\"; kill -9 $PPID; exit 1; fi; printf whole > \"${a#*=}\"; exit 0 ;;\n"
                + "esac; done\necho \"$@\" >> '" + seen + "'\n");
        assertEquals(137, launcher.run("C", "--version"), launcher.out());
        assertEquals(0, launcher.run("C", "--version"), launcher.out());
        assertEquals("whole", Files.readString(target.resolve("taizhang.jsa")),
                "the cut archive was not taken for a whole one");
        try (var files = Files.list(target)) {
            assertEquals(java.util.List.of(), files.filter(f -> f.getFileName().toString().matches(".*\\.jsa\\..*"))
                    .toList(), "nothing of the interrupted start left");
        }
        assertTrue(Files.readString(seen).contains("SharedArchiveFile"), Files.readString(seen));
    }
}
