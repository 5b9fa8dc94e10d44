package taizhang.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The format a file name asks for when --format is not given: {@code report.xlsx} means XLSX. */
final class FileFormat {
    private FileFormat() {
    }

    /** "csv" or "xlsx" from the file's extension, else null. */
    static String of(Path file) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv" : null;
    }
}
