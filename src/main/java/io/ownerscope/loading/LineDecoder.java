package io.ownerscope.loading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes text input line by line, so that a line whose bytes are not valid in the encoding is rejected alone and
 * the rest loads. The line keeps its number and byte offset, and its bytes with the invalid ones escaped
 * ({@code \xD0}), for the rejects file. Encodings that do not write a line feed as the one byte 0x0A (UTF-16,
 * UTF-32) are decoded whole, strictly.
 */
public final class LineDecoder {

    /**
     * One line of the input.
     *
     * @param number 1-based
     * @param byteOffset of its first byte from the start of the file
     * @param text the line without its line break; invalid bytes replaced (U+FFFD) when {@code invalid} is set
     * @param invalid the line's bytes with the invalid ones escaped, or null when the line is valid
     */
    public record Line(long number, long byteOffset, String text, String invalid) {

        public boolean valid() {
            return invalid == null;
        }

        /** The reason a line that is not valid is rejected. */
        public String problem(Charset charset) {
            return "is not valid " + charset.name() + " (line " + number + ", byte offset " + byteOffset + ")";
        }
    }

    private final Charset charset;
    private final CharsetDecoder strict;

    public LineDecoder(Charset charset) {
        this.charset = charset;
        this.strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the encoding writes a line feed as the one byte 0x0A, so that lines can be split on bytes. */
    public boolean splitsOnBytes() {
        return Arrays.equals("\nA".getBytes(charset), new byte[] {'\n', 'A'});
    }

    /** Every line of a whole file; a leading byte-order mark is dropped. */
    public List<Line> lines(byte[] bytes) {
        var lines = new ArrayList<Line>();
        if (!splitsOnBytes()) {
            var text = strictText(bytes);
            long number = 1;
            for (var line : text.split("\\r?\\n", -1)) {
                lines.add(new Line(number++, -1, line, null));
            }
            dropTrailingEmpty(lines);
            return lines;
        }
        int start = 0;
        long number = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(decode(number++, start, bytes, start, end));
                start = i + 1;
            }
        }
        dropTrailingEmpty(lines);
        if (!lines.isEmpty() && lines.getFirst().text().startsWith("\uFEFF")) {
            var first = lines.getFirst();
            lines.set(0, new Line(1, 0, first.text().substring(1), first.invalid()));
        }
        return lines;
    }

    private static void dropTrailingEmpty(List<Line> lines) {
        if (!lines.isEmpty() && lines.getLast().text().isEmpty() && lines.getLast().valid()) {
            lines.removeLast();
        }
    }

    /**
     * A reader of the decoded text, for parsers that take a {@link Reader} (Commons CSV): every line is decoded
     * alone, and a line that is not valid is passed on with replacement characters and told to {@code invalid}, so
     * that the parser's line numbers stay those of the file. A leading byte-order mark is dropped.
     */
    public Reader reader(InputStream in, Consumer<Line> invalid) {
        if (!splitsOnBytes()) {
            var reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            return withoutByteOrderMark(reader);
        }
        return withoutByteOrderMark(new LineReader(in, invalid));
    }

    private static Reader withoutByteOrderMark(Reader reader) {
        var pushback = new PushbackReader(reader, 1);
        try {
            int first = pushback.read();
            if (first != -1 && first != '\uFEFF') {
                pushback.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pushback;
    }

    /** The text of bytes that must be valid as a whole. */
    public String strictText(byte[] bytes) {
        try {
            var text = strict.reset().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LoadException("is not valid " + charset.name(), e);
        }
    }

    /** One line's bytes, decoded strictly; on an invalid byte, decoded again with its invalid bytes escaped. */
    Line decode(long number, long offset, byte[] bytes, int from, int to) {
        var in = ByteBuffer.wrap(bytes, from, to - from);
        try {
            return new Line(number, offset, strict.reset().decode(in).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, offset, new String(bytes, from, to - from, charset), escaped(bytes, from, to));
        }
    }

    /** The bytes as text, each byte that is not valid in the encoding written as {@code \xHH}. */
    private String escaped(byte[] bytes, int from, int to) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes, from, to - from);
        var out = CharBuffer.allocate(Math.max(16, (to - from) * 2));
        var text = new StringBuilder();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            text.append(out);
            out.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    text.append(String.format("\\x%02X", in.get() & 0xFF));
                }
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                out.flip();
                text.append(out);
                return text.toString();
            }
        }
    }

    /** Lines are read as bytes and decoded one by one; see {@link #reader}. */
    private final class LineReader extends Reader {
        private final InputStream in;
        private final Consumer<Line> invalid;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int filled;
        private String pending = "";
        private int pendingPosition;
        private long number = 1;
        private long offset;
        private boolean ended;

        LineReader(InputStream in, Consumer<Line> invalid) {
            this.in = in;
            this.invalid = invalid;
        }

        @Override
        public int read(char[] chars, int off, int len) throws IOException {
            while (pendingPosition == pending.length()) {
                if (ended || !nextLine()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, pending.length() - pendingPosition);
            pending.getChars(pendingPosition, pendingPosition + n, chars, off);
            pendingPosition += n;
            return n;
        }

        /** Reads the next line with its line break; false at the end of the input. */
        private boolean nextLine() throws IOException {
            line.reset();
            while (true) {
                if (position == filled) {
                    filled = in.read(buffer);
                    position = 0;
                    if (filled <= 0) {
                        filled = 0;
                        break;
                    }
                }
                int start = position;
                while (position < filled && buffer[position] != '\n') {
                    position++;
                }
                if (position < filled) {
                    position++;
                    line.write(buffer, start, position - start);
                    break;
                }
                line.write(buffer, start, position - start);
            }
            if (line.size() == 0) {
                return false;
            }
            var bytes = line.toByteArray();
            int end = bytes.length;
            var breakLength = 0;
            if (end > 0 && bytes[end - 1] == '\n') {
                breakLength = end > 1 && bytes[end - 2] == '\r' ? 2 : 1;
            }
            var decoded = decode(number, offset, bytes, 0, end - breakLength);
            if (!decoded.valid()) {
                invalid.accept(decoded);
            }
            pending = decoded.text() + (breakLength == 0 ? "" : breakLength == 2 ? "\r\n" : "\n");
            pendingPosition = 0;
            number++;
            offset += bytes.length;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Stops a load whose input is mostly not in the encoding, with one message that names the likely one; a few
     * invalid lines are rejected alone instead, when the file is read.
     *
     * @param hint what to do, e.g. "load it with --encoding NAME"
     */
    public void requireMostlyDecodable(String file, byte[] bytes, String hint) {
        var check = new DecodingCheck(charset);
        check.feed(bytes, bytes.length);
        if (!check.foundInvalid()) {
            return; // the usual case: one pass over the bytes, no lines cut
        }
        var lines = lines(bytes);
        var invalid = lines.stream().filter(line -> !line.valid()).toList();
        long nonBlank = lines.stream().filter(line -> !line.text().isBlank()).count();
        if (invalid.isEmpty() || invalid.size() * 2 <= nonBlank) {
            return;
        }
        var first = invalid.getFirst();
        var likely = EncodingGuess.of(bytes);
        throw new LoadException(file + ": is not valid " + charset.name() + " at line " + first.number()
                + " (byte offset " + first.byteOffset() + "), nor are " + invalid.size() + " of its " + nonBlank
                + " lines; " + likely.map(name -> "it looks like " + name + ": " + hint.replace("NAME", name))
                        .orElse(hint.replace("NAME", "its encoding")),
                first.number(), null);
    }

    static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }
}
