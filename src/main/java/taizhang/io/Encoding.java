package taizhang.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The encoding of a CSV file: a UTF-8 byte-order mark first, then a strict UTF-8 decode of the
 * whole file, else GB18030 (what Excel and WPS write on Chinese Windows; a superset of GBK).
 * Statistical guessers misname short Chinese files, so none is used.
 */
public final class Encoding {
    private Encoding() {
    }

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The charset named on the command line: auto (null), utf-8, gb18030 or gbk. */
    public static Charset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030", "gbk", "gb2312" -> GB18030;
            default -> throw new IllegalArgumentException("--encoding must be auto, utf-8 or gb18030, not " + name);
        };
    }

    public static Charset detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2]) {
                return StandardCharsets.UTF_8;
            }
            in.reset();
            return isUtf8(in) ? StandardCharsets.UTF_8 : GB18030;
        }
    }

    /** Whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
    static boolean isUtf8(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int need = 0;
        int lower = 0x80;
        int upper = 0xBF;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (need == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        lower = b == 0xE0 ? 0xA0 : 0x80;
                        upper = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        lower = b == 0xF0 ? 0x90 : 0x80;
                        upper = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return false;
                    }
                } else {
                    if (b < lower || b > upper) {
                        return false;
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    need--;
                }
            }
        }
        return need == 0;
    }

    /** Skips a UTF-8 byte-order mark at the start of the stream, if there is one. */
    public static InputStream withoutBom(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2])) {
            in.reset();
        }
        return in;
    }
}
