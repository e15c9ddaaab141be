package io.ownerscope.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.ownerscope.loading.InputFile;
import io.ownerscope.loading.LoadInput;

/** Inline CSV files for tests: the smallest input that shows a case. */
public final class Csv {

    private Csv() {
    }

    public static InputFile file(String name, String... lines) {
        var bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new InputFile(name, () -> new ByteArrayInputStream(bytes));
    }

    public static InputFile bytes(String name, byte[] bytes) {
        return new InputFile(name, () -> new ByteArrayInputStream(bytes));
    }

    /** The files of a directory. */
    public static List<InputFile> directory(Path directory) {
        return LoadInput.of(directory, "test").files();
    }

    /** The files of a classpath folder, e.g. the demo case. */
    public static List<InputFile> classpath(String folder) {
        return LoadInput.classpath(folder, "test").files();
    }
}
