package taizhang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/**
 * A large office for benchmarks (not a test): N persons in 40 villages and a birth per 60
 * persons, written once and kept under bench/. Until the demo county generator lands this
 * stands in for `init --demo --persons N`.
 */
public final class BenchOffice {
    private BenchOffice() {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀兰", "霞", "晓明", "𠮷"};

    /** Usage: BenchOffice FILE PERSONS */
    public static void main(String[] args) throws Exception {
        ensure(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    public static Path ensure(Path file, int persons) throws Exception {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(1);
        try (Database db = Database.create(file)) {
            RegisterStore store = new RegisterStore(db);
            db.write(h -> {
                try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "bench")) {
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101", "演示县", null}));
                    for (int t = 1; t <= 4; t++) {
                        String town = "990101" + (100 + t);
                        areas.insert(new Entry(Register.AREAS, new Object[] {town, "第" + t + "镇", "990101"}));
                        for (int v = 1; v <= 10; v++) {
                            areas.insert(new Entry(Register.AREAS, new Object[] {town + (200 + v), t + "镇" + v + "村", town}));
                        }
                    }
                }
                try (RegisterStore.Inserter schemes = store.inserter(Register.SCHEMES, "bench")) {
                    schemes.insert(new Entry(Register.SCHEMES, new Object[] {"childcare", "育儿补贴", 360000L}));
                }
                try (RegisterStore.Inserter p = store.inserter(Register.PERSONS, "bench");
                     RegisterStore.Inserter b = store.inserter(Register.BIRTHS, "bench")) {
                    for (int i = 0; i < persons; i++) {
                        String village = "990101" + (101 + random.nextInt(4)) + (201 + random.nextInt(10));
                        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30000));
                        boolean male = random.nextBoolean();
                        p.insert(new Entry(Register.PERSONS, new Object[] {null, name, male ? "M" : "F", birth,
                                village, "H" + (i / 4), "resident", null, null, null}));
                        if (i % 60 == 0) {
                            LocalDate born = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3600));
                            b.insert(new Entry(Register.BIRTHS, new Object[] {name + "宝", random.nextBoolean() ? "M" : "F",
                                    born, 1 + random.nextInt(3), null, SURNAMES[random.nextInt(12)] + "芳", null, village,
                                    "hospital", null, born.plusDays(random.nextInt(40))}));
                        }
                    }
                }
                return null;
            });
        }
        return file;
    }
}
