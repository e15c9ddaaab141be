package io.ownerscope.loading.mapped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;

import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.ShipmentRow;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;

/** Reading mapped CSV files into rows of the common model, without a graph. */
class MappedCsvReaderTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN_REGISTER = """
            csv:
              delimiter: tab
              encoding: windows-1251
              header_row: 2
            entities:
              company:
                schema: Company
                keys: [ИНН]
                key_prefix: ru-inn
                properties:
                  name: {column: Наименование}
                  inn: {column: ИНН}
                  country: {literal: RU}
                  alias: {column: Прежние наименования, split: ";"}
              owner:
                schema: Person
                keys: [ИНН, Участник]
                key_hash: true
                optional: true
                properties:
                  name: {column: Участник}
              stake:
                schema: Ownership
                properties:
                  owner: {entity: owner}
                  asset: {entity: company}
                  percentage: {column: Доля, decimal: ","}
                  interestType: {literal: shareholding}
            """;

    private final MappedCsvReader loader = new MappedCsvReader(2);

    private CollectingRowSink read(String mappingYaml, byte[] file) {
        var mapping = MappingParser.parse("m.yml", mappingYaml);
        var sink = new CollectingRowSink();
        loader.read("export.csv", new String(file, mapping.csv().encoding()), mapping, sink);
        return sink;
    }

    @Test
    void aWindows1251TabSeparatedExportWithATitleRowIsRead() {
        var file = ("Выписка из реестра на 01.10.2024\n"
                + "ИНН\tНаименование\tПрежние наименования\tУчастник\tДоля\n"
                + "7701234567\tООО «Орион»\tООО «Орион-Трейд»; ЗАО «Орион»\tИванов Иван Иванович\t51,5\n"
                + "7702345678\tООО «Вектор»\t\t\t\n").getBytes(WINDOWS_1251);

        var sink = read(RUSSIAN_REGISTER, file);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.entities).map(row -> (EntityRow) row).map(EntityRow::name)
                .containsExactly("ООО «Орион»", "Иванов Иван Иванович", "ООО «Вектор»");
        var orion = (EntityRow) sink.entities.getFirst();
        assertThat(orion.id()).isEqualTo("ru-inn-7701234567");
        assertThat(orion.line()).as("the data starts on line 3, after the title and the header").isEqualTo(3);
        assertThat(orion.aliases()).containsExactly("ООО «Орион-Трейд»", "ЗАО «Орион»");
        assertThat(orion.inn()).isEqualTo("7701234567");
        var owner = (EntityRow) sink.entities.get(1);
        assertThat(owner.id()).startsWith("owner-").hasSize("owner-".length() + 16);
        assertThat(sink.relationships).singleElement().satisfies(stake -> {
            assertThat(stake.type()).isEqualTo(RelationshipType.OWNS);
            assertThat(stake.fromId()).isEqualTo(owner.id());
            assertThat(stake.toId()).isEqualTo("ru-inn-7701234567");
            assertThat(stake.share()).isEqualTo(51.5);
            assertThat(stake.interestType()).isEqualTo("shareholding");
        });
        assertThat(sink.order).as("one batch of two records, then one of one")
                .containsExactly("entities", "relationships", "shipments", "entities", "relationships", "shipments");
    }

    @Test
    void aFileWithoutAColumnTheMappingReadsStopsBeforeAnyRow() {
        var file = "Title\nИНН\tНаименование\n7701234567\tООО «Орион»\n".getBytes(WINDOWS_1251);

        assertThatThrownBy(() -> read(RUSSIAN_REGISTER, file)).isInstanceOf(LoadException.class)
                .hasMessageContaining("export.csv: does not fit the mapping m.yml: column 'Прежние наименования'"
                        + " (entities.company.properties.alias) is not in the header")
                .hasMessageContaining("column 'Доля' (entities.stake.properties.percentage) is not in the header");
    }

    @Test
    void anEntityMetInManyRecordsIsSentOnceAndARepeatedShipmentIdIsRejected() {
        var mapping = """
                entities:
                  seller: {schema: Company, keys: [seller], key_prefix: party, properties: {name: {column: seller}}}
                  buyer: {schema: Company, keys: [buyer], key_prefix: party, properties: {name: {column: buyer}}}
                  item:
                    schema: Shipment
                    keys: [decl]
                    properties:
                      exporter: {entity: seller}
                      consignee: {entity: buyer}
                      date: {column: date}
                      hsCode: {column: hs}
                """;
        var file = """
                decl,seller,buyer,date,hs
                D1,S,B,2023-01-05,854231
                D2,S,B,2023-01-06,854232
                D2,S,B,2023-01-07,854233
                D3,S,S,2023-01-08,854233
                """.getBytes(WINDOWS_1251);

        var sink = read(mapping, file);

        assertThat(sink.entities).map(row -> ((EntityRow) row).id()).containsExactly("party-S", "party-B");
        assertThat(sink.shipments).map(ShipmentRow::id).containsExactly("item-D1", "item-D2");
        assertThat(sink.rejects).map(r -> r.line() + ": " + r.reason()).containsExactly(
                "4: duplicate shipment id 'item-D2', first on line 3; do the mapping's keys tell the shipments apart?",
                "5: exporter and consignee of item are the same: party-S");
    }

    @Test
    void columnsJoinedIntoOneNameAndAMissingNameRejectsTheRecord() {
        var mapping = """
                entities:
                  person:
                    schema: Person
                    keys: [id]
                    properties:
                      name: {columns: [last, first, middle], join: " "}
                      birthDate: {column: born, format: dd.MM.yyyy}
                      nationality: {column: citizenship}
                """;
        var file = """
                id,last,first,middle,born,citizenship
                1,Сейткали,Нурлан,Ерланович,02.05.1979,Казахстан
                2,,,,01.01.1980,KZ
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var sink = read(mapping, file);

        var person = (EntityRow) sink.entities.getFirst();
        assertThat(List.of(person.name(), person.birthDate().toString(), person.nationality()))
                .containsExactly("Сейткали Нурлан Ерланович", "1979-05-02", "KZ");
        assertThat(sink.rejects).singleElement().extracting(Reject::reason)
                .isEqualTo("missing name of person (column 'last'/'first'/'middle')");
    }
}
