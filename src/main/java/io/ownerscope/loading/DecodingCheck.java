package io.ownerscope.loading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the first byte that is not valid in an encoding (UTF-8 unless told), fed in chunks as a file is read, and says where it is: the line and
 * the byte offset, so a data team can open the file there.
 */
public final class DecodingCheck {

    /** Where the first invalid byte is: a 1-based line and a 0-based byte offset from the start of the file. */
    public record Location(long line, long byteOffset) {

        @Override
        public String toString() {
            return "line " + line + " (byte offset " + byteOffset + ")";
        }
    }

    private final CharsetDecoder decoder;
    private final CharBuffer chars = CharBuffer.allocate(8 * 1024);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private long offset;
    private long line = 1;
    private Location invalid;

    public DecodingCheck(Charset charset) {
        decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    DecodingCheck() {
        this(StandardCharsets.UTF_8);
    }

    /** The first byte of a whole file that is not valid UTF-8, if it has one. */
    public static Optional<Location> of(byte[] bytes) {
        var check = new DecodingCheck();
        check.feed(bytes, bytes.length);
        return check.finish();
    }

    /** Reads the next {@code length} bytes of the file. */
    public void feed(byte[] bytes, int length) {
        if (invalid != null || length <= 0) {
            return;
        }
        var in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(bytes, 0, length).flip();
        decode(in, false);
        pending = in.slice();
    }

    /** Where the first invalid byte is, once every byte has been fed; a truncated last character counts. */
    public Optional<Location> finish() {
        if (invalid == null) {
            decode(pending, true);
            pending = ByteBuffer.allocate(0);
        }
        return Optional.ofNullable(invalid);
    }

    /** Whether the bytes fed so far, as a whole file, hold an invalid one. */
    public boolean foundInvalid() {
        return finish().isPresent();
    }

    private void decode(ByteBuffer in, boolean endOfInput) {
        while (invalid == null) {
            int start = in.position();
            var result = decoder.decode(in, chars, endOfInput);
            offset += in.position() - start;
            countLines();
            if (result.isError()) {
                invalid = new Location(line, offset);
                return;
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private void countLines() {
        chars.flip();
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                line++;
            }
        }
        chars.clear();
    }
}
