package io.ownerscope.loading.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.InputFile;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.Reject;
import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

class CanonicalCsvReaderTest {

    private static final String ENTITIES_HEADER = "id,type,name,country,share_note";

    private final List<Reject> rejects = new ArrayList<>();
    private final List<EntitiesFileRow> rows = new ArrayList<>();

    private List<String> readEntities(InputFile source) {
        return new CanonicalCsvReader(2).read(source, CanonicalFile.ENTITIES, EntitiesFileRow::parse,
                rows::addAll, rejects::add);
    }

    @Test
    void badRowsAreRejectedWithFileLineAndReasonAndTheRestLoads() {
        readEntities(Csv.file("entities.csv",
                "id,type,name,country",
                "a,company,Alpha,DE",
                ",company,No Id,DE",
                "b,ship,Boaty,GB",
                "c,person,Carol,XX",
                "d,organization,Delta"));

        assertThat(rows).extracting(row -> ((EntityRow) row).id()).containsExactly("a");
        assertThat(rejects).extracting(Reject::toString).containsExactly(
                "entities.csv:3: missing id",
                "entities.csv:4: unknown type 'ship'; expected company, person, organization or address",
                "entities.csv:5: country 'XX' is not an ISO-3166 alpha-2 country code",
                "entities.csv:6: has 3 cells, the header has 4");
        assertThat(rejects.get(1).raw()).isEqualTo("b,ship,Boaty,GB");
        assertThat(rejects.get(2).raw()).isEqualTo("c,person,Carol,XX");
    }

    @Test
    void linesCountFromTheHeaderEvenAcrossQuotedLineBreaks() {
        readEntities(Csv.file("entities.csv",
                "id,type,name,country",
                "a,company,\"Alpha",
                "Two Lines\",DE",
                "b,company,Beta,ZZ"));

        assertThat(rows).hasSize(1);
        assertThat(rejects).extracting(Reject::line).containsExactly(4L);
    }

    @Test
    void rowsArriveInBatchesOfTheConfiguredSize() {
        var batches = new ArrayList<Integer>();
        new CanonicalCsvReader(2).read(Csv.file("entities.csv", "id,type,name", "a,company,A", "b,company,B",
                "c,company,C"), CanonicalFile.ENTITIES, EntitiesFileRow::parse, b -> batches.add(b.size()),
                rejects::add);

        assertThat(batches).containsExactly(2, 1);
    }

    @Test
    void unknownColumnsAreReportedAndIgnored() {
        var unknown = readEntities(Csv.file("entities.csv", ENTITIES_HEADER, "a,company,Alpha,DE,x"));

        assertThat(unknown).containsExactly("share_note");
        assertThat(rows).hasSize(1);
    }

    @Test
    void aFileWithoutARequiredColumnStopsWithAClearMessage() {
        assertThatThrownBy(() -> readEntities(Csv.file("entities.csv", "id,name", "a,Alpha")))
                .isInstanceOf(LoadException.class)
                .hasMessage("entities.csv: missing required column(s) type in the header; found id,name");
    }

    @Test
    void aLineThatIsNotUtf8IsRejectedAloneAndTheNextLoads() {
        var latin1 = "id,type,name\na,company,Müller GmbH\nb,company,Orion\n".getBytes(StandardCharsets.ISO_8859_1);

        readEntities(Csv.bytes("entities.csv", latin1));

        assertThat(rejects).singleElement().asString()
                .isEqualTo("entities.csv:2: is not valid UTF-8 (line 2, byte offset 13)");
        assertThat(rows).hasSize(1);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        readEntities(Csv.file("entities.csv", "\uFEFFid,type,name", "a,company,Alpha"));

        assertThat(rejects).isEmpty();
        assertThat(rows).hasSize(1);
    }

    @Test
    void anAddressRowIsAnAddress() {
        readEntities(Csv.file("entities.csv", "id,type,name,country", "addr-1,address,\"Abay Ave. 150, Almaty\",KZ"));

        assertThat(rows).singleElement().isInstanceOfSatisfying(AddressRow.class, address -> {
            assertThat(address.id()).isEqualTo("addr-1");
            assertThat(address.normalized()).isEqualTo("abay ave 150 almaty");
        });
    }

    @Test
    void whatTheWriterThrowsIsNotTakenForAMalformedFile() {
        var closed = new IllegalStateException("Connection source is closed.");

        assertThatThrownBy(() -> new CanonicalCsvReader(1).read(Csv.file("entities.csv", "id,type,name",
                "a,company,A"), CanonicalFile.ENTITIES, EntitiesFileRow::parse, batch -> {
                    throw closed;
                }, rejects::add)).isSameAs(closed);
    }
}
