package io.ownerscope.loading.mapped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import io.ownerscope.loading.RowRejectedException;
import org.junit.jupiter.api.Test;

class MappedValuesTest {

    private static Mapping.ValueSource column(MappingSchema.ValueType type, String format, char decimal) {
        return new Mapping.ValueSource("entities.x.properties.p", type, List.of("Cell"), List.of(), null, null,
                format, format == null ? null : MappedValues.dateFormatter(format), decimal, null);
    }

    @Test
    void datesFollowTheStrptimeOrJavaPatternOfTheMapping() {
        assertThat(MappedValues.date("14.03.2018", column(MappingSchema.ValueType.DATE, "%d.%m.%Y", '.')))
                .isEqualTo(LocalDate.of(2018, 3, 14));
        assertThat(MappedValues.date("14/02/2023", column(MappingSchema.ValueType.DATE, "dd/MM/yyyy", '.')))
                .isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(MappedValues.date("2023-02-14T10:30:00", column(MappingSchema.ValueType.DATE,
                "%Y-%m-%dT%H:%M:%S", '.'))).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(MappedValues.date("05-Feb-2019", column(MappingSchema.ValueType.DATE, "%d-%b-%Y", '.')))
                .isEqualTo(LocalDate.of(2019, 2, 5));
        assertThat(MappedValues.date("2019-02-05", column(MappingSchema.ValueType.DATE, null, '.')))
                .as("ISO-8601 without a format").isEqualTo(LocalDate.of(2019, 2, 5));
    }

    @Test
    void anImpossibleDateIsRefusedNotMovedToAnotherDay() {
        var source = column(MappingSchema.ValueType.DATE, "%d.%m.%Y", '.');

        assertThatThrownBy(() -> MappedValues.date("31.02.2021", source)).isInstanceOf(RowRejectedException.class)
                .hasMessage("column 'Cell' value '31.02.2021' is not a date in the format %d.%m.%Y");
        assertThatThrownBy(() -> MappedValues.date("2021-03-01", source)).isInstanceOf(RowRejectedException.class);
    }

    @Test
    void anUnknownStrptimeDirectiveIsNotADatePattern() {
        assertThatThrownBy(() -> MappedValues.dateFormatter("%d.%q.%Y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("%q");
    }

    @Test
    void numbersTakeGroupingAndEitherDecimalSeparator() {
        var point = column(MappingSchema.ValueType.NUMBER, null, '.');
        var comma = column(MappingSchema.ValueType.NUMBER, null, ',');

        assertThat(MappedValues.number("19,316.40", point)).isEqualTo(19316.40);
        assertThat(MappedValues.number("1 234 567.5", point)).isEqualTo(1234567.5);
        assertThat(MappedValues.number("1\u00a0234,50", comma)).isEqualTo(1234.50);
        assertThat(MappedValues.number("1.234,50", comma)).isEqualTo(1234.50);
        assertThat(MappedValues.number("51%", point)).isEqualTo(51.0);
        assertThatThrownBy(() -> MappedValues.number("12,5O0.00", point)).isInstanceOf(RowRejectedException.class)
                .hasMessage("column 'Cell' value '12,5O0.00' is not a number");
        assertThatThrownBy(() -> MappedValues.number("-5", point)).hasMessageContaining("is negative");
    }

    @Test
    void countriesAreReadFromCodesAndEnglishOrRussianNames() {
        var source = column(MappingSchema.ValueType.COUNTRY, null, '.');

        assertThat(MappedValues.country("kz", source)).isEqualTo("KZ");
        assertThat(MappedValues.country("KAZ", source)).isEqualTo("KZ");
        assertThat(MappedValues.country("Kazakhstan", source)).isEqualTo("KZ");
        assertThat(MappedValues.country("Казахстан", source)).isEqualTo("KZ");
        assertThat(MappedValues.country("Armenia", source)).isEqualTo("AM");
        assertThatThrownBy(() -> MappedValues.country("XX", source)).isInstanceOf(RowRejectedException.class)
                .hasMessage("column 'Cell' value 'XX' is not a known country (ISO-3166 code or name)");
    }

    @Test
    void hsCodesLoseTheirDotsAndNeedSixToTenDigits() {
        var source = column(MappingSchema.ValueType.HS_CODE, null, '.');

        assertThat(MappedValues.hsCode("8542.31.0000", source)).isEqualTo("8542310000");
        assertThat(MappedValues.hsCode("851762", source)).isEqualTo("851762");
        assertThatThrownBy(() -> MappedValues.hsCode("8542", source))
                .hasMessage("column 'Cell' value '8542' is not an HS code of 6 to 10 digits");
        assertThatThrownBy(() -> MappedValues.hsCode("85423100001", source)).isInstanceOf(RowRejectedException.class);
    }

    @Test
    void textIsTrimmedWithInnerWhiteSpaceMadeOne() {
        assertThat(MappedValues.text("  ТОО \u00a0«Дала»\t ")).isEqualTo("ТОО «Дала»");
        assertThat(MappedValues.text(" \t")).isNull();
    }
}
