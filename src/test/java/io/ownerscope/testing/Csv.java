package io.ownerscope.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.ownerscope.loading.CsvSource;

/** Inline CSV files for tests: the smallest input that shows a case. */
public final class Csv {

    private Csv() {
    }

    public static CsvSource file(String name, String... lines) {
        var bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new CsvSource(name, () -> new ByteArrayInputStream(bytes));
    }

    public static CsvSource bytes(String name, byte[] bytes) {
        return new CsvSource(name, () -> new ByteArrayInputStream(bytes));
    }
}
