package mx.costjalisco.gms.platform.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading past a limit, so an oversized upload is refused without filling the disk first. */
public final class LimitedInputStream extends FilterInputStream {

    public static final class TooLarge extends IOException {
        TooLarge() {
            super("upload exceeds the size limit");
        }
    }

    private long remaining;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --remaining < 0) {
            throw new TooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLarge();
            }
        }
        return n;
    }
}
