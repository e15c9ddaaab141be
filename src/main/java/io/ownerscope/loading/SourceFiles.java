package io.ownerscope.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/** Reading a source file whole: its bytes, their checksum (which names the load run), strict UTF-8 text. */
public final class SourceFiles {

    private SourceFiles() {
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static String checksum(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256().digest(bytes));
    }

    /** The text, when the bytes are valid UTF-8. */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The text of a file that must be UTF-8; otherwise a clear message naming the file. */
    public static String utf8(String name, byte[] bytes, String expected) {
        return strictUtf8(bytes).orElseThrow(() -> new LoadException(name + ": is not valid UTF-8"
                + DecodingCheck.of(bytes).map(at -> " at " + at).orElse("") + "; " + expected));
    }
}
