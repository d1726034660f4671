package mx.costjalisco.gms.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one SHA-256 of the application gives the standard's answers, whether from bytes, text or a stream. */
class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesTextAndStreamsDigestAlike() throws Exception {
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);

        assertEquals(ABC, Sha256.hex(abc));
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(ABC, Sha256.hex(new ByteArrayInputStream(abc)));
    }

    @Test
    void textIsDigestedAsUtf8() {
        assertEquals(Sha256.hex("ñandú".getBytes(StandardCharsets.UTF_8)), Sha256.hex("ñandú"));
    }
}
