package taizhang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import taizhang.domain.Entry;
import taizhang.domain.IdNumber;
import taizhang.domain.Register;
import taizhang.domain.Today;
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
        try {
            rehearse(file, today);
            // The real way in, as `taizhang` takes it (the terminal and the first frame, then the
            // database, home's counts and figures), in both languages; q once the figures are in.
            // Chinese twice: the second start finds home as the first counted it (ui/KeptHome).
            for (String language : new String[] {"zh", "en", "zh"}) {
                ScreensLine.open(new String[] {file.toString(), language}, System.getenv(), "train",
                        new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()),
                        () -> Rehearsal.terminal("tq", 1500));
            }
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("train.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    /** A throw-away office, every screen walked on a virtual terminal. */
    private static void rehearse(Path file, LocalDate today) throws Exception {
        try (Database db = Database.create(file)) {
            InitCommand.initialise(db, 1, "train");
            List<Entry> county = new ArrayList<>(List.of(
                    Entry.of(Register.AREAS, "code", "990101", "name", "演示县"),
                    Entry.of(Register.AREAS, "code", "990101101", "name", "城关镇", "parent_code", "990101"),
                    Entry.of(Register.AREAS, "code", "990101101201", "name", "东村", "parent_code", "990101101")));
            for (int i = 0; i < 60; i++) {
                county.add(Entry.of(Register.PERSONS, "name", "张晓明" + i, "sex", "M",
                        "birth_date", LocalDate.of(1980, 1, 1).plusDays(i), "area_code", "990101101201",
                        "residence", "resident"));
            }
            // Births registered lately, one of a mother of 13: home's look for records with warnings.
            LocalDate now = Today.resolve(System.getenv(), java.time.Clock.systemDefaultZone());
            for (int age : new int[] {13, 25, 30}) {
                LocalDate born = now.minusDays(20);
                String mother = "990101" + born.minusYears(age).toString().replace("-", "") + "002";
                county.add(Entry.of(Register.BIRTHS, "child_sex", age % 2 == 0 ? "M" : "F", "birth_date", born,
                        "birth_order", 1, "mother_id_number", mother + IdNumber.checkCharacter(mother),
                        "mother_name", "母" + age, "area_code", "990101101201", "registered_on", now.minusDays(10)));
            }
            new RegisterStore(db).insertAll(county);
            Rehearsal.run(db, today);
        }
    }
}
