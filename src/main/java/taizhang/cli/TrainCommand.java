package taizhang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.ui.Rehearsal;

/**
 * Hidden: the launcher's training run for the class-data-sharing archive. Opens a throw-away
 * office in a temporary folder and walks every screen on a virtual terminal, so that the
 * archive holds what the first home screen and the tables load.
 */
@Command(name = "_train", hidden = true)
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("taizhang-train");
        Path file = dir.resolve("train.db");
        LocalDate today = LocalDate.of(2026, 11, 20);
        try (Database db = Database.create(file)) {
            InitCommand.initialise(db, 1, "train");
            List<Entry> county = new ArrayList<>(List.of(
                    new Entry(Register.AREAS, new Object[] {"990101", "演示县", null}),
                    new Entry(Register.AREAS, new Object[] {"990101101", "城关镇", "990101"}),
                    new Entry(Register.AREAS, new Object[] {"990101101201", "东村", "990101101"})));
            for (int i = 0; i < 60; i++) {
                county.add(new Entry(Register.PERSONS, new Object[] {null, "张晓明" + i, "M",
                        LocalDate.of(1980, 1, 1).plusDays(i), "990101101201", null, "resident", null, null, null}));
            }
            new RegisterStore(db).insertAll(county);
            Rehearsal.run(db, today);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("train.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
