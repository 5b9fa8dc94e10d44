package taizhang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.storage.CodeLists;
import taizhang.storage.Database;
import taizhang.storage.StorageException;
import taizhang.testing.Admin;
import taizhang.testing.Cli;
import taizhang.testing.Eventually;
import taizhang.testing.Office;

class ReadyConnectionTest {
    @TempDir
    Path dir;

    @Test
    void eachSessionGetsAConnectionOfItsOwnToTheFileAsItIsNow() throws Exception {
        Path db = Office.create(Files.createDirectories(dir.resolve("a"))).db();
        try (ReadyConnection connections = new ReadyConnection(db)) {
            int areas;
            try (Database first = Admin.signIn(connections.take())) {
                areas = new CodeLists(first).areas().size();
                assertEquals(6, areas);
                try (Database second = Admin.signIn(connections.take())) {
                    assertEquals(areas, new CodeLists(second).areas().size());
                }
            }
            // The file replaced by another (a backup put back): the connection opened ahead is not handed out.
            Path other = dir.resolve("other.db");
            assertEquals(0, new Cli(other).run("init").code());     // no areas yet
            Eventually.holds("the next connection is ready, on the old file", connections::nextIsReady);
            Files.move(other, db, StandardCopyOption.REPLACE_EXISTING);
            try (Database now = Admin.signIn(connections.take())) {
                assertEquals(0, new CodeLists(now).areas().size());
            }
            // The file gone: the session is told, as when it opens the database itself.
            Files.move(db, dir.resolve("moved.db"));
            assertThrows(StorageException.class, connections::take);
        }
    }
}
