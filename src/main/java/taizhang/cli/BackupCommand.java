package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Role;
import taizhang.io.Export;
import taizhang.storage.Database;
import taizhang.storage.OnlineBackup;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--to", paramLabel = "FILE")
    Path to;

    @Override
    public Integer call() {
        Context ctx = main.context();
        Path target = to != null ? to : defaultTarget(ctx);
        if (Files.exists(target)) {
            throw new Failure.InvalidInput("will_not_overwrite", target);
        }
        mayWrite(target);
        try (Database db = ctx.open(Role.Permission.BACKUP)) {
            try (ProgressLine progress = main.progress("progress.steps")) {
                OnlineBackup.copy(db, target, progress, main.waitingToRecord(progress));
            }
        }
        main.out().println(main.wording().get("backed_up", ctx.db(), target));
        return 0;
    }

    /** Says in words why the copy could not be made there (no folder to make, no right to write) before any work. */
    private static void mayWrite(Path target) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null && !Files.exists(folder)) {
                Files.createDirectories(folder);
            }
            Files.delete(Files.createFile(target));
        } catch (IOException e) {
            throw Export.cannotWrite(target, e);
        }
    }

    private static Path defaultTarget(Context ctx) {
        String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        Path dir = ctx.db().toAbsolutePath().getParent().resolve("backups");
        return dir.resolve("taizhang-" + ctx.today() + "-" + time + ".db");
    }
}
