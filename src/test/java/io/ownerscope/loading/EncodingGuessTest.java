package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EncodingGuessTest {

    @Test
    void aShortRussianExportInWindows1251IsNamedSo() {
        var bytes = "id,type,name\nru-1,company,ООО «Вектор Комплект»\nru-2,person,Иванов Сергей Петрович\n"
                .getBytes(Charset.forName("windows-1251"));

        assertThat(EncodingGuess.of(bytes)).contains("windows-1251");
    }

    @Test
    void koi8rIsToldFromWindows1251() {
        var bytes = "ООО «Вектор Комплект», Иванов Сергей Петрович, Алматы\n".getBytes(Charset.forName("KOI8-R"));

        assertThat(EncodingGuess.of(bytes)).contains("KOI8-R");
    }

    @Test
    void aWesternFileGetsAnEncodingThatReadsItAsWritten() {
        var text = "id,type,name\nde-1,company,Müller GmbH\nde-2,company,Bäckerei Schön\n";
        var bytes = text.getBytes(StandardCharsets.ISO_8859_1);

        var guess = EncodingGuess.of(bytes);

        assertThat(guess).isPresent();
        assertThat(new String(bytes, Charset.forName(guess.get()))).isEqualTo(text);
    }
}
