package io.ownerscope.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierSchemeTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            // Sberbank and Gazprom (organizations, 10 digits), an individual (12 digits)
            "INN, 7707083893, 7707083893",
            "INN, ' 7736050003 ', 7736050003",
            "INN, 500100732259, 500100732259",
            "INN, 7707083894, null",
            "INN, 500100732258, null",
            "INN, 0000000000, 0000000000",
            "INN, 77070838, null",
            "INN, 77O7083893, null",
            // Sberbank's OGRN; an OGRNIP of 15 digits
            "OGRN, 1027700132195, 1027700132195",
            "OGRN, 1027-7001-32195, 1027700132195",
            "OGRN, 1027700132194, null",
            "OGRN, 304500116000157, 304500116000157",
            "OGRN, 304500116000158, null",
            // Kazakh IIN/BIN: first weighting; a value that needs the second weighting
            "BIN, 791028302728, 791028302728",
            "BIN, 7910 2830 2729, null",
            "BIN, 79102830272, null",
            // LEIs of Apple and Deutsche Bank, lower-case and with spaces as sometimes written
            "LEI, HWUPKR0MPOU8FGXBT394, HWUPKR0MPOU8FGXBT394",
            "LEI, 7ltwfzyicnsx8d621k86, 7LTWFZYICNSX8D621K86",
            "LEI, 7LTW FZYI CNSX 8D62 1K86, 7LTWFZYICNSX8D621K86",
            "LEI, 7LTWFZYICNSX8D621K87, null",
            "LEI, 7LTWFZYICNSX8D621K8, null",
            // IMO numbers as OFAC states them and bare
            "IMO, IMO 9074729, 9074729",
            "IMO, 9074729, 9074729",
            "IMO, IMO 9074728, null",
            "IMO, 907472, null",
    })
    void normalizesWellFormedValuesAndRejectsTheRest(IdentifierScheme scheme, String raw, String expected) {
        assertThat(scheme.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void nothingIsNoIdentifier() {
        for (var scheme : IdentifierScheme.values()) {
            assertThat(scheme.normalize(null)).isNull();
            assertThat(scheme.normalize("  ")).isNull();
        }
    }

    @Test
    void aBinNeedingTheSecondWeightingIsCheckedWithIt() {
        // 11 digits whose first weighted sum is 10 mod 11: the check digit comes from the second weighting
        var body = "00000000010";
        assertThat(weighted(body, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) % 11).isEqualTo(10);
        int check = weighted(body, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2) % 11;
        assertThat(IdentifierScheme.BIN.normalize(body + check)).isEqualTo(body + check);
        assertThat(IdentifierScheme.BIN.normalize(body + (check + 1) % 10)).isNull();
    }

    @Test
    void theOgrnTestVectorsOfRigourHold() throws IOException {
        List<String> all;
        try (var in = getClass().getResourceAsStream("/identity/ru_ogrn_vectors.csv")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        var lines = all.stream().skip(1).filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (var line : lines) {
            var fields = line.split(",", -1);
            boolean valid = Boolean.parseBoolean(fields[1]);
            // rigour's "valid" is about the value as given: a prefix such as "OGRN " makes it invalid as-is
            var asGiven = fields[0].matches("[0-9]+") ? IdentifierScheme.OGRN.normalize(fields[0]) : null;
            assertThat(asGiven != null).as(line).isEqualTo(valid);
        }
    }

    private static int weighted(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
