package io.ownerscope.loading.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;

class UnListRecordsTest {

    private final CollectingRowSink sink = new CollectingRowSink();

    private static byte[] fixture() throws IOException {
        try (var in = UnListRecordsTest.class.getResourceAsStream("/un/consolidated-small.xml")) {
            return in.readAllBytes();
        }
    }

    private void read(String xml) {
        UnListReader.read("list.xml", xml.getBytes(StandardCharsets.UTF_8), sink);
    }

    private EntityRow entity(String id) {
        return sink.entities.stream().filter(EntityRow.class::isInstance).map(EntityRow.class::cast)
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void individualsBecomePeopleWithEveryNameAndTheirNationality() throws IOException {
        UnListReader.read("consolidated-small.xml", fixture(), sink);

        var umarov = entity("un-sc-QDi.290");
        assertThat(umarov.label()).isEqualTo("Person");
        assertThat(umarov.name()).isEqualTo("DOKU KHAMATOVICH UMAROV");
        assertThat(umarov.aliases()).containsExactly("Умаров Доку Хаматович", "Lom-ali Butayev (Butaev)",
                "Dokka Umarov");
        assertThat(umarov.nationality()).isEqualTo("RU");
        assertThat(umarov.country()).isEqualTo("RU");
        assertThat(umarov.birthDate()).isEqualTo(LocalDate.of(1964, 4, 13));
        assertThat(umarov.registrationNumber()).as("the passport number").isEqualTo("96 03 464086");
        assertThat(entity("un-sc-CDi.002").aliases()).contains("AIGLE BLANC");
        assertThat(sink.warnings).containsExactly(
                "consolidated-small.xml: country names without an ISO code, left empty: former Soviet Union");
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void entitiesAreCompaniesWhenTheirNameIsABusinessAndOrganizationsOtherwise() throws IOException {
        UnListReader.read("consolidated-small.xml", fixture(), sink);

        var komid = entity("un-sc-KPe.001");
        assertThat(komid.label()).isEqualTo("Company");
        assertThat(komid.country()).isEqualTo("KP");
        assertThat(komid.aliases()).contains("\"KOMID\"");
        assertThat(entity("un-sc-CDe.001").label()).isEqualTo("Organization");
        assertThat(entity("un-sc-CDe.001").country()).isEqualTo("CD");
    }

    @Test
    void everyListingIsAUnSanctionUnderItsRegime() throws IOException {
        UnListReader.read("consolidated-small.xml", fixture(), sink);

        assertThat(sink.sanctions).hasSize(4);
        var komid = sink.sanctions.stream().filter(s -> s.entityId().equals("un-sc-KPe.001")).findFirst()
                .orElseThrow();
        assertThat(komid.authority()).isEqualTo("UN");
        assertThat(komid.program()).isEqualTo("DPRK");
        assertThat(komid.listedOn()).isEqualTo(LocalDate.of(2009, 4, 24));
        assertThat(komid.reason()).startsWith("Primary arms dealer");
        assertThat(sink.order).containsExactly("entities", "relationships", "sanctions");
    }

    @Test
    void addressesWithMoreThanACountryAreLinked() throws IOException {
        UnListReader.read("consolidated-small.xml", fixture(), sink);

        var pyongyang = sink.entities.stream().filter(AddressRow.class::isInstance).map(AddressRow.class::cast)
                .filter(a -> a.full().contains("Pyongyang")).findFirst().orElseThrow();
        assertThat(pyongyang.full()).isEqualTo("Central District, Pyongyang, Democratic People's Republic of Korea");
        assertThat(pyongyang.country()).isEqualTo("KP");
        assertThat(sink.relationships).anySatisfy(r -> {
            assertThat(r.fromId()).isEqualTo("un-sc-KPe.001");
            assertThat(r.toId()).isEqualTo(pyongyang.id());
            assertThat(r.type()).isEqualTo(RelationshipType.REGISTERED_AT);
        });
    }

    @Test
    void recordsWithoutReferenceOrNameAreRejectedWithTheirId() {
        read("""
                <CONSOLIDATED_LIST><INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE></INDIVIDUAL>
                <INDIVIDUAL><DATAID>2</DATAID><REFERENCE_NUMBER>CDi.900</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>3</DATAID><REFERENCE_NUMBER>CDi.901</REFERENCE_NUMBER><FIRST_NAME>B</FIRST_NAME>
                  <LISTED_ON>sometime</LISTED_ON></INDIVIDUAL>
                <INDIVIDUAL><DATAID>4</DATAID><REFERENCE_NUMBER>CDi.902</REFERENCE_NUMBER><FIRST_NAME>C</FIRST_NAME>
                </INDIVIDUAL>
                <INDIVIDUAL><DATAID>5</DATAID><REFERENCE_NUMBER>CDi.902</REFERENCE_NUMBER><FIRST_NAME>D</FIRST_NAME>
                </INDIVIDUAL>
                </INDIVIDUALS></CONSOLIDATED_LIST>""");

        assertThat(sink.rejects).map(Reject::reason).containsExactly(
                "UN list record DATAID 1 has no REFERENCE_NUMBER",
                "UN list record CDi.900 has no name",
                "UN list record CDi.901 has LISTED_ON 'sometime', not a date",
                "duplicate REFERENCE_NUMBER CDi.902, first on line 6");
        assertThat(sink.rejects).map(Reject::line).containsExactly(2L, 3L, 4L, 8L);
        assertThat(sink.entities).hasSize(1);
    }

    @Test
    void aTruncatedFileLoadsNothing() throws IOException {
        var text = new String(fixture(), StandardCharsets.UTF_8);
        var truncated = text.substring(0, text.indexOf("<ENTITIES>") + 200);

        assertThatThrownBy(() -> read(truncated)).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("list.xml: is not well-formed XML").hasMessageContaining("is the file complete?");
        assertThat(sink.entities).isEmpty();
    }

    @Test
    void unNamesOfCountriesHaveIsoCodes() {
        assertThat(UnCountries.code("Iran (Islamic Republic of)")).isEqualTo("IR");
        assertThat(UnCountries.code("United Kingdom of Great Britain and Northern Ireland")).isEqualTo("GB");
        assertThat(UnCountries.code("Bosnia and Herzegovina")).isEqualTo("BA");
        assertThat(UnCountries.code("Türkiye")).isEqualTo("TR");
        assertThat(UnCountries.code("Democratic Republic of the Congo")).isEqualTo("CD");
        assertThat(UnCountries.code("Congo")).isEqualTo("CG");
        assertThat(UnCountries.code("China, Hong Kong Special Administrative Region")).isEqualTo("HK");
        assertThat(UnCountries.code("Myanmar")).isEqualTo("MM");
        assertThat(UnCountries.code("former Soviet Union")).isNull();
    }
}
