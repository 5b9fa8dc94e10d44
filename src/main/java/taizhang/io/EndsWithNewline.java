package taizhang.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that ends with a line break even when the file does not, so that the parser's
 * line count after each record is the record's last line for every record alike.
 */
final class EndsWithNewline extends FilterReader {
    private int last = '\n';
    private boolean done;

    EndsWithNewline(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        int n = super.read(buf, off, len);
        if (n > 0) {
            last = buf[off + n - 1];
            return n;
        }
        if (n < 0 && last != '\n' && last != '\r' && len > 0) {
            buf[off] = '\n';
            last = '\n';
            return 1;
        }
        done = n < 0;
        return n;
    }
}
