package taizhang.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * What a file handed to import is, told by its first bytes rather than its name: an XLSX package
 * (a zip), an old Excel workbook, UTF-16 text, or text to read as CSV. A file named {@code .xlsx}
 * must be a package; anything else that is not text is refused before a row is read.
 */
final class FileKind {
    private FileKind() {
    }

    /** Why {@code file} cannot be read as a file: not there, or a folder; null when it is a file. */
    static Problem notAFile(Path file) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        return Problem.of(Files.isDirectory(file) ? Problem.Code.IS_A_FOLDER : Problem.Code.NO_SUCH_FILE);
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /**
     * {@code charset} null: told by {@link Encoding#detect}, or with {@code mayGuess} by
     * {@link Encoding#guess} (the reader then throws {@link Encoding.HeadWasWrong} if the head misled).
     */
    static RowSource open(Path file, Charset charset, boolean mayGuess) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            throw new Refusal(Problem.Code.FILE_EMPTY);
        }
        if (startsWith(head, ZIP)) {
            return XlsxRows.open(file);
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Refusal(Problem.Code.XLSX_NOT_A_PACKAGE);
        }
        if (startsWith(head, OLE2)) {
            throw new Refusal(Problem.Code.OLD_EXCEL);
        }
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            throw new Refusal(Problem.Code.UTF16_TEXT);
        }
        if (charset != null) {
            return CsvRows.open(file, new Encoding.Guess(charset, false, true));
        }
        Encoding.Guess guess = mayGuess ? Encoding.guess(file) : new Encoding.Guess(Encoding.detect(file), false, true);
        return CsvRows.open(file, guess);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
